// Invented people, organisations and places for the sample data, in the four languages Coffer is made
// for: English, Latvian, Lithuanian and Czech, each with its own diacritics, name forms (Latvian and
// Lithuanian family names differ for women; Czech ones take -ová) and address and phone formats. Phone
// numbers come from ranges kept for fiction where a country has one (UK 07700 900xxx); email domains
// are reserved for examples (RFC 2606), so no real person can be mailed by mistake.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace coffer {

struct SampleCountry
{
    QString code; // ISO 3166-1 alpha-2
    QStringList maleGiven;
    QStringList femaleGiven;
    std::vector<std::pair<QString, QString>> families; // {male form, female form}
    QStringList streets;
    QStringList cities;
    QStringList organisations;

    QString address(QRandomGenerator& random) const;
    QString phone(QRandomGenerator& random) const;
};

const std::vector<SampleCountry>& sampleCountries();

// "Jānis Ozoliņš" → "janis.ozolins": diacritics dropped, anything but letters and digits removed.
QString asciiSlug(const QString& text, QChar separator);

} // namespace coffer
