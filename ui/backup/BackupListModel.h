// The managed backups of a vault as a table: when each was made, its size and its file name, newest
// first, as Vault::managedBackups() lists them. Only the backup's prefix is read (BackupFile::peek), so
// a long list loads at once and no password is needed.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace coffer {

class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Taken, Size, FileName, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit BackupListModel(QObject* parent = nullptr);

    // paths: newest first.
    void setBackups(const QStringList& paths);
    QString pathAt(int row) const;
    QDateTime takenAt(int row) const;
    // "Monday, 23 November 2026, 14:05" in the user's language: how backups are named to the user.
    static QString displayTime(const QDateTime& time);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString path;
        QDateTime taken; // invalid when the file's prefix cannot be read
        qint64 size = 0;
    };
    std::vector<Entry> m_entries;
};

} // namespace coffer
