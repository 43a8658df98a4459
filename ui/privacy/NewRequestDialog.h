// "New request": what the person asks for, how and when it arrived, and who they are — a client of
// the vault (the one shown, when opened from a client's page) or someone not yet identified, in the
// user's own words. Record stores it through the register; a refusal is shown in the dialog, which
// stays open with what was typed.
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace coffer {

class Vault;

class NewRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // clientId and clientName: the client it concerns, or empty for someone not yet identified.
    NewRequestDialog(Vault& vault, const QString& clientId, const QString& clientName, QWidget* parent = nullptr);
    QString requestId() const { return m_requestId; } // after Record succeeded

private:
    void record();

    Vault& m_vault;
    QString m_clientId;
    QString m_requestId;
    QComboBox* m_type;
    QComboBox* m_channel;
    QDateEdit* m_received;
    QLineEdit* m_requester = nullptr;
    QLabel* m_due;
    QLabel* m_error;
};

} // namespace coffer
