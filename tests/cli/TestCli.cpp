#include "CliRunner.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {
const QStringList kCheap{QStringLiteral("--kdf-memory"), QStringLiteral("1"), QStringLiteral("--kdf-ops"),
                         QStringLiteral("1")};

QString oneTimePasswordIn(const QString& out)
{
    const auto m = QRegularExpression(QStringLiteral(": ([A-Z2-7]{4}(-[A-Z2-7]{4})+)")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    CliRunner m_cli;

    CliResult as(const QString& user, const QString& password, QStringList args, const QByteArray& input = {})
    {
        CliRunner r;
        r.env.insert(QStringLiteral("COFFER_VAULT"), m_vault);
        r.env.insert(QStringLiteral("COFFER_USER"), user);
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), password);
        return r.run(args, input);
    }

private Q_SLOTS:
    void init()
    {
        m_vault = m_dir.filePath(QStringLiteral("cli-%1").arg(QTest::currentTestFunction()));
        m_cli.env = QProcessEnvironment();
        m_cli.env.insert(QStringLiteral("COFFER_PASSWORD"), QString::fromLatin1(kOwnerPassword));
        const CliResult r = m_cli.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), m_vault,
                                                  QStringLiteral("--user"), QStringLiteral("Anna")} +
                                      kCheap);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Recovery key: ")));
        QCOMPARE(r.out.count(u'\n'), 1);
        QVERIFY(r.err.contains(QStringLiteral("below OWASP")));
    }

    void initAsksTwiceWithoutEnvironment()
    {
        CliRunner r;
        const QString path = m_dir.filePath(QStringLiteral("typed"));
        CliResult res = r.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), path,
                                          QStringLiteral("--user"), QStringLiteral("Bo")} +
                                  kCheap,
                              "first password\nsecond password\n");
        QCOMPARE(res.code, 2);
        QVERIFY(res.err.contains(QStringLiteral("differ")));
        // The same floor as the app: long enough is not enough.
        res = r.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                                QStringLiteral("Bo")} +
                        kCheap,
                    "password1\npassword1\n");
        QCOMPARE(res.code, 2);
        QVERIFY(res.err.contains(QStringLiteral("too easy to guess")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".coffer/header")));
        res = r.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                                QStringLiteral("Bo")} +
                        kCheap,
                    "same long password here\nsame long password here\n");
        QCOMPARE(res.code, 0);
        QCOMPARE(r.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), path},
                       "same long password here\n")
                     .code,
                 0);
    }

    void initRefusesAnExistingVault()
    {
        const CliResult r = m_cli.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), m_vault,
                                                  QStringLiteral("--user"), QStringLiteral("X")} +
                                      kCheap);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("not empty")));
    }

    // The walk-through: init → user add → that user is forced to change → viewer refused.
    void newUserMustChangePasswordAndViewerIsRefused()
    {
        CliResult r = as(QStringLiteral("Anna"), QString::fromLatin1(kOwnerPassword),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Vera"),
                          QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(r.code, 0);
        const QString otp = oneTimePasswordIn(r.out);
        QVERIFY2(!otp.isEmpty(), qPrintable(r.out));

        r = as(QStringLiteral("Vera"), otp, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("coffer-cli passwd")));

        CliRunner vera;
        vera.env.insert(QStringLiteral("COFFER_VAULT"), m_vault);
        vera.env.insert(QStringLiteral("COFFER_PASSWORD"), otp);
        vera.env.insert(QStringLiteral("COFFER_NEW_PASSWORD"), QStringLiteral("summer2026"));
        r = vera.run({QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("Vera")});
        QCOMPARE(r.code, 2); // a viewer's password opens the same data key: the same floor
        QVERIFY(r.err.contains(QStringLiteral("too easy to guess")));
        vera.env.insert(QStringLiteral("COFFER_NEW_PASSWORD"), QStringLiteral("Vera's own password"));
        r = vera.run({QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("Vera")});
        QCOMPARE(r.code, 0);

        r = as(QStringLiteral("Vera"), QStringLiteral("Vera's own password"),
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Eve"), QStringLiteral("--role"),
                QStringLiteral("admin")});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(QStringLiteral("Viewer")));
        QCOMPARE(as(QStringLiteral("Vera"), QStringLiteral("Vera's own password"),
                    {QStringLiteral("user"), QStringLiteral("list")})
                     .code,
                 5);
    }

    void exitCodes()
    {
        const QString pw = QString::fromLatin1(kOwnerPassword);
        QCOMPARE(as(QStringLiteral("Anna"), QStringLiteral("wrong password"),
                    {QStringLiteral("user"), QStringLiteral("list")})
                     .code,
                 3);
        const CliResult unknown = as(QStringLiteral("Nobody"), pw, {QStringLiteral("user"), QStringLiteral("list")});
        const CliResult wrong = as(QStringLiteral("Anna"), QStringLiteral("wrong password"),
                                   {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(unknown.code, 3);
        QCOMPARE(unknown.err, wrong.err);
        QCOMPARE(
            m_cli.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), m_dir.path()}).code,
            4);
        QCOMPARE(m_cli.run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(m_cli.run({QStringLiteral("user"), QStringLiteral("list")}).code, 2); // no vault named
        QCOMPARE(
            as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")}).code,
            2); // no role
        QCOMPARE(as(QStringLiteral("Anna"), pw,
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                     QStringLiteral("king")})
                     .code,
                 2);
        QCOMPARE(
            as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--bogus")})
                .code,
            2);
        QCOMPARE(
            as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("ghost")})
                .code,
            1);
        {
            auto held = Vault::unlock(m_vault, QStringLiteral("Anna"), secret(kOwnerPassword));
            const CliResult busy = as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("list")});
            QCOMPARE(busy.code, 6);
            QVERIFY(busy.err.contains(QStringLiteral("in use")));
        }
        QByteArray header = readAll(Vault::resolveFolder(m_vault) + QStringLiteral("/header"));
        header[header.size() - 1] = char(header[header.size() - 1] ^ 1);
        writeAll(Vault::resolveFolder(m_vault) + QStringLiteral("/header"), header);
        const CliResult damaged = as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(damaged.code, 4);
        QVERIFY(damaged.err.contains(QStringLiteral("damaged")));
    }

    void userCommandsAndJson()
    {
        const QString pw = QString::fromLatin1(kOwnerPassword);
        CliResult r = as(QStringLiteral("Anna"), pw,
                         {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"),
                          QStringLiteral("Řehoř"), QStringLiteral("--role"), QStringLiteral("editor")});
        QCOMPARE(r.code, 0);
        const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(added.value(QStringLiteral("user")).toString(), QStringLiteral("Řehoř"));
        QVERIFY(added.value(QStringLiteral("oneTimePassword")).toString().size() >= 24);

        QCOMPARE(as(QStringLiteral("Anna"), pw,
                    {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("řehoř"), QStringLiteral("admin")})
                     .code,
                 0);
        r = as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(users[1].toObject().value(QStringLiteral("mustChangePassword")).toBool(), true);

        r = as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("Řehoř")});
        QCOMPARE(r.code, 0);
        QVERIFY(!oneTimePasswordIn(r.out).isEmpty());
        QCOMPARE(
            as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("Řehoř")})
                .code,
            0);
        r = as(QStringLiteral("Anna"), pw, {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QStringLiteral("Řehoř")));
    }

    void recoverWithTheRecoveryKey()
    {
        CliRunner r;
        const QString path = m_dir.filePath(QStringLiteral("recover"));
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), QStringLiteral("forgotten garden password"));
        const CliResult created =
            r.run(QStringList{QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                              QStringLiteral("Anna"), QStringLiteral("--json")} +
                  kCheap);
        QCOMPARE(created.code, 0);
        const QString key =
            QJsonDocument::fromJson(created.out.toUtf8()).object().value(QStringLiteral("recoveryKey")).toString();
        QCOMPARE(key.size(), 39);
        r.env.insert(QStringLiteral("COFFER_NEW_PASSWORD"), QStringLiteral("remembered river password"));
        // Never on the command line, where ps shows it: the option is gone.
        QCOMPARE(
            r.run({QStringLiteral("recover"), QStringLiteral("--vault"), path, QStringLiteral("--recovery-key"), key})
                .code,
            2);
        r.env.insert(QStringLiteral("COFFER_RECOVERY_KEY"), QStringLiteral("AAAA-BBBB"));
        QCOMPARE(r.run({QStringLiteral("recover"), QStringLiteral("--vault"), path}).code, 3);
        r.env.remove(QStringLiteral("COFFER_RECOVERY_KEY"));
        const QString keyFile = m_dir.filePath(QStringLiteral("recovery-key.txt"));
        writeAll(keyFile, key.toLower().toUtf8() + "\n");
        QCOMPARE(r.run({QStringLiteral("recover"), QStringLiteral("--vault"), path,
                        QStringLiteral("--recovery-key-file"), keyFile})
                     .code,
                 0);
        r.env.insert(QStringLiteral("COFFER_PASSWORD"), QStringLiteral("remembered river password"));
        QCOMPARE(r.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), path}).code, 0);
    }

    void passwordFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("pw.txt"));
        writeAll(file, QByteArray(kOwnerPassword) + "\nsecond line ignored\n");
        CliRunner r;
        QCOMPARE(r.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault,
                        QStringLiteral("--password-file"), file})
                     .code,
                 0);
        QCOMPARE(r.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--vault"), m_vault,
                        QStringLiteral("--password-file"), file + QStringLiteral("x")})
                     .code,
                 2);
    }

    void helpAndVersion()
    {
        CliResult r = m_cli.run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* command :
             {"init", "passwd", "recover", "user add", "user list", "user remove", "user role", "user reset"})
            QVERIFY2(r.out.contains(QString::fromLatin1(command)), command);
        QCOMPARE(m_cli.run({QStringLiteral("--version")}).code, 0);
        QCOMPARE(m_cli.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")}).code, 0);
    }

    // The real binary: exit codes reach the shell, and a password never shows on stderr.
    void realBinary()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COFFER_PASSWORD"), QStringLiteral("wrong password"));
        env.insert(QStringLiteral("COFFER_VAULT"), m_vault);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("COFFER_CLI"), {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        const QByteArray err = p.readAllStandardError();
        QVERIFY(err.contains("Wrong user name or password"));
        QVERIFY(!err.contains("wrong password"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
