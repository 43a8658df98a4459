// The integrity key (vault/IntegrityKey.h): a member who holds only the data key edits vault.db around
// Coffer — makes themselves an administrator, rewrites the audit log and its chain, removes the seals —
// and the owner's next sign-in and `verifyAudit()` say so. The edits here are made as such a member
// would: the database opened with the data key alone, the chain recomputed from FORMATS.md.
#include "Error.h"
#include "TestSupport.h"
#include "vault/IntegrityKey.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <functional>
#include <sodium.h>

using namespace coffer;
using namespace coffer::test;

namespace {

const char* const kBobPassword = "bobs own long password";
const char* const kCarlPassword = "carls own long password";

QString annaVault(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("shop.coffer"));
}

// Anna the owner, bob a viewer and carl an administrator, each with a password of their own.
void makeVault(const QString& folder)
{
    auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
    Secret bob = created.vault->addUser(QStringLiteral("bob"), Role::Viewer);
    Secret carl = created.vault->addUser(QStringLiteral("carl"), Role::Admin);
    created.vault->lock();
    Vault::unlock(folder, QStringLiteral("bob"), bob)->changePassword(secret(kBobPassword));
    Vault::unlock(folder, QStringLiteral("carl"), carl)->changePassword(secret(kCarlPassword));
}

std::unique_ptr<Vault> anna(const QString& folder)
{
    return Vault::unlock(folder, {}, secret(kOwnerPassword));
}

// What bob, a viewer, can do with the data key his password opens: anything to vault.db and the header,
// around Coffer.
void asBobWithTheKey(const QString& folder, const std::function<void(Database&, const Secret&)>& edit)
{
    Secret key;
    CipherSettings cipher;
    {
        auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
        key = bob->dataKey().copy();
        cipher = bob->cipherSettings();
    }
    Database db;
    db.open(folder + QStringLiteral("/vault.db"), key, cipher, false);
    edit(db, key);
}

void asBobOutsideCoffer(const QString& folder, const std::function<void(Database&)>& edit)
{
    asBobWithTheKey(folder, [&](Database& db, const Secret&) { edit(db); });
}

// The vault of makeVault() after bob ran sql on vault.db with the data key; returns its folder.
QString editedByBob(const QTemporaryDir& dir, const char* sql)
{
    const QString folder = annaVault(dir);
    makeVault(folder);
    asBobOutsideCoffer(folder, [sql](Database& db) { db.exec(sql); });
    return folder;
}

qint64 copiesOf(Vault& v, const char* name)
{
    Statement st = v.database().prepare("SELECT count(*) FROM integrity_keys k JOIN users u ON u.slot_id = k.slot_id "
                                        "WHERE u.name = ? AND length(k.box) > 0");
    st.bind(1, QString::fromLatin1(name));
    st.next();
    return st.integer(0);
}

QByteArray field(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    char len[4];
    qToBigEndian(quint32(utf8.size()), len);
    return QByteArray(len, 4) + utf8;
}

// FORMATS.md, the audit chain: SHA-256 of the previous hash, the seq (8 bytes, big-endian) and the six
// text fields, each with its length. Rewrites every row's links from the first, as a forger would.
void recomputeChain(Database& db)
{
    struct Row
    {
        qint64 seq;
        QString fields[6];
    };
    std::vector<Row> rows;
    {
        Statement st = db.prepare("SELECT seq, time, actor, action, object_type, object_id, detail FROM audit "
                                  "ORDER BY seq");
        while (st.next())
            rows.push_back({st.integer(0), {st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)}});
    }
    QByteArray prev(32, '\0');
    Statement update = db.prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
    for (const Row& r : rows) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(prev);
        char seq[8];
        qToBigEndian(quint64(r.seq), seq);
        h.addData(QByteArrayView(seq, 8));
        for (const QString& f : r.fields)
            h.addData(field(f));
        const QByteArray hash = h.result();
        update.reset();
        update.bind(1, prev).bind(2, hash).bind(3, r.seq).run();
        prev = hash;
    }
}

QStringList actionsOf(Vault& v)
{
    QStringList actions;
    for (const AuditEntry& e : v.auditEntries(0, 100000))
        actions << e.action;
    return actions;
}

} // namespace

class TestIntegrityKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aVaultAsCofferLeftItIsUntouched()
    {
        QTemporaryDir dir;
        makeVault(annaVault(dir));
        auto v = anna(annaVault(dir));
        QVERIFY(v->integrityWarning().isEmpty());
        const AuditVerification result = v->verifyAudit();
        QCOMPARE(result.seal, AuditVerification::Seal::Checked);
        QVERIFY(result.usersIntact);
        QVERIFY(result.checkpoints >= 3); // made at every sign-in of anna and carl, and at their locks
        QCOMPARE(result.firstForgedCheckpoint, 0);
        QVERIFY(result.untouched());
        QCOMPARE(result.sealedThrough, result.rowsChecked); // the sign-in just now is sealed too
        // Who holds it: anna, carl and the recovery key; never bob.
        QCOMPARE(v->database().scalar("SELECT count(*) FROM integrity_keys"), 3);
        QCOMPARE(v->database().scalar("SELECT count(*) FROM integrity_keys k JOIN users u ON u.slot_id = k.slot_id "
                                      "WHERE u.name = 'bob'"),
                 0);
        // carl, an administrator, verifies too.
        v.reset();
        auto carl = Vault::unlock(annaVault(dir), QStringLiteral("carl"), secret(kCarlPassword));
        QVERIFY(carl->verifyAudit().untouched());
    }

    void aViewerWhoMakesThemselvesAnAdministratorIsFound()
    {
        QTemporaryDir dir;
        const QString folder = editedByBob(dir, "UPDATE users SET role = 'admin' WHERE name = 'bob'");

        // bob signs in as an "administrator" and still cannot manage anyone: he holds no copy of the key.
        {
            auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
            QCOMPARE(bob->currentUser().role, Role::Admin);
            QCOMPARE(thrownCode([&] { (void)bob->addUser(QStringLiteral("mallory"), Role::Admin); }),
                     ErrorCode::Permission);
            QCOMPARE(bob->verifyAudit().seal, AuditVerification::Seal::NotHeld);
        }
        // anna's next sign-in says so, naming him, and it stays in the log.
        {
            auto v = anna(folder);
            QVERIFY2(v->integrityWarning().contains(QStringLiteral("roles")), qPrintable(v->integrityWarning()));
            QVERIFY2(v->integrityWarning().contains(QStringLiteral("bob")), qPrintable(v->integrityWarning()));
            QCOMPARE(actionsOf(*v).count(QStringLiteral("integrity.users")), 1);
            const AuditVerification result = v->verifyAudit();
            QVERIFY(!result.usersIntact);
            QCOMPARE(result.usersChanged, QStringList{QStringLiteral("bob")});
            QCOMPARE(result.earlierFindings, 1);
            QVERIFY(!result.untouched());
            QVERIFY(result.intact()); // the chain alone saw nothing
            // Her sign-in gave no copy of the key to the role bob gave himself.
            QCOMPARE(v->database().scalar("SELECT count(*) FROM integrity_keys k JOIN users u ON u.slot_id = "
                                          "k.slot_id WHERE u.name = 'bob'"),
                     0);
        }
        // Said again at the next sign-in, logged once; carl's sign-in gives bob nothing either.
        QVERIFY(!anna(folder)->integrityWarning().isEmpty());
        {
            auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            QVERIFY(!carl->integrityWarning().isEmpty());
            QCOMPARE(actionsOf(*carl).count(QStringLiteral("integrity.users")), 1);
        }
        {
            auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
            QCOMPARE(bob->verifyAudit().seal, AuditVerification::Seal::NotHeld);
        }
        // anna puts him back: the users are sealed as they are now, the finding stays in the log.
        auto v = anna(folder);
        v->setRole(QStringLiteral("bob"), Role::Viewer);
        const AuditVerification result = v->verifyAudit();
        QVERIFY(result.usersIntact);
        QCOMPARE(result.earlierFindings, 1);
        v.reset();
        QVERIFY(anna(folder)->integrityWarning().isEmpty());
    }

    void aRewrittenAuditLogIsFoundThoughItsChainHolds()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        makeVault(folder);
        {
            auto v = anna(folder);
            QVERIFY(v->verifyAudit().untouched());
        }
        // bob removes the row of his own password change and recomputes the chain; the hash chain is whole.
        asBobOutsideCoffer(folder, [](Database& db) {
            db.exec("DELETE FROM audit WHERE action = 'user.password' AND seq = (SELECT min(seq) FROM audit WHERE "
                    "action = 'user.password')");
            recomputeChain(db);
        });
        auto v = anna(folder);
        QVERIFY2(v->integrityWarning().contains(QStringLiteral("audit log")), qPrintable(v->integrityWarning()));
        const AuditVerification result = v->verifyAudit();
        QVERIFY(result.intact());
        QVERIFY(result.firstForgedCheckpoint > 0);
        QVERIFY(result.sealedThrough < result.firstForgedCheckpoint);
        QVERIFY(!result.untouched());
        // Verifying again finds the same: a finding does not wear off with the next sign-in's checkpoint.
        v.reset();
        QCOMPARE(anna(folder)->verifyAudit().firstForgedCheckpoint, result.firstForgedCheckpoint);
    }

    void checkpointsRemovedAreFound()
    {
        QTemporaryDir dir;
        const QString folder = editedByBob(dir, "DELETE FROM audit_checkpoints");
        auto v = anna(folder);
        QVERIFY(!v->integrityWarning().isEmpty());
        QVERIFY(actionsOf(*v).contains(QStringLiteral("integrity.audit")));
        QVERIFY(!v->verifyAudit().untouched());
    }

    void theKeyRemovedIsFoundAndMadeAfresh()
    {
        QTemporaryDir dir;
        const QString folder = editedByBob(dir, "DELETE FROM integrity_keys");
        {
            // An administrator is told, and makes nothing: the owner makes the key again.
            auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            QVERIFY2(carl->integrityWarning().contains(QStringLiteral("owner's next sign-in")),
                     qPrintable(carl->integrityWarning()));
            QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::Missing);
        }
        {
            auto v = anna(folder);
            QVERIFY2(v->integrityWarning().contains(QStringLiteral("removed")), qPrintable(v->integrityWarning()));
            const AuditVerification result = v->verifyAudit();
            QCOMPARE(result.seal, AuditVerification::Seal::Checked);
            QCOMPARE(result.earlierFindings, 2); // carl's finding and hers
            QVERIFY(actionsOf(*v).contains(QStringLiteral("integrity.missing")));
        }
        // carl had a copy of the old key; the new one is anna's alone until she chooses his role again, since
        // the roles it would go to are no longer sealed.
        {
            auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::NotHeld);
        }
        anna(folder)->setRole(QStringLiteral("carl"), Role::Admin);
        auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
        QVERIFY(carl->integrityWarning().isEmpty());
        QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::Checked);
        QVERIFY(actionsOf(*carl).contains(QStringLiteral("integrity.accept")));
    }

    // bob replaces the recovery slot with one of his own under the same id: no holder's sign-in seals the
    // integrity key to his key pair.
    void aSlotReplacedOutsideCofferGetsNoCopy()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        makeVault(folder);
        QByteArray bobsPublicKey;
        asBobWithTheKey(folder, [&](Database&, const Secret& key) {
            VaultHeader header = VaultHeader::read(folder + QStringLiteral("/header"));
            const KeySlot* recovery = header.recoverySlot();
            QVERIFY(recovery);
            KeySlot mine = KeySlot::seal(key, secret("bobs own recovery words"), kCheapKdf, SlotKind::Recovery,
                                         recovery->lookup, header.vaultId, recovery->id);
            bobsPublicKey = mine.publicKey;
            header.putSlot(std::move(mine));
            header.write(folder + QStringLiteral("/header"), key);
        });
        for (int i = 0; i < 2; ++i) {
            auto v = i == 0 ? anna(folder) : Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            Statement st = v->database().prepare("SELECT count(*) FROM integrity_keys WHERE public_key = ?");
            st.bind(1, bobsPublicKey);
            QVERIFY(st.next());
            QCOMPARE(st.integer(0), 0);
        }
    }

    // bob makes himself an administrator and spoils anna's copy, so that she makes the key again: it goes
    // to her alone, never to the role he gave himself.
    void aKeyMadeAgainGoesToItsMakerAlone()
    {
        QTemporaryDir dir;
        const QString folder =
            editedByBob(dir, "UPDATE users SET role = 'admin' WHERE name = 'bob'; "
                             "UPDATE integrity_keys SET box = zeroblob(80) WHERE slot_id = (SELECT slot_id FROM users "
                             "WHERE role = 'owner')");
        auto v = anna(folder);
        QVERIFY2(v->integrityWarning().contains(QStringLiteral("replaced")), qPrintable(v->integrityWarning()));
        QCOMPARE(copiesOf(*v, "Anna"), 1);
        QCOMPARE(copiesOf(*v, "bob"), 0);
        QCOMPARE(copiesOf(*v, "carl"), 0);
        v.reset();
        auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
        QCOMPARE(bob->verifyAudit().seal, AuditVerification::Seal::NotHeld);
    }

    // Swapping the name keys of two rows would point anna's next change at the wrong person: it is found.
    void swappedNameKeysAreFound()
    {
        QTemporaryDir dir;
        const QString folder = editedByBob(dir, "UPDATE users SET name_key = 'x' WHERE name = 'bob'; "
                                                "UPDATE users SET name_key = 'bob' WHERE name = 'carl'; "
                                                "UPDATE users SET name_key = 'carl' WHERE name = 'bob'");
        auto v = anna(folder);
        QVERIFY2(v->integrityWarning().contains(QStringLiteral("bob")), qPrintable(v->integrityWarning()));
        QVERIFY2(v->integrityWarning().contains(QStringLiteral("carl")), qPrintable(v->integrityWarning()));
    }

    // A holder whose copy was spoiled asks for it again, and the next holder to sign in gives it.
    void aSpoiledCopyIsGivenAgain()
    {
        QTemporaryDir dir;
        const QString folder =
            editedByBob(dir, "UPDATE integrity_keys SET box = zeroblob(80) WHERE slot_id = (SELECT slot_id FROM users "
                             "WHERE name = 'carl')");
        {
            auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            QVERIFY(!carl->integrityWarning().isEmpty());
            QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::NotHeld);
        }
        (void)anna(folder);
        auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
        QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::Checked);
        (void)carl->addUser(QStringLiteral("dora"), Role::Viewer);
    }

    void aCopyReplacedUnderItsHoldersTagIsForged()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        makeVault(folder);
        // bob keeps anna's tag but puts a box of his own key in (he can seal to her public key).
        asBobOutsideCoffer(folder, [](Database& db) {
            Statement st = db.prepare("SELECT k.public_key FROM integrity_keys k JOIN users u ON u.slot_id = "
                                      "k.slot_id WHERE u.role = 'admin'");
            QVERIFY(st.next());
            const QByteArray publicKey = st.blob(0);
            QByteArray box(80, '\0');
            const QByteArray mine(32, 'm');
            crypto_box_seal(reinterpret_cast<unsigned char*>(box.data()),
                            reinterpret_cast<const unsigned char*>(mine.constData()), 32,
                            reinterpret_cast<const unsigned char*>(publicKey.constData()));
            db.prepare("UPDATE integrity_keys SET box = ? WHERE public_key = ?").bind(1, box).bind(2, publicKey).run();
        });
        auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
        QVERIFY2(carl->integrityWarning().contains(QStringLiteral("replaced")), qPrintable(carl->integrityWarning()));
        QCOMPARE(carl->verifyAudit().seal, AuditVerification::Seal::NotHeld);
        QCOMPARE(thrownCode([&] { (void)carl->addUser(QStringLiteral("mallory"), Role::Viewer); }),
                 ErrorCode::Permission);
        carl.reset();
        // anna's copy is whole: she sees the forgery in the log, and nothing else changed.
        auto v = anna(folder);
        QVERIFY(actionsOf(*v).contains(QStringLiteral("integrity.forged")));
        QCOMPARE(v->verifyAudit().earlierFindings, 1);
    }

    void takingAdministrationAwayChangesTheKey()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        makeVault(folder);
        // carl's copy, as he could keep it: the key it opens.
        Secret carlsKey;
        {
            auto carl = Vault::unlock(folder, QStringLiteral("carl"), secret(kCarlPassword));
            Statement st = carl->database().prepare("SELECT slot_id FROM users WHERE name = 'carl'");
            QVERIFY(st.next());
            const VaultHeader header = VaultHeader::read(carl->headerFilePath());
            const KeySlot* slot = header.findById(st.blob(0));
            QVERIFY(slot);
            IntegrityKey::Copy how = IntegrityKey::Copy::None;
            carlsKey = IntegrityKey::open(carl->database(), carl->id(), *slot,
                                          slot->privateKey(slot->deriveKek(secret(kCarlPassword)), carl->id()), &how);
            QCOMPARE(how, IntegrityKey::Copy::Own);
        }
        {
            auto v = anna(folder);
            v->setRole(QStringLiteral("carl"), Role::Editor);
            QVERIFY(actionsOf(*v).contains(QStringLiteral("integrity.rotate")));
            QVERIFY(v->verifyAudit().untouched()); // the checkpoints made under the old key hold under the new
            const QByteArray recovery = VaultHeader::read(v->headerFilePath()).recoverySlot()->id;
            // What carl kept seals nothing from now on: it would have, had the key stayed.
            QVERIFY(!IntegrityKey::usersIntact(v->database(), carlsKey, v->id(), recovery));
            v->setRole(QStringLiteral("bob"), Role::Admin);
            (void)v->addUser(QStringLiteral("dora"), Role::Viewer);
            v->removeUser(QStringLiteral("carl"));
            QVERIFY(v->verifyAudit().untouched());
        }
        // bob, made an administrator by anna, takes his sealed copy and manages users.
        auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
        QVERIFY(bob->integrityWarning().isEmpty());
        (void)bob->resetUser(QStringLiteral("dora"));
        QVERIFY(bob->verifyAudit().untouched());
    }

    void anOwnerWhoRecoversKeepsTheKey()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        auto created = Vault::create(folder, QStringLiteral("Anna"), secret(kOwnerPassword), kCheapKdf);
        (void)created.vault->addUser(QStringLiteral("bob"), Role::Viewer);
        created.vault->lock();
        auto v = Vault::recover(folder, {}, created.recoveryKey, secret("annas new long password"));
        QVERIFY(v->integrityWarning().isEmpty());
        QCOMPARE(v->verifyAudit().seal, AuditVerification::Seal::Checked);
        QVERIFY(v->verifyAudit().untouched());
        (void)v->addUser(QStringLiteral("carl"), Role::Editor); // she still holds it
        Secret fresh = v->rotateRecoveryKey();
        v->lock();
        auto again = Vault::unlock(folder, {}, secret("annas new long password"));
        QVERIFY(again->integrityWarning().isEmpty());
        QVERIFY(again->verifyAudit().untouched());
        again.reset();
        QVERIFY(Vault::recover(folder, {}, fresh, secret("annas third long password"))->verifyAudit().untouched());
    }

    void aVaultFromBeforeGetsItsKeyAtTheOwnersSignIn()
    {
        QTemporaryDir dir;
        const QString folder = annaVault(dir);
        makeVault(folder);
        // As a vault made before the integrity key: no copies, no seals, no mark.
        asBobOutsideCoffer(folder, [](Database& db) {
            db.exec("DELETE FROM integrity_keys; DELETE FROM audit_checkpoints; "
                    "DELETE FROM meta WHERE key LIKE 'integrity.%'");
        });
        {
            auto bob = Vault::unlock(folder, QStringLiteral("bob"), secret(kBobPassword));
            QVERIFY(bob->integrityWarning().isEmpty());
        }
        auto v = anna(folder);
        QVERIFY(v->integrityWarning().isEmpty()); // nothing to say: there was no key to compare with
        QVERIFY(actionsOf(*v).contains(QStringLiteral("integrity.create")));
        QVERIFY(v->verifyAudit().untouched());
    }
};

QTEST_GUILESS_MAIN(TestIntegrityKey)
#include "TestIntegrityKey.moc"
