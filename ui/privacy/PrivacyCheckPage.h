// The Privacy Check page: what needs the business's action now (privacy/PrivacyCheck.h), one line per
// finding with what to do, and the breach log with each breach's 72-hour clock (privacy/BreachLog.h):
// Log Breach… and Record Notification… for administrators and the owner. The record of processing is
// saved as PDF from here (Save Record of Processing…).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class PrivacyCheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyCheckPage(Vault& vault, QWidget* parent = nullptr);

    void reload();

private:
    void logBreach();
    void recordNotification();
    void saveRecord();

    Vault& m_vault;
    QTreeWidget* m_findings;
    QTreeWidget* m_breaches;
    QLabel* m_summary;
    QPushButton* m_notify = nullptr;
};

} // namespace coffer
