// File-system rules every writer in core follows: user-visible files are written whole or not at all
// (QSaveFile: a temporary beside the target, fsync, rename), files are 0600 and folders 0700, and
// a mode is never set through a link nor on what belongs to someone else.
#pragma once

#include <QByteArray>
#include <QString>

namespace coffer {

// Throws Error(Failed) saying why (disk full, no permission); the target is then untouched.
void writeFileAtomically(const QString& path, const QByteArray& bytes);
// Creates the folder (not its parents) with mode 0700; throws Error(Failed) if that cannot be done. A
// folder that exists already is set to 0700 only when it is the user's own and not a link (a link to a
// folder is used as it is).
void makePrivateFolder(const QString& path);
// Sets a file the user owns to 0600, never through a link; anything else is left alone.
void makePrivateFile(const QString& path);
// fchmod(fd, mode) when fd is the user's own; returns whether fd now has that mode.
bool setPrivateMode(int fd, unsigned mode);
void fsyncFolder(const QString& path);

} // namespace coffer
