// The audit log as a lazy table, newest entry first: older rows arrive a page at a time as the view
// scrolls down (Vault::auditEntriesBefore), so a log of a hundred thousand entries opens at once.
// refresh() puts what was written since at the top, without rereading the rest. User ids are shown as the
// users' names; the object is its type and its pseudonymous id, never a client's name.
#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace coffer {

class Vault;

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditModel(Vault& vault, QObject* parent = nullptr);

    // Rereads the users' names and adds the entries written since, at the top.
    void refresh();
    // From this entry on, rows are marked as not to be trusted (after a failed Verify chain); 0 clears.
    void setFirstBrokenSeq(qint64 seq);
    // The row of an entry already fetched, or -1.
    int rowOfSeq(qint64 seq) const;
    const AuditEntry* entryAt(int row) const;
    // How a time is shown: the locale's short date, and the time to the second.
    static QString timeText(const QDateTime& time);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // Core could not read the log; the message says why.
    void failed(const QString& message);

private:
    QString text(const AuditEntry& entry, int column) const;
    QString userName(const QString& userId) const;
    QString objectText(const AuditEntry& entry) const;

    Vault& m_vault;
    std::vector<AuditEntry> m_entries;
    QHash<QString, QString> m_userNames; // user id → name
    qint64 m_firstBroken = 0;
    bool m_atEnd = false;
};

} // namespace coffer
