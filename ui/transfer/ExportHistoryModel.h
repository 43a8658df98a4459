// The exports a vault has made (ExportHistory), as a read-only table, newest first: when, by whom, all
// clients or one, the format, whether it was encrypted, where it was saved and its manifest's SHA-256
// (shortened; the whole sum in the tooltip and in SumRole). Nothing in it names a client: a one-client
// export's path is removed from the vault at that client's erasure, and the table says so.
#pragma once

#include "transfer/ExportHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace coffer {

class ExportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Made, MadeBy, Scope, Format, Encrypted, Path, Manifest, ColumnCount };
    static constexpr int SumRole = Qt::UserRole + 1;

    explicit ExportHistoryModel(QObject* parent = nullptr);

    // userNames: user id → name, for the "By" column (an id not there shows as "a former user").
    void setExports(std::vector<ExportRecord> exports, QHash<QString, QString> userNames);
    const ExportRecord& exportAt(int row) const { return m_exports[size_t(row)]; }
    static QString formatText(const QString& formatName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ExportRecord& e, int column) const;

    std::vector<ExportRecord> m_exports;
    QHash<QString, QString> m_userNames;
};

} // namespace coffer
