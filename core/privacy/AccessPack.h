// The answer to a request for access (GDPR Art. 15) or portability (Art. 20), prepared from the
// request: a folder holding the one-client export (zip: data.json, CSV, files) and, for access, the
// cover letter the business sends with it. The pack appears whole or not at all (built in a hidden
// folder beside the target, renamed into place), and then its export is linked to the request as
// evidence (manifest SHA-256), recorded in the export history and audited — naming no one.
//
// Core knows what the letter says, not how it looks: it gathers AccessLetterContents and hands them
// to a writer (ui/privacy/AccessLetter makes the PDF), so the command line and the app write the same
// letter while core stays free of Qt Gui.
#pragma once

#include "Controller.h"
#include "records/Records.h"
#include "records/Requests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <vector>

namespace coffer {

class Vault;

// One line of "who accessed or changed your record": when, in which role (never who), and the stable
// action name of the audit log ("client.update", "file.read", "export", …).
struct RecordHistoryLine
{
    QDateTime time;
    QString role; // roleName(), or empty for someone no longer a user of the vault
    QString action;
};

struct AccessLetterContents
{
    ControllerDetails controller;
    DataRequest request;
    Client client;
    std::vector<Note> notes;
    std::vector<StoredFile> files;
    std::vector<Consent> consents;          // every entry, oldest first
    std::vector<RecordHistoryLine> history; // newest first, at most kMaxHistory
    bool olderHistory = false;              // older entries were left out
    QString exportFileName;                 // the export's name inside the pack
    QString exportSha256;
    QDate prepared;

    static constexpr int kMaxHistory = 500;
};

struct AccessPackResult
{
    QString folder;
    QString exportPath;
    QString letterPath; // empty for portability
    QString manifestSha256;
    bool identityConfirmed = false; // false: sent before the identity check was recorded
};

class AccessPack
{
    Q_DECLARE_TR_FUNCTIONS(AccessPack)
public:
    // Writes the letter for contents at path (a new file in the pack's hidden folder); throws Error.
    using LetterWriter = std::function<void(const AccessLetterContents& contents, const QString& path)>;

    explicit AccessPack(Vault& vault)
        : m_vault(vault)
    {
    }

    static inline const char* const kExportName = "data.zip";
    static inline const char* const kLetterName = "letter.pdf";

    // Editors and above. The request must be open, of type access or portability, and linked to a
    // client; folder must not exist yet (and is never inside the vault or its backup folder). An access
    // request needs writeLetter; a portability request gets the export alone. Error(Failed) says why not.
    AccessPackResult prepare(const QString& requestId, const QString& folder, const LetterWriter& writeLetter,
                             const std::function<bool(qint64, qint64)>& progress = {});

    // What the letter for the request says now (it names the export once there is one).
    AccessLetterContents letterContents(const DataRequest& request);

private:
    std::vector<RecordHistoryLine> history(const QString& clientId, bool& older);
    Vault& m_vault;
};

} // namespace coffer
