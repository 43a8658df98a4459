// Dates and countries in the user's language: a four-digit year in every language's short date, and
// country names in Latvian, Lithuanian and Czech (from ICU), sorted in that language's alphabet in the
// profile's country list.
#include "clients/CountryCombo.h"
#include "widgets/LocaleText.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

using namespace coffer;

class TestLocaleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesHaveTheYearInFull_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        // Each of these locales writes a two-digit year in its own short format (or, Lithuanian, four).
        QTest::newRow("lv") << "lv_LV"
                            << "01.12.2026";
        QTest::newRow("lt") << "lt_LT"
                            << "2026-12-01";
        QTest::newRow("cs") << "cs_CZ"
                            << "01.12.2026";
        QTest::newRow("en_US") << "en_US"
                               << "12/1/2026";
        QTest::newRow("en_GB") << "en_GB"
                               << "01/12/2026";
    }

    void datesHaveTheYearInFull()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(LocaleText::date(QDate(2026, 12, 1)), expected);
        const QString withTime = LocaleText::dateTime(QDateTime(QDate(2026, 12, 1), QTime(9, 5, 42)));
        QVERIFY2(withTime.startsWith(expected), qPrintable(withTime));
        QVERIFY2(withTime.contains(QLatin1String("9:05")), qPrintable(withTime));
        QVERIFY2(!withTime.contains(QLatin1String("42")), qPrintable(withTime)); // minutes, not seconds
        QVERIFY(LocaleText::date({}).isEmpty());
        QVERIFY(LocaleText::dateTime({}).isEmpty());
    }

    void countriesAreNamedInTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lv DE") << "lv_LV"
                               << "DE"
                               << "Vācija";
        QTest::newRow("lv GB") << "lv_LV"
                               << "GB"
                               << "Apvienotā Karaliste";
        QTest::newRow("lt LV") << "lt_LT"
                               << "LV"
                               << "Latvija";
        QTest::newRow("lt DE") << "lt_LT"
                               << "DE"
                               << "Vokietija";
        QTest::newRow("cs LV") << "cs_CZ"
                               << "LV"
                               << "Lotyšsko";
        QTest::newRow("cs GR") << "cs_CZ"
                               << "gr"
                               << "Řecko";
        QTest::newRow("en DE") << "en_US"
                               << "DE"
                               << "Germany";
        QTest::newRow("unknown code") << "lv_LV"
                                      << "QQ"
                                      << "QQ";
        QTest::newRow("not a code") << "lv_LV"
                                    << "Latvia"
                                    << "LATVIA";
    }

    void countriesAreNamedInTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(LocaleText::countryName(code), expected);
    }

    void countryListFollowsTheLanguage()
    {
        QLocale::setDefault(QLocale(QStringLiteral("lv_LV")));
        CountryCombo combo;
        const int germany = combo.findData(QStringLiteral("DE"));
        QVERIFY(germany > 0);
        QCOMPARE(combo.itemText(germany), QStringLiteral("Vācija (DE)"));
        // Latvian order: "Čehija" among the C… and Č… names, before "Dānija", where a code-point order
        // would put every Č after Z.
        const int czechia = combo.findData(QStringLiteral("CZ"));
        const int denmark = combo.findData(QStringLiteral("DK"));
        const int africa = combo.findData(QStringLiteral("CF")); // Centrālāfrikas Republika
        QVERIFY2(combo.itemText(czechia).startsWith(QStringLiteral("Čehija")), qPrintable(combo.itemText(czechia)));
        QVERIFY(africa < czechia);
        QVERIFY(czechia < denmark);
    }
};

QTEST_MAIN(TestLocaleText)
#include "TestLocaleText.moc"
