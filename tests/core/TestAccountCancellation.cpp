#include "Error.h"
#include "TestSupport.h"
#include "backup/ManagedBackups.h"
#include "erase/AccountCancellation.h"
#include "erase/ClientEraser.h"
#include "erase/OverwritePass.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "store/DirectIo.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace coffer;
using namespace coffer::test;

namespace {

// Makes a file unwritable in a way that holds even for root (chattr +i), and undoes it at scope end.
class Unwritable
{
public:
    explicit Unwritable(const QString& path)
        : m_path(path)
    {
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path});
        else
            QFile::setPermissions(path, QFileDevice::ReadOwner);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        m_works = fd < 0;
        if (fd >= 0)
            ::close(fd);
    }
    ~Unwritable()
    {
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else
            QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    bool works() const { return m_works; }

private:
    QString m_path;
    bool m_works = false;
};

// A vault with a client, a file, a managed backup and a tombstone; settings kept in the test's folder.
struct Office
{
    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("shop.coffer"));
    std::unique_ptr<Vault> vault;

    Office()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        vault = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf).vault;
        KnownVaults::remember(folder);
        Client c;
        c.givenName = QStringLiteral("Cancelled");
        c.familyName = QStringLiteral("Client");
        const QString id = ClientStore(*vault).add(c);
        QByteArray body(300 * 1024, 'x');
        QBuffer source(&body);
        source.open(QIODevice::ReadOnly);
        FileStore(*vault).add(id, source, QStringLiteral("a.bin"), QStringLiteral("application/octet-stream"));
        Client other;
        other.givenName = QStringLiteral("Erased");
        ClientEraser(*vault).erase(ClientStore(*vault).add(other)); // leaves a tombstone file
        ManagedBackups(*vault).backUpNow();
    }
    QString backupFolder() const { return folder + QStringLiteral("-backups"); }
    QStringList allFiles() const
    {
        QStringList out;
        for (const QString& f : {folder, backupFolder()}) {
            QDirIterator it(f, QDir::Files | QDir::Hidden | QDir::System);
            while (it.hasNext()) {
                const QString path = it.next();
                // The WAL and its index go when the database closes, before anything is listed.
                if (!path.endsWith(QStringLiteral("-wal")) && !path.endsWith(QStringLiteral("-shm")))
                    out << path;
            }
        }
        return out;
    }
    QString certificate() const { return dir.filePath(QStringLiteral("cert.json")); }
};

QString sha256(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

QByteArray randomFile(const QString& path, qint64 size)
{
    QByteArray bytes(int(size), Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(quint32(i * 2654435761u) >> 13); // no two 4096-byte blocks alike
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
        qFatal("cannot write %s", qPrintable(path));
    return bytes;
}

// Changes one byte of a file through a descriptor of its own, as a device that lost a write would.
void changeByte(const QString& path, qint64 offset)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    char c = 0;
    QVERIFY(::pread(fd, &c, 1, offset) == 1);
    c = char(~c);
    QVERIFY(::pwrite(fd, &c, 1, offset) == 1);
    ::close(fd);
}

} // namespace

class TestAccountCancellation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deletesEverythingAndCertifiesIt()
    {
        Office o;
        o.vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"); // so vault.db is what closing leaves
        std::map<QString, QString> sums;
        for (const QString& f : o.allFiles())
            sums[QFileInfo(f).absoluteFilePath()] = sha256(f);
        QCOMPARE(sums.size(), size_t(5)); // header, vault.db, lock, a backup, the tombstones
        QVERIFY(!o.vault->managedBackups().isEmpty());

        AccountCancellation cancellation(*o.vault);
        cancellation.setCertificatePath(o.certificate());
        const CancellationResult r = cancellation.cancel(QStringLiteral("shop"));
        QVERIFY2(r.completed, qPrintable(r.failure));
        QVERIFY(r.keySlotsDestroyed);
        QVERIFY(!QFileInfo::exists(o.folder));
        QVERIFY(!QFileInfo::exists(o.backupFolder()));
        QVERIFY(!KnownVaults::recent().contains(o.folder));
        QVERIFY(!readAll(QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"),
                                   QStringLiteral("coffer"))
                             .fileName())
                     .contains("shop.coffer"));
        QCOMPARE(thrownCode([&] { Vault::unlock(o.folder, {}, secret(kOwnerPassword)); }), ErrorCode::Damaged);

        const QJsonObject cert = QJsonDocument::fromJson(readAll(o.certificate())).object();
        QCOMPARE(cert[QStringLiteral("result")].toString(), QStringLiteral("completed"));
        QCOMPARE(cert[QStringLiteral("personPerformingSanitization")][QStringLiteral("user")].toString(),
                 QStringLiteral("Anna"));
        const QJsonObject media = cert[QStringLiteral("mediaInformation")].toObject();
        QCOMPARE(media[QStringLiteral("vaultName")].toString(), QStringLiteral("shop"));
        QCOMPARE(media[QStringLiteral("vaultId")].toString().size(), 32);
        QCOMPARE(media[QStringLiteral("managedBackups")].toArray().size(), 1);
        const QJsonArray files = media[QStringLiteral("files")].toArray();
        QCOMPARE(size_t(files.size()), sums.size());
        for (const QJsonValue& f : files) {
            const QString path = f[QStringLiteral("path")].toString();
            QVERIFY2(sums.count(path), qPrintable(path));
            QCOMPARE(f[QStringLiteral("sha256BeforeOverwrite")].toString(), sums[path]);
            QVERIFY(f[QStringLiteral("size")].toInteger() >= 0);
        }
        const QJsonObject method = cert[QStringLiteral("sanitizationDetails")].toObject();
        QCOMPARE(method[QStringLiteral("methodType")].toString(), QStringLiteral("Purge"));
        QVERIFY(method[QStringLiteral("methodUsed")].toString().contains(QStringLiteral("Cryptographic erase")));
        QCOMPARE(method[QStringLiteral("tool")][QStringLiteral("version")].toString(), QStringLiteral(COFFER_VERSION));
        QVERIFY(!method[QStringLiteral("verificationMethod")].toString().isEmpty());
        const QJsonArray results = method[QStringLiteral("verificationResults")].toArray();
        QCOMPARE(results.size(), 6);
        for (const QJsonValue& v : results)
            QVERIFY2(v[QStringLiteral("passed")].toBool(), qPrintable(v[QStringLiteral("check")].toString()));
        QVERIFY(fromStamp(cert[QStringLiteral("completed")].toString()).isValid());
        const QString limits = cert[QStringLiteral("limitations")].toVariant().toStringList().join(u' ');
        QVERIFY(limits.contains(QStringLiteral("SSD")) && limits.contains(QStringLiteral("copy-on-write")));
        QVERIFY(cert[QStringLiteral("notCovered")].toVariant().toStringList().join(u' ').contains(
            QStringLiteral("Exports")));
        const QString text = QString::fromUtf8(readAll(dirPath(o, "cert.txt")));
        QVERIFY(text.contains(QStringLiteral("NIST SP 800-88")) && text.contains(sums.begin()->second));
    }

    void overwritePassReplacesEveryBlockAndHashesWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        constexpr qint64 kChunk = 64 * 1024;
        const qint64 size = 5 * kChunk + 1000; // more chunks than the ring has buffers, and a partial block
        const QByteArray before = randomFile(path, size);
        std::vector<qint64> written;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
        const QByteArray sum = OverwritePass::run(
            fd, path, size, [&](qint64 done) { written.push_back(done); }, kChunk);
        ::close(fd);
        QCOMPARE(sum, QCryptographicHash::hash(before, QCryptographicHash::Sha256));
        QCOMPARE(written.size(), size_t(6));
        QCOMPARE(written.back(), size);
        const QByteArray after = readAll(path);
        QCOMPARE(after.size(), before.size());
        QSet<QByteArray> blocks;
        for (qint64 at = 0; at < size; at += DirectIo::kAlignment) {
            const QByteArray block = after.mid(at, DirectIo::kAlignment);
            QVERIFY2(block != before.mid(at, DirectIo::kAlignment), qPrintable(QString::number(at)));
            blocks.insert(block);
        }
        QCOMPARE(blocks.size(), int((size + DirectIo::kAlignment - 1) / DirectIo::kAlignment)); // all different
    }

    void readBackMismatchIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        randomFile(path, 300 * 1024);
        // Between the writing and the read-back, one byte on the disk changes: the comparison must see it.
        SecureOverwrite::Stage stage = SecureOverwrite::Stage::Untouched;
        try {
            (void)SecureOverwrite::destroy(path, &stage, [&](qint64) { changeByte(path, 123457); });
            QFAIL("the changed byte was not noticed");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("differ")) && e.message().contains(QStringLiteral("123457")),
                     qPrintable(e.message()));
        }
        QCOMPARE(stage, SecureOverwrite::Stage::Overwriting);
        QVERIFY(QFileInfo::exists(path)); // not deleted as if all were well
        QCOMPARE(QFileInfo(path).size(), 300 * 1024);
    }

    void onlyTheOwnerWithTheRightName()
    {
        Office o;
        QVERIFY_THROWS_EXCEPTION(Error, AccountCancellation(*o.vault).cancel(QStringLiteral("shops")));
        const Secret oneTime = o.vault->addUser(QStringLiteral("ed"), Role::Editor);
        o.vault.reset();
        auto editor = Vault::unlock(o.folder, QStringLiteral("ed"), oneTime);
        editor->changePassword(secret("editor password 1"));
        QCOMPARE(thrownCode([&] { AccountCancellation(*editor).cancel(QStringLiteral("shop")); }),
                 ErrorCode::Permission);
        QVERIFY(editor->isUnlocked());
        QVERIFY(QFileInfo::exists(o.folder + QStringLiteral("/header")));
    }

    void unwritableFileStopsBeforeAnythingIsLost()
    {
        Office o;
        const QString backup = o.vault->managedBackups().first();
        const Unwritable guard(backup);
        if (!guard.works())
            QSKIP("cannot make a file unwritable here");
        const QStringList before = o.allFiles();
        AccountCancellation cancellation(*o.vault);
        cancellation.setCertificatePath(o.certificate());
        const CancellationResult r = cancellation.cancel(QStringLiteral("shop"));
        QVERIFY(!r.completed);
        QVERIFY(!r.keySlotsDestroyed);
        QVERIFY(r.failure.contains(QStringLiteral("Nothing was deleted")));
        QVERIFY(r.failure.contains(backup));
        QVERIFY(!QFileInfo::exists(o.certificate()));
        QCOMPARE(o.allFiles(), before);
        o.vault.reset();
        QVERIFY(Vault::unlock(o.folder, {}, secret(kOwnerPassword))->isUnlocked()); // nothing was lost
    }

    void failureMidwayIsReportedHonestly()
    {
        Office o;
        std::unique_ptr<Unwritable> guard;
        AccountCancellation cancellation(*o.vault);
        cancellation.setCertificatePath(o.certificate());
        // After the checks pass: vault.db becomes unwritable just before its turn.
        cancellation.setBeforeEachFile([&](const QString& path) {
            if (path.endsWith(QStringLiteral("/vault.db")))
                guard = std::make_unique<Unwritable>(path);
        });
        const CancellationResult r = cancellation.cancel(QStringLiteral("shop"));
        QVERIFY(guard);
        if (!guard->works())
            QSKIP("cannot make a file unwritable here");
        QVERIFY(!r.completed);
        QVERIFY(r.keySlotsDestroyed);
        QVERIFY2(r.failure.contains(QStringLiteral("vault.db")), qPrintable(r.failure));
        QVERIFY(!QFileInfo::exists(o.certificate()));
        bool sawFailed = false;
        for (const CancelledFile& f : r.files) {
            const bool deleted = f.stage == SecureOverwrite::Stage::Deleted;
            QCOMPARE(QFileInfo::exists(f.file.path), !deleted); // the report matches the disk
            if (f.file.path.endsWith(QStringLiteral("/vault.db"))) {
                QCOMPARE(f.stage, SecureOverwrite::Stage::Untouched);
                sawFailed = true;
            }
            if (f.file.kind != QStringLiteral("vault"))
                QVERIFY(deleted); // backups and tombstones went first
            // A sum is reported for what was overwritten (taken on the way) and for the header (taken first).
            if (deleted || f.file.path.endsWith(QStringLiteral("/header")))
                QCOMPARE(f.file.sha256.size(), 64);
            if (f.stage == SecureOverwrite::Stage::Untouched && !f.file.path.endsWith(QStringLiteral("/header")))
                QVERIFY(f.file.sha256.isEmpty());
        }
        QVERIFY(sawFailed);
        o.vault.reset();
        QVERIFY_THROWS_EXCEPTION(Error, Vault::unlock(o.folder, {}, secret(kOwnerPassword)));
    }

private:
    static QString dirPath(const Office& o, const char* name) { return o.dir.filePath(QString::fromLatin1(name)); }
};

QTEST_GUILESS_MAIN(TestAccountCancellation)
#include "TestAccountCancellation.moc"
