// What the export's JSON was before it was streamed: QJsonDocument writing a QJsonObject built by
// insert(). Parsing alone will not do as the oracle: fromJson orders keys by code point, insert() by
// UTF-16 code unit, and the two differ for keys above U+FFFF.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>

namespace coffer::test {

inline QJsonObject insertedAgain(const QJsonObject& parsed)
{
    QJsonObject out;
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        out.insert(it.key(), it->isObject() ? QJsonValue(insertedAgain(it->toObject())) : it.value());
    return out;
}

// One compact JSON object as Qt writes it.
inline QByteArray asQtWritesIt(const QByteArray& object)
{
    return QJsonDocument(insertedAgain(QJsonDocument::fromJson(object).object())).toJson(QJsonDocument::Compact);
}

} // namespace coffer::test
