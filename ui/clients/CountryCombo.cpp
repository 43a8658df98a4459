#include "CountryCombo.h"

#include "widgets/LocaleText.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <vector>

namespace coffer {

CountryCombo::CountryCombo(QWidget* parent)
    : QComboBox(parent)
{
    std::vector<std::pair<QString, QString>> countries; // name, code
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Two letters only: QLocale also knows regions such as "Latin America" (419).
        if (code.size() == 2 && code.front().isLetter())
            countries.emplace_back(LocaleText::countryName(code), code);
    }
    QCollator collator; // in the UI language's alphabet, as the names are in its words
    std::sort(countries.begin(), countries.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    addItem(tr("— none —"), QString());
    for (const auto& [name, code] : countries)
        addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    setMaxVisibleItems(16);
    // The longest names ("South Georgia and South Sandwich Islands") would otherwise widen the whole form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
}

QString CountryCombo::code() const
{
    return currentData().toString();
}

void CountryCombo::setCode(const QString& code)
{
    int index = findData(code.trimmed().toUpper());
    if (index < 0) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace coffer
