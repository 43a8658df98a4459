#include "IntegrityKey.h"

#include "Error.h"
#include "crypto/Mac.h"
#include "crypto/Sodium.h"
#include "store/Database.h"

#include <QtEndian>

namespace coffer {

namespace {

constexpr int kMacSize = 32;
const QByteArray kOwnContext = QByteArrayLiteral("coffer-integrity-own-v1");
const QByteArray kUsersContext = QByteArrayLiteral("coffer-integrity-users-v1");
const QByteArray kUserContext = QByteArrayLiteral("coffer-integrity-user-v1");
const QByteArray kRecoveryContext = QByteArrayLiteral("coffer-integrity-recovery-v1");
const QByteArray kHolderContext = QByteArrayLiteral("coffer-integrity-holder-v1");
const QByteArray kCheckpointContext = QByteArrayLiteral("coffer-integrity-checkpoint-v1");
// The audit actions that record a finding of this unit (Vault::takeIntegrityKey).
const char* const kFindings = "('integrity.users', 'integrity.audit', 'integrity.missing', 'integrity.forged')";

const unsigned char* bytesOf(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

void addLength(QByteArray& out, qsizetype length)
{
    char buf[4];
    qToBigEndian(quint32(length), buf);
    out.append(buf, 4);
}

void addField(QByteArray& out, const QByteArray& field)
{
    addLength(out, field.size());
    out += field;
}

void addNumber(QByteArray& out, qint64 n)
{
    char buf[8];
    qToBigEndian(quint64(n), buf);
    out.append(buf, 8);
}

QByteArray ownTag(const Secret& privateKey, const QByteArray& vaultId, const QByteArray& slotId, const QByteArray& box)
{
    return keyedHash(privateKey, kOwnContext + vaultId + slotId + box, IntegrityKey::kTagSize);
}

QByteArray checkpointMac(const Secret& key, const QByteArray& vaultId, qint64 seq, qint64 previous,
                         const QByteArray& hash, const QString& time)
{
    QByteArray message = kCheckpointContext + vaultId;
    addNumber(message, seq);
    addNumber(message, previous);
    addField(message, hash);
    addField(message, time.toUtf8());
    return keyedHash(key, message, kMacSize);
}

QByteArray holderSeal(const Secret& key, const QByteArray& vaultId, const QByteArray& slotId,
                      const QByteArray& publicKey)
{
    QByteArray message = kHolderContext + vaultId;
    addField(message, slotId);
    addField(message, publicKey);
    return keyedHash(key, message, kMacSize);
}

// id, name, name_key, role, slot_id of a users row as selected by kUserColumns.
const char* const kUserColumns = "SELECT id, name, name_key, role, slot_id FROM users";

QByteArray userFields(const Statement& st)
{
    QByteArray fields;
    for (int column = 0; column < 4; ++column)
        addField(fields, st.text(column).toUtf8());
    addField(fields, st.blob(4));
    return fields;
}

QByteArray userSeal(const Secret& key, const QByteArray& vaultId, const QByteArray& fields)
{
    return keyedHash(key, kUserContext + vaultId + fields, kMacSize);
}

QByteArray recoverySeal(const Secret& key, const QByteArray& vaultId, const QByteArray& slotId)
{
    QByteArray message = kRecoveryContext + vaultId;
    addField(message, slotId);
    return keyedHash(key, message, kMacSize);
}

struct UserRow
{
    QString id;
    QString name;
    QString role;
    QByteArray fields;
};

UserRow userRow(const Statement& st)
{
    return {st.text(0), st.text(1), st.text(3), userFields(st)};
}

std::vector<UserRow> userRows(Database& db)
{
    std::vector<UserRow> rows;
    Statement st = db.prepare(QByteArray(kUserColumns).append(" ORDER BY id").constData());
    while (st.next())
        rows.push_back(userRow(st));
    return rows;
}

bool rowSealed(Database& db, const Secret& key, const QByteArray& vaultId, const UserRow& row)
{
    auto st = db.cached("SELECT mac FROM user_seals WHERE user_id = ?");
    st->bind(1, row.id);
    return st->next() && constantTimeEquals(st->blob(0), userSeal(key, vaultId, row.fields));
}

struct Checkpoint
{
    qint64 seq = 0;
    qint64 previous = 0;
    QByteArray hash;
    QString time;
    QByteArray mac;
};

std::vector<Checkpoint> checkpoints(Database& db)
{
    std::vector<Checkpoint> out;
    Statement st = db.prepare("SELECT seq, previous, hash, time, mac FROM audit_checkpoints ORDER BY seq");
    while (st.next())
        out.push_back({st.integer(0), st.integer(1), st.blob(2), st.text(3), st.blob(4)});
    return out;
}

QByteArray rowHash(Database& db, qint64 seq)
{
    auto st = db.cached("SELECT hash FROM audit WHERE seq = ?");
    st->bind(1, seq);
    return st->next() ? st->blob(0) : QByteArray();
}

// The checkpoint's MAC holds under key and its audit row still has the hash it sealed.
bool holds(Database& db, const Secret& key, const QByteArray& vaultId, const Checkpoint& c)
{
    return constantTimeEquals(c.mac, checkpointMac(key, vaultId, c.seq, c.previous, c.hash, c.time)) &&
           rowHash(db, c.seq) == c.hash;
}

} // namespace

void IntegrityKey::give(Database& db, const QByteArray& vaultId, const KeySlot& slot, const Secret& key,
                        const Secret* privateKey)
{
    if (slot.isPending() || key.size() != size_t(kKeySize))
        throw Error(ErrorCode::Failed, KeySlot::tr("The data key could not be sealed."));
    QByteArray box(crypto_box_SEALBYTES + kKeySize, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(box.data()), key.data(), key.size(),
                        bytesOf(slot.publicKey)) != 0)
        throw Error(ErrorCode::Failed, KeySlot::tr("The data key could not be sealed."));
    const QByteArray tag = privateKey ? ownTag(*privateKey, vaultId, slot.id, box) : QByteArray();
    db.prepare("INSERT OR REPLACE INTO integrity_keys (slot_id, public_key, box, tag, seal) VALUES (?, ?, ?, ?, ?)")
        .bind(1, slot.id)
        .bind(2, slot.publicKey)
        .bind(3, box)
        .bind(4, tag)
        .bind(5, holderSeal(key, vaultId, slot.id, slot.publicKey))
        .run();
}

void IntegrityKey::askAgain(Database& db, const QByteArray& slotId)
{
    db.prepare("UPDATE integrity_keys SET box = ?, tag = ? WHERE slot_id = ?")
        .bind(1, QByteArray(""))
        .bind(2, QByteArray(""))
        .bind(3, slotId)
        .run();
}

bool IntegrityKey::holderKeySealed(Database& db, const Secret& key, const QByteArray& vaultId, const KeySlot& slot)
{
    Statement st = db.prepare("SELECT public_key, seal FROM integrity_keys WHERE slot_id = ?");
    st.bind(1, slot.id);
    return !slot.isPending() && st.next() && st.blob(0) == slot.publicKey &&
           constantTimeEquals(st.blob(1), holderSeal(key, vaultId, slot.id, slot.publicKey));
}

void IntegrityKey::take(Database& db, const QByteArray& slotId)
{
    db.prepare("DELETE FROM integrity_keys WHERE slot_id = ?").bind(1, slotId).run();
}

void IntegrityKey::takeAll(Database& db)
{
    db.exec("DELETE FROM integrity_keys");
}

Secret IntegrityKey::open(Database& db, const QByteArray& vaultId, const KeySlot& slot, const Secret& privateKey,
                          Copy* how)
{
    *how = Copy::None;
    Statement st = db.prepare("SELECT public_key, box, tag FROM integrity_keys WHERE slot_id = ?");
    st.bind(1, slot.id);
    if (slot.isPending() || !st.next() || st.blob(0) != slot.publicKey)
        return {};
    const QByteArray box = st.blob(1);
    const QByteArray tag = st.blob(2);
    if (box.isEmpty()) // asked for again (askAgain): none until a holder gives one
        return {};
    Secret key(kKeySize);
    if (box.size() != int(crypto_box_SEALBYTES + kKeySize) ||
        crypto_box_seal_open(key.data(), bytesOf(box), size_t(box.size()), bytesOf(slot.publicKey),
                             privateKey.data()) != 0 ||
        (!tag.isEmpty() && !constantTimeEquals(tag, ownTag(privateKey, vaultId, slot.id, box)))) {
        *how = Copy::Forged;
        return {};
    }
    *how = tag.isEmpty() ? Copy::Sealed : Copy::Own;
    return key;
}

bool IntegrityKey::hasCurrentCopy(Database& db, const KeySlot& slot)
{
    Statement st = db.prepare("SELECT public_key, box FROM integrity_keys WHERE slot_id = ?");
    st.bind(1, slot.id);
    return !slot.isPending() && st.next() && st.blob(0) == slot.publicKey && !st.blob(1).isEmpty();
}

bool IntegrityKey::anyCopy(Database& db)
{
    return db.scalar("SELECT count(*) FROM integrity_keys") > 0;
}

bool IntegrityKey::wasMade(Database& db)
{
    return db.scalar("SELECT count(*) FROM meta WHERE key = 'integrity.made'") > 0;
}

void IntegrityKey::noteMade(Database& db)
{
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('integrity.made', ?)").bind(1, nowStamp()).run();
}

QByteArray IntegrityKey::usersMac(Database& db, const Secret& key, const QByteArray& vaultId,
                                  const QByteArray& recoverySlotId)
{
    QByteArray message = kUsersContext + vaultId;
    // By id, the byte order of SQLite's BINARY collation: one order for every reader.
    const std::vector<UserRow> rows = userRows(db);
    addLength(message, qsizetype(rows.size()));
    for (const UserRow& row : rows)
        message += row.fields;
    addField(message, recoverySlotId);
    return keyedHash(key, message, kMacSize);
}

void IntegrityKey::sealUsers(Database& db, const Secret& key, const QByteArray& vaultId,
                             const QByteArray& recoverySlotId)
{
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('integrity.users', ?)")
        .bind(1, QString::fromLatin1(usersMac(db, key, vaultId, recoverySlotId).toHex()))
        .run();
    db.exec("DELETE FROM user_seals");
    Statement insert = db.prepare("INSERT INTO user_seals (user_id, mac) VALUES (?, ?)");
    for (const UserRow& row : userRows(db)) {
        insert.reset();
        insert.bind(1, row.id).bind(2, userSeal(key, vaultId, row.fields)).run();
    }
    if (recoverySlotId.isEmpty())
        db.exec("DELETE FROM meta WHERE key = 'integrity.recovery'");
    else
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('integrity.recovery', ?)")
            .bind(1, QString::fromLatin1(recoverySeal(key, vaultId, recoverySlotId).toHex()))
            .run();
}

QStringList IntegrityKey::changedUsers(Database& db, const Secret& key, const QByteArray& vaultId)
{
    QStringList names;
    for (const UserRow& row : userRows(db))
        if (!rowSealed(db, key, vaultId, row))
            names << row.name;
    return names;
}

bool IntegrityKey::isSealedHolder(Database& db, const Secret& key, const QByteArray& vaultId, const QByteArray& slotId)
{
    Statement user = db.prepare(QByteArray(kUserColumns).append(" WHERE slot_id = ?").constData());
    user.bind(1, slotId);
    if (user.next()) {
        const UserRow row = userRow(user);
        return (row.role == QLatin1String("owner") || row.role == QLatin1String("admin")) &&
               rowSealed(db, key, vaultId, row);
    }
    Statement recovery = db.prepare("SELECT value FROM meta WHERE key = 'integrity.recovery'");
    return recovery.next() &&
           constantTimeEquals(QByteArray::fromHex(recovery.text(0).toLatin1()), recoverySeal(key, vaultId, slotId));
}

bool IntegrityKey::usersIntact(Database& db, const Secret& key, const QByteArray& vaultId,
                               const QByteArray& recoverySlotId)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = 'integrity.users'");
    return st.next() &&
           constantTimeEquals(QByteArray::fromHex(st.text(0).toLatin1()), usersMac(db, key, vaultId, recoverySlotId));
}

void IntegrityKey::checkpoint(Database& db, const Secret& key, const QByteArray& vaultId)
{
    auto head = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (!head->next())
        return;
    const qint64 seq = head->integer(0);
    const QByteArray hash = head->blob(1);
    const qint64 previous = db.scalar("SELECT coalesce(max(seq), 0) FROM audit_checkpoints");
    if (previous >= seq)
        return;
    const QString time = nowStamp();
    db.cached("INSERT INTO audit_checkpoints (seq, previous, hash, time, mac) VALUES (?, ?, ?, ?, ?)")
        ->bind(1, seq)
        .bind(2, previous)
        .bind(3, hash)
        .bind(4, time)
        .bind(5, checkpointMac(key, vaultId, seq, previous, hash, time))
        .run();
}

bool IntegrityKey::newestCheckpointHolds(Database& db, const Secret& key, const QByteArray& vaultId)
{
    Statement st = db.prepare("SELECT seq, previous, hash, time, mac FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    if (!st.next())
        return !wasMade(db) || db.scalar("SELECT count(*) FROM audit") == 0;
    return holds(db, key, vaultId, {st.integer(0), st.integer(1), st.blob(2), st.text(3), st.blob(4)});
}

void IntegrityKey::verify(Database& db, const Secret& key, const QByteArray& vaultId, const QByteArray& recoverySlotId,
                          AuditVerification& result)
{
    result.seal = AuditVerification::Seal::Checked;
    result.usersIntact = usersIntact(db, key, vaultId, recoverySlotId);
    result.usersChanged = changedUsers(db, key, vaultId);
    qint64 previous = 0;
    for (const Checkpoint& c : checkpoints(db)) {
        ++result.checkpoints;
        if (result.firstForgedCheckpoint == 0 && (c.previous != previous || !holds(db, key, vaultId, c)))
            result.firstForgedCheckpoint = c.seq;
        if (result.firstForgedCheckpoint == 0)
            result.sealedThrough = c.seq;
        previous = c.seq;
    }
    // Checkpoints are made as the log grows; none at all in a vault that had the key means they were removed.
    if (result.checkpoints == 0 && wasMade(db) && db.scalar("SELECT count(*) FROM audit") > 0)
        result.checkpointsMissing = true;
    Statement after = db.prepare("SELECT count(*) FROM audit WHERE seq > ?");
    after.bind(1, result.sealedThrough);
    after.next();
    result.rowsAfterSeal = after.integer(0);
    result.earlierFindings =
        db.scalar(QByteArray("SELECT count(*) FROM audit WHERE action IN ").append(kFindings).constData());
}

void IntegrityKey::reseal(Database& db, const Secret& oldKey, const Secret& newKey, const QByteArray& vaultId,
                          const QByteArray& recoverySlotId)
{
    Statement update = db.prepare("UPDATE audit_checkpoints SET mac = ? WHERE seq = ?");
    for (const Checkpoint& c : checkpoints(db)) {
        if (!holds(db, oldKey, vaultId, c))
            continue;
        update.reset();
        update.bind(1, checkpointMac(newKey, vaultId, c.seq, c.previous, c.hash, c.time)).bind(2, c.seq).run();
    }
    sealUsers(db, newKey, vaultId, recoverySlotId);
}

} // namespace coffer
