// The left half of the Clients page: a search box that filters as you type, a tag filter, a filter of the
// restricted clients or of those who may be contacted for a purpose, New client,
// the lazy table of clients, a count, and in place of an empty table a sentence that says why it is
// empty and what to do. Columns that do not fit the panel's width are hidden, least useful first.
#pragma once

#include "records/Records.h"

#include <QTimer>
#include <QWidget>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coffer {

class ClientListModel;
class Vault;

class ClientListPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    ClientListPanel(Vault& vault, QWidget* parent = nullptr);

    ClientListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString currentClientId() const;
    // Selects the client if their row is loaded, without announcing it; otherwise clears the selection.
    void selectClient(const QString& clientId);
    void focusSearch();

public slots:
    void reload(); // the same search from the start, the tags afresh, the selection kept

signals:
    void clientSelected(const QString& clientId); // the current row changed (empty: none)
    void clientOpened(const QString& clientId);   // Enter or a double click
    void newClientRequested();
    void loadFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolRow();
    void buildTable();
    void applySearch();
    void reloadTags();
    void reloadShow();
    ClientQuery queryFromTools() const; // the model's query with the search, tag and show filter typed
    void sortBy(int column, Qt::SortOrder order);
    void updateState();
    void fitColumns();
    void rememberWidth(int column, int oldWidth, int width);

    Vault& m_vault;
    ClientListModel* m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_show = nullptr; // all clients, the restricted ones, or those who may be contacted for a purpose
    QPushButton* m_new = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTimer m_searchTimer;
    std::map<int, int> m_widths; // the droppable columns' widths, as the user last left them
    bool m_fitting = false;
};

} // namespace coffer
