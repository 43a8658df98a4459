#include "AuditModel.h"

#include "widgets/LocaleText.h"
#include "widgets/Palette.h"

#include "AuditWording.h"
#include "Error.h"
#include "records/ClientPseudonyms.h"
#include "vault/Vault.h"

#include <QColor>
#include <QLocale>
#include <algorithm>
#include <iterator>

namespace coffer {

namespace {

// Enough of a pseudonymous id to tell rows apart at a glance; the whole id is in the tooltip.
constexpr int kShortIdLength = 8;

} // namespace

AuditModel::AuditModel(Vault& vault, QObject* parent)
    : QAbstractItemModel(parent)
    , m_vault(vault)
{
    readUserNames();
    fetchMore({});
}

void AuditModel::readUserNames()
{
    try {
        QHash<QString, QString> names;
        for (const UserInfo& user : m_vault.users())
            names.insert(user.id, user.name);
        m_userNames = names;
    } catch (const Error& e) {
        emit failed(e.message());
    }
}

void AuditModel::readClientNames()
{
    try {
        m_clientNames = clientNamesByPseudonym(m_vault);
    } catch (const Error& e) {
        m_clientNames.clear(); // the codes alone, as the log holds them
        emit failed(e.message());
    }
}

void AuditModel::refresh()
{
    readUserNames();
    readClientNames(); // renamed, added or erased since
    if (m_newestSeq == 0 && !m_atEnd) {
        fetchMore({});
        return;
    }
    emitAllChanged();

    // Newest first, down to the newest entry already shown.
    Entries newer;
    try {
        for (qint64 before = 0;;) {
            Entries page = m_vault.auditEntriesBefore(before, kPageSize, m_query);
            const bool lastPage = int(page.size()) < kPageSize;
            const auto known =
                std::find_if(page.begin(), page.end(), [&](const AuditEntry& e) { return e.seq <= m_newestSeq; });
            std::move(page.begin(), known, std::back_inserter(newer));
            if (lastPage || known != page.end())
                break;
            before = newer.back().seq;
        }
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    if (newer.empty())
        return;
    m_newestSeq = newer.front().seq;
    // They fold among themselves; a fold at the top of the old rows stays as it was.
    std::vector<AuditRow> rows = SignInFolding().rows(newer.begin(), newer.end(), true);
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    m_shownEntries += qint64(newer.size());
    endInsertRows();
}

void AuditModel::setQuery(const AuditQuery& query)
{
    // The rows go and the new ones come as two changes, not a reset: a view (or QAbstractItemModelTester)
    // that fetches more when told of a reset would fetch before the reset is over.
    m_atEnd = true; // nothing to fetch while the rows go
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, rowCount() - 1);
        m_rows.clear();
        m_shownEntries = 0;
        endRemoveRows();
    }
    m_query = query;
    m_folding.reset();
    m_newestSeq = 0;
    m_oldestSeq = 0;
    m_atEnd = false;
    fetchMore({});
}

void AuditModel::setFirstBrokenSeq(qint64 seq)
{
    m_firstBroken = seq;
    emitAllChanged({Qt::ForegroundRole, Qt::ToolTipRole});
}

void AuditModel::emitAllChanged(const QList<int>& roles)
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
    for (int row = 0; row < rowCount(); ++row)
        if (const QModelIndex fold = index(row, 0); rowCount(fold) > 0)
            emit dataChanged(index(0, 0, fold), index(rowCount(fold) - 1, ColumnCount - 1, fold), roles);
}

bool AuditModel::appendOlder(Entries page)
{
    bool shown = false;
    auto next = page.begin();
    if (!m_rows.empty()) {
        // The last fold goes on where the previous page stopped.
        const int row = rowCount() - 1;
        AuditRow& fold = m_rows.back();
        const auto end = m_folding.continuing(fold, next, page.end());
        if (end != next) {
            const int first = int(fold.entries.size());
            beginInsertRows(index(row, 0), first, first + int(end - next) - 1);
            for (; next != end; ++next)
                fold.add(std::move(*next));
            m_shownEntries += qint64(fold.entries.size()) - first;
            endInsertRows();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            shown = true;
        }
    }
    std::vector<AuditRow> rows = m_folding.rows(next, page.end(), m_atEnd);
    if (rows.empty())
        return shown;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (AuditRow& row : rows) {
        m_shownEntries += qint64(row.entries.size());
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    return true;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    // Entries held back show nothing new: read on until a row can be shown, or the log ends.
    for (bool shown = false; !shown && !m_atEnd;) {
        Entries page;
        try {
            page = m_vault.auditEntriesBefore(m_oldestSeq, kPageSize, m_query);
        } catch (const Error& e) {
            m_atEnd = true; // a view would otherwise ask again at once, and fail again
            appendOlder({});
            emit failed(e.message());
            return;
        }
        m_atEnd = int(page.size()) < kPageSize;
        if (!page.empty()) {
            m_oldestSeq = page.back().seq;
            m_newestSeq = std::max(m_newestSeq, page.front().seq);
        }
        shown = appendOlder(std::move(page));
    }
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    // Newest first: seq falls from the first row to the last.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
                                     [](const AuditRow& r, qint64 s) { return r.entries.front().seq > s; });
    return it != m_rows.end() && it->entries.front().seq == seq ? int(it - m_rows.begin()) : -1;
}

QModelIndex AuditModel::indexOfSeq(qint64 seq) const
{
    // The last row that begins at seq or after it is the one that holds it, if any does.
    const auto after = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
                                        [](const AuditRow& r, qint64 s) { return r.entries.front().seq >= s; });
    if (after == m_rows.begin())
        return {};
    const int row = int(after - m_rows.begin()) - 1;
    const Entries& entries = m_rows[size_t(row)].entries;
    if (entries.size() == 1)
        return entries.front().seq == seq ? index(row, 0) : QModelIndex();
    const auto it =
        std::lower_bound(entries.begin(), entries.end(), seq, [](const AuditEntry& e, qint64 s) { return e.seq > s; });
    return it != entries.end() && it->seq == seq ? index(int(it - entries.begin()), 0, index(row, 0)) : QModelIndex();
}

const AuditRow* AuditModel::rowOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(index.row())];
}

const AuditEntry* AuditModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    if (const AuditRow* row = rowOf(index))
        return &row->entries.front();
    const int parentRow = rowOfSeq(qint64(index.internalId()));
    if (parentRow < 0)
        return nullptr;
    const Entries& entries = m_rows[size_t(parentRow)].entries;
    return index.row() < int(entries.size()) ? &entries[size_t(index.row())] : nullptr;
}

bool AuditModel::isFold(const QModelIndex& index) const
{
    const AuditRow* row = rowOf(index);
    return row && row->isFold();
}

QModelIndex AuditModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    // A child names its fold by the fold's newest entry, which stays the same when rows are added above.
    const AuditRow* fold = parent.column() == 0 ? rowOf(parent) : nullptr;
    if (!fold || !fold->isFold() || row >= int(fold->entries.size()))
        return {};
    return createIndex(row, column, quintptr(fold->entries.front().seq));
}

QModelIndex AuditModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfSeq(qint64(child.internalId()));
    return row >= 0 ? createIndex(row, 0, quintptr(0)) : QModelIndex();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    const AuditRow* fold = parent.column() == 0 ? rowOf(parent) : nullptr;
    return fold && fold->isFold() ? int(fold->entries.size()) : 0;
}

int AuditModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString AuditModel::userName(const QString& userId) const
{
    if (userId.isEmpty())
        return tr("(nobody signed in)");
    return m_userNames.value(userId, tr("(removed user)"));
}

QString AuditModel::objectText(const AuditEntry& entry) const
{
    if (entry.objectType.isEmpty())
        return {};
    const QString type = AuditWording::objectType(entry.objectType);
    // The vault's own id says nothing more than "this vault".
    if (entry.objectType == QLatin1String("vault") || entry.objectId.isEmpty())
        return type;
    if (entry.objectType == QLatin1String("user") && m_userNames.contains(entry.objectId))
        return tr("%1: %2").arg(type, m_userNames.value(entry.objectId));
    if (entry.objectType == QLatin1String("client"))
        return clientText(entry.objectId);
    // The ids are UUIDv7: their first digits are the time they were made, the last ones random.
    return tr("%1 %2").arg(type, entry.objectId.right(kShortIdLength));
}

QString AuditModel::clientText(const QString& pseudonym) const
{
    const QString type = AuditWording::objectType(QStringLiteral("client"));
    if (const auto it = m_clientNames.constFind(pseudonym); it != m_clientNames.cend())
        return tr("%1: %2").arg(type, *it);
    return tr("%1 %2").arg(type, pseudonym.left(kShortIdLength));
}

QString AuditModel::timeText(const QDateTime& time)
{
    // Seconds here, unlike elsewhere: the log tells apart events of the same minute.
    return QLocale().toString(time.toLocalTime(), LocaleText::dateFormat() + QStringLiteral(" HH:mm:ss"));
}

QString AuditModel::text(const AuditEntry& entry, int column) const
{
    switch (column) {
    case SeqColumn:
        return QString::number(entry.seq);
    case TimeColumn:
        return timeText(entry.time);
    case UserColumn:
        return userName(entry.actor);
    case ActionColumn:
        return AuditWording::action(entry.action);
    case ObjectColumn:
        return objectText(entry);
    case DetailColumn:
        // A removed note or file names the client it belonged to, as the client's own entries do.
        if (const QString client = AuditLog::clientOf(entry); !client.isEmpty())
            return tr("From %1").arg(clientText(client));
        return AuditWording::detail(entry);
    }
    return {};
}

QString AuditModel::foldText(const AuditRow& row, int column) const
{
    const AuditEntry& newest = row.entries.front();
    switch (column) {
    case TimeColumn:
        return timeText(newest.time);
    case UserColumn:
        return userName(newest.actor);
    case ActionColumn:
        return tr("%n sign-in(s) by %1", nullptr, row.signIns).arg(userName(newest.actor));
    case DetailColumn:
        return tr("From %1 to %2").arg(timeText(row.entries.back().time), timeText(newest.time));
    }
    return {};
}

QVariant AuditModel::toolTip(const QModelIndex& index, const AuditEntry& entry) const
{
    if (m_firstBroken > 0 && entry.seq >= m_firstBroken)
        return tr("The chain is broken from entry %1 on: this entry may have been changed, inserted or moved.")
            .arg(m_firstBroken);
    if (isFold(index))
        return tr("%1 signed in and locked the vault %n time(s) in a row, with nothing else between. Open the row "
                  "to see each time.",
                  nullptr, rowOf(index)->signIns)
            .arg(userName(entry.actor));
    if (index.column() == ActionColumn)
        return entry.action; // the stored name, as exports and the command line show it
    if (index.column() == ObjectColumn)
        return entry.objectId;
    return {};
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = entryAt(index);
    if (!entry)
        return {};
    // A fold's newest entry is its latest: when it is after the break, some of the fold is.
    const bool broken = m_firstBroken > 0 && entry->seq >= m_firstBroken;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return isFold(index) ? foldText(*rowOf(index), index.column()) : text(*entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(index, *entry);
    case Qt::ForegroundRole:
        return broken ? QVariant(Palette::color(ColorRole::Error)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace coffer
