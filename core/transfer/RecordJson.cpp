#include "RecordJson.h"

#include "ExportText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coffer {

namespace {

// QJsonDocument::fromJson keeps an object's keys in code point order, QJsonObject::insert in UTF-16
// order (the two differ for keys above U+FFFF), and QJsonObject's == compares in that order. Inserted
// again, a parsed object is the one toJson() has always returned.
QJsonObject inserted(const QJsonObject& parsed)
{
    QJsonObject out;
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        out.insert(it.key(), it->isObject() ? QJsonValue(inserted(it->toObject())) : it.value());
    return out;
}

// The shapes are written once, as JSON text (RecordJson.h); a QJsonObject is that text parsed.
template <class Record, class Write> QJsonObject parsed(const Record& record, const Write& write)
{
    QByteArray bytes;
    OutputBuffer out([&](const char* data, qint64 size) { bytes.append(data, size); });
    JsonObjectWriter o(out);
    write(o, record);
    o.close();
    out.flush();
    return inserted(QJsonDocument::fromJson(bytes).object());
}

template <class T> QJsonArray array(const std::vector<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}
} // namespace

QJsonObject toJson(const Client& c)
{
    return parsed(c, [](JsonObjectWriter& o, const Client& r) { writeClientFields(o, r); });
}

QJsonObject toJson(const ClientSummary& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("kind"), kindName(s.kind)},
            {QStringLiteral("displayName"), s.displayName},
            {QStringLiteral("organisation"), s.organisation},
            {QStringLiteral("email"), s.firstEmail},
            {QStringLiteral("phone"), s.firstPhone},
            {QStringLiteral("country"), s.country},
            {QStringLiteral("restricted"), s.restricted},
            {QStringLiteral("updated"), isoStamp(s.updated)}};
}

QJsonObject toJson(const Note& n)
{
    return parsed(n, [](JsonObjectWriter& o, const Note& r) { writeNoteFields(o, r); });
}

QJsonObject toJson(const StoredFile& f)
{
    return parsed(f, [](JsonObjectWriter& o, const StoredFile& r) { writeFileFields(o, r); });
}

QJsonObject toJson(const Consent& c)
{
    return parsed(c, [](JsonObjectWriter& o, const Consent& r) { writeConsentFields(o, r); });
}

QJsonObject toJson(const Purpose& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("basis"), basisName(p.basis)},
            {QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), p.createdBy},
            {QStringLiteral("updated"), p.updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updatedBy"), p.updatedBy},
            {QStringLiteral("retention"), p.retention}};
}

QJsonObject toJson(const PolicyVersion& v, bool whole)
{
    QJsonObject o{{QStringLiteral("version"), v.version},
                  {QStringLiteral("effective"), v.effective.toString(Qt::ISODate)},
                  {QStringLiteral("fileName"), v.fileName},
                  {QStringLiteral("sha256"), v.sha256},
                  {QStringLiteral("created"), v.created.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("createdBy"), v.createdBy}};
    if (whole) {
        o.insert(QStringLiteral("text"), v.text);
        o.insert(QStringLiteral("file"), QString::fromLatin1(v.file.toBase64()));
    }
    return o;
}

QJsonObject toJson(const DataRequest& r)
{
    auto day = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    auto stamp = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); };
    QJsonArray evidence;
    for (const RequestEvidence& e : r.evidence)
        evidence.append(QJsonObject{{QStringLiteral("kind"), evidenceKindName(e.kind)},
                                    {QStringLiteral("time"), stamp(e.time)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("reference"), e.reference},
                                    {QStringLiteral("detail"), e.detail}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("clientId"), r.clientId},
            {QStringLiteral("clientPseudonym"), r.clientPseudonym},
            {QStringLiteral("requester"), r.requester},
            {QStringLiteral("type"), requestTypeName(r.type)},
            {QStringLiteral("channel"), requestChannelName(r.channel)},
            {QStringLiteral("received"), day(r.received)},
            {QStringLiteral("due"), day(r.due)},
            {QStringLiteral("identityMethod"), r.identityMethod},
            {QStringLiteral("identityBy"), r.identityBy},
            {QStringLiteral("identityDate"), day(r.identityDate)},
            {QStringLiteral("extensionMonths"), r.extensionMonths},
            {QStringLiteral("extensionReason"), r.extensionReason},
            {QStringLiteral("extensionTold"), day(r.extensionTold)},
            {QStringLiteral("status"), requestStatusName(r.status)},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("closed"), stamp(r.closed)},
            {QStringLiteral("closedBy"), r.closedBy},
            {QStringLiteral("created"), stamp(r.created)},
            {QStringLiteral("createdBy"), r.createdBy},
            {QStringLiteral("evidence"), evidence}};
}

QJsonObject clientWithRecordsJson(const Client& client, const std::vector<Note>& notes,
                                  const std::vector<StoredFile>& files, const std::vector<Consent>& consents)
{
    QJsonObject o = toJson(client);
    o.insert(QStringLiteral("notes"), array(notes));
    o.insert(QStringLiteral("files"), array(files));
    o.insert(QStringLiteral("consents"), array(consents));
    return o;
}

} // namespace coffer
