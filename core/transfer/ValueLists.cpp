#include "ValueLists.h"

#include <QString>
#include <algorithm>
#include <string_view>

namespace coffer {

void TextList::clear()
{
    m_bytes.clear();
    m_ends.clear();
}

void TextList::append(Text value)
{
    if (!m_ends.empty())
        m_bytes.push_back('\n');
    m_bytes.append(value.data(), size_t(value.size()));
    m_ends.push_back(m_bytes.size());
}

Text TextList::at(qsizetype i) const
{
    const size_t begin = i == 0 ? 0 : m_ends[size_t(i) - 1] + 1;
    return Text(m_bytes.data() + begin, qsizetype(m_ends[size_t(i)] - begin));
}

Text TextList::joined(std::string_view separator, std::string& buffer) const
{
    buffer.clear();
    for (qsizetype i = 0; i < size(); ++i) {
        if (i > 0)
            buffer.append(separator);
        buffer.append(bytesOf(at(i)));
    }
    return Text(buffer.data(), qsizetype(buffer.size()));
}

void FieldList::clear()
{
    m_bytes.clear();
    m_entries.clear();
    m_order.clear();
}

void FieldList::append(Text key, Text value)
{
    const size_t at = m_bytes.size();
    m_bytes.append(key.data(), size_t(key.size())).append(value.data(), size_t(value.size()));
    m_entries.push_back({at, size_t(key.size()), at + size_t(key.size()), size_t(value.size())});
    m_order.push_back(qsizetype(m_order.size()));
}

void FieldList::finish()
{
    // Byte order is code point order; QMap's UTF-16 order is the same unless a key holds a character
    // above U+FFFF (a lead byte F0..F4). Converted keys may also have come to repeat one another. So
    // strictly ascending keys without such characters are in QMap order already: nearly always.
    bool inOrder = true;
    for (size_t i = 0; i < m_entries.size() && inOrder; ++i) {
        const Text key = keyOf(m_entries[i]);
        inOrder = std::none_of(key.begin(), key.end(), [](char c) { return uchar(c) >= 0xF0; }) &&
                  (i == 0 || bytesOf(keyOf(m_entries[i - 1])) < bytesOf(key));
    }
    if (inOrder)
        return;
    const auto key16 = [&](qsizetype i) { return QString::fromUtf8(keyOf(m_entries[size_t(i)])); };
    std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype a, qsizetype b) { return key16(a) < key16(b); });
    // As QMap::insert: of equal keys the last one read wins.
    std::vector<qsizetype> unique;
    for (size_t i = 0; i < m_order.size(); ++i)
        if (i + 1 == m_order.size() || key16(m_order[i]) != key16(m_order[i + 1]))
            unique.push_back(m_order[i]);
    m_order = std::move(unique);
}

Text FieldList::const_iterator::key() const
{
    return list->keyOf(list->m_entries[size_t(list->m_order[size_t(i)])]);
}

Text FieldList::const_iterator::value() const
{
    const Entry& e = list->m_entries[size_t(list->m_order[size_t(i)])];
    return Text(list->m_bytes.data() + e.value, qsizetype(e.valueSize));
}

} // namespace coffer
