// The catalogue entries and policy versions that a test's consents refer to: a consent names a purpose
// of the catalogue and a policy version of the archive (privacy/Purposes.h, privacy/PolicyArchive.h),
// so a test that records consents defines them first, as an administrator would.
#pragma once

#include "privacy/PolicyArchive.h"
#include "privacy/Purposes.h"
#include "privacy/Retention.h"

#include <QDate>
#include <QStringList>

namespace coffer::test {

// Adds each purpose with the basis consent, unless the catalogue has it.
inline void definePurposes(Vault& vault, const QStringList& names, LawfulBasis basis = LawfulBasis::Consent)
{
    PurposeCatalogue catalogue(vault);
    for (const QString& name : names)
        if (!catalogue.find(name))
            catalogue.add(name, basis);
}

// Archives each version as a short text, taking effect on effective (default: a year ago).
inline void archivePolicies(Vault& vault, const QStringList& versions, const QDate& effective = {})
{
    PolicyArchive archive(vault);
    for (const QString& v : versions)
        archive.add(v, effective.isValid() ? effective : QDate::currentDate().addYears(-1),
                    QStringLiteral("Privacy policy ") + v);
}

// Adds a retention rule of that name (10 years from the last change, then erase) unless there is one.
inline void defineRetentionRule(Vault& vault, const QString& name)
{
    Retention retention(vault);
    if (retention.rule(name))
        return;
    RetentionRule r;
    r.name = name;
    r.period = 10;
    r.unit = RetentionUnit::Years;
    r.trigger = QStringLiteral("updated");
    retention.addRule(r);
}

} // namespace coffer::test
