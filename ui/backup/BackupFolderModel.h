// Every folder the vault's backups have used (ManagedBackups::folders()), as a read-only table: the
// folder, when it was first and last used, and whether it is the current one or cannot be reached now
// (a drive not plugged in). They all count as copies of the vault: a restore reads the erasures kept in
// each, and cancelling the account destroys what is in them.
#pragma once

#include "backup/ManagedBackups.h"

#include <QAbstractTableModel>
#include <vector>

namespace coffer {

class BackupFolderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Folder, FirstUsed, LastUsed, State, ColumnCount };

    explicit BackupFolderModel(QObject* parent = nullptr);

    void setFolders(std::vector<BackupFolder> folders);
    const BackupFolder& folderAt(int row) const { return m_folders[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const BackupFolder& f) const;

    std::vector<BackupFolder> m_folders;
};

} // namespace coffer
