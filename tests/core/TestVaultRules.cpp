// Who may erase clients (vault/VaultRules): the owner's choice for the whole vault, editors and above
// until changed, enforced by core wherever a client is erased, audited, and kept in vault.db so that a
// reopened vault and a restored backup keep it.
#include "BackupTestSupport.h"
#include "Error.h"
#include "audit/AuditLog.h"
#include "backup/BackupWriter.h"
#include "backup/Restorer.h"
#include "erase/ClientEraser.h"
#include "records/ClientStore.h"

#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

std::optional<ErrorCode> eraseError(Vault& vault, const QString& clientId, QString* message = nullptr)
{
    return thrownCode([&] { (void)ClientEraser(vault).erase(clientId); }, message);
}

bool clientExists(Vault& vault, const QString& clientId)
{
    return !thrownCode([&] { (void)ClientStore(vault).get(clientId); }).has_value();
}

} // namespace

class TestVaultRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { usePrivateSettings(); }

    void editorsMayEraseUntilTheOwnerSaysOtherwise()
    {
        Shop shop(2);
        shop.addMember(QStringLiteral("Eva"), Role::Editor);
        QCOMPARE(shop.vault->whoMayErase(), WhoMayErase::Editors);
        shop.vault->lock();
        auto editor = shop.signInAs(QStringLiteral("Eva"));
        QCOMPARE(Vault::whyNotErase(editor->currentUser(), editor->whoMayErase()), QString());
        QCOMPARE(eraseError(*editor, shop.clientIds[0]), kNothingThrown);
        QVERIFY(!clientExists(*editor, shop.clientIds[0]));
    }

    void editorIsRefusedWhenOnlyAdminsMayErase()
    {
        Shop shop(2);
        shop.addMember(QStringLiteral("Eva"), Role::Editor);
        shop.addMember(QStringLiteral("Ada"), Role::Admin);
        shop.addMember(QStringLiteral("Vik"), Role::Viewer);
        shop.vault->setWhoMayErase(WhoMayErase::Admins);
        shop.vault->lock();

        auto editor = shop.signInAs(QStringLiteral("Eva"));
        QString message;
        QCOMPARE(eraseError(*editor, shop.clientIds[0], &message), ErrorCode::Permission);
        QCOMPARE(message, Vault::whyNotErase(editor->currentUser(), WhoMayErase::Admins));
        QVERIFY(message.contains(QStringLiteral("administrators and the owner")));
        QVERIFY(clientExists(*editor, shop.clientIds[0])); // refused before anything was touched
        // Editing is still theirs: only erasure is kept from them.
        Client changed = ClientStore(*editor).get(shop.clientIds[0]);
        changed.organisation = QStringLiteral("Sēklas SIA");
        QCOMPARE(thrownCode([&] { ClientStore(*editor).update(changed); }), kNothingThrown);
        editor.reset();

        auto viewer = shop.signInAs(QStringLiteral("Vik"));
        QCOMPARE(eraseError(*viewer, shop.clientIds[0]), ErrorCode::Permission);
        QVERIFY(!Vault::whyNotErase(viewer->currentUser(), WhoMayErase::Editors).isEmpty());
        viewer.reset();

        auto admin = shop.signInAs(QStringLiteral("Ada"));
        QCOMPARE(Vault::whyNotErase(admin->currentUser(), WhoMayErase::Admins), QString());
        QCOMPARE(eraseError(*admin, shop.clientIds[0]), kNothingThrown);
        admin.reset();

        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        QCOMPARE(eraseError(*shop.vault, shop.clientIds[1]), kNothingThrown);
    }

    void onlyTheOwnerChoosesWhoMayErase()
    {
        Shop shop(0);
        shop.addMember(QStringLiteral("Ada"), Role::Admin);
        shop.addMember(QStringLiteral("Eva"), Role::Editor);
        shop.vault->lock();
        for (const QString& name : {QStringLiteral("Ada"), QStringLiteral("Eva")}) {
            auto member = shop.signInAs(name);
            QCOMPARE(thrownCode([&] { member->setWhoMayErase(WhoMayErase::Admins); }), ErrorCode::Permission);
            QCOMPARE(member->whoMayErase(), WhoMayErase::Editors);
        }
        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        shop.vault->setWhoMayErase(WhoMayErase::Admins);
        QCOMPARE(shop.vault->whoMayErase(), WhoMayErase::Admins);
        shop.vault->setWhoMayErase(WhoMayErase::Editors);
        QCOMPARE(shop.vault->whoMayErase(), WhoMayErase::Editors);
    }

    void theChangeIsInTheAuditLogWithoutClientData()
    {
        Shop shop(1);
        const qint64 before = AuditLog::count(shop.vault->database());
        shop.vault->setWhoMayErase(WhoMayErase::Admins);
        shop.vault->setWhoMayErase(WhoMayErase::Admins); // no change: no row
        const std::vector<AuditEntry> rows = shop.vault->auditEntriesBefore(0, 10);
        QCOMPARE(AuditLog::count(shop.vault->database()), before + 1);
        const AuditEntry& row = rows.front();
        QCOMPARE(row.action, QStringLiteral("vault.erase-by"));
        QCOMPARE(row.actor, shop.vault->currentUser().id);
        QCOMPARE(row.objectType, QStringLiteral("vault"));
        QCOMPARE(row.objectId, QString::fromLatin1(shop.vault->id().toHex()));
        QCOMPARE(row.detail, QStringLiteral("admins"));
        shop.vault->setWhoMayErase(WhoMayErase::Editors);
        QCOMPARE(shop.vault->auditEntriesBefore(0, 1).front().detail, QStringLiteral("editors"));
        QVERIFY(shop.vault->verifyAudit().intact());
    }

    void theRuleSurvivesReopeningAndARestoredBackup()
    {
        Shop shop(1);
        shop.addMember(QStringLiteral("Eva"), Role::Editor);
        shop.vault->setWhoMayErase(WhoMayErase::Admins);
        const QString file = shop.path("b.coffer-backup");
        (void)BackupWriter::write(*shop.vault, file);
        shop.vault->setWhoMayErase(WhoMayErase::Editors); // after the backup: the restore has the older rule
        shop.vault->setWhoMayErase(WhoMayErase::Admins);
        shop.vault->lock();

        shop.vault = Vault::unlock(shop.folder, {}, secret(kOwnerPassword));
        QCOMPARE(shop.vault->whoMayErase(), WhoMayErase::Admins);
        shop.vault->setWhoMayErase(WhoMayErase::Editors);
        shop.vault->lock();

        const RestoreResult restored = Restorer::restore(file, shop.path("restored"), {}, secret(kOwnerPassword));
        auto editor = Shop::signInAs(restored.folder, QStringLiteral("Eva"));
        QCOMPARE(editor->whoMayErase(), WhoMayErase::Admins);
        QCOMPARE(eraseError(*editor, shop.clientIds[0]), ErrorCode::Permission);
    }

    void anUnknownRuleIsReadAsTheStricterOne()
    {
        // A value written by a later version that this one does not know: no editor erases on a guess.
        Shop shop(0);
        shop.vault->database().prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('erase.by', 'nobody')").run();
        QCOMPARE(shop.vault->whoMayErase(), WhoMayErase::Admins);
    }
};

QTEST_GUILESS_MAIN(TestVaultRules)
#include "TestVaultRules.moc"
