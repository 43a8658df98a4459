#include "CsvWriter.h"

#include <array>
#include <cstring>

namespace coffer {

namespace {

constexpr std::array<bool, 256> byteTable(const char* members)
{
    std::array<bool, 256> table{};
    for (; *members; ++members)
        table[uchar(*members)] = true;
    return table;
}

constexpr auto kFormulaStart = byteTable("=+-@\t\r");

// Whether a cell holds , " LF CR or ; and so needs quotes. Eight bytes at a time: cells are scanned
// whole when they need no quotes, which is nearly always, and this scan was the CSV writer's main cost.
bool needsQuotes(QByteArrayView cell)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    const auto holds = [&](quint64 word, char c) {
        const quint64 x = word ^ (kOnes * uchar(c)); // a zero byte where word has c
        return ((x - kOnes) & ~x & kHighs) != 0;
    };
    const char* p = cell.data();
    const char* const end = p + cell.size();
    for (quint64 word; end - p >= 8; p += 8) {
        std::memcpy(&word, p, 8);
        if (holds(word, ',') || holds(word, '"') || holds(word, '\n') || holds(word, '\r') || holds(word, ';'))
            return true;
    }
    for (; p != end; ++p)
        if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r' || *p == ';')
            return true;
    return false;
}

} // namespace

CsvWriter::CsvWriter(OutputBuffer& out, bool byteOrderMark)
    : m_out(out)
{
    if (byteOrderMark)
        m_out.append(QByteArrayView("\xEF\xBB\xBF"));
}

void CsvWriter::appendCell(OutputBuffer& out, QByteArrayView utf8)
{
    const bool neutralise = !utf8.isEmpty() && kFormulaStart[uchar(utf8.front())];
    const bool quote = needsQuotes(utf8);
    if (quote)
        out.append('"');
    if (neutralise)
        out.append('\'');
    if (!quote) {
        out.append(utf8);
        return;
    }
    for (qsizetype quoteAt; (quoteAt = utf8.indexOf('"')) >= 0; utf8 = utf8.sliced(quoteAt + 1)) {
        out.append(utf8.first(quoteAt + 1));
        out.append('"'); // doubled
    }
    out.append(utf8);
    out.append('"');
}

template <class Cells> void CsvWriter::writeRow(const Cells& cells)
{
    bool first = true;
    for (QByteArrayView cell : cells) {
        if (!first)
            m_out.append(',');
        first = false;
        appendCell(m_out, cell);
    }
    m_out.append(QByteArrayView("\r\n"));
}

void CsvWriter::row(std::initializer_list<QByteArrayView> cells)
{
    writeRow(cells);
}

void CsvWriter::row(const std::vector<QByteArrayView>& cells)
{
    writeRow(cells);
}

QByteArray CsvWriter::encodeCell(const QString& cell)
{
    QByteArray encoded;
    OutputBuffer out([&](const char* data, qint64 size) { encoded.append(data, size); });
    appendCell(out, cell.toUtf8());
    out.flush();
    return encoded;
}

} // namespace coffer
