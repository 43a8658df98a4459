#include "PurposeRows.h"

#include "EnumNames.h"
#include "Error.h"
#include "crypto/Sha256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <array>

namespace coffer {

namespace {

constexpr std::array kBases = {
    std::pair{LawfulBasis::Consent, "consent"},
    std::pair{LawfulBasis::Contract, "contract"},
    std::pair{LawfulBasis::LegalObligation, "legal-obligation"},
    std::pair{LawfulBasis::VitalInterests, "vital-interests"},
    std::pair{LawfulBasis::PublicTask, "public-task"},
    std::pair{LawfulBasis::LegitimateInterests, "legitimate-interests"},
};

} // namespace

QString basisName(LawfulBasis basis)
{
    return enumName(kBases, basis);
}

std::optional<LawfulBasis> basisFromName(const QString& name)
{
    return enumFromName(kBases, name);
}

QString basisArticle(LawfulBasis basis)
{
    return QStringLiteral("Art. 6(1)(%1)").arg(QLatin1Char(char('a' + int(basis))));
}

namespace PurposeRows {

Purpose purposeFrom(const Statement& st)
{
    return {st.text(0),
            st.text(1),
            basisFromName(st.text(2)).value_or(LawfulBasis::Consent),
            fromStamp(st.text(3)),
            st.text(4),
            fromStamp(st.text(5)),
            st.text(6),
            st.text(7)};
}

PolicyVersion policyFrom(const Statement& st, bool whole)
{
    PolicyVersion v;
    v.version = st.text(0);
    v.effective = QDate::fromString(st.text(1), Qt::ISODate);
    v.fileName = st.text(2);
    v.sha256 = st.text(3);
    v.created = fromStamp(st.text(4));
    v.createdBy = st.text(5);
    if (whole) {
        v.text = st.text(6);
        v.file = st.blob(7);
    }
    return v;
}

std::optional<std::pair<qint64, QString>> lookUp(Database& db, const QString& name)
{
    Statement st = db.prepare("SELECT seq, name FROM purposes WHERE name = ?1 UNION ALL "
                              "SELECT seq, name FROM purposes WHERE name = ?1 COLLATE NOCASE AND name <> ?1");
    st.bind(1, name.trimmed());
    if (!st.next())
        return std::nullopt;
    return std::pair{st.integer(0), st.text(1)};
}

QString resolve(Database& db, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(ErrorCode::Usage, QCoreApplication::translate("PurposeCatalogue", "Say which purpose."));
    const auto found = lookUp(db, name);
    if (!found)
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("PurposeCatalogue", "The purpose \"%1\" is not in the catalogue of "
                                                                    "purposes; an administrator adds it, with its "
                                                                    "lawful basis.")
                        .arg(name.trimmed().left(kMaxName)));
    return found->second;
}

LawfulBasis basisOf(Database& db, const QString& name)
{
    Statement st = db.prepare("SELECT basis FROM purposes WHERE name = ?");
    st.bind(1, name);
    return st.next() ? basisFromName(st.text(0)).value_or(LawfulBasis::Consent) : LawfulBasis::Consent;
}

QString ensureForConsent(Database& db, const QString& name, const QDateTime& firstUse)
{
    if (const auto found = lookUp(db, name))
        return found->second;
    const QString n = name.trimmed().left(kMaxName);
    const QString stamp = firstUse.toUTC().toString(Qt::ISODateWithMs);
    db.prepare("INSERT INTO purposes (name, basis, created, created_by, updated, updated_by) "
               "VALUES (?1, 'consent', ?2, '', ?2, '')")
        .bind(1, n)
        .bind(2, stamp)
        .run();
    return n;
}

QString policyInForce(Database& db, const QDate& day)
{
    // Two on the same day: the one added later replaced the other.
    Statement st =
        db.prepare("SELECT version FROM policies WHERE effective <= ? ORDER BY effective DESC, seq DESC LIMIT 1");
    st.bind(1, day.toString(Qt::ISODate));
    return st.next() ? st.text(0) : QString();
}

bool policyKnown(Database& db, const QString& version)
{
    Statement st = db.prepare("SELECT 1 FROM policies WHERE version = ?");
    st.bind(1, version);
    return st.next();
}

QString resolveRetentionRule(Database& db, const QString& name)
{
    Statement st = db.prepare("SELECT name FROM retention_rules WHERE name = ? COLLATE NOCASE");
    st.bind(1, name.trimmed());
    if (!st.next())
        throw Error(ErrorCode::Failed,
                    QCoreApplication::translate("Retention", "There is no retention rule named \"%1\"; an "
                                                             "administrator adds it.")
                        .arg(name.trimmed().left(kMaxName)));
    return st.text(0);
}

QString policySha256(const QString& text, const QByteArray& file)
{
    return QString::fromLatin1(Sha256::of(file.isEmpty() ? text.toUtf8() : file).toHex());
}

bool insertPurpose(Database& db, const Purpose& p)
{
    if (p.name.trimmed().isEmpty() || p.name.trimmed().size() > kMaxName || p.description.size() > kMaxDescription)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("PurposeCatalogue", "A purpose has no name, or a name or description "
                                                                    "too long."));
    if (lookUp(db, p.name))
        return false;
    db.prepare("INSERT INTO purposes (name, description, basis, created, created_by, updated, updated_by, retention) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(8, p.retention.trimmed())
        .bind(1, p.name.trimmed())
        .bind(2, p.description.trimmed())
        .bind(3, basisName(p.basis))
        .bind(4, p.created.toUTC().toString(Qt::ISODateWithMs))
        .bind(5, p.createdBy)
        .bind(6, p.updated.toUTC().toString(Qt::ISODateWithMs))
        .bind(7, p.updatedBy)
        .run();
    return true;
}

bool insertPolicy(Database& db, const PolicyVersion& v)
{
    if (v.version.isEmpty() || !v.effective.isValid() || v.text.isEmpty() == v.file.isEmpty() ||
        v.text.toUtf8().size() > kMaxPolicySize || v.file.size() > kMaxPolicySize ||
        (!v.file.isEmpty() && v.fileName.isEmpty()) || v.fileName.contains(u'/') || v.fileName.contains(u'\\') ||
        v.fileName == QLatin1String("..") || v.fileName == QLatin1String("."))
        throw Error(ErrorCode::Usage, QCoreApplication::translate("PolicyArchive", "A policy version has no name, day, "
                                                                                   "text or file, or a file name that "
                                                                                   "is not a plain name."));
    if (policySha256(v.text, v.file) != v.sha256)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("PolicyArchive", "The policy version %1 does not match its SHA-256.")
                        .arg(v.version));
    if (policyKnown(db, v.version))
        return false;
    db.prepare("INSERT INTO policies (version, effective, text, file_name, file, sha256, created, created_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, v.version)
        .bind(2, v.effective.toString(Qt::ISODate))
        .bind(3, v.text)
        .bind(4, v.fileName)
        .bind(5, v.file)
        .bind(6, v.sha256)
        .bind(7, v.created.toUTC().toString(Qt::ISODateWithMs))
        .bind(8, v.createdBy)
        .run();
    return true;
}

} // namespace PurposeRows

} // namespace coffer
