// The translations are built into the program and the windows pick them up.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace coffer;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Coffer"));
        QCoreApplication::setApplicationName(QStringLiteral("coffer"));
    }

    void everyLanguageIsEmbedded()
    {
        for (const QString& language : builtInLanguages())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/coffer_%1.qm").arg(language)), qPrintable(language));
    }

    void settingChoosesLanguage()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"),
                           QStringLiteral("coffer"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("lv"));
        settings.sync();
        QCOMPARE(chosenLanguage(), QStringLiteral("lv"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        settings.sync();
        QVERIFY(builtInLanguages().contains(chosenLanguage()));
    }

    void windowsSpeakTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lv") << "lv"
                            << "Atbloķēt";
        QTest::newRow("lt") << "lt"
                            << "Atrakinti";
        QTest::newRow("cs") << "cs"
                            << "Odemknout";
    }

    void windowsSpeakTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(installTranslators(*QCoreApplication::instance(), language));
        QCOMPARE(QCoreApplication::translate("coffer::UnlockDialog", "&Unlock").remove(QLatin1Char('&')), expected);
        // Core's words for roles are translated too.
        QVERIFY(QCoreApplication::translate("Role", "Owner") != QLatin1String("Owner"));
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private:
    QTemporaryDir m_settings;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
