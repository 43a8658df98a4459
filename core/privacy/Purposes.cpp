#include "Purposes.h"

#include "Error.h"
#include "store/Database.h"
#include "vault/Vault.h"

#include <QCollator>
#include <algorithm>

namespace coffer {

namespace {

QString checkedName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(ErrorCode::Usage, PurposeCatalogue::tr("A purpose needs a name."));
    if (n.size() > PurposeCatalogue::kMaxName)
        throw Error(ErrorCode::Usage,
                    PurposeCatalogue::tr("A purpose's name is at most %1 characters.").arg(PurposeCatalogue::kMaxName));
    return n;
}

QString checkedDescription(const QString& description)
{
    if (description.trimmed().size() > PurposeCatalogue::kMaxDescription)
        throw Error(ErrorCode::Usage, PurposeCatalogue::tr("A purpose's description is at most %1 characters.")
                                          .arg(PurposeCatalogue::kMaxDescription));
    return description.trimmed();
}

} // namespace

QString basisDisplayName(LawfulBasis basis)
{
    switch (basis) {
    case LawfulBasis::Consent:
        return PurposeCatalogue::tr("Consent");
    case LawfulBasis::Contract:
        return PurposeCatalogue::tr("Contract");
    case LawfulBasis::LegalObligation:
        return PurposeCatalogue::tr("Legal obligation");
    case LawfulBasis::VitalInterests:
        return PurposeCatalogue::tr("Vital interests");
    case LawfulBasis::PublicTask:
        return PurposeCatalogue::tr("Public task");
    case LawfulBasis::LegitimateInterests:
        return PurposeCatalogue::tr("Legitimate interests");
    }
    return {};
}

void PurposeCatalogue::add(const QString& name, LawfulBasis basis, const QString& description)
{
    m_vault.require(Permission::ManageController);
    const QString n = checkedName(name);
    const QString d = checkedDescription(description);
    Database& db = m_vault.database();
    Transaction tx(db);
    if (const auto existing = PurposeRows::lookUp(db, n))
        throw Error(ErrorCode::Usage, tr("The catalogue already has the purpose \"%1\".").arg(existing->second));
    // The same row an import stores (records/PurposeRows), stamped now and by the one adding it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PurposeRows::insertPurpose(db, {n, d, basis, now, m_vault.currentUser().id, now, m_vault.currentUser().id, {}});
    m_vault.audit(QStringLiteral("purpose.add"), QStringLiteral("purpose"),
                  QString::number(db.scalar("SELECT last_insert_rowid()")), basisName(basis));
    tx.commit();
}

void PurposeCatalogue::edit(const QString& name, std::optional<LawfulBasis> basis, std::optional<QString> description)
{
    m_vault.require(Permission::ManageController);
    Database& db = m_vault.database();
    Transaction tx(db);
    const auto existing = PurposeRows::lookUp(db, PurposeRows::resolve(db, name));
    const QString d = description ? checkedDescription(*description) : QString();
    Statement st = db.prepare("UPDATE purposes SET basis = coalesce(?2, basis), description = coalesce(?3, "
                              "description), updated = ?4, updated_by = ?5 WHERE seq = ?1");
    st.bind(1, existing->first);
    if (basis)
        st.bind(2, basisName(*basis));
    else
        st.bindNull(2);
    if (description)
        st.bind(3, d);
    else
        st.bindNull(3);
    st.bind(4, nowStamp()).bind(5, m_vault.currentUser().id).run();
    m_vault.audit(QStringLiteral("purpose.edit"), QStringLiteral("purpose"), QString::number(existing->first),
                  basis ? basisName(*basis) : QString());
    tx.commit();
}

std::vector<Purpose> PurposeCatalogue::list()
{
    m_vault.require(Permission::ReadRecords);
    std::vector<Purpose> out;
    Statement st = m_vault.database().prepare(
        QByteArray("SELECT ").append(PurposeRows::kPurposeColumns).append(" FROM purposes ORDER BY seq").constData());
    while (st.next())
        out.push_back(PurposeRows::purposeFrom(st));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(),
                     [&](const Purpose& a, const Purpose& b) { return collator.compare(a.name, b.name) < 0; });
    return out;
}

std::optional<Purpose> PurposeCatalogue::find(const QString& name)
{
    m_vault.require(Permission::ReadRecords);
    Database& db = m_vault.database();
    const auto found = PurposeRows::lookUp(db, name);
    if (!found)
        return std::nullopt;
    Statement st = db.prepare(
        QByteArray("SELECT ").append(PurposeRows::kPurposeColumns).append(" FROM purposes WHERE seq = ?").constData());
    st.bind(1, found->first);
    st.next();
    return PurposeRows::purposeFrom(st);
}

} // namespace coffer
