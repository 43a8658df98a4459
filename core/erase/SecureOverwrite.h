// Destroys one file, content and name: its bytes are overwritten in place with one pass of random data,
// synced and read back from the device to compare (OverwritePass), then the file is truncated, renamed to
// a random name, unlinked, and its folder synced. What this cannot promise on SSDs and copy-on-write file
// systems is said in DeletionCertificate.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace coffer {

class SecureOverwrite
{
    Q_DECLARE_TR_FUNCTIONS(SecureOverwrite)
public:
    // Called after each chunk is written, before it is read back.
    using Progress = std::function<void(qint64 bytesWritten)>;

    enum class Stage {
        Untouched,   // nothing was written
        Overwriting, // some of the bytes may have been overwritten
        Overwritten, // every byte was overwritten and read back equal; the file is still there
        Deleted,     // truncated, renamed, unlinked, folder synced
    };

    // Returns the SHA-256 of the file as it was, taken as its bytes were overwritten. Throws Error(Failed)
    // naming the file and the step that failed; *stage says how far it got.
    [[nodiscard]] static QByteArray destroy(const QString& path, Stage* stage, const Progress& progress = {});
    // What destroy() needs, checked before anything is destroyed: a regular file (not a link) that can be
    // opened for writing, in a folder whose entries can be changed. Throws Error(Failed) saying why not.
    static void checkDestroyable(const QString& path);
    // fsync(2) of a folder, so that renames and unlinks in it are on the disk; throws on failure.
    static void syncFolder(const QString& folder);

    // Error(Failed): "path: step failed: strerror(error)"; step is marked with QT_TRANSLATE_NOOP in the
    // "SecureOverwrite" context.
    [[noreturn]] static void fail(const QString& path, const char* step, int error);
};

} // namespace coffer
