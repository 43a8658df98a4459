#include "ClientListModel.h"

#include "ClientLabels.h"
#include "Error.h"
#include "records/ClientStore.h"
#include "tasks/LongTask.h"

#include <QScopedValueRollback>
#include <array>

namespace coffer {

namespace {

constexpr std::array kSortColumns{
    std::pair{ClientSortKey::Name, int(ClientListModel::NameColumn)},
    std::pair{ClientSortKey::Kind, int(ClientListModel::KindColumn)},
    std::pair{ClientSortKey::Organisation, int(ClientListModel::OrganisationColumn)},
    std::pair{ClientSortKey::Email, int(ClientListModel::EmailColumn)},
    std::pair{ClientSortKey::Phone, int(ClientListModel::PhoneColumn)},
    std::pair{ClientSortKey::Updated, int(ClientListModel::UpdatedColumn)},
};

} // namespace

ClientListModel::ClientListModel(Vault& vault, QObject* parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
}

int ClientListModel::columnOf(ClientSortKey key)
{
    for (const auto& [k, column] : kSortColumns)
        if (k == key)
            return column;
    return NameColumn;
}

bool ClientListModel::sortKeyOf(int column, ClientSortKey* key)
{
    for (const auto& [k, c] : kSortColumns)
        if (c == column) {
            *key = k;
            return true;
        }
    return false;
}

std::vector<ClientSummary> ClientListModel::nextPage()
{
    try {
        auto page = ClientStore(m_vault).list(m_query, int(m_rows.size()), kPageSize);
        m_atEnd = int(page.size()) < kPageSize;
        return page;
    } catch (const Error& e) {
        m_atEnd = true;
        emit loadFailed(e.message());
        return {};
    }
}

void ClientListModel::setQuery(const ClientQuery& query)
{
    // Views (and QAbstractItemModelTester) ask for more while a change is being announced; a nested
    // insert would corrupt the change under way, and the first page is enough until they scroll.
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_atEnd = false;
    m_rows = nextPage();
    endResetModel();
}

QString ClientListModel::clientId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QString();
}

int ClientListModel::rowOf(const QString& clientId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == clientId)
            return int(i);
    return -1;
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::display(const ClientSummary& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.displayName;
    case KindColumn:
        return ClientLabels::kind(c.kind);
    case OrganisationColumn:
        return c.organisation;
    case EmailColumn:
        return c.firstEmail;
    case PhoneColumn:
        return c.firstPhone;
    case TagsColumn:
        return c.tags.join(QStringLiteral(", "));
    case UpdatedColumn:
        return ClientLabels::date(c.updated);
    }
    return {};
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary& c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && c.restricted)
            return tr("Processing restricted: keep this client's data, but do not use it.");
        if (index.column() == UpdatedColumn)
            return ClientLabels::dateTime(c.updated);
        return display(c, index.column());
    case IdRole:
        return c.id;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case OrganisationColumn:
        return tr("Organisation");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case TagsColumn:
        return tr("Tags");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    // While long work runs on a worker thread, that thread owns the vault's connection.
    return !parent.isValid() && !m_atEnd && !m_changing && !LongTask::anyRunning();
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    std::vector<ClientSummary> page = nextPage();
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    ClientQuery query = m_query;
    if (!sortKeyOf(column, &query.sortKey))
        return;
    query.descending = order == Qt::DescendingOrder;
    if (query.sortKey != m_query.sortKey || query.descending != m_query.descending)
        setQuery(query);
}

} // namespace coffer
