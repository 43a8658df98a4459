#include "KnownVaults.h"

#include "ProgramSettings.h"
#include "crypto/Mac.h"
#include "crypto/Sha256.h"

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

QString generationsKey(const QByteArray& vaultId)
{
    return QStringLiteral("generations/") + QString::fromLatin1(vaultId.toHex());
}

// One entry per folder: the folder's path, hashed so that the key is a plain word.
QString generationKey(const QByteArray& vaultId, const QString& folder)
{
    return generationsKey(vaultId) + u'/' + QString::fromLatin1(Sha256::of(canonical(folder).toUtf8()).left(8).toHex());
}

QByteArray generationMac(const Secret& macKey, const QByteArray& vaultId, const QString& folder, quint64 generation)
{
    return keyedHash(macKey,
                     QByteArray("coffer-seen-generation 1") + '\0' + vaultId + '\0' + canonical(folder).toUtf8() +
                         '\0' + QByteArray::number(generation),
                     32);
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

KnownVaults::SeenGeneration KnownVaults::seenGeneration(const QByteArray& vaultId, const QString& folder,
                                                        const Secret& macKey)
{
    SeenGeneration seen;
    const QString value = programSettings().value(generationKey(vaultId, folder)).toString();
    if (value.isEmpty())
        return seen;
    seen.present = true;
    bool ok = false;
    seen.generation = value.section(u' ', 0, 0).toULongLong(&ok);
    const QByteArray mac = QByteArray::fromHex(value.section(u' ', 1, 1).toLatin1());
    seen.authentic = ok && constantTimeEquals(mac, generationMac(macKey, vaultId, folder, seen.generation));
    return seen;
}

void KnownVaults::noteGeneration(const QByteArray& vaultId, const QString& folder, quint64 generation,
                                 const Secret& macKey)
{
    programSettings().setValue(generationKey(vaultId, folder),
                               QString::number(generation) + u' ' +
                                   QString::fromLatin1(generationMac(macKey, vaultId, folder, generation).toHex()));
}

void KnownVaults::forgetGeneration(const QByteArray& vaultId, const QString& folder)
{
    programSettings().remove(generationKey(vaultId, folder));
}

void KnownVaults::forgetVaultId(const QByteArray& vaultId)
{
    QSettings s = programSettings();
    s.remove(backupsKey(vaultId));
    s.remove(copiesKey(vaultId));
    s.remove(restoresKey(vaultId));
    s.remove(generationsKey(vaultId));
}

} // namespace coffer
