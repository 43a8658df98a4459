// The rows of the request register (tables requests and request_evidence) read and written whole: one
// definition of the columns for the register (privacy/RequestRegister), which checks and audits each
// step, and for export and import (transfer/), which carry requests with their evidence unchanged.
#pragma once

#include "Requests.h"

#include <functional>

namespace coffer {

class Database;
class Statement;

namespace RequestRows {

// The columns requestFrom() reads, in order, from a table aliased r.
extern const char* const kColumns;
constexpr int kColumnCount = 20;
// A request from the current row of st, its columns from first on (without its evidence).
DataRequest requestFrom(const Statement& st, int first = 0);

// Each request (with its evidence), of one client or (clientId empty) of the whole register, in the
// order they were recorded; returns how many. withoutRestricted (whole register only): not those of
// clients whose processing is restricted.
qint64 each(Database& db, const QString& clientId, const std::function<void(const DataRequest&)>& each,
            bool withoutRestricted = false);

// Stores a request exactly as given (ids, dates, evidence) after checking that it could have been
// made by the register: dates in order, the extension within the law, closed ones with their time,
// texts of the register's length. Error(Usage) says what is wrong; Error(Failed) for a client that does
// not exist. Inside the caller's transaction or its own.
void insert(Database& db, const DataRequest& request);

} // namespace RequestRows

} // namespace coffer
