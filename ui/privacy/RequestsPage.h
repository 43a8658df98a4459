// The Requests page: the data-subject requests of the vault, open ones by due date with the overdue
// first and marked, closed ones after them, filtered by type and state; New Request… for editors and
// above. dueSoonChanged tells the sidebar how many open requests are due within seven days.
#pragma once

#include "privacy/RequestRegister.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace coffer {

class Vault;

class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsPage(Vault& vault, QWidget* parent = nullptr);

    static constexpr int kDueSoonDays = 7;

    void reload();
    int dueSoon() const { return m_dueSoon; }

    // The list of requests as this page and a client's Requests tab show it: the day to answer by, the
    // time left (overdue in red), the type, who asked, when and how it came, its state.
    static QTreeWidget* makeList(QWidget* parent);
    // append: after the rows already there (the page loads kChunk rows at a time as the user scrolls).
    static void fill(QTreeWidget* list, const std::vector<RequestRow>& rows, bool append = false);
    static constexpr int kChunk = 200;

signals:
    void dueSoonChanged(int count);
    // From a request's dialog (RequestDialog): the erasure it asks for, or its client's page.
    void eraseRequested(const QString& clientId, const QString& requestId);
    void openClientRequested(const QString& clientId);

private:
    void newRequest();
    void openRequest(const QString& requestId);
    RequestQuery query() const;
    void loadMore(); // the next kChunk rows, when the list is scrolled near its end

    Vault& m_vault;
    QComboBox* m_type;
    QComboBox* m_status;
    QPushButton* m_new = nullptr;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QLabel* m_count;
    int m_dueSoon = -1;
    int m_total = 0;
};

} // namespace coffer
