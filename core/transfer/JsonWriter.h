// Compact JSON written straight into an OutputBuffer, one record at a time, never a document in
// memory. Its bytes are those QJsonDocument::toJson(Compact) writes for the same object, which defined
// the export's format: strings escaped as RFC 8259 requires and as Qt does (\" \\ \b \f \n \r \t,
// \u00xx for the other control characters, everything else as UTF-8), integers in decimal, and keys in
// the order Qt keeps them — sorted by UTF-16 code units — which the caller gives them in.
#pragma once

#include "OutputBuffer.h"

#include <QDateTime>
#include <QString>

namespace coffer {

// utf8 must be well-formed (ExportText makes sure of it); it is written between quotes, escaped.
void appendJsonString(OutputBuffer& out, QByteArrayView utf8);

class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(OutputBuffer& out)
        : m_out(out)
    {
        m_out.append('{');
    }
    Q_DISABLE_COPY(JsonObjectWriter)

    void text(const char* key, QByteArrayView utf8) { appendJsonString(this->key(key), utf8); }
    void text(const char* key, const QString& value) { text(key, QByteArrayView(value.toUtf8())); }
    void text(const char* key, const char*) = delete; // would bind to QByteArrayView unseen: say which
    // A stamp from the export's reader is already its text; a QDateTime is written as isoStamp().
    void stamp(const char* key, QByteArrayView utf8) { text(key, utf8); }
    void stamp(const char* key, const QDateTime& time);
    void number(const char* key, qint64 value);
    void boolean(const char* key, bool value)
    {
        this->key(key).append(value ? QByteArrayView("true") : QByteArrayView("false"));
    }

    // An array of strings: a QStringList, or any list whose elements convert to QByteArrayView.
    template <class List> void list(const char* key, const List& values)
    {
        OutputBuffer& out = this->key(key);
        out.append('[');
        bool first = true;
        for (const auto& v : values) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, utf8Of(v));
        }
        out.append(']');
    }
    // An object of strings from a map in key order: a QMap<QString, QString>, or any container whose
    // iterators have key() and value() (the export's FieldList).
    template <class Map> void object(const char* key, const Map& map)
    {
        OutputBuffer& out = this->key(key);
        out.append('{');
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it != map.cbegin())
                out.append(',');
            appendJsonString(out, utf8Of(it.key()));
            out.append(':');
            appendJsonString(out, utf8Of(it.value()));
        }
        out.append('}');
    }
    // Writes the key and leaves the value to the caller, for a value streamed in pieces (base64).
    OutputBuffer& rawValue(const char* key) { return this->key(key); }
    void close() { m_out.append('}'); }

private:
    static QByteArrayView utf8Of(QByteArrayView v) { return v; }
    static QByteArray utf8Of(const QString& v) { return v.toUtf8(); }
    OutputBuffer& key(const char* name);

    OutputBuffer& m_out;
    bool m_first = true;
};

} // namespace coffer
