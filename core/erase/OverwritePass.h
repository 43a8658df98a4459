// One pass of random data over a whole file, every chunk read back from the device and compared with what
// was written, and the SHA-256 of the bytes it replaced. Three threads pass a ring of chunk buffers
// along, so that the steps overlap instead of following one another: one reads chunk N+2 as it still is
// and hashes it, while the caller's thread writes chunk N+1 and a third reads chunk N back from the
// device (DirectIo) and compares it with the buffer it was written from, untouched until then. Hashing
// costs more CPU time than anything else here; this way it runs while the device is busy.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace coffer {

class OverwritePass
{
public:
    static constexpr qint64 kChunkSize = 8 << 20;
    static constexpr int kChunksInFlight = 4; // buffers in the ring: 32 MiB for files of 32 MiB or more
    // Called on the caller's thread after each chunk is written and before it is read back.
    using Progress = std::function<void(qint64 bytesWritten)>;

    // Overwrites bytes [0, size) of fd (the file at path, which the messages name) and returns the SHA-256
    // of what they were before. Throws Error(Failed) saying which step failed, or from which byte on the
    // bytes read back differ from those written. chunkSize: a multiple of DirectIo::kAlignment; smaller
    // ones let tests cover several chunks cheaply.
    [[nodiscard]] static QByteArray run(int fd, const QString& path, qint64 size, const Progress& progress = {},
                                        qint64 chunkSize = kChunkSize);
};

} // namespace coffer
