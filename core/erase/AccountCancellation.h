// Account cancellation (owner only): every copy of the vault that Coffer can find is destroyed, and a
// deletion certificate is written outside them. In order:
//   1. The plan (CancellationPlan): the vault folder; the copies restored from its backups (those the
//      user chose to keep are left only when asked to); every file of this vault in every backup folder it
//      or this machine recorded, found by content — backups, partial backups left by a crash, tombstone
//      files, snapshot temporaries; each checked to be destroyable, so a locked or read-only file stops
//      everything before anything is lost. It is written as the journal.
//   2. The cryptographic erase: the key slots of every copy — the vault's header first, the copies'
//      headers, the header copy inside every backup — are overwritten in place, synced and read back
//      (KeySlotEraser); the data key is wiped. From here no copy opens with any password.
//   3. Each file is overwritten, read back, truncated, renamed and unlinked (SecureOverwrite).
//   4. The folders are removed, settings that name the vault are removed and the result is verified
//      (CancellationCleanup).
//   5. The certificate is written, and the journal removed.
// The journal is updated after every step; a cancellation that stopped (a crash, a full disk, a removed
// drive) resumes from it (resume()), without a password once the vault's own slots are gone, and ends with
// the same certificate. A recorded folder that cannot be reached is named as not sanitised: no
// certificate is written then, the journal stays, and a resume once the drive is back finishes the work.
#pragma once

#include "CancellationPlan.h"
#include "SecureOverwrite.h"

#include <QCoreApplication>
#include <functional>

namespace coffer {

class Vault;

struct CancelledFile
{
    SanitisedFile file; // file.sha256 is known for a header from the start, for the others once overwritten
    SecureOverwrite::Stage stage = SecureOverwrite::Stage::Untouched;
};

struct CancellationResult
{
    bool completed = false;         // everything deleted, verified, and the certificate written
    bool keySlotsDestroyed = false; // from then on no copy can be opened
    QString failure;                // what stopped it (empty when completed)
    std::vector<CancelledFile> files;
    std::vector<ErasureCheck> verification;
    QStringList unreachableFolders; // recorded folders that could not be reached: not sanitised
    QStringList abandonedFolders;   // the same, declared gone by the user (resume's abandon)
    QStringList keptCopies;         // restored copies kept at the user's request: not sanitised
    QStringList copyFolders;        // restored copies destroyed
    QString journal;                // the journal, while the cancellation is not finished
    QString certificateJson;        // paths of the certificate, when written
    QString certificateText;
};

class AccountCancellation
{
    Q_DECLARE_TR_FUNCTIONS(AccountCancellation)
public:
    explicit AccountCancellation(Vault& vault)
        : m_vault(&vault)
    {
    }

    // Where the JSON certificate goes (the text beside it, .txt). Default: beside the vault folder,
    // NAME-deletion-certificate-<UTC time>.json. Must be outside the vault, its copies and backup folders.
    void setCertificatePath(const QString& jsonPath) { m_certificatePath = jsonPath; }
    void setTool(const QString& name) { m_toolName = name; }
    // Whether restored copies the user kept as separate vaults are destroyed too (asked once more).
    void setDestroyKeptCopies(bool destroy) { m_destroyKeptCopies = destroy; }
    // Called before each step with the path it is about to change; lets a test make one fail midway.
    void setBeforeEachFile(std::function<void(const QString&)> hook) { m_beforeEachFile = std::move(hook); }

    // The restored copies kept as separate vaults that a cancellation would leave unless told otherwise.
    static QStringList keptCopies(Vault& vault);

    // The owner only, with the vault's name typed as confirmation. Throws Error(Permission), or
    // Error(Usage) for a name that does not match or a certificate path inside a folder it destroys,
    // Error(InUse) when a copy is open elsewhere, before anything is touched. From then on it returns the
    // result, failed or not; the vault is closed either way.
    CancellationResult cancel(const QString& typedName);

    // Journals of cancellations that did not finish, on this machine.
    static QStringList pendingJournals();
    static QString journalPathFor(const QByteArray& vaultId);
    // Resumes from a journal: no password is needed, since the vault's key slots were destroyed first
    // (a journal from before that step is removed and nothing is touched: start again). hook as
    // setBeforeEachFile. Error(Damaged) for a journal that cannot be read.
    // abandon: recorded folders that cannot be reached and that the user declares gone for good (a drive
    // lost, a folder deleted by hand): the cancellation then completes, and the certificate names them as
    // not reached and not sanitised.
    static CancellationResult resume(const QString& journalPath,
                                     const std::function<void(const QString&)>& beforeEachFile = {},
                                     const QStringList& abandon = {});

    static QString certificateTextPath(const QString& jsonPath);

private:
    CancellationPlan plan(const QString& typedName) const; // throws before anything is touched
    static CancellationResult run(CancellationPlan& plan, const QString& journal,
                                  const std::function<void(const QString&)>& beforeEachFile);

    Vault* m_vault;
    QString m_certificatePath;
    QString m_toolName = QStringLiteral("Coffer");
    bool m_destroyKeptCopies = false;
    std::function<void(const QString&)> m_beforeEachFile;
};

} // namespace coffer
