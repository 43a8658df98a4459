// The rows of the catalogue of purposes and of the archive of policy versions that the consent store,
// the import and the privacy classes (privacy/Purposes.h, privacy/PolicyArchive.h) share: lookups by
// name inside a caller's transaction, and the lawful bases' stable names.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>

namespace coffer {

class Database;

// Art. 6(1)(a) to (f), in that order.
enum class LawfulBasis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests };

QString basisName(LawfulBasis basis); // "consent", "contract", "legal-obligation", … (stable: vault.db, export, CLI)
std::optional<LawfulBasis> basisFromName(const QString& name);
QString basisArticle(LawfulBasis basis); // "Art. 6(1)(a)"

struct Purpose
{
    QString name; // unique, compared ignoring case
    QString description;
    LawfulBasis basis = LawfulBasis::Consent;
    QDateTime created;
    QString createdBy; // user id; empty for a purpose made from the consents of an older vault
    QDateTime updated;
    QString updatedBy;
    QString retention; // the retention rule its data is kept under (privacy/Retention.h), or empty
    bool operator==(const Purpose&) const = default;
};

struct PolicyVersion
{
    QString version;  // "2026-01", as the business names it; unique
    QDate effective;  // the day it took effect
    QString text;     // the policy's text, or empty when it is a file
    QString fileName; // the file's name, or empty when it is text
    QByteArray file;  // the file's bytes
    QString sha256;   // lower-case hex, of the text's UTF-8 or of the file's bytes
    QDateTime created;
    QString createdBy;
    bool operator==(const PolicyVersion&) const = default;
};

class Statement;

namespace PurposeRows {

// The columns the readers below expect, in order, for SELECT … FROM purposes / policies.
inline const char* const kPurposeColumns =
    "name, description, basis, created, created_by, updated, updated_by, retention";
inline const char* const kPolicyColumns = "version, effective, file_name, sha256, created, created_by, text, file";
Purpose purposeFrom(const Statement& st);
PolicyVersion policyFrom(const Statement& st, bool whole); // whole: with the text and file (columns 6, 7)

inline constexpr int kMaxName = 200;
inline constexpr int kMaxDescription = 2000;
inline constexpr qint64 kMaxPolicySize = 20 * 1024 * 1024; // a policy's text or file

// The seq and spelling of the purpose named, exactly or else ignoring case (the catalogue refuses a
// name that differs from another only in case, but an older vault's consents may have brought both).
std::optional<std::pair<qint64, QString>> lookUp(Database& db, const QString& name);
// The catalogue's spelling of name, or Error(Failed) saying the purpose is not in the catalogue and
// who may add it; Error(Usage) for an empty name.
QString resolve(Database& db, const QString& name);
LawfulBasis basisOf(Database& db, const QString& name); // name as resolve() returns it
// Adds name with the basis consent unless the catalogue has it, for the consents of an import made
// before the catalogue (as schema 8 did for the vault's own). Returns the catalogue's spelling.
QString ensureForConsent(Database& db, const QString& name, const QDateTime& firstUse);

// The policy version in force on day (the latest effective not after it), or empty when none was.
QString policyInForce(Database& db, const QDate& day);
bool policyKnown(Database& db, const QString& version);
// The retention rule of that name, ignoring case, as stored (privacy/Retention.h); Error(Failed) when
// the vault has none.
QString resolveRetentionRule(Database& db, const QString& name);

// Lower-case hex SHA-256 of a policy: of the file's bytes, or of the text's UTF-8 when there is no file.
QString policySha256(const QString& text, const QByteArray& file);

// Store a row exactly as given (stamps, authors), for an import and for the catalogue's own add;
// false when the name or version is there already. Error(Usage) for a purpose without a name or with
// values too long, a policy without version, day, or exactly one of text and file; Error(Damaged) for
// a policy whose SHA-256 does not match.
bool insertPurpose(Database& db, const Purpose& purpose);
bool insertPolicy(Database& db, const PolicyVersion& policy);

} // namespace PurposeRows

} // namespace coffer
