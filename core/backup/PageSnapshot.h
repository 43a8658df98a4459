// The fast way to a consistent snapshot of vault.db: its encrypted pages copied as they are. SQLite's
// backup API decrypts and re-encrypts every page under SQLCipher (about 185 MiB/s on this project's
// machine, ten times a plain copy); these bytes are already the encrypted database, so they are copied
// straight into the container. Consistency comes from WAL mode: after a TRUNCATE checkpoint leaves every
// committed page in vault.db, an open read transaction at WAL frame 0 stops any checkpoint from writing
// into vault.db until it ends, so the file holds exactly that snapshot while it is copied (and the
// vault's process lock keeps other programs out in the first place).
#pragma once

#include "BackupFile.h"

namespace coffer {

class Database;

class PageSnapshot
{
public:
    // Checkpoints and opens the read transaction. False (and nothing held) when that is not possible:
    // the connection is inside a transaction, or another reader keeps the WAL from emptying.
    PageSnapshot() = default;
    ~PageSnapshot(); // ends the read transaction
    Q_DISABLE_COPY(PageSnapshot)

    [[nodiscard]] bool begin(Database& db, const QString& dbPath);

    qint64 size() const { return m_size; }
    // Copies the snapshot's bytes to fd at offset while another thread hashes them; returns the SHA-256.
    // Both read vault.db through one memory mapping, and the copy goes to the device with O_DIRECT; where
    // the file system allows neither, the copy is copy_file_range (in the kernel) and the hash reads the
    // file. Throws Error(Failed) when a read or write fails or the disk is full.
    QByteArray copyTo(int fd, qint64 offset, const BackupProgress& progress);

private:
    Database* m_db = nullptr;
    QString m_path;
    qint64 m_size = 0;
};

} // namespace coffer
