#include "SignInFolding.h"

#include <algorithm>

namespace coffer {

namespace {

bool isSignIn(const AuditEntry& e)
{
    return e.action == QLatin1String("signin");
}

// What a fold is made of: a day's "Signed in" and "Locked the vault", over and over.
bool isSessionEntry(const AuditEntry& e)
{
    return isSignIn(e) || e.action == QLatin1String("lock");
}

bool continues(const AuditRow& fold, const AuditEntry& e)
{
    return isSessionEntry(e) && e.actor == fold.entries.front().actor;
}

} // namespace

void AuditRow::add(AuditEntry&& entry)
{
    signIns += isSignIn(entry) ? 1 : 0;
    entries.push_back(std::move(entry));
}

SignInFolding::Entries::iterator SignInFolding::continuing(const AuditRow& last, Entries::iterator begin,
                                                           Entries::iterator end)
{
    if (!m_open || !last.isFold())
        return begin;
    const auto stop = std::find_if_not(begin, end, [&](const AuditEntry& e) { return continues(last, e); });
    m_open = stop == end;
    return stop;
}

std::vector<AuditRow> SignInFolding::rows(Entries::iterator begin, Entries::iterator end, bool final)
{
    std::vector<AuditRow> rows;
    const auto flushPending = [&] {
        for (AuditEntry& e : m_pending)
            rows.emplace_back().add(std::move(e));
        m_pending.clear();
    };
    for (auto it = begin; it != end; ++it) {
        if (m_open && !rows.empty() && continues(rows.back(), *it)) {
            rows.back().add(std::move(*it));
            continue;
        }
        m_open = false;
        if (!isSessionEntry(*it)) {
            flushPending();
            rows.emplace_back().add(std::move(*it));
            continue;
        }
        if (!m_pending.empty() && m_pending.front().actor != it->actor)
            flushPending();
        m_pending.push_back(std::move(*it));
        if (std::count_if(m_pending.begin(), m_pending.end(), isSignIn) >= kFoldFrom) {
            AuditRow& fold = rows.emplace_back();
            for (AuditEntry& e : m_pending)
                fold.add(std::move(e));
            m_pending.clear();
            m_open = true;
        }
    }
    if (final) {
        flushPending();
        m_open = false;
    }
    return rows;
}

void SignInFolding::reset()
{
    m_pending.clear();
    m_open = false;
}

} // namespace coffer
