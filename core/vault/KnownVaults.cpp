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

void KnownVaults::forget(const QString& vaultFolder)
{
    QSettings s = programSettings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    s.setValue(kKey, list);
}

QString KnownVaults::backupFolder(const QByteArray& vaultId)
{
    return programSettings().value(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex())).toString();
}

void KnownVaults::setBackupFolder(const QByteArray& vaultId, const QString& folder)
{
    programSettings().setValue(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex()), canonical(folder));
}

void KnownVaults::forgetBackupFolder(const QByteArray& vaultId)
{
    programSettings().remove(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex()));
}

} // namespace coffer
