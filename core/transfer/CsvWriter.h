// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a separator, quote or line break, quotes
// doubled, UTF-8 (with an optional BOM for spreadsheets). A cell that begins with = + - @ tab or CR is
// neutralised with a leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
// Multi-valued fields (emails, phones, tags) hold one value per line inside the cell. The semicolon is
// quoted too, for spreadsheets that take it as the separator.
#pragma once

#include "OutputBuffer.h"

#include <QByteArray>
#include <QString>
#include <initializer_list>
#include <vector>

namespace coffer {

class CsvWriter
{
public:
    CsvWriter(OutputBuffer& out, bool byteOrderMark);
    // One row of cells, each well-formed UTF-8 (ExportText makes sure of it).
    void row(std::initializer_list<QByteArrayView> cells);
    void row(const std::vector<QByteArrayView>& cells); // a row made up at run time
    // One cell as a row holds it.
    static QByteArray encodeCell(const QString& cell);

private:
    template <class Cells> void writeRow(const Cells& cells);
    static void appendCell(OutputBuffer& out, QByteArrayView utf8);
    OutputBuffer& m_out;
};

} // namespace coffer
