// The look every list page shares — users, audit log, backups, clients: a read-only table of records,
// one row selected at a time, rows striped, no grid and no row numbers. The audit log is a tree (folded
// sign-ins open into their entries) with the same look.
#pragma once

class QTableView;
class QTreeView;

namespace coffer {

void makeRecordTable(QTableView* view);
void makeRecordTable(QTreeView* view);

} // namespace coffer
