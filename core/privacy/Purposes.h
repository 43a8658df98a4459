// The catalogue of processing purposes: what the business processes personal data for, on which lawful
// basis (GDPR Art. 6(1)(a)–(f)), and in its own words. Every consent names a purpose from it, so that
// "Newsletter" is one purpose however it is typed, and who may be contacted for a purpose follows from
// its basis: for consent, a granted and unexpired consent; for any other basis, the absence of an
// objection. Administrators and the owner keep it; a purpose is never removed, since consents and the
// record of processing refer to it by name.
#pragma once

#include "records/PurposeRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace coffer {

class Vault;

QString basisDisplayName(LawfulBasis basis); // translated: "Consent", "Legal obligation", …

class PurposeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(PurposeCatalogue)
public:
    static constexpr int kMaxName = PurposeRows::kMaxName;
    static constexpr int kMaxDescription = PurposeRows::kMaxDescription;

    explicit PurposeCatalogue(Vault& vault)
        : m_vault(vault)
    {
    }

    // Admins and the owner. Error(Usage) for an empty or too long name or description, or a name the
    // catalogue already has in any case ("Newsletter" beside "newsletter"). Audited by name's seq.
    void add(const QString& name, LawfulBasis basis, const QString& description = {});
    // Changes what is given; the name stays. Admins and the owner; Error(Failed) for an unknown purpose.
    void edit(const QString& name, std::optional<LawfulBasis> basis, std::optional<QString> description);
    // Every purpose, in case-insensitive order of name. Anyone who can read the vault.
    std::vector<Purpose> list();
    // The purpose named (exactly, or ignoring case), or nothing.
    std::optional<Purpose> find(const QString& name);

private:
    Vault& m_vault;
};

} // namespace coffer
