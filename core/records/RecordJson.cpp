#include "RecordJson.h"

#include <QJsonArray>

namespace coffer {

namespace {
QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
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
    QJsonObject fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), kindName(c.kind)},
            {QStringLiteral("displayName"), c.displayName},
            {QStringLiteral("givenName"), c.givenName},
            {QStringLiteral("familyName"), c.familyName},
            {QStringLiteral("organisation"), c.organisation},
            {QStringLiteral("emails"), QJsonArray::fromStringList(c.emails)},
            {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones)},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("restricted"), c.restricted},
            {QStringLiteral("retention"), c.retention},
            {QStringLiteral("created"), stamp(c.created)},
            {QStringLiteral("createdBy"), c.createdBy},
            {QStringLiteral("updated"), stamp(c.updated)},
            {QStringLiteral("updatedBy"), c.updatedBy}};
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
            {QStringLiteral("updated"), stamp(s.updated)}};
}

QJsonObject toJson(const Note& n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("clientId"), n.clientId},
            {QStringLiteral("kind"), kindName(n.kind)},
            {QStringLiteral("time"), stamp(n.time)},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("created"), stamp(n.created)},
            {QStringLiteral("createdBy"), n.createdBy}};
}

QJsonObject toJson(const StoredFile& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("clientId"), f.clientId},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("type"), f.type},
            {QStringLiteral("size"), f.size},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("created"), stamp(f.created)},
            {QStringLiteral("createdBy"), f.createdBy}};
}

QJsonObject toJson(const Consent& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("clientId"), c.clientId},
            {QStringLiteral("purpose"), c.purpose},
            {QStringLiteral("state"), stateName(c.state)},
            {QStringLiteral("time"), stamp(c.time)},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("policyVersion"), c.policyVersion},
            {QStringLiteral("recordedBy"), c.recordedBy}};
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
