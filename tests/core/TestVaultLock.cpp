#include "Error.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace coffer;
using namespace coffer::test;

class TestVaultLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondOpenIsInUse()
    {
        QTemporaryDir dir;
        auto created =
            Vault::create(dir.filePath(QStringLiteral("a")), QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        auto secondOpen = [&] {
            (void)Vault::unlock(created.vault->path(), QStringLiteral("Anna"), secret(kOwnerPassword));
        };
        QString message;
        QCOMPARE(thrownCode(secondOpen, &message), ErrorCode::InUse);
        QVERIFY(message.contains(QString::number(getpid())));
        created.vault->lock();
        QVERIFY(Vault::unlock(created.vault->path(), QStringLiteral("Anna"), secret(kOwnerPassword))->isUnlocked());
    }

    // A process that holds the vault and is killed leaves the lock file behind; it must not block.
    void staleLockOfAKilledProcess()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("s.coffer"));
        (void)Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        if (child == 0) {
            auto v = Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword));
            (void)!write(ready[1], "x", 1);
            for (;;)
                pause();
        }
        char c = 0;
        QCOMPARE(read(ready[0], &c, 1), ssize_t(1));
        QCOMPARE(thrownCode([&] { (void)Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword)); }),
                 ErrorCode::InUse);
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
        QVERIFY(QFile::exists(folder + QStringLiteral("/lock")));
        QVERIFY(Vault::unlock(folder, QStringLiteral("Anna"), secret(kOwnerPassword))->isUnlocked());
        close(ready[0]);
        close(ready[1]);
    }
};

QTEST_GUILESS_MAIN(TestVaultLock)
#include "TestVaultLock.moc"
