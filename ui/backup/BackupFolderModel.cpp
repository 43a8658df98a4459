#include "BackupFolderModel.h"

#include "BackupListModel.h"
#include "widgets/Palette.h"

#include <QDir>

namespace coffer {

BackupFolderModel::BackupFolderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BackupFolderModel::setFolders(std::vector<BackupFolder> folders)
{
    beginResetModel();
    m_folders = std::move(folders);
    endResetModel();
}

int BackupFolderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_folders.size());
}

int BackupFolderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupFolderModel::stateText(const BackupFolder& f) const
{
    if (!f.reachable)
        return f.current ? tr("In use, but not reachable") : tr("Not reachable");
    return f.current ? tr("In use now") : tr("Used before");
}

QVariant BackupFolderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupFolder& f = m_folders[size_t(index.row())];
    if (role == Qt::ForegroundRole && index.column() == State && !f.reachable)
        return Palette::color(ColorRole::Warning);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Folder)
            return QDir::toNativeSeparators(f.path);
        if (index.column() == State && !f.reachable)
            return tr("Coffer cannot open this folder now (a drive not connected?). Backups there still count as "
                      "copies of the vault: connect it so that erasures and a cancellation reach them.");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Folder:
        return QDir::toNativeSeparators(f.path);
    case FirstUsed:
        return f.firstUsed.isValid() ? BackupListModel::displayTime(f.firstUsed) : QString();
    case LastUsed:
        return f.lastUsed.isValid() ? BackupListModel::displayTime(f.lastUsed) : QString();
    case State:
        return stateText(f);
    }
    return {};
}

QVariant BackupFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Folder:
        return tr("Folder");
    case FirstUsed:
        return tr("First used");
    case LastUsed:
        return tr("Last used");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace coffer
