// The JSON shape of each record, one definition shared by `client show --json` and the export's
// data.json (whose JSON Schema ships in resources/schema/). Field names are stable API.
// Each shape is a template over the record: the stores' structs (QString, QDateTime, enums) and the
// export's row views (the stored UTF-8 bytes, see transfer/RecordSource.h) are written by the same
// lines, so the export streams records without building a QJsonObject for each. Keys are written in
// sorted order, the order QJsonObject keeps, so the bytes are what QJsonDocument would write.
#pragma once

#include "JsonWriter.h"
#include "records/PurposeRows.h"
#include "records/Records.h"
#include "records/Requests.h"

#include <QJsonObject>
#include <vector>

namespace coffer {

QJsonObject toJson(const Client& client);
QJsonObject toJson(const ClientSummary& summary);
QJsonObject toJson(const Note& note);
QJsonObject toJson(const StoredFile& file);
QJsonObject toJson(const Consent& consent);
// A data-subject request with its evidence; dates as YYYY-MM-DD, an empty string where there is none.
QJsonObject toJson(const DataRequest& request);

// A client with their notes, files and consents nested, as `client show --json` prints it.
// A purpose of the catalogue; a policy version, whole (its file in base64) or without text and file.
QJsonObject toJson(const Purpose& purpose);
QJsonObject toJson(const PolicyVersion& policy, bool whole);

QJsonObject clientWithRecordsJson(const Client& client, const std::vector<Note>& notes,
                                  const std::vector<StoredFile>& files, const std::vector<Consent>& consents);

// An enum's stable name; a row view's name column is already that name.
inline QString nameOf(ClientKind kind)
{
    return kindName(kind);
}
inline QString nameOf(NoteKind kind)
{
    return kindName(kind);
}
inline QString nameOf(ConsentState state)
{
    return stateName(state);
}
inline QByteArrayView nameOf(QByteArrayView name)
{
    return name;
}

template <class C> void writeClientFields(JsonObjectWriter& o, const C& c)
{
    o.text("address", c.address);
    o.text("country", c.country);
    o.stamp("created", c.created);
    o.text("createdBy", c.createdBy);
    o.text("displayName", c.displayName);
    o.list("emails", c.emails);
    o.text("familyName", c.familyName);
    o.object("fields", c.fields);
    o.text("givenName", c.givenName);
    o.text("id", c.id);
    o.text("kind", nameOf(c.kind));
    o.text("organisation", c.organisation);
    o.list("phones", c.phones);
    o.boolean("restricted", c.restricted);
    o.text("retention", c.retention);
    o.list("tags", c.tags);
    o.stamp("updated", c.updated);
    o.text("updatedBy", c.updatedBy);
}

template <class N> void writeNoteFields(JsonObjectWriter& o, const N& n)
{
    o.text("clientId", n.clientId);
    o.stamp("created", n.created);
    o.text("createdBy", n.createdBy);
    o.text("id", n.id);
    o.text("kind", nameOf(n.kind));
    o.text("text", n.text);
    o.stamp("time", n.time);
}

// path: where the export put the file's bytes ("files/<id>/<name>"), or empty for none.
template <class F> void writeFileFields(JsonObjectWriter& o, const F& f, QByteArrayView path = {})
{
    o.text("clientId", f.clientId);
    o.stamp("created", f.created);
    o.text("createdBy", f.createdBy);
    o.text("id", f.id);
    o.text("name", f.name);
    if (!path.isEmpty())
        o.text("path", path);
    o.text("sha256", f.sha256);
    o.number("size", f.size);
    o.text("type", f.type);
}

inline QString dayText(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
inline QByteArrayView dayText(QByteArrayView day)
{
    return day;
}

template <class C> void writeConsentFields(JsonObjectWriter& o, const C& c)
{
    o.text("clientId", c.clientId);
    o.text("evidenceFileId", c.evidenceFileId);
    o.text("expires", dayText(c.expires));
    o.text("id", c.id);
    o.text("policyVersion", c.policyVersion);
    o.text("purpose", c.purpose);
    o.text("recordedBy", c.recordedBy);
    o.text("source", c.source);
    o.text("state", nameOf(c.state));
    o.stamp("time", c.time);
}

} // namespace coffer
