// An RFC 4180 reader for CSV files that other programs wrote: quoted fields with doubled quotes,
// separators and newlines inside them, CRLF or LF, an optional UTF-8 BOM. It streams: one record at a
// time from a QIODevice, so memory stays flat however long the file. Spreadsheets disagree on the
// separator, so it is detected from the header line (comma, semicolon or tab, or Excel's "sep=" line).
#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <optional>

namespace coffer {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Spreadsheets on Windows save "CSV" in the system's 8-bit code page: Windows-1252 in Western Europe,
    // Windows-1257 in Latvia and Lithuania, Windows-1250 in Czechia.
    enum class Encoding { Utf8, Utf8WithBom, Windows1252, Windows1250, Windows1257 };
    // A longer record is refused: past this size the file is surely not CSV (or a quote never closes).
    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvReader(QIODevice& device)
        : m_device(device)
    {
    }
    Q_DISABLE_COPY(CsvReader)

    // The next record in fields; false at the end of the input. Blank lines are skipped. Throws
    // Error(Failed) naming the line for malformed input: a quote open at the end, a record too long,
    // a UTF-16 file.
    bool readRecord(QStringList& fields);
    // The physical line (1-based) on which the record last read begins, as a text editor counts.
    int line() const { return m_recordLine; }
    // Known after the first readRecord().
    char separator() const { return m_separator; }
    // The 8-bit code page once any record was not valid UTF-8 (and was read in that code page instead).
    Encoding encoding() const;
    qint64 bytesRead() const { return m_consumed + m_pos; }
    // Reads what is not UTF-8 in this code page (Windows1252, Windows1250 or Windows1257) rather than
    // the one its letters suggest: for a file the guess got wrong, as the user sees in a preview.
    void setEightBitEncoding(Encoding encoding) { m_forced = encoding; }

private:
    void start();
    bool fill();
    int get();
    int peek();
    bool readRaw(QByteArrayList& raw);
    QStringList decode(const QByteArrayList& raw);

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of earlier buffers
    bool m_started = false;
    bool m_bom = false;
    bool m_fellBack = false;
    Encoding m_fallback = Encoding::Windows1252; // chosen from the first record that is not UTF-8
    std::optional<Encoding> m_forced;
    char m_separator = ',';
    int m_line = 1; // the physical line the next byte is on
    int m_recordLine = 0;
};

} // namespace coffer
