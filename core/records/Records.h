// Plain value types of client data. No behaviour beyond naming: the stores validate, persist and audit.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace coffer {

enum class ClientKind { Person, Organisation };

struct Client
{
    QString id; // UUID, assigned by ClientStore::add
    ClientKind kind = ClientKind::Person;
    QString displayName; // derived from the names when left empty
    QString givenName;
    QString familyName;
    QString organisation; // the organisation's name, or a person's employer
    QStringList emails;
    QStringList phones;
    QString address;
    QString country; // ISO 3166-1 alpha-2, upper case, or empty
    QStringList tags;
    QMap<QString, QString> fields; // custom fields
    bool restricted = false;       // processing restricted (GDPR Art. 18)
    QString retention;             // retention category
    QDateTime created;
    QString createdBy; // user id
    QDateTime updated;
    QString updatedBy;
};

// One row of a client list: enough for a table view, cheap to page through.
struct ClientSummary
{
    QString id;
    ClientKind kind = ClientKind::Person;
    QString displayName;
    QString organisation;
    QString firstEmail;
    QString firstPhone;
    QString country;
    bool restricted = false;
    QDateTime updated;
    QStringList tags;
};

// The columns a client list can be ordered by. Text is compared ignoring case and diacritics ("Ēriks"
// beside "Eriks"); an empty organisation, email or phone comes after every other in ascending order.
// Ties are broken by display name, then by the order the clients were stored in, so that paging
// through a sorted list never repeats or skips a row. Descending reverses the whole order.
enum class ClientSortKey { Name, Kind, Organisation, Email, Phone, Updated };

struct ClientQuery
{
    // As `{words}` or `{words, tag}` writes a query, the filters below left off.
    ClientQuery(QString search_ = {}, QString tag_ = {}, ClientSortKey sortKey_ = ClientSortKey::Name,
                bool descending_ = false)
        : search(std::move(search_))
        , tag(std::move(tag_))
        , sortKey(sortKey_)
        , descending(descending_)
    {
    }
    QString search; // words, each matched as a prefix, case and diacritics ignored
    QString tag;    // exact tag, case-insensitive
    ClientSortKey sortKey = ClientSortKey::Name;
    bool descending = false;
    bool restrictedOnly = false; // only clients whose processing is restricted (GDPR Art. 18)
    // Only clients who may be contacted for this purpose (exact name): their latest consent entry for it
    // is granted and their processing is not restricted, as ContactPermission decides.
    QString mayContactFor;
    bool operator==(const ClientQuery&) const = default;
};

enum class NoteKind { Note, Call, Email, Meeting };

struct Note
{
    QString id;
    QString clientId;
    NoteKind kind = NoteKind::Note;
    QDateTime time;
    QString text;
    QDateTime created;
    QString createdBy;
};

struct StoredFile
{
    QString id;
    QString clientId;
    QString name;
    QString type; // MIME type
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime created;
    QString createdBy;
};

enum class ConsentState { Granted, Refused, Withdrawn };

struct Consent
{
    QString id;
    QString clientId;
    QString purpose; // a purpose of the catalogue (privacy/Purposes.h), as it spells it
    ConsentState state = ConsentState::Granted;
    QDateTime time;
    QString source;        // form, email, phone, in person, …
    QString policyVersion; // the privacy policy version it was given under (privacy/PolicyArchive.h)
    QString recordedBy;
    QString evidenceFileId; // the client's file that shows how it was obtained (a signed form), or empty
    QDate expires;          // the day a granted consent ends, or null for none
};

QString kindName(ClientKind kind);
std::optional<ClientKind> clientKindFromName(const QString& name);
QString kindName(NoteKind kind);
std::optional<NoteKind> noteKindFromName(const QString& name);
QString stateName(ConsentState state);
std::optional<ConsentState> consentStateFromName(const QString& name);

} // namespace coffer
