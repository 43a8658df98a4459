// One data-subject request, opened from the Requests page or a client's Requests tab: where it stands
// (the day to answer by, the identity check, an extension, the evidence) and the steps that carry it
// out — the identity checked, the deadline extended, the access pack prepared, the erasure or the
// restriction carried out, the request closed. Each step is core's (RequestRegister, AccessPack,
// Restriction), with its checks and audit; a step the role or the request's state does not allow is
// disabled with the reason as its tooltip.
#pragma once

#include "ReplyLetter.h"
#include "records/Requests.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(Vault& vault, const QString& requestId, QWidget* parent = nullptr);

    // Opens the dialog for requestId over parent (deleted on close); changed() tells the lists to reload.
    static RequestDialog* open(Vault& vault, const QString& requestId, QWidget* parent);

signals:
    void changed();
    void openClientRequested(const QString& clientId);
    // The erasure must run as a long task with its report (VaultTasks::eraseClient); the dialog closes.
    void eraseRequested(const QString& clientId, const QString& requestId);

private:
    void reload();
    void showState();
    void showEvidence();
    void updateButtons();
    void confirmIdentity();
    void extend();
    void preparePack();
    void restrictClient();
    void recordObjection();
    void closeRequest();
    void writeLetter(ReplyKind kind);
    void linkClient(); // a request from someone not yet identified, to the client record they turn out to have
    // Runs a step of core; on failure says why in a message box. Returns whether it succeeded.
    bool step(const std::function<void()>& action);

    Vault& m_vault;
    QString m_id;
    DataRequest m_request;
    QString m_clientName;
    QLabel* m_title;
    QLabel* m_due;
    QLabel* m_received;
    QLabel* m_identity;
    QLabel* m_extension;
    QLabel* m_status;
    QLabel* m_hint;
    QTreeWidget* m_evidence;
    QPushButton* m_identify;
    QPushButton* m_extend;
    QPushButton* m_carryOut; // pack, erasure or restriction, by the request's type
    QPushButton* m_openClient;
    QPushButton* m_close;
    QPushButton* m_letter;
    QPushButton* m_link;
};

} // namespace coffer
