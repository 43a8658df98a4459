#include "CliRunner.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCliErase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vault;

    CliResult as(const QString& user, const QString& password, const QStringList& args)
    {
        CliRunner r;
        r.env.insert(s("COFFER_VAULT"), m_vault);
        r.env.insert(s("COFFER_USER"), user);
        r.env.insert(s("COFFER_PASSWORD"), password);
        return r.run(args);
    }
    CliResult owner(const QStringList& args) { return as(s("anna"), s(kOwnerPassword), args); }

    QString addUser(const QString& name, const QString& role)
    {
        const CliResult r = owner({s("user"), s("add"), name, s("--role"), role, s("--json")});
        const QString otp = QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("oneTimePassword")).toString();
        CliRunner p;
        p.env.insert(s("COFFER_VAULT"), m_vault);
        p.env.insert(s("COFFER_PASSWORD"), otp);
        p.env.insert(s("COFFER_NEW_PASSWORD"), name + s("-password"));
        return p.run({s("passwd"), s("--user"), name}).code == 0 ? name + s("-password") : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(s("settings")));
        m_vault = m_dir.filePath(s("shop.coffer"));
        CliRunner r;
        r.env.insert(s("COFFER_PASSWORD"), s(kOwnerPassword));
        QCOMPARE(r.run({s("init"), s("--vault"), m_vault, s("--user"), s("anna"), s("--kdf-memory"), s("8"),
                        s("--kdf-ops"), s("1")})
                     .code,
                 0);
    }

    void eraseReportsEveryCheck()
    {
        const QString gone = owner({s("client"), s("add"), s("--name"), s("Ēriks Ozoliņš"), s("--email"),
                                    s("eriks@ozolins.example"), s("--phone"), s("+371 2912 3456")})
                                 .out.trimmed();
        const QString kept = owner({s("client"), s("add"), s("--name"), s("Jūratė Žemaitytė")}).out.trimmed();
        QCOMPARE(owner({s("note"), s("add"), gone, s("Greenhouse-invoice-question")}).code, 0);

        const QString viewer = addUser(s("val"), s("viewer"));
        QCOMPARE(as(s("val"), viewer, {s("client"), s("erase"), gone}).code, 5);

        CliResult r = owner({s("client"), s("erase"), gone});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(s("✓")), 6);
        QVERIFY(!r.out.contains(s("✗")));
        QVERIFY(!r.out.contains(s("Ozoli")) && !r.err.contains(s("Ozoli")));
        QCOMPARE(owner({s("client"), s("show"), gone}).code, 1);
        QCOMPARE(owner({s("client"), s("list"), s("--search"), s("ozolins")}).out.trimmed(), QString());
        QVERIFY(owner({s("client"), s("show"), kept}).out.contains(s("Žemaitytė")));
        QVERIFY(filesContaining(m_vault, "Greenhouse").isEmpty());

        r = owner({s("client"), s("erase"), kept, s("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report[s("passed")].toBool());
        QCOMPARE(report[s("checks")].toArray().size(), 6);
        QCOMPARE(owner({s("client"), s("erase"), kept}).code, 1); // no longer there
    }

    void cancelAccount()
    {
        QCOMPARE(owner({s("client"), s("add"), s("--name"), s("Someone Else")}).code, 0);
        const QString editor = addUser(s("ed"), s("editor"));
        QCOMPARE(as(s("ed"), editor, {s("cancel-account"), s("--confirm"), s("shop")}).code, 5);
        QCOMPARE(owner({s("cancel-account")}).code, 2);
        QCOMPARE(owner({s("cancel-account"), s("--confirm"), s("shops")}).code, 2);
        QVERIFY(QFileInfo::exists(m_vault + s("/header")));

        const QString cert = m_dir.filePath(s("certificate.json"));
        const CliResult r = owner({s("cancel-account"), s("--confirm"), s("shop"), s("--certificate"), cert});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(s("Key slots destroyed (cryptographic erase): yes")));
        QVERIFY(r.out.contains(cert));
        QVERIFY(!QFileInfo::exists(m_vault));
        QVERIFY(!QFileInfo::exists(m_vault + s("-backups")));
        QVERIFY(QFileInfo::exists(cert) && QFileInfo::exists(m_dir.filePath(s("certificate.txt"))));
        QCOMPARE(owner({s("client"), s("list")}).code, 4); // not a vault
    }
};

QTEST_GUILESS_MAIN(TestCliErase)
#include "TestCliErase.moc"
