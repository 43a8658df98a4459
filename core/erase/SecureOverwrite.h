// Destroys one file, content and name: its bytes are overwritten in place with one pass of random data,
// synced, dropped from the page cache and read back from the device to compare, then the file is
// truncated, renamed to a random name, unlinked, and its folder synced. What this cannot promise on
// SSDs and copy-on-write file systems is said in DeletionCertificate.
#pragma once

#include <QString>
#include <functional>

namespace coffer {

class SecureOverwrite
{
public:
    static constexpr qint64 kBlockSize = 1024 * 1024;
    using Progress = std::function<void(qint64 bytesDone)>;

    enum class Stage {
        Untouched,   // nothing was written
        Overwriting, // some of the bytes may have been overwritten
        Overwritten, // every byte was overwritten and read back equal; the file is still there
        Deleted,     // truncated, renamed, unlinked, folder synced
    };

    // Throws Error(Failed) naming the file and the step that failed; *stage says how far it got.
    static void destroy(const QString& path, Stage* stage, const Progress& progress = {});
    // What destroy() needs, checked before anything is destroyed: a regular file (not a link) that can be
    // opened for writing, in a folder whose entries can be changed. Throws Error(Failed) saying why not.
    static void checkDestroyable(const QString& path);
    // fsync(2) of a folder, so that renames and unlinks in it are on the disk; throws on failure.
    static void syncFolder(const QString& folder);
};

} // namespace coffer
