// One client, on the right of the Clients page: a heading with the name and the actions on the whole
// client (export, erase), then tabs for the profile (with Save and Revert), notes, files and consents,
// and beside them "Show history" (the audit log at this client's entries). A new client is a blank
// profile whose other tabs open once it is saved. Files dropped anywhere on the view are added to the
// client. Viewers get the same view without any control that changes data.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace coffer {

class ClientProfileForm;
class ConsentsPanel;
class RequestsPanel;
class FilesPanel;
class NotesPanel;
class Vault;
struct Client;

class ClientView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientView(Vault& vault, QWidget* parent = nullptr);

    // Shows a stored client (false, with the reason shown, if it cannot be read) or a blank new one.
    bool showClient(const QString& clientId);
    void startNew();
    QString clientId() const { return m_clientId; } // empty while a new client is not yet saved
    bool isModified() const;
    // With unsaved changes, asks whether to save them; false means stay on this client.
    bool confirmLeave();
    void focusProfile();

    ClientProfileForm* form() const { return m_form; }
    NotesPanel* notes() const { return m_notes; }
    FilesPanel* files() const { return m_files; }
    ConsentsPanel* consents() const { return m_consents; }

public slots:
    bool save();
    void revert();

signals:
    void saved(const QString& clientId);
    void exportRequested(const QString& clientId);
    void eraseRequested(const QString& clientId);
    // "Show history": the audit log's entries about this client (admins and the owner).
    void historyRequested(const QString& clientId);
    void requestRecorded();                                                  // on the client's Requests tab
    void eraseForRequest(const QString& clientId, const QString& requestId); // from a request on that tab

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QStringList retentionRuleNames(); // for the profile form's suggestions
    QWidget* buildHeader();
    QWidget* buildProfileTab();
    void buildHistoryButton();
    // Restricts processing of the client shown, or lifts the restriction, after asking for the reason.
    void changeRestriction();
    void showHeading(const Client& client);
    void updateButtons();
    void showError(const QString& message);
    void setTabCount(QWidget* tab, const QString& title, int count);

    Vault& m_vault;
    bool m_editable;
    QString m_clientId;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_restrictedBadge = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_restrict = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    ClientProfileForm* m_form = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    NotesPanel* m_notes = nullptr;
    FilesPanel* m_files = nullptr;
    ConsentsPanel* m_consents = nullptr;
    RequestsPanel* m_requests = nullptr;
};

} // namespace coffer
