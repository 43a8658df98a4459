#include "KnownVaults.h"

#include "ProgramSettings.h"

#include <QFileInfo>

namespace coffer {

namespace {
const QString kKey = QStringLiteral("vaults/recent");

QString canonical(const QString& folder)
{
    return QFileInfo(folder).absoluteFilePath();
}

QString backupsKey(const QByteArray& vaultId)
{
    return QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex());
}

QString copiesKey(const QByteArray& vaultId)
{
    return QStringLiteral("copies/") + QString::fromLatin1(vaultId.toHex());
}

QString restoresKey(const QByteArray& vaultId)
{
    return QStringLiteral("restores/") + QString::fromLatin1(vaultId.toHex());
}

// A list value; a single string (how version 0.2 kept one backup folder) reads as a list of one.
QStringList listAt(const QString& key)
{
    const QVariant value = programSettings().value(key);
    return value.typeId() == QMetaType::QStringList ? value.toStringList()
           : value.toString().isEmpty()             ? QStringList()
                                                    : QStringList{value.toString()};
}

void addTo(const QString& key, const QString& folder)
{
    QStringList list = listAt(key);
    if (list.contains(canonical(folder)))
        return;
    list << canonical(folder);
    programSettings().setValue(key, list);
}
} // namespace

QStringList KnownVaults::recent()
{
    QStringList out;
    for (const QString& path : programSettings().value(kKey).toStringList())
        if (QFileInfo(path).isDir())
            out << path;
    return out;
}

void KnownVaults::remember(const QString& vaultFolder)
{
    QSettings s = programSettings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    list.prepend(canonical(vaultFolder));
    s.setValue(kKey, list.mid(0, kMaxRecent));
}

void KnownVaults::rememberCopy(const QString& vaultFolder)
{
    QSettings s = programSettings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    list.insert(qMin(qsizetype(1), list.size()), canonical(vaultFolder));
    s.setValue(kKey, list.mid(0, kMaxRecent));
}

bool KnownVaults::isRestoredCopy(const QString& vaultFolder)
{
    QSettings s = programSettings();
    s.beginGroup(QStringLiteral("restores"));
    const QStringList keys = s.childKeys();
    s.endGroup();
    const QString folder = canonical(vaultFolder);
    for (const QString& key : keys)
        for (const QString& entry : listAt(QStringLiteral("restores/") + key))
            if (entry.section(u'\n', 0, 0) == folder)
                return true;
    return false;
}

void KnownVaults::forget(const QString& vaultFolder)
{
    QSettings s = programSettings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    s.setValue(kKey, list);
}

QStringList KnownVaults::backupFolders(const QByteArray& vaultId)
{
    return listAt(backupsKey(vaultId));
}

void KnownVaults::addBackupFolder(const QByteArray& vaultId, const QString& folder)
{
    addTo(backupsKey(vaultId), folder);
}

QStringList KnownVaults::vaultFolders(const QByteArray& vaultId)
{
    return listAt(copiesKey(vaultId));
}

void KnownVaults::addVaultFolder(const QByteArray& vaultId, const QString& folder)
{
    addTo(copiesKey(vaultId), folder);
}

void KnownVaults::removeVaultFolder(const QByteArray& vaultId, const QString& folder)
{
    QStringList list = listAt(copiesKey(vaultId));
    if (list.removeAll(canonical(folder)) > 0)
        programSettings().setValue(copiesKey(vaultId), list);
    // A restore into that folder is no copy any more either (destroyed, or become the vault itself).
    const QString key = restoresKey(vaultId);
    QStringList restores = listAt(key);
    const auto gone = [&](const QString& entry) { return entry.section(u'\n', 0, 0) == canonical(folder); };
    if (restores.removeIf(gone) > 0)
        programSettings().setValue(key, restores);
}

void KnownVaults::noteRestore(const QByteArray& vaultId, const Restore& restore)
{
    const QString key = restoresKey(vaultId);
    QStringList list = listAt(key);
    list << QStringList{canonical(restore.folder), canonical(restore.backup), restore.taken}.join(u'\n');
    programSettings().setValue(key, list);
    addVaultFolder(vaultId, restore.folder);
}

QList<KnownVaults::Restore> KnownVaults::restores(const QByteArray& vaultId)
{
    QList<Restore> out;
    for (const QString& entry : listAt(restoresKey(vaultId))) {
        const QStringList parts = entry.split(u'\n');
        if (parts.size() == 3)
            out.push_back({parts[0], parts[1], parts[2]});
    }
    return out;
}

void KnownVaults::forgetVaultId(const QByteArray& vaultId)
{
    QSettings s = programSettings();
    s.remove(backupsKey(vaultId));
    s.remove(copiesKey(vaultId));
    s.remove(restoresKey(vaultId));
}

} // namespace coffer
