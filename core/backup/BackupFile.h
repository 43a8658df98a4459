// The backup container: one file holding the vault header and a snapshot of vault.db, with a manifest of
// sizes and SHA-256 sums. Nothing in it is plaintext beyond what the vault header itself shows (ids,
// KDF parameters) and the manifest's time, sizes and sums: the snapshot is SQLCipher-encrypted with the
// vault's data key, so the same key slots open it.
//
// Container format version 1, integers big-endian:
//   offset  size  field
//   0       8     magic "COFFERBK"
//   8       2     container format version (1)
//   10      4     M, the manifest's length (at most kPrefixSize - 46)
//   14      M     manifest: compact UTF-8 JSON
//                   {"format":"coffer-backup","version":1,"vaultId":HEX,"taken":ISO 8601 UTC with ms,
//                    "schemaVersion":N,"header":{"offset":O,"size":S,"sha256":HEX},
//                    "snapshot":{"offset":O,"size":S,"sha256":HEX}}
//   14+M    32    MAC: BLAKE2b-256 over bytes 0 .. 14+M, keyed with a subkey of the data key (context
//                 "cofferbk"), so "taken" — which decides the tombstones a restore re-applies — cannot be
//                 moved without detection once a password opens the header
//   …       zeros up to kPrefixSize (4096)
//   4096    the vault's `header` file, byte for byte
//   …       zeros up to the next multiple of 4096
//   O       the SQLCipher snapshot of vault.db, byte for byte, to the end of the file
// The sums catch damage before any password is asked for; the header's own MAC and SQLCipher's per-page
// HMAC catch deliberate changes after.
#pragma once

#include "crypto/Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

namespace coffer {

struct BackupPart
{
    qint64 offset = 0;
    qint64 size = 0;
    QByteArray sha256;
};

struct BackupManifest
{
    QByteArray vaultId;
    QString taken; // nowStamp() when the snapshot began
    int schemaVersion = 0;
    BackupPart header;
    BackupPart snapshot;

    QDateTime takenTime() const;
};

using BackupProgress = std::function<void(qint64 done, qint64 total)>;

class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    static constexpr char kMagic[] = "COFFERBK";
    static constexpr quint16 kFormatVersion = 1;
    static constexpr qint64 kPrefixSize = 4096;
    static constexpr int kMacSize = 32;
    static constexpr qint64 kAlignment = 4096;
    static constexpr qint64 kMaxHeaderSize = 1 << 20;

    // Reads the prefix and checks the structure against the file's size. Throws Error(Damaged) for a file
    // that is not a backup, a newer format, a malformed manifest or a truncated file.
    explicit BackupFile(const QString& path);

    const BackupManifest& manifest() const { return m_manifest; }
    QString path() const { return m_path; }
    // The vault header, checked against its sum (Error(Damaged) if it differs).
    QByteArray headerBytes() const;
    // Copies the snapshot to target (mode 0600) checking its sum on the way; on a mismatch the copy is
    // removed and Error(Damaged) thrown.
    void extractSnapshot(const QString& target, const BackupProgress& progress = {}) const;
    // Whether the manifest's MAC holds under dataKey.
    bool verifyMac(const Secret& dataKey) const;

    // The first kPrefixSize bytes of a container with this manifest, for the writer.
    static QByteArray prefix(const BackupManifest& manifest, const Secret& dataKey);
    static qint64 snapshotOffsetFor(qint64 headerSize);
    // Only the vault id and time, without the size checks: for listing a folder of backups.
    static bool peek(const QString& path, QByteArray* vaultId, QString* taken);

private:
    QString m_path;
    QByteArray m_signed; // bytes 0 .. 14+M
    QByteArray m_mac;
    BackupManifest m_manifest;
};

} // namespace coffer
