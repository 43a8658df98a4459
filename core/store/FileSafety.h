// File-system rules every writer in core follows: user-visible files are written whole or not at all
// (QSaveFile: a temporary beside the target, fsync, rename), files are 0600 and folders 0700.
#pragma once

#include <QByteArray>
#include <QString>

namespace coffer {

// Throws Error(Failed) saying why (disk full, no permission); the target is then untouched.
void writeFileAtomically(const QString& path, const QByteArray& bytes);
// Creates the folder (not its parents) with mode 0700; throws Error(Failed) if that cannot be done.
void makePrivateFolder(const QString& path);
void fsyncFolder(const QString& path);

} // namespace coffer
