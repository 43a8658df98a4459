// A password given to coffer-cli in the environment leaves no copy in the process's memory once the
// vault is locked: a child process creates a vault, adds a client and lists them as a script would
// (COFFER_PASSWORD, taken from the environment as main() takes it), then waits; this process reads every
// writable mapping of the child through /proc/<pid>/mem and searches it for the password, as UTF-8 and as
// UTF-16 (a QString). A second child that reads the password the way coffer-cli did before — through
// QProcessEnvironment — shows that the search finds a copy where there is one.
#include "CliContext.h"
#include "CliIo.h"
#include "crypto/Secret.h"

#include <sys/wait.h>
#include <unistd.h>

#include <QByteArray>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <csignal>
#include <cstdlib>
#include <cstring>

using namespace coffer;

namespace {

// The password in two halves, so that no whole copy of it exists in this program's writable memory (which
// a forked child inherits) before the child makes one.
const char* const kFirstHalf = "heap-canary-";
const char* const kSecondHalf = "Zq7wuT81-lantern";

enum class ReadPassword { AsCofferCliDoes, ThroughQProcessEnvironment };

// Runs in the child: the work, then one byte on ready, then waits to be killed.
[[noreturn]] void childWork(const QString& folder, ReadPassword how, int ready)
{
    ::setenv("COFFER_VAULT", QFile::encodeName(folder).constData(), 1);
    int failures = 0;
    {
        QByteArray inBytes, outBytes, errBytes;
        QTextStream in(&inBytes), out(&outBytes), err(&errBytes);
        cli::CliIo io{in, out, err, false, false};
        const QStringList runs[] = {
            {QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--kdf-memory"),
             QStringLiteral("1"), QStringLiteral("--kdf-ops"), QStringLiteral("1")},
            {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ilze Ozola")},
            {QStringLiteral("client"), QStringLiteral("list")},
        };
        // One process per command, as a script runs coffer-cli: the password in the environment, taken
        // from it as main() does, the command.
        for (const QStringList& args : runs) {
            char password[64] = {};
            std::strcat(password, kFirstHalf);
            std::strcat(password, kSecondHalf);
            ::setenv("COFFER_PASSWORD", password, 1);
            memzero(password, sizeof password);
            if (how == ReadPassword::AsCofferCliDoes)
                cli::EnvironmentSecrets::takeFromProcess();
            failures += cli::runCli(args, io, QProcessEnvironment::systemEnvironment()) != 0;
        }
    }
    const char byte = failures == 0 ? 'y' : 'n';
    (void)!::write(ready, &byte, 1);
    for (;;)
        ::pause();
}

// Every occurrence of needle in the child's writable memory, as "mapping: offset".
QStringList occurrencesIn(pid_t pid, const QByteArray& needle)
{
    QStringList found;
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QFile mem(QStringLiteral("/proc/%1/mem").arg(pid));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read the child's memory: %1").arg(mem.errorString())};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields[1].startsWith("rw"))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        if (range.size() != 2)
            continue;
        const quint64 start = range[0].toULongLong(nullptr, 16);
        const quint64 end = range[1].toULongLong(nullptr, 16);
        // AddressSanitizer's shadow is terabytes of reserved address space, not data: its heap is in
        // the smaller mappings.
        if (end - start > (quint64(4) << 30))
            continue;
        constexpr quint64 kPiece = 16 << 20;
        for (quint64 at = start; at < end; at += kPiece - quint64(needle.size())) {
            if (!mem.seek(qint64(at)))
                break;
            const QByteArray bytes = mem.read(qint64(qMin(kPiece, end - at)));
            if (bytes.isEmpty())
                break;
            for (qsizetype i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1))
                found << QStringLiteral("%1 at +%2")
                             .arg(QString::fromLatin1(fields.size() > 5 ? fields[5] : fields[0]))
                             .arg(at - start + quint64(i));
            if (at + kPiece >= end)
                break;
        }
    }
    return found;
}

} // namespace

class TestSecretsInMemory : public QObject
{
    Q_OBJECT

    // Runs the child, then returns where the password is in its memory.
    QStringList copiesLeft(ReadPassword how)
    {
        QTemporaryDir dir;
        int fds[2];
        if (::pipe(fds) != 0)
            return {QStringLiteral("no pipe")};
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            childWork(dir.filePath(QStringLiteral("shop.coffer")), how, fds[1]);
        }
        ::close(fds[1]);
        char byte = 0;
        const bool ready = ::read(fds[0], &byte, 1) == 1;
        ::close(fds[0]);
        const QByteArray password = QByteArray(kFirstHalf) + kSecondHalf;
        QStringList found;
        if (!ready || byte != 'y')
            found << QStringLiteral("the child's commands failed");
        else
            found << occurrencesIn(pid, password)
                  << occurrencesIn(pid, QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(password).utf16()),
                                                   password.size() * 2));
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the settings file of the tests

    void noCopyOfThePasswordOutlivesTheLock()
    {
        const QStringList found = copiesLeft(ReadPassword::AsCofferCliDoes);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    // The search is real: read through QProcessEnvironment, the password stays in the child's heap.
    void aCopyLeftBehindIsFound()
    {
        const QStringList found = copiesLeft(ReadPassword::ThroughQProcessEnvironment);
        QVERIFY(!found.isEmpty());
        QVERIFY2(!found.first().startsWith(QStringLiteral("the child")) &&
                     !found.first().startsWith(QStringLiteral("cannot")),
                 qPrintable(found.first()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsInMemory)
#include "TestSecretsInMemory.moc"
