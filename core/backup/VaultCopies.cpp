#include "VaultCopies.h"

#include "store/Database.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace coffer {

void VaultCopies::learn(Vault& vault)
{
    Database& db = vault.database();
    const QString self = QDir::cleanPath(QFileInfo(vault.path()).absoluteFilePath());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    for (const KnownVaults::Restore& r : KnownVaults::restores(vault.id()))
        if (QDir::cleanPath(r.folder) != self)
            db.prepare("INSERT OR IGNORE INTO copies (folder, made, from_backup, backup_taken) VALUES (?, ?, ?, ?)")
                .bind(1, QDir::cleanPath(r.folder))
                .bind(2, now)
                .bind(3, r.backup)
                .bind(4, r.taken)
                .run();
    for (const QString& f : KnownVaults::vaultFolders(vault.id()))
        if (QDir::cleanPath(f) != self)
            db.prepare("INSERT OR IGNORE INTO copies (folder, made, from_backup, backup_taken) VALUES (?, ?, '', '')")
                .bind(1, QDir::cleanPath(f))
                .bind(2, now)
                .run();
    tx.commit();
}

std::vector<VaultCopy> VaultCopies::list(Vault& vault)
{
    std::vector<VaultCopy> out;
    Statement st = vault.database().prepare("SELECT folder, made, from_backup, backup_taken, kept FROM copies "
                                            "ORDER BY made, folder");
    while (st.next()) {
        VaultCopy c{st.text(0),         QDateTime::fromString(st.text(1), Qt::ISODateWithMs),
                    st.text(2),         st.text(3),
                    st.integer(4) != 0, false};
        c.exists = QFileInfo(QDir(c.folder).filePath(QStringLiteral("header"))).exists();
        out.push_back(c);
    }
    return out;
}

void VaultCopies::forget(Vault& vault, const QString& folder)
{
    Transaction tx(vault.database());
    vault.database().prepare("DELETE FROM copies WHERE folder = ?").bind(1, QDir::cleanPath(folder)).run();
    tx.commit();
    KnownVaults::removeVaultFolder(vault.id(), folder);
}

} // namespace coffer
