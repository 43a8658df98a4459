#include "AuditModel.h"

#include "widgets/Palette.h"

#include "AuditWording.h"
#include "Error.h"
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
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    refresh();
}

void AuditModel::refresh()
{
    try {
        QHash<QString, QString> names;
        for (const UserInfo& user : m_vault.users())
            names.insert(user.id, user.name);
        m_userNames = names;
    } catch (const Error& e) {
        emit failed(e.message());
    }
    if (m_entries.empty()) {
        m_atEnd = false;
        fetchMore({});
        return;
    }
    emit dataChanged(index(0, UserColumn), index(rowCount() - 1, ObjectColumn));
    std::vector<AuditEntry> newer;
    try {
        for (qint64 after = m_entries.front().seq;;) {
            std::vector<AuditEntry> page = m_vault.auditEntries(after, kPageSize);
            if (page.empty())
                break;
            after = page.back().seq;
            std::move(page.begin(), page.end(), std::back_inserter(newer));
        }
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    if (newer.empty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_entries.insert(m_entries.begin(), std::make_move_iterator(newer.rbegin()), std::make_move_iterator(newer.rend()));
    endInsertRows();
}

void AuditModel::setFirstBrokenSeq(qint64 seq)
{
    m_firstBroken = seq;
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, Qt::ToolTipRole});
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    // Newest first: seq falls from the first row to the last.
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), seq,
                                     [](const AuditEntry& e, qint64 s) { return e.seq > s; });
    return it != m_entries.end() && it->seq == seq ? int(it - m_entries.begin()) : -1;
}

const AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<AuditEntry> page;
    try {
        page = m_vault.auditEntriesBefore(m_entries.empty() ? 0 : m_entries.back().seq, kPageSize);
    } catch (const Error& e) {
        m_atEnd = true; // a view would otherwise ask again at once, and fail again
        emit failed(e.message());
        return;
    }
    m_atEnd = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (AuditEntry& entry : page)
        m_entries.push_back(std::move(entry));
    endInsertRows();
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
    return tr("%1 %2").arg(type, entry.objectId.left(kShortIdLength));
}

QString AuditModel::timeText(const QDateTime& time)
{
    const QLocale locale;
    return locale.toString(time.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
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
        return AuditWording::detail(entry);
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry || index.column() >= ColumnCount)
        return {};
    const bool broken = m_firstBroken > 0 && entry->seq >= m_firstBroken;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(*entry, index.column());
    case Qt::ToolTipRole:
        if (broken)
            return tr("The chain is broken from entry %1 on: this entry may have been changed, inserted or "
                      "moved.")
                .arg(m_firstBroken);
        if (index.column() == ActionColumn)
            return entry->action; // the stored name, as exports and the command line show it
        if (index.column() == ObjectColumn)
            return entry->objectId;
        return {};
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
