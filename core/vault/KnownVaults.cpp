#include "KnownVaults.h"

#include <QFileInfo>
#include <QSettings>

namespace coffer {

namespace {
const QString kKey = QStringLiteral("vaults/recent");

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
}

QString canonical(const QString& folder)
{
    return QFileInfo(folder).absoluteFilePath();
}
} // namespace

QStringList KnownVaults::recent()
{
    QStringList out;
    for (const QString& path : settings().value(kKey).toStringList())
        if (QFileInfo(path).isDir())
            out << path;
    return out;
}

void KnownVaults::remember(const QString& vaultFolder)
{
    QSettings s = settings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    list.prepend(canonical(vaultFolder));
    s.setValue(kKey, list.mid(0, kMaxRecent));
}

void KnownVaults::forget(const QString& vaultFolder)
{
    QSettings s = settings();
    QStringList list = s.value(kKey).toStringList();
    list.removeAll(canonical(vaultFolder));
    s.setValue(kKey, list);
}

QString KnownVaults::backupFolder(const QByteArray& vaultId)
{
    return settings().value(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex())).toString();
}

void KnownVaults::setBackupFolder(const QByteArray& vaultId, const QString& folder)
{
    settings().setValue(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex()), canonical(folder));
}

void KnownVaults::forgetBackupFolder(const QByteArray& vaultId)
{
    settings().remove(QStringLiteral("backups/") + QString::fromLatin1(vaultId.toHex()));
}

} // namespace coffer
