#include "ExportHistoryModel.h"

#include "backup/BackupListModel.h"
#include "widgets/Palette.h"

#include <QDir>
#include <QFont>

namespace coffer {

namespace {
constexpr int kShortSum = 12; // hex digits shown; enough to tell exports apart and to compare by eye
} // namespace

ExportHistoryModel::ExportHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ExportHistoryModel::setExports(std::vector<ExportRecord> exports, QHash<QString, QString> userNames)
{
    beginResetModel();
    m_exports = std::move(exports);
    m_userNames = std::move(userNames);
    endResetModel();
}

QString ExportHistoryModel::formatText(const QString& formatName)
{
    if (formatName == QLatin1String("zip"))
        return tr("Zip file");
    if (formatName == QLatin1String("dir"))
        return tr("Folder");
    if (formatName == QLatin1String("json"))
        return tr("JSON file");
    if (formatName == QLatin1String("csv"))
        return tr("CSV tables");
    return formatName;
}

int ExportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_exports.size());
}

int ExportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportHistoryModel::display(const ExportRecord& e, int column) const
{
    switch (column) {
    case Made:
        return BackupListModel::displayTime(e.time);
    case MadeBy:
        return m_userNames.value(e.madeBy, tr("a former user"));
    case Scope:
        return e.wholeVault() ? tr("All clients (%1)").arg(e.clients) : tr("One client");
    case Format:
        return formatText(e.format);
    case Encrypted:
        return e.encrypted ? tr("Yes") : tr("No");
    case Path:
        return e.path.isEmpty() ? tr("Path removed at the client's erasure") : QDir::toNativeSeparators(e.path);
    case Manifest:
        return e.manifestSha256.size() > kShortSum ? e.manifestSha256.left(kShortSum) + QStringLiteral("…")
                                                   : e.manifestSha256;
    }
    return {};
}

QVariant ExportHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportRecord& e = m_exports[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(e, index.column());
    case SumRole:
        return e.manifestSha256;
    case Qt::ToolTipRole:
        if (index.column() == Manifest)
            return tr("SHA-256 of the export's manifest: %1").arg(e.manifestSha256);
        if (index.column() == Path)
            return e.path.isEmpty() ? tr("The file name of a one-client export often names the person, so Coffer "
                                         "forgot it when the client was erased.")
                                    : QDir::toNativeSeparators(e.path);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Path && e.path.isEmpty())
            return Palette::color(ColorRole::Muted);
        return {};
    case Qt::FontRole:
        if (index.column() == Manifest) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    }
    return {};
}

QVariant ExportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Made:
        return tr("Made");
    case MadeBy:
        return tr("By");
    case Scope:
        return tr("Contents");
    case Format:
        return tr("Format");
    case Encrypted:
        return tr("Encrypted");
    case Path:
        return tr("Saved at");
    case Manifest:
        return tr("Manifest SHA-256");
    }
    return {};
}

} // namespace coffer
