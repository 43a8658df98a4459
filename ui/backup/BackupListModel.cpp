#include "BackupListModel.h"

#include "backup/BackupFile.h"
#include "widgets/UserFiles.h"

#include <QFileInfo>
#include <QLocale>

namespace coffer {

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString BackupListModel::displayTime(const QDateTime& time)
{
    // The weekday helps to find "the one from before Friday"; seconds and the time zone do not.
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")); // some locales' short format still has seconds
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                            locale.toString(local.time(), timeFormat));
}

void BackupListModel::setBackups(const QStringList& paths)
{
    beginResetModel();
    m_entries.clear();
    for (const QString& path : paths) {
        Entry e;
        e.path = path;
        e.size = QFileInfo(path).size();
        QByteArray id;
        QString taken;
        if (BackupFile::peek(path, &id, &taken))
            e.taken = QDateTime::fromString(taken, Qt::ISODateWithMs);
        m_entries.push_back(e);
    }
    endResetModel();
}

QString BackupListModel::pathAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[size_t(row)].path : QString();
}

QDateTime BackupListModel::takenAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_entries[size_t(row)].taken : QDateTime();
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[size_t(index.row())];
    if (role == PathRole)
        return e.path;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !e.taken.isValid())
        return tr("This file's beginning cannot be read: it may be damaged. Verify it to find out.");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Taken:
        return e.taken.isValid() ? displayTime(e.taken) : tr("Unknown (unreadable)");
    case Size:
        return UserFiles::sizeText(e.size);
    case FileName:
        return QFileInfo(e.path).fileName();
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Taken:
        return tr("Made");
    case Size:
        return tr("Size");
    case FileName:
        return tr("File");
    }
    return {};
}

} // namespace coffer
