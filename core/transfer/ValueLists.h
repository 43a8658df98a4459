// The multi-valued parts of one client as the export reads them — emails, phones, tags and custom
// fields — held as bytes in buffers that are reused from client to client, so reading 100,000 clients
// allocates nothing per client once the buffers have grown to the largest.
#pragma once

#include <QByteArrayView>
#include <string>
#include <string_view>
#include <vector>

namespace coffer {

using Text = QByteArrayView;

// A text as a std::string_view, whose < compares bytes: the order of SQLite's BINARY collation.
inline std::string_view bytesOf(Text t)
{
    return {t.data(), size_t(t.size())};
}

// The values of one client's multi-valued field (emails, phones, tags) in a buffer reused from client
// to client. They are kept one a line, which is how a CSV cell holds emails and phones (joined()).
class TextList
{
public:
    void clear();
    void append(Text value);
    qsizetype size() const { return qsizetype(m_ends.size()); }
    Text at(qsizetype i) const;
    Text joined() const { return Text(m_bytes.data(), qsizetype(m_bytes.size())); }
    // The values joined by separator in buffer, which the caller reuses from row to row ("a; b": tags on
    // one line of a CSV cell).
    Text joined(std::string_view separator, std::string& buffer) const;

    struct const_iterator
    {
        const TextList* list;
        qsizetype i;
        Text operator*() const { return list->at(i); }
        const_iterator& operator++() { return ++i, *this; }
        bool operator!=(const const_iterator& other) const { return i != other.i; }
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    std::string m_bytes;
    std::vector<size_t> m_ends;
};

// One client's custom fields, in the order of a QMap<QString, QString> of them (UTF-16 order, one
// value per key), which is the order data.json and client_fields.csv have always had.
class FieldList
{
public:
    void clear();
    void append(Text key, Text value); // in the order SQLite returns them (bytes)
    void finish();                     // then once: puts them in QMap order where that differs
    qsizetype size() const { return qsizetype(m_order.size()); }

    struct const_iterator
    {
        const FieldList* list;
        qsizetype i;
        Text key() const;
        Text value() const;
        const_iterator& operator++() { return ++i, *this; }
        bool operator!=(const const_iterator& other) const { return i != other.i; }
    };
    const_iterator cbegin() const { return {this, 0}; }
    const_iterator cend() const { return {this, size()}; }

private:
    struct Entry
    {
        size_t key, keySize, value, valueSize;
    };
    Text keyOf(const Entry& e) const { return Text(m_bytes.data() + e.key, qsizetype(e.keySize)); }
    std::string m_bytes;
    std::vector<Entry> m_entries;
    std::vector<qsizetype> m_order;
};

} // namespace coffer
