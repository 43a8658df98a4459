// The Retention page: the rules that say how long data is kept, and who is due under them — due now,
// due within 30 days, held — with Run Retention… (admins and the owner, after a question that says how
// many will be erased or anonymised) and one report of what was done; a legal hold set or released
// from here. Nothing is deleted unless a person starts the run. overdueChanged tells the main window
// how many are due now, for the reminder at unlock.
#pragma once

#include "privacy/Retention.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class RetentionPage : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPage(Vault& vault, QWidget* parent = nullptr);

    void reload();
    int overdue() const { return int(m_plan.due.size()); }

signals:
    void overdueChanged(int count);
    void clientsChanged(); // a run erased or anonymised some
    void openClientRequested(const QString& clientId);

private:
    QWidget* buildRules();
    QWidget* buildPlan();
    void addRule();
    void runRetention();
    void holdSelected();
    void releaseSelected();
    void fillPlan();

    Vault& m_vault;
    bool m_admin;
    RetentionPlan m_plan;
    QTreeWidget* m_rules;
    QTreeWidget* m_due;
    QLabel* m_summary;
    QPushButton* m_run = nullptr;
    QPushButton* m_hold = nullptr;
    QPushButton* m_release = nullptr;
};

} // namespace coffer
