// The Audit log page (admins and the owner): who did what and when, oldest first, loaded as the list
// scrolls; "Verify chain" recomputes the hash chain and says plainly whether the log is intact or
// where it was first altered.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace coffer {

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
    QTableView* view() const { return m_view; }

public slots:
    // Appends what was written since the list was last read.
    void reload();
    // Runs the check off the GUI thread; the result appears under the list.
    void verifyChain();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showVerification(const AuditVerification& result);
    void updateCount();

    Vault& m_vault;
    AuditModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QPushButton* m_verifyButton;
    NoticeLabel* m_notice;
};

} // namespace coffer
