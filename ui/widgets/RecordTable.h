// The look every list page shares — users, audit log, backups, clients: a read-only table of records,
// one row selected at a time, rows striped, no grid and no row numbers.
#pragma once

class QTableView;

namespace coffer {

void makeRecordTable(QTableView* view);

} // namespace coffer
