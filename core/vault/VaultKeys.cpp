// The key half of Vault: changing the data key (rekey), replacing the recovery key, and finishing a
// rekey that a crash interrupted. FORMATS.md ("Changing the data key") describes the files.
#include "Vault.h"

#include "Error.h"
#include "IntegrityKey.h"
#include "crypto/Random.h"
#include "store/FileSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace coffer {

namespace {

constexpr int kRecoveryKeyBytes = 20; // as Vault::create makes it
const QByteArray kJournalMagic("COFFER-REKEY 1\n");

QString inFolder(const QString& folder, const char* name)
{
    return QDir(folder).filePath(QString::fromLatin1(name));
}

void removeIfThere(const QString& path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        throw Error(ErrorCode::Failed, Vault::tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
}

void renameOver(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error(ErrorCode::Failed,
                    Vault::tr("Cannot move %1 into place: %2")
                        .arg(QDir::toNativeSeparators(from), QString::fromLocal8Bit(strerror(errno))));
}

void syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        throw Error(ErrorCode::Failed, Vault::tr("Cannot write %1 to the disk.").arg(QDir::toNativeSeparators(path)));
}

// The files of a rekey in progress, beside the vault's own.
struct RekeyFiles
{
    QString journal, header, database;
    explicit RekeyFiles(const QString& folder)
        : journal(inFolder(folder, "rekey-journal"))
        , header(inFolder(folder, "header.rekey"))
        , database(inFolder(folder, "vault.db.rekey"))
    {
    }
};

} // namespace

bool Vault::finishInterruptedRekey(const QString& folder)
{
    const RekeyFiles files(folder);
    if (!QFileInfo::exists(files.journal)) {
        // Stopped before the new files were complete: the vault is as it was, under the old key.
        removeIfThere(files.header);
        removeIfThere(files.database);
        return false;
    }
    QFile journal(files.journal);
    if (!journal.open(QIODevice::ReadOnly) || !journal.read(64).startsWith(kJournalMagic))
        throw Error(ErrorCode::Damaged, tr("The vault's rekey journal (%1) is damaged; the vault was left as it is.")
                                            .arg(QDir::toNativeSeparators(files.journal)));
    journal.close();
    // Both new files were complete when the journal was written: put whichever is still waiting in place,
    // the database first, as rekey() does. While the new header waits, nothing has opened the new database
    // yet, so a log beside vault.db is the old key's: it must not be replayed into the new database.
    if (QFileInfo::exists(files.header)) {
        removeIfThere(inFolder(folder, "vault.db-wal"));
        removeIfThere(inFolder(folder, "vault.db-shm"));
        if (QFileInfo::exists(files.database))
            renameOver(files.database, inFolder(folder, "vault.db"));
        renameOver(files.header, inFolder(folder, "header"));
    }
    fsyncFolder(folder);
    return true; // the journal goes once the change is in the audit log (endRekey)
}

void Vault::endRekey(const QString& detail)
{
    Transaction tx(m_db);
    audit(QStringLiteral("vault.rekey"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()), detail);
    tx.commit();
    removeIfThere(RekeyFiles(m_path).journal);
    fsyncFolder(m_path);
    noteSeenGeneration();
}

QStringList Vault::whyNotRekey()
{
    QStringList why;
    for (const KeySlot& slot : m_header.keySlots) {
        if (!slot.isPending())
            continue;
        if (slot.kind == SlotKind::Recovery) {
            why << tr("The recovery key has not been used since the vault moved to the new key format: the owner "
                      "replaces it first (coffer-cli recovery-key rotate).");
            continue;
        }
        Statement st = m_db.prepare("SELECT name FROM users WHERE slot_id = ?");
        st.bind(1, slot.id);
        if (st.next())
            why << tr("%1 has not signed in since the vault moved to the new key format: ask them to sign in once, "
                      "or reset their password.")
                       .arg(st.text(0));
    }
    return why;
}

void Vault::rekey(const RekeyProgress& progress, const std::function<void(RekeyStep)>& afterStep)
{
    require(Permission::ManageUsers);
    if (const QStringList why = whyNotRekey(); !why.isEmpty())
        throw Error(ErrorCode::Failed,
                    tr("The data key was not changed, and nothing else either.") + u' ' + why.join(u' '));
    const auto step = [&](RekeyStep s) {
        if (afterStep)
            afterStep(s);
    };
    const RekeyFiles files(m_path);
    removeIfThere(files.header);
    removeIfThere(files.database);

    Secret newKey = randomSecret(KeySlot::kDataKeySize);
    VaultHeader next = m_header;
    next.formatVersion = VaultHeader::kFormatVersion;
    next.generation = m_header.generation + 1;
    for (KeySlot& slot : next.keySlots)
        slot = slot.resealed(newKey);

    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 total = QFileInfo(databaseFilePath()).size();
        if (progress)
            progress(0, total);
        // The new key is bound from secure memory in SQLCipher's raw form x'…', never written as SQL text.
        Secret rawKey = Database::rawKey(newKey);
        // The connection was opened without SQLITE_OPEN_CREATE, and an attached file inherits that: it
        // must exist. An empty file is an empty database; it is private before a byte goes in.
        {
            QFile created(files.database);
            if (!created.open(QIODevice::WriteOnly))
                throw Error(ErrorCode::Failed, tr("The data key could not be changed: %1").arg(created.errorString()));
        }
        makePrivateFile(files.database);
        sqlite3_stmt* attach = nullptr;
        if (sqlite3_prepare_v2(m_db.handle(), "ATTACH DATABASE ?1 AS rekeyed KEY ?2", -1, &attach, nullptr) !=
            SQLITE_OK)
            throw Error(
                ErrorCode::Failed,
                tr("The data key could not be changed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
        const QByteArray path = files.database.toUtf8();
        sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_STATIC);
        sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(rawKey.data()), int(rawKey.size()), SQLITE_STATIC);
        const int attached = sqlite3_step(attach);
        sqlite3_finalize(attach);
        rawKey.clear();
        if (attached != SQLITE_DONE)
            throw Error(
                ErrorCode::Failed,
                tr("The data key could not be changed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
        // The copy gets the header's settings, as Database::open gives the database itself.
        if (SQLITE_VERSION_NUMBER >= 3020000 && m_header.cipher.compatibility == 3) // SQLCipher 4
            m_db.exec("PRAGMA rekeyed.cipher_compatibility = 3");
        m_db.exec(QByteArray("PRAGMA rekeyed.cipher_page_size = " + QByteArray::number(m_header.cipher.pageSize))
                      .constData());
        m_db.exec(m_header.cipher.hmac ? "PRAGMA rekeyed.cipher_use_hmac = ON"
                                       : "PRAGMA rekeyed.cipher_use_hmac = OFF");
        // The copy is scratch until the journal names it: a crash or an error before then removes it. So
        // it needs no journal of its own and no sync per statement (sqlcipher_export commits each CREATE
        // and INSERT on its own; bench_rekey measured the export at 0.3–0.6 of its time this way); the
        // one syncFile below makes it durable before the journal is written. Database::open puts it in WAL
        // mode again.
        m_db.exec("PRAGMA rekeyed.journal_mode = OFF");
        m_db.exec("PRAGMA rekeyed.synchronous = OFF");
        struct Watch
        {
            const RekeyProgress* progress;
            QString path;
            qint64 total;
        } watch{&progress, files.database, total};
        if (progress)
            sqlite3_progress_handler(
                m_db.handle(), 100000,
                [](void* p) {
                    const auto* w = static_cast<Watch*>(p);
                    (*w->progress)(qMin(QFileInfo(w->path).size(), w->total), w->total);
                    return 0;
                },
                &watch);
        try {
            m_db.exec("SELECT sqlcipher_export('rekeyed')");
        } catch (...) {
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
            throw;
        }
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
        if (progress)
            progress(total, total);
        m_db.exec(QByteArray("PRAGMA rekeyed.user_version = " + QByteArray::number(m_db.scalar("PRAGMA user_version")))
                      .constData());
        m_db.prepare("INSERT OR REPLACE INTO rekeyed.meta (key, value) VALUES ('header.generation', ?)")
            .bind(1, QString::number(next.generation))
            .run();
        m_db.prepare("INSERT OR REPLACE INTO rekeyed.meta (key, value) VALUES ('key.changed', ?)")
            .bind(1, nowStamp())
            .run();
        m_db.exec("DELETE FROM rekeyed.meta WHERE key = 'rekey.due'");
        m_db.exec("DETACH DATABASE rekeyed");
        syncFile(files.database);
        step(RekeyStep::DatabaseCopied);
        next.write(files.header, newKey);
        step(RekeyStep::HeaderWritten);
        writeFileAtomically(files.journal, kJournalMagic);
        step(RekeyStep::JournalWritten);
    } catch (...) {
        try {
            m_db.exec("DETACH DATABASE rekeyed");
        } catch (const Error&) {
            // Not attached: the failure came before.
        }
        (void)QFile::remove(files.database);
        (void)QFile::remove(files.header);
        try {
            Transaction tx(m_db);
            audit(QStringLiteral("vault.rekey.failed"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()));
            tx.commit();
        } catch (const Error&) {
            // A full disk: the error on its way out says what happened.
        }
        throw;
    }
    // From here on the journal finishes the change if this process stops: no way back to the old key.
    m_db.close();
    finishInterruptedRekey(m_path);
    step(RekeyStep::InPlace);
    m_dataKey = std::move(newKey);
    m_header = std::move(next);
    openDatabase();
    endRekey(QStringLiteral("members=%1").arg(m_header.keySlots.size()));
}

Secret Vault::rotateRecoveryKey()
{
    require(Permission::ManageUsers);
    if (m_user.role != Role::Owner)
        throw Error::roleForbids(roleDisplayName(m_user.role));
    requireIntegrityKey();
    const KeySlot* old = m_header.recoverySlot();
    Secret key = randomReadableSecret(kRecoveryKeyBytes);
    // A new slot id too: nothing refers to the recovery slot's id, and a fresh one says it is a new key.
    Secret privateKey;
    KeySlot slot =
        KeySlot::seal(m_dataKey, normaliseReadableSecret(key), old ? old->kdf : kdfParams(), SlotKind::Recovery,
                      randomBytes(KeySlot::kLookupSize), m_header.vaultId, {}, &privateKey);
    const QByteArray oldId = old ? old->id : QByteArray();
    Transaction tx(m_db);
    audit(QStringLiteral("recovery.rotate"), QStringLiteral("vault"), QString::fromLatin1(id().toHex()));
    // The recovery key opens the integrity key too, so that an owner who recovers keeps holding it.
    if (!oldId.isEmpty())
        IntegrityKey::take(m_db, oldId);
    if (!m_integrityKey.isEmpty())
        IntegrityKey::give(m_db, id(), slot, m_integrityKey, &privateKey);
    sealUsers(m_integrityKey, slot.id);
    writeHeaderThenCommit(tx, [&](VaultHeader& h) {
        if (!oldId.isEmpty())
            h.removeSlot(oldId);
        h.putSlot(std::move(slot));
    });
    return key;
}

} // namespace coffer
