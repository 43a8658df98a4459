#include "RecordTable.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <algorithm>

namespace coffer {

namespace {

// A tree's rows as tall as a table's, so that the audit log reads like the other list pages.
class TableRowHeight : public QStyledItemDelegate
{
public:
    TableRowHeight(int height, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_height(height)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), m_height));
        return size;
    }

private:
    int m_height;
};

void makeRecordList(QAbstractItemView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
}
} // namespace

void makeRecordTable(QTableView* view)
{
    makeRecordList(view);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
}

void makeRecordTable(QTreeView* view)
{
    makeRecordList(view);
    view->setUniformRowHeights(true); // rows of one height: no measuring of every row as the list grows
    view->setAllColumnsShowFocus(true);
    view->setItemDelegate(new TableRowHeight(
        view->style()->pixelMetric(QStyle::PM_HeaderDefaultSectionSizeVertical, nullptr, view), view));
}

QTreeWidget* makeRecordTreeWidget(const QStringList& headers, const char* objectName, QWidget* parent,
                                  const QString& accessibleName)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    if (!accessibleName.isEmpty())
        list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    makeRecordTable(list);
    list->setRootIsDecorated(false);
    for (int c = 0; c + 1 < headers.size(); ++c)
        list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return list;
}

} // namespace coffer
