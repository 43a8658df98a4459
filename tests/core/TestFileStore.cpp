#include "Error.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "records/ClientStore.h"
#include "records/FileStore.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QUuid>
#include <sys/stat.h>

using namespace coffer;
using namespace coffer::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A vault in a temporary folder with one client.
struct Office : VaultFixture
{
    QString clientId;

    Office()
    {
        Client client;
        client.kind = ClientKind::Person;
        client.givenName = QStringLiteral("Ēriks");
        client.familyName = QStringLiteral("Ozoliņš");
        clientId = ClientStore(*vault).add(client);
    }
    qint64 count(const char* sql) { return vault->database().scalar(sql); }
};

// Reproducible bytes that do not compress: a xorshift stream, with a marker at the start of every MiB
// so that a plaintext scan has something to look for.
class Pattern
{
public:
    explicit Pattern(const QByteArray& marker)
        : m_marker(marker)
    {
    }
    QByteArray next(qint64 size)
    {
        QByteArray out(size, Qt::Uninitialized);
        for (char& c : out) {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            c = char(m_state >> 24);
        }
        out.replace(0, qMin(out.size(), m_marker.size()), m_marker.left(out.size()));
        return out;
    }

private:
    QByteArray m_marker;
    quint64 m_state = 0x9E3779B97F4A7C15ull;
};

// Writes size bytes of pattern to path a MiB at a time; returns their SHA-256 (hex).
QString writePattern(const QString& path, qint64 size, const QByteArray& marker = "MARKER")
{
    Pattern pattern(marker);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (qint64 done = 0; done < size;) {
        const QByteArray piece = pattern.next(qMin(kMiB, size - done));
        hash.addData(piece);
        f.write(piece);
        done += piece.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256OfFile(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? QString::fromLatin1(hash.result().toHex()) : QString();
}

// A sink that keeps only a hash and a count, so that reading a large file costs the test no memory.
class HashingSink : public QIODevice
{
public:
    HashingSink() { open(QIODevice::WriteOnly); }
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        written += size;
        return size;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

// Peak resident memory in KiB since the last resetPeakMemory(), from /proc/self/status.
qint64 peakMemoryKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs")); // "5" resets VmHWM to the current RSS (Linux 4.0+)
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif

StoredFile addBytes(Office& o, const QByteArray& bytes, const QString& name = QStringLiteral("scan.bin"))
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return FileStore(*o.vault).add(o.clientId, buffer, name, QStringLiteral("application/octet-stream"));
}

int actionCount(Vault& v, const QString& action)
{
    int n = 0;
    for (const AuditEntry& e : v.auditEntries(0, 100000))
        n += e.action == action;
    return n;
}

} // namespace

class TestFileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First, so that no earlier test has raised the peak that the measurement starts from.
    void largeFileRoundTripKeepsMemoryFlat()
    {
        Office o;
        const qint64 size = 50 * kMiB + 123; // the last chunk is a short one
        const QString source = o.dir.filePath(QStringLiteral("large.bin"));
        const QString expected = writePattern(source, size);
        FileStore files(*o.vault);

        const bool peakReset = resetPeakMemory();
        const qint64 before = peakMemoryKiB();
        QElapsedTimer timer;
        timer.start();
        qint64 lastDone = 0;
        const StoredFile added = files.addFromPath(o.clientId, source, [&](qint64 done, qint64 total) {
            lastDone = done;
            return total == size;
        });
        const qint64 addMs = timer.restart();
        HashingSink sink;
        const StoredFile read = files.read(added.id, sink);
        const qint64 readMs = timer.elapsed();
        const qint64 growthKiB = peakMemoryKiB() - before;
        qInfo("50 MiB: add %lld ms, read %lld ms, peak memory growth %lld KiB%s", addMs, readMs, growthKiB,
              kAsan ? " (ASan build: not asserted)" : "");

        QCOMPARE(lastDone, size);
        QCOMPARE(added.size, size);
        QCOMPARE(added.sha256, expected);
        QCOMPARE(added.name, QStringLiteral("large.bin"));
        QCOMPARE(added.type, QStringLiteral("application/octet-stream"));
        QCOMPARE(added.clientId, o.clientId);
        QCOMPARE(added.createdBy, o.vault->currentUser().id);
        QCOMPARE(read.id, added.id);
        QCOMPARE(sink.written, size);
        QCOMPARE(sink.sha256(), expected);
        QCOMPARE(o.count("SELECT count(*) FROM file_chunks"), 51);
        // SQLite's page cache fills before it spills to the WAL, so the bound is that cache plus a few
        // chunks' worth of buffers; it must stay well below the file's size for the check to mean anything.
        const qint64 cacheKiB = -o.vault->database().scalar("PRAGMA cache_size");
        const qint64 boundKiB = cacheKiB + 12 * 1024;
        QVERIFY2(cacheKiB > 0 && boundKiB < 40 * 1024, qPrintable(QStringLiteral("page cache %1 KiB").arg(cacheKiB)));
        if (!kAsan && peakReset)
            QVERIFY2(growthKiB < boundKiB, qPrintable(QStringLiteral("grew by %1 KiB").arg(growthKiB)));

        const QString out = o.dir.filePath(QStringLiteral("out.bin"));
        files.saveTo(added.id, out);
        QCOMPARE(sha256OfFile(out), expected);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void emptyAndSmallFiles()
    {
        Office o;
        const StoredFile empty = addBytes(o, {}, QStringLiteral("empty.txt"));
        QCOMPARE(empty.size, 0);
        QCOMPARE(empty.sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        FileStore(*o.vault).read(empty.id, sink);
        QVERIFY(sink.data().isEmpty());

        const QByteArray exact = Pattern("x").next(FileStore::kChunkSize); // exactly one full chunk
        const StoredFile one = addBytes(o, exact);
        QCOMPARE(o.count("SELECT count(*) FROM file_chunks"), 1);
        QBuffer back;
        back.open(QIODevice::WriteOnly);
        FileStore(*o.vault).read(one.id, back);
        QCOMPARE(back.data(), exact);
    }

    void damagedChunkIsReportedNotReturned()
    {
        Office o;
        const QByteArray bytes = Pattern("p").next(6 * kMiB + 500);
        const StoredFile f = addBytes(o, bytes);
        const int readsBefore = actionCount(*o.vault, QStringLiteral("file.read"));
        {
            Statement st = o.vault->database().prepare("SELECT data FROM file_chunks WHERE file_id = ? AND seq = 3");
            st.bind(1, f.id);
            QVERIFY(st.next());
            QByteArray data = st.blob(0);
            data[1000] = char(data[1000] ^ 0x01);
            o.vault->database()
                .prepare("UPDATE file_chunks SET data = ? WHERE file_id = ? AND seq = 3")
                .bind(1, data)
                .bind(2, f.id)
                .run();
        }
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QString message;
        QCOMPARE(thrownCode([&] { FileStore(*o.vault).read(f.id, sink); }, &message), ErrorCode::Damaged);
        QVERIFY2(message.contains(QStringLiteral("part 4 of 7 is damaged")), qPrintable(message));
        QCOMPARE(sink.data(), bytes.left(3 * FileStore::kChunkSize)); // the good parts before it, nothing after

        const QString out = o.dir.filePath(QStringLiteral("restored.bin"));
        QCOMPARE(thrownCode([&] { FileStore(*o.vault).saveTo(f.id, out); }), ErrorCode::Damaged);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(o.dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary left
        QCOMPARE(actionCount(*o.vault, QStringLiteral("file.read")), readsBefore);
    }

    void missingOrRewrittenChunksAreDamage()
    {
        Office o;
        const QByteArray bytes = Pattern("q").next(3 * kMiB + 7);
        Database& db = o.vault->database();
        auto readError = [&](const QString& id) {
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QString message;
            const std::optional<ErrorCode> code = thrownCode([&] { FileStore(*o.vault).read(id, sink); }, &message);
            return std::pair{code, message};
        };

        const StoredFile middle = addBytes(o, bytes);
        db.prepare("DELETE FROM file_chunks WHERE file_id = ? AND seq = 1").bind(1, middle.id).run();
        auto [code, message] = readError(middle.id);
        QCOMPARE(code, ErrorCode::Damaged);
        QVERIFY2(message.contains(QStringLiteral("part 2 of 4 is missing")), qPrintable(message));

        const StoredFile last = addBytes(o, bytes);
        db.prepare("DELETE FROM file_chunks WHERE file_id = ? AND seq = 3").bind(1, last.id).run();
        std::tie(code, message) = readError(last.id);
        QCOMPARE(code, ErrorCode::Damaged);
        QVERIFY2(message.contains(QStringLiteral("part 4 of 4 is missing")), qPrintable(message));

        // A chunk replaced together with its own hash still fails the whole file's SHA-256.
        const StoredFile rewritten = addBytes(o, bytes);
        const QByteArray other = Pattern("other").next(kMiB);
        db.prepare("UPDATE file_chunks SET data = ?, sha256 = ? WHERE file_id = ? AND seq = 0")
            .bind(1, other)
            .bind(2, QCryptographicHash::hash(other, QCryptographicHash::Sha256))
            .bind(3, rewritten.id)
            .run();
        QCOMPARE(readError(rewritten.id).first, ErrorCode::Damaged);
    }

    void viewerCannotAddButCanRead()
    {
        Office o;
        const QByteArray bytes = Pattern("v").next(kMiB + 3);
        const StoredFile f = addBytes(o, bytes);
        const Secret oneTime = o.vault->addUser(QStringLiteral("Vera"), Role::Viewer);
        const QString folder = o.vault->path();
        o.vault.reset();
        Vault::unlock(folder, QStringLiteral("Vera"), oneTime)->changePassword(secret("Vera's own password"));
        auto viewer = Vault::unlock(folder, QStringLiteral("Vera"), secret("Vera's own password"));

        QCOMPARE(thrownCode([&] { addBytesAs(*viewer, o.clientId, bytes); }), ErrorCode::Permission);
        QCOMPARE(viewer->database().scalar("SELECT count(*) FROM files"), 1);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        FileStore(*viewer).read(f.id, sink);
        QCOMPARE(sink.data(), bytes);
        QCOMPARE(FileStore(*viewer).info(f.id).sha256, f.sha256);
        QCOMPARE(FileStore(*viewer).list(o.clientId).size(), size_t(1));
    }

    void removeDeletesEveryChunkAndIsAudited()
    {
        Office o;
        const StoredFile kept = addBytes(o, Pattern("k").next(kMiB + 5), QStringLiteral("kept.bin"));
        const StoredFile wrong = addBytes(o, Pattern("w").next(3 * kMiB), QStringLiteral("wrong scan.pdf"));
        QVERIFY(o.count("SELECT count(*) FROM file_chunks") > 2);

        FileStore(*o.vault).remove(wrong.id);
        QCOMPARE(FileStore(*o.vault).list(o.clientId).size(), size_t(1));
        QCOMPARE(FileStore(*o.vault).list(o.clientId).front().id, kept.id);
        Statement left = o.vault->database().prepare("SELECT count(*) FROM file_chunks WHERE file_id = ?");
        left.bind(1, wrong.id);
        QVERIFY(left.next());
        QCOMPARE(left.integer(0), 0);
        QCOMPARE(actionCount(*o.vault, QStringLiteral("file.delete")), 1);
        QCOMPARE(thrownCode([&] { FileStore(*o.vault).remove(wrong.id); }), ErrorCode::Failed);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        FileStore(*o.vault).read(kept.id, sink); // the other file is whole
        QCOMPARE(QByteArray(QCryptographicHash::hash(sink.data(), QCryptographicHash::Sha256).toHex()),
                 kept.sha256.toLatin1());

        const Secret oneTime = o.vault->addUser(QStringLiteral("Vera"), Role::Viewer);
        const QString folder = o.vault->path();
        o.vault.reset();
        Vault::unlock(folder, QStringLiteral("Vera"), oneTime)->changePassword(secret("Vera's own password"));
        auto viewer = Vault::unlock(folder, QStringLiteral("Vera"), secret("Vera's own password"));
        QCOMPARE(thrownCode([&] { FileStore(*viewer).remove(kept.id); }), ErrorCode::Permission);
        QCOMPARE(FileStore(*viewer).list(o.clientId).size(), size_t(1));
    }

    void cancelledAddStoresNothing()
    {
        Office o;
        QBuffer source;
        source.setData(Pattern("c").next(5 * kMiB));
        source.open(QIODevice::ReadOnly);
        int calls = 0;
        QCOMPARE(thrownCode([&] {
                     FileStore(*o.vault).add(o.clientId, source, QStringLiteral("c.bin"), {},
                                             [&](qint64, qint64) { return ++calls < 2; });
                 }),
                 ErrorCode::Failed);
        QCOMPARE(calls, 2);
        QCOMPARE(o.count("SELECT count(*) FROM files"), 0);
        QCOMPARE(o.count("SELECT count(*) FROM file_chunks"), 0);
        QCOMPARE(actionCount(*o.vault, QStringLiteral("file.add")), 0);
    }

    void unknownClientOrFileIsAClearError()
    {
        Office o;
        const QString nobody = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString message;
        QCOMPARE(thrownCode([&] { addBytesAs(*o.vault, nobody, "abc"); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("no client")), qPrintable(message));
        QCOMPARE(o.count("SELECT count(*) FROM files"), 0);

        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QCOMPARE(thrownCode([&] { FileStore(*o.vault).read(nobody, sink); }, &message), ErrorCode::Failed);
        QVERIFY2(message.contains(QStringLiteral("no file")), qPrintable(message));
        QCOMPARE(thrownCode([&] { addBytes(o, "abc", QStringLiteral("  ")); }), ErrorCode::Usage);
        QCOMPARE(thrownCode([&] { addBytes(o, "abc", QStringLiteral("../etc/passwd")); }), ErrorCode::Usage);
        QCOMPARE(
            thrownCode([&] { FileStore(*o.vault).addFromPath(o.clientId, o.dir.filePath(QStringLiteral("none"))); }),
            ErrorCode::Failed);
    }

    void nameAndContentsNeverInPlaintext()
    {
        Office o;
        const QByteArray marker = "Ēriks Ozoliņš personal code 010190-12345";
        const QString name = QStringLiteral("Ozoliņš pase skenēta.pdf");
        const QString source = o.dir.filePath(name);
        writePattern(source, 3 * kMiB, marker);
        const StoredFile f = FileStore(*o.vault).addFromPath(o.clientId, source);
        QCOMPARE(f.name, name);
        QCOMPARE(f.type, QStringLiteral("application/pdf"));
        const QString folder = o.vault->path();
        for (int locked = 0; locked < 2; ++locked) {
            QCOMPARE(filesContaining(folder, marker), QStringList());
            QCOMPARE(filesContaining(folder, name.toUtf8()), QStringList());
            QCOMPARE(filesContaining(folder, "pase sken"), QStringList());
            o.vault->lock();
        }
    }

    void auditHoldsTheIdNeverTheName()
    {
        Office o;
        const QString name = QStringLiteral("Ozoliņš līgums.txt");
        const StoredFile f = addBytes(o, "contract text", name);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        FileStore(*o.vault).read(f.id, sink);
        FileStore(*o.vault).saveTo(f.id, o.dir.filePath(QStringLiteral("copy.txt")));
        int adds = 0, reads = 0;
        for (const AuditEntry& e : o.vault->auditEntries(0, 1000)) {
            for (const QString& field : {e.action, e.objectType, e.objectId, e.detail})
                QVERIFY(!field.contains(QStringLiteral("Ozoliņš")) && !field.contains(QStringLiteral("līgums")));
            if (e.action == QStringLiteral("file.add")) {
                ++adds;
                QCOMPARE(e.objectType, QStringLiteral("file"));
                QCOMPARE(e.objectId, f.id);
                QCOMPARE(e.detail, QStringLiteral("13"));
            } else if (e.action == QStringLiteral("file.read")) {
                ++reads;
                QCOMPARE(e.objectId, f.id);
            }
        }
        QCOMPARE(adds, 1);
        QCOMPARE(reads, 2);
        QCOMPARE(o.vault->verifyAudit().intact(), true);
    }

    // store/OutputPath's rules for a saved copy: an existing file only when allowed, never through a link,
    // never inside the vault folder or its backup folder; the message does not name the path.
    void saveToFollowsTheOutputRules()
    {
        Office o;
        const StoredFile f = addBytes(o, "contract text", QStringLiteral("contract.txt"));
        FileStore files(*o.vault);
        const QString out = o.dir.filePath(QStringLiteral("Ozoliņš contract.txt"));
        writeAll(out, "keep me");
        QString message;
        QCOMPARE(thrownCode([&] { files.saveTo(f.id, out); }, &message), ErrorCode::Failed);
        QVERIFY2(!message.contains(QStringLiteral("Ozoliņš")), qPrintable(message));
        QCOMPARE(readAll(out), QByteArray("keep me"));
        files.saveTo(f.id, out, {}, Overwrite::Replace);
        QCOMPARE(readAll(out), QByteArray("contract text"));

        const QString victim = o.dir.filePath(QStringLiteral("victim"));
        writeAll(victim, "keep me");
        QVERIFY(QFile::link(victim, o.dir.filePath(QStringLiteral("link.txt"))));
        QCOMPARE(
            thrownCode([&] { files.saveTo(f.id, o.dir.filePath(QStringLiteral("link.txt")), {}, Overwrite::Replace); }),
            ErrorCode::Failed);
        QCOMPARE(readAll(victim), QByteArray("keep me"));

        QCOMPARE(thrownCode([&] { files.saveTo(f.id, QDir(o.vault->path()).filePath(QStringLiteral("c.txt"))); }),
                 ErrorCode::Failed);
        QVERIFY(QDir().mkpath(o.vault->backupFolder()));
        QCOMPARE(
            thrownCode([&] { files.saveTo(f.id, QDir(o.vault->backupFolder()).filePath(QStringLiteral("c.txt"))); }),
            ErrorCode::Failed);
        QVERIFY(!QFileInfo::exists(QDir(o.vault->backupFolder()).filePath(QStringLiteral("c.txt"))));
    }

    void listAndInfo()
    {
        Office o;
        const StoredFile a = addBytes(o, "first", QStringLiteral("a.txt"));
        const StoredFile b = addBytes(o, "second", QStringLiteral("b.txt"));
        const auto files = FileStore(*o.vault).list(o.clientId);
        QCOMPARE(files.size(), size_t(2));
        QCOMPARE(files[0].id, a.id);
        QCOMPARE(files[1].id, b.id);
        const StoredFile info = FileStore(*o.vault).info(b.id);
        QCOMPARE(info.name, QStringLiteral("b.txt"));
        QCOMPARE(info.size, 6);
        QVERIFY(info.created.isValid());
    }

private:
    static void addBytesAs(Vault& v, const QString& clientId, const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        FileStore(v).add(clientId, buffer, QStringLiteral("x.bin"), {});
    }
};

QTEST_GUILESS_MAIN(TestFileStore)
#include "TestFileStore.moc"
