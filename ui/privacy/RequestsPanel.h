// A client's Requests tab: their data-subject requests, open ones by due date, and New Request… for
// them (editors and above).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class RequestsPanel : public QWidget
{
    Q_OBJECT
public:
    RequestsPanel(Vault& vault, bool editable, QWidget* parent = nullptr);

    void setClient(const QString& clientId, const QString& clientName);
    int count() const;

signals:
    void countChanged(int count);
    void requestRecorded(); // or changed: for the Requests page and the sidebar's count
    void eraseRequested(const QString& clientId, const QString& requestId); // from a request's dialog

private:
    void reload();
    void newRequest();

    Vault& m_vault;
    QString m_clientId;
    QString m_clientName;
    QPushButton* m_new = nullptr;
    QTreeWidget* m_list;
    QLabel* m_empty;
};

} // namespace coffer
