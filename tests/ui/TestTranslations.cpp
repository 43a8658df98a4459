// The translations are built into the program and the windows pick them up.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace coffer;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

    // Every message of every language is translated, and a translation keeps what the program fills in
    // or acts on: the %1…%9 placeholders, the HTML tags, a keyboard accelerator; a plural message has
    // each of the language's forms. A string added without running update_translations, or a
    // translation that dropped a %1, fails here rather than on a user's screen.
    void everyMessageIsTranslatedWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("en") << "en" << 2;
        QTest::newRow("lv") << "lv" << 3;
        QTest::newRow("lt") << "lt" << 3;
        QTest::newRow("cs") << "cs" << 3;
    }

    void everyMessageIsTranslatedWhole()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QString path =
            qEnvironmentVariable("COFFER_SOURCE_DIR") + QStringLiteral("/translations/coffer_%1.ts").arg(language);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList problems, forms;
        bool numerus = false, unfinished = false;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                forms.clear();
                ++messages;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!numerus)
                    forms << xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                forms << xml.readElementText();
            else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (language == QLatin1String("en") && !numerus)
                    continue; // English is the source language: only its plural forms are written out
                const QString where = context + QStringLiteral(": ") + source.left(60);
                if (unfinished)
                    problems << QStringLiteral("unfinished: ") + where;
                else if (numerus && forms.size() != pluralForms)
                    problems << QStringLiteral("%1 plural forms: ").arg(forms.size()) + where;
                for (const QString& form : forms)
                    if (QString why = mismatch(source, form); !why.isEmpty())
                        problems << why + QStringLiteral(": ") + where;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, e.g.\n").arg(problems.size()) +
                                                problems.mid(0, 15).join(u'\n')));
    }

private:
    // What a translation must keep of its source; empty when it does.
    static QString mismatch(const QString& source, const QString& translation)
    {
        if (translation.isEmpty())
            return QStringLiteral("empty");
        static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]")), tag(QStringLiteral("</?([a-z]+)"));
        const auto all = [](const QRegularExpression& re, const QString& text) {
            QStringList found;
            for (auto it = re.globalMatch(text); it.hasNext();)
                found << it.next().captured(0).remove(QLatin1Char('L'));
            found.sort();
            found.removeDuplicates();
            return found;
        };
        if (all(placeholder, source) != all(placeholder, translation))
            return QStringLiteral("placeholders differ");
        if (all(tag, source) != all(tag, translation))
            return QStringLiteral("HTML tags differ");
        static const QRegularExpression accelerator(QStringLiteral("&(?!&|[a-z]+;)\\S"));
        if (source.contains(accelerator) != translation.contains(accelerator))
            return QStringLiteral("accelerator");
        return {};
    }

    QTemporaryDir m_settings;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
