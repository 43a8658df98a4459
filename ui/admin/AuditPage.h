// The Audit log page (admins and the owner): who did what and when, newest first, loaded as the list
// scrolls, narrowed by user, kind of action, days and client (AuditFilterBar). "Show history" on a
// client's page lands here with the log narrowed to that client. "Verify chain" recomputes the hash
// chain and says plainly whether the log is intact or where it was first altered.
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace coffer {

class AuditFilterBar;
class AuditModel;
class NoticeLabel;
class Vault;
struct AuditVerification;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Vault& vault, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    AuditFilterBar* filters() const { return m_filters; }

public slots:
    // Appends what was written since the list was last read.
    void reload();
    // Runs the check off the GUI thread; the result appears under the list.
    void verifyChain();
    // Narrows the log to the entries about one client, named by their current name; the other filters
    // are cleared.
    void showClientHistory(const QString& clientId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void updateUsers();
    void showVerification(const AuditVerification& result);
    // What the integrity key found (vault/IntegrityKey.h), in sentences.
    static QString sealText(const AuditVerification& result);
    void updateCount();

    Vault& m_vault;
    AuditModel* m_model;
    AuditFilterBar* m_filters;
    QTreeView* m_view;
    QLabel* m_count;
    QPushButton* m_verifyButton;
    NoticeLabel* m_notice;
    QSet<QString> m_actors;  // every user id the log names, as far as read
    qint64 m_actorsUpTo = 0; // the log's entries up to this one have been asked for their actor
};

} // namespace coffer
