// Account cancellation (owner only): the vault and its managed backups are destroyed, and a deletion
// certificate is written outside them. In order: every file is listed with its size, and checked to be
// destroyable (so a locked or read-only file stops everything before anything is lost); the header's
// SHA-256 is taken; its key slots are overwritten in place (KeySlotEraser, the cryptographic erase) and
// the data key wiped; each file is overwritten, read back, truncated, renamed and unlinked
// (SecureOverwrite, which takes the file's SHA-256 from the bytes it overwrites, so that hashing a
// gigabyte overlaps the writing instead of preceding it), backups first since they hold intact copies of
// the slots; the folders are removed, settings that name the vault are removed and the result is
// verified (CancellationCleanup); the certificate is written.
// Any failure stops it there, and the result says exactly which files were deleted and which were not;
// no certificate is written then.
#pragma once

#include "DeletionCertificate.h"
#include "SecureOverwrite.h"

#include <QCoreApplication>
#include <functional>

namespace coffer {

class Vault;
struct CancellationPlan;

struct CancelledFile
{
    SanitisedFile file; // file.sha256 is known for the header from the start, for the others once overwritten
    SecureOverwrite::Stage stage = SecureOverwrite::Stage::Untouched;
};

struct CancellationResult
{
    bool completed = false;         // everything deleted, verified, and the certificate written
    bool keySlotsDestroyed = false; // from then on the vault can no longer be opened
    QString failure;                // what stopped it (empty when completed)
    std::vector<CancelledFile> files;
    std::vector<ErasureCheck> verification;
    QString certificateJson; // paths of the certificate, when written
    QString certificateText;
};

class AccountCancellation
{
    Q_DECLARE_TR_FUNCTIONS(AccountCancellation)
public:
    explicit AccountCancellation(Vault& vault)
        : m_vault(vault)
    {
    }

    // Where the JSON certificate goes (the text beside it, .txt). Default: beside the vault folder,
    // NAME-deletion-certificate-<UTC time>.json. Must be outside the vault and its backup folder.
    void setCertificatePath(const QString& jsonPath) { m_certificatePath = jsonPath; }
    void setTool(const QString& name) { m_toolName = name; }
    // Called before each file is destroyed, with its path; lets a test make one fail midway.
    void setBeforeEachFile(std::function<void(const QString&)> hook) { m_beforeEachFile = std::move(hook); }

    // The owner only, with the vault's name typed as confirmation. Throws Error(Permission), or
    // Error(Usage) for a name that does not match or a certificate path inside the vault, before anything
    // is touched. From then on it returns the result, failed or not; the vault is closed either way.
    CancellationResult cancel(const QString& typedName);

    static QString certificateTextPath(const QString& jsonPath);

private:
    CancellationPlan plan(const QString& typedName) const; // throws before anything is touched
    static void gather(const CancellationPlan& plan, CancellationResult& result);
    // Steps 1 to 5 once the vault is closed; false (and result.failure says why) when one failed.
    bool destroyKeySlots(CancellationResult& result);
    bool destroyFiles(CancellationResult& result);
    static bool cleanUp(const CancellationPlan& plan, CancellationResult& result);
    static bool certify(CancellationPlan& plan, CancellationResult& result);

    Vault& m_vault;
    QString m_certificatePath;
    QString m_toolName = QStringLiteral("Coffer");
    std::function<void(const QString&)> m_beforeEachFile;
};

} // namespace coffer
