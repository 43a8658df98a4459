// How the audit log folds a user's sign-ins: a run of "Signed in" and "Locked the vault" entries of one
// user, one after another with nothing else between, becomes one row once it holds kFoldFrom sign-ins
// ("12 sign-ins by Līga"), and the entries are that row's children. The log arrives a page at a time,
// newest first, so a run can go on into the next page: the last fold stays open, and entries that could
// still start one are held back until the next page or the end of the log says what they are.
#pragma once

#include "audit/AuditLog.h"

#include <vector>

namespace coffer {

// A top-level row of the audit log: one entry, or a fold of several, newest first.
struct AuditRow
{
    std::vector<AuditEntry> entries;
    int signIns = 0;
    bool isFold() const { return entries.size() > 1; }
    void add(AuditEntry&& entry);
};

class SignInFolding
{
public:
    static constexpr int kFoldFrom = 2;
    using Entries = std::vector<AuditEntry>;

    // The entries at the front of [begin, end) that continue last, when last is the open fold; the
    // caller moves them into it. Closes the fold when an entry does not continue it.
    Entries::iterator continuing(const AuditRow& last, Entries::iterator begin, Entries::iterator end);
    // The rows that [begin, end) make, after those already read (and continuing() taken). final: the log
    // ends here, so nothing is held back.
    std::vector<AuditRow> rows(Entries::iterator begin, Entries::iterator end, bool final);
    bool isOpen() const { return m_open; }
    void reset();

private:
    Entries m_pending;
    bool m_open = false; // the last row given is a fold that the next entries may continue
};

} // namespace coffer
