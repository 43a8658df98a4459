// The look every list page shares — users, audit log, backups, clients: a read-only table of records,
// one row selected at a time, rows striped, no grid and no row numbers. The audit log is a tree (folded
// sign-ins open into their entries) with the same look.
#pragma once

#include <QStringList>

class QTableView;
class QTreeView;
class QTreeWidget;
class QWidget;

namespace coffer {

void makeRecordTable(QTableView* view);
void makeRecordTable(QTreeView* view);
// A flat list of records with these column headers: each column as wide as what it holds, the last one
// taking the rest. accessibleName: what a screen reader says of it (default: none).
QTreeWidget* makeRecordTreeWidget(const QStringList& headers, const char* objectName, QWidget* parent,
                                  const QString& accessibleName = {});

} // namespace coffer
