// The audit log as a lazy tree, newest entry first: older rows arrive a page at a time as the view
// scrolls down (Vault::auditEntriesBefore), so a log of a hundred thousand entries opens at once, and a
// query narrows it in the database, not here. Sign-ins and locks of one user one after another fold
// into one row ("12 sign-ins by Līga") whose children are the entries. refresh() puts what was written
// since at the top, without rereading the rest. User ids are shown as the users' names and a client's
// pseudonym as the client's current name while they exist (the log itself holds neither); other objects
// as their type and id.
#pragma once

#include "SignInFolding.h"
#include "audit/AuditLog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

namespace coffer {

class Vault;

class AuditModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditModel(Vault& vault, QObject* parent = nullptr);

    // Rereads the users' and clients' names and adds the entries written since, at the top.
    void refresh();
    // Shows only the entries that match, from the newest again.
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    // From this entry on, rows are marked as not to be trusted (after a failed Verify chain); 0 clears.
    void setFirstBrokenSeq(qint64 seq);
    // The row of an entry already fetched (inside its fold when it is folded), or an invalid index.
    QModelIndex indexOfSeq(qint64 seq) const;
    // The entry of a row; for a folded row, its newest.
    const AuditEntry* entryAt(const QModelIndex& index) const;
    bool isFold(const QModelIndex& index) const;
    // The entries fetched and shown, each folded one counted.
    qint64 entryCount() const { return m_shownEntries; }
    // A user's name, or what stands for a removed user or for nobody signed in.
    QString userName(const QString& userId) const;
    bool isCurrentUser(const QString& userId) const { return m_userNames.contains(userId); }
    // How a time is shown: the locale's short date, and the time to the second.
    static QString timeText(const QDateTime& time);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
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
    using Entries = std::vector<AuditEntry>;

    void readUserNames();
    void readClientNames();
    void emitAllChanged(const QList<int>& roles = {});
    // Appends a page of older entries; false when nothing new could be shown yet.
    bool appendOlder(Entries page);
    int rowOfSeq(qint64 seq) const; // the top-level row whose newest entry is seq, or -1
    const AuditRow* rowOf(const QModelIndex& index) const;
    QString text(const AuditEntry& entry, int column) const;
    QString foldText(const AuditRow& row, int column) const;
    QString objectText(const AuditEntry& entry) const;
    QString clientText(const QString& pseudonym) const; // "Client: NAME", or the short code once erased
    QVariant toolTip(const QModelIndex& index, const AuditEntry& entry) const;

    Vault& m_vault;
    AuditQuery m_query;
    std::vector<AuditRow> m_rows;
    SignInFolding m_folding; // of the pages read from the newest down
    qint64 m_newestSeq = 0;
    qint64 m_oldestSeq = 0; // the oldest entry read, where the next page starts; 0 before the first
    qint64 m_shownEntries = 0;
    QHash<QString, QString> m_userNames; // user id → name
    // Client pseudonym → current name, read at each refresh(): the page refreshes when it is shown, so a
    // window that never shows the log never reads every client.
    QHash<QString, QString> m_clientNames;
    qint64 m_firstBroken = 0;
    bool m_atEnd = false;
};

} // namespace coffer
