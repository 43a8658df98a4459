// A choice of country by name that stores its ISO 3166-1 alpha-2 code (what core keeps). Names come
// from QLocale, so no list of countries is maintained here; typing a name's first letters jumps to it.
#pragma once

#include <QComboBox>

namespace coffer {

class CountryCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryCombo(QWidget* parent = nullptr);

    QString code() const; // empty: none chosen
    // An unknown code is kept as its own entry, so showing a client never changes their data.
    void setCode(const QString& code);
};

} // namespace coffer
