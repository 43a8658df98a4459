#include "PolicyArchive.h"

#include "Error.h"
#include "store/Database.h"
#include "vault/Vault.h"

namespace coffer {

namespace {

// What add() refuses in words a person acts on; insertPolicy() then refuses anything else malformed.
void check(const QString& version, const QDate& effective, const QString& text, const QString& fileName,
           const QByteArray& file)
{
    if (version.isEmpty())
        throw Error(ErrorCode::Usage, PolicyArchive::tr("A policy version needs a name, such as 2026-01."));
    if (version.size() > PolicyArchive::kMaxVersion)
        throw Error(
            ErrorCode::Usage,
            PolicyArchive::tr("A policy version's name is at most %1 characters.").arg(PolicyArchive::kMaxVersion));
    if (!effective.isValid())
        throw Error(ErrorCode::Usage, PolicyArchive::tr("Say the day the policy took effect."));
    if (effective > QDate::currentDate())
        throw Error(ErrorCode::Usage, PolicyArchive::tr("A policy version cannot take effect in the future: add it "
                                                        "on the day it takes effect."));
    if (effective.year() < 1990)
        throw Error(ErrorCode::Usage,
                    PolicyArchive::tr("A policy version cannot take effect before 1990; check the year."));
    if (text.trimmed().isEmpty() == file.isEmpty())
        throw Error(ErrorCode::Usage, PolicyArchive::tr("Give the policy either as text or as a file, one of them."));
    if (!file.isEmpty() && fileName.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, PolicyArchive::tr("A policy's file needs its name."));
    if (text.toUtf8().size() > PolicyArchive::kMaxSize || file.size() > PolicyArchive::kMaxSize)
        throw Error(ErrorCode::Usage,
                    PolicyArchive::tr("A policy is at most %1 MiB.").arg(PolicyArchive::kMaxSize / (1024 * 1024)));
}

} // namespace

QString PolicyArchive::add(const QString& version, const QDate& effective, const QString& text, const QString& fileName,
                           const QByteArray& file)
{
    m_vault.require(Permission::ManageController);
    PolicyVersion v;
    v.version = version.trimmed();
    v.effective = effective;
    v.text = file.isEmpty() ? text : QString();
    v.fileName = file.isEmpty() ? QString() : fileName.trimmed();
    v.file = file;
    check(v.version, effective, text, fileName, file);
    v.sha256 = PurposeRows::policySha256(v.text, v.file);
    v.created = QDateTime::currentDateTimeUtc();
    v.createdBy = m_vault.currentUser().id;
    Database& db = m_vault.database();
    Transaction tx(db);
    if (!PurposeRows::insertPolicy(db, v))
        throw Error(ErrorCode::Usage, tr("The archive already has the policy version %1; a changed policy is a new "
                                         "version.")
                                          .arg(v.version));
    m_vault.audit(QStringLiteral("policy.add"), QStringLiteral("policy"), v.sha256);
    tx.commit();
    return v.sha256;
}

std::vector<PolicyVersion> PolicyArchive::list()
{
    m_vault.require(Permission::ReadRecords);
    std::vector<PolicyVersion> out;
    Statement st = m_vault.database().prepare(
        (QByteArray("SELECT ") + PurposeRows::kPolicyColumns + " FROM policies ORDER BY effective DESC, seq DESC")
            .constData());
    while (st.next())
        out.push_back(PurposeRows::policyFrom(st, false));
    return out;
}

std::optional<PolicyVersion> PolicyArchive::find(const QString& version)
{
    m_vault.require(Permission::ReadRecords);
    Statement st = m_vault.database().prepare(
        (QByteArray("SELECT ") + PurposeRows::kPolicyColumns + " FROM policies WHERE version = ?").constData());
    st.bind(1, version.trimmed());
    if (!st.next())
        return std::nullopt;
    return PurposeRows::policyFrom(st, true);
}

QString PolicyArchive::inForce(const QDate& day)
{
    m_vault.require(Permission::ReadRecords);
    return PurposeRows::policyInForce(m_vault.database(), day);
}

} // namespace coffer
