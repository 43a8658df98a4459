#include "CsvWriter.h"

namespace coffer {

CsvWriter::CsvWriter(Sink sink, bool byteOrderMark) : m_sink(std::move(sink))
{
    if (byteOrderMark)
        m_sink("\xEF\xBB\xBF", 3);
}

QByteArray CsvWriter::encodeCell(const QString& cell)
{
    QByteArray utf8 = cell.toUtf8();
    if (!utf8.isEmpty() && QByteArrayView("=+-@\t\r").contains(utf8.front()))
        utf8.prepend('\'');
    bool quote = false;
    for (char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
            quote = true;
            break;
        }
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += encodeCell(cells[i]);
    }
    line += "\r\n";
    m_sink(line.constData(), line.size());
}

} // namespace coffer
