// The record an account cancellation leaves behind, outside the vault: a deletion certificate whose
// fields follow NIST SP 800-88 Rev. 1, Appendix G (who, what, method, tool and version, verification
// and each result, when), as JSON and as readable text. It is written only for a cancellation that
// completed and verified; it says plainly what overwriting cannot promise and what it does not cover.
//
// JSON format "coffer-deletion-certificate", version 1: see toJson() for the fields; every path is
// absolute, sizes are bytes, sha256 is lower-case hex of the file as it was before the overwrite, and
// times are ISO 8601 UTC.
#pragma once

#include "ClientEraser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace coffer {

struct SanitisedFile
{
    QString path;
    QString kind; // "vault", "copy", "backup", "partial-backup", "tombstones" or "snapshot"
    qint64 size = 0;
    QString sha256;
    QString readBack; // the result of the read-back comparison
};

struct DeletionCertificate
{
    Q_DECLARE_TR_FUNCTIONS(DeletionCertificate)

public:
    static constexpr int kFormatVersion = 1;

    // Who performed it.
    QString userName;
    QString userRole;
    QString osAccount;
    QString host;
    // What was sanitised.
    QString vaultName;
    QString vaultId; // hex
    QString vaultFolder;
    QString backupFolder;         // the one in use at the cancellation
    QStringList backupFolders;    // every backup folder the vault had recorded, all searched
    QStringList copyFolders;      // vault folders restored from its backups, destroyed with it
    QStringList keptCopies;       // restored copies the user chose to keep: named, not sanitised
    QStringList abandonedFolders; // recorded backup folders never reached, declared gone by the user
    QString fileSystem;           // the file system type of the vault folder, e.g. ext4, btrfs
    std::vector<SanitisedFile> files;
    QStringList managedBackups;
    // Tool.
    QString toolName;
    QString toolVersion;
    QString libraries; // libsodium and SQLCipher versions
    // Verification.
    std::vector<ErasureCheck> verification;
    QDateTime started;
    QDateTime completed;

    QJsonObject toJson() const;
    QString toText() const;
    // Both files atomically (each a temporary beside it, renamed when whole). Throws Error(Failed).
    void write(const QString& jsonPath, const QString& textPath) const;

    // The fixed texts: method, its limits, and what it does not cover.
    static QString methodText();
    static QStringList limitations();
    static QStringList notCovered();
};

} // namespace coffer
