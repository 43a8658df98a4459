// The client list as a lazy table model. Rows arrive a page at a time from ClientStore::list as the
// view scrolls (canFetchMore/fetchMore), so a vault of 100,000 clients costs one page of 200 rows at
// first. Searching, filtering by tag and sorting by a column all become a ClientQuery and start the
// list again from its first page; core does the matching and ordering.
#pragma once

#include "records/Records.h"

#include <QAbstractTableModel>
#include <vector>

namespace coffer {

class Vault;

class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        OrganisationColumn,
        EmailColumn,
        PhoneColumn,
        TagsColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ClientListModel(Vault& vault, QObject* parent = nullptr);

    // Starts the list again from its first page, which is loaded at once.
    void setQuery(const ClientQuery& query);
    const ClientQuery& query() const { return m_query; }
    void reload() { setQuery(m_query); }

    QString clientId(int row) const;
    int rowOf(const QString& clientId) const; // among the rows loaded so far; -1 if not among them
    // The column a sort key is shown in, and back; the tags column has no order of its own.
    static int columnOf(ClientSortKey key);
    static bool sortKeyOf(int column, ClientSortKey* key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Core refused to list (the message is core's, user-facing); the list stays as it was loaded.
    void loadFailed(const QString& message);

private:
    std::vector<ClientSummary> nextPage();
    QVariant display(const ClientSummary& client, int column) const;

    Vault& m_vault;
    ClientQuery m_query;
    std::vector<ClientSummary> m_rows;
    bool m_atEnd = true;
    bool m_changing = false; // inside setQuery or fetchMore
};

} // namespace coffer
