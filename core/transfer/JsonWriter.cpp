#include "JsonWriter.h"

#include "ExportText.h"

#include <array>
#include <charconv>

namespace coffer {

namespace {

// The escape of each byte that needs one, empty for the bytes written as they are: the quote, the
// backslash and U+0000..U+001F must be escaped (RFC 8259, 7); Qt uses the short forms where they exist.
constexpr std::array<std::array<char, 7>, 256> makeEscapes()
{
    std::array<std::array<char, 7>, 256> table{};
    constexpr char hex[] = "0123456789abcdef";
    for (int c = 0; c < 0x20; ++c)
        table[c] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF], '\0'};
    table['"'] = {'\\', '"'};
    table['\\'] = {'\\', '\\'};
    table['\b'] = {'\\', 'b'};
    table['\f'] = {'\\', 'f'};
    table['\n'] = {'\\', 'n'};
    table['\r'] = {'\\', 'r'};
    table['\t'] = {'\\', 't'};
    return table;
}

constexpr auto kEscapes = makeEscapes();

} // namespace

void appendJsonString(OutputBuffer& out, QByteArrayView utf8)
{
    out.append('"');
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* p = run; p != end; ++p) {
        const auto& escape = kEscapes[uchar(*p)];
        if (escape[0] == '\0')
            continue;
        out.append(QByteArrayView(run, p - run));
        out.append(QByteArrayView(escape.data()));
        run = p + 1;
    }
    out.append(QByteArrayView(run, end - run));
    out.append('"');
}

OutputBuffer& JsonObjectWriter::key(const char* name)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"');
    m_out.append(QByteArrayView(name)); // the shapes' own keys: ASCII letters, nothing to escape
    m_out.append(QByteArrayView("\":"));
    return m_out;
}

void JsonObjectWriter::stamp(const char* key, const QDateTime& time)
{
    text(key, QByteArrayView(isoStamp(time).toUtf8()));
}

void JsonObjectWriter::number(const char* key, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    this->key(key).append(QByteArrayView(digits, end - digits));
}

} // namespace coffer
