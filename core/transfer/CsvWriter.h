// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a separator, quote or line break, quotes
// doubled, UTF-8 (with an optional BOM for spreadsheets). A cell that begins with = + - @ tab or CR is
// neutralised with a leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
// Multi-valued fields (emails, phones, tags) hold one value per line inside the cell.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace coffer {

class CsvWriter
{
public:
    using Sink = std::function<void(const char* data, qint64 size)>;
    CsvWriter(Sink sink, bool byteOrderMark);
    void writeRow(const QStringList& cells);
    static QByteArray encodeCell(const QString& cell);
    static QString joinValues(const QStringList& values) { return values.join(u'\n'); }

private:
    Sink m_sink;
};

} // namespace coffer
