#include "CsvReader.h"

#include "Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>
#include <string_view>

namespace coffer {

namespace {

constexpr qint64 kChunk = 64 * 1024;
// The header line is read ahead to count separators; a header longer than this is not one.
constexpr qsizetype kMaxHeaderBytes = 1024 * 1024;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five unassigned bytes keep their
// Latin-1 (C1 control) meaning, as Windows' own converter does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray& bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        out[i] = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

// The letters each code page is there for, beyond ASCII. Text in one code page, read in another, comes
// out as letters of neither language ("Bçrziòð" for "Bērziņš"), so the code page under which the bytes
// spell the most of its own letters is the one they were written in. Windows-1252's list holds the
// common letters of the languages it serves and leaves out the rare ones (â ì ï ò ð þ ù …) that
// Baltic and Czech letters turn into when read in it.
struct CodePage
{
    CsvReader::Encoding encoding;
    const char* name;
    const char16_t* letters;
};
const CodePage kCodePages[] = {
    {CsvReader::Encoding::Windows1252, "windows-1252", u"àáäåæçèéêíñóöøúüßœ"},
    {CsvReader::Encoding::Windows1257, "windows-1257", u"āčēģīķļņšūžąęėįųõäöü"},
    {CsvReader::Encoding::Windows1250, "windows-1250", u"áčďéěíňóřšťúůýžąćęłńśźżäöüôĺľŕőű"},
};

const CodePage& codePageOf(CsvReader::Encoding encoding)
{
    for (const CodePage& page : kCodePages)
        if (page.encoding == encoding)
            return page;
    return kCodePages[0];
}

QString decodeIn(const CodePage& page, const QByteArray& bytes)
{
    if (page.encoding == CsvReader::Encoding::Windows1252)
        return fromWindows1252(bytes); // no converter needed for the common case
    QStringDecoder decoder(page.name, QStringDecoder::Flag::Stateless);
    return decoder.isValid() ? decoder.decode(bytes) : fromWindows1252(bytes);
}

// Where the bytes spell as many letters in two code pages (Czech "ř" is Danish "ø" in Windows-1252), the
// one of the user's own language wins: the file most likely comes from a spreadsheet on their computer.
CsvReader::Encoding preferredCodePage()
{
    switch (QLocale().language()) {
    case QLocale::Latvian:
    case QLocale::Lithuanian:
    case QLocale::Estonian:
        return CsvReader::Encoding::Windows1257;
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Polish:
    case QLocale::Hungarian:
    case QLocale::Slovenian:
    case QLocale::Croatian:
        return CsvReader::Encoding::Windows1250;
    default:
        return CsvReader::Encoding::Windows1252;
    }
}

CsvReader::Encoding likeliestCodePage(const QByteArrayList& raw)
{
    const CsvReader::Encoding preferred = preferredCodePage();
    CsvReader::Encoding best = preferred;
    int bestScore = 0;
    for (const CodePage& page : kCodePages) {
        int score = 0;
        for (const QByteArray& bytes : raw)
            for (QChar c : decodeIn(page, bytes))
                score += c.unicode() >= 0x80 &&
                         std::u16string_view(page.letters).find(c.toLower().unicode()) != std::u16string_view::npos;
        if (score > bestScore || (score == bestScore && page.encoding == preferred)) {
            best = page.encoding;
            bestScore = score;
        }
    }
    return best;
}

bool isBlank(const QByteArray& field)
{
    for (char c : field)
        if (c != ' ')
            return false;
    return true;
}

} // namespace

CsvReader::Encoding CsvReader::encoding() const
{
    if (m_fellBack)
        return m_fallback;
    return m_bom ? Encoding::Utf8WithBom : Encoding::Utf8;
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_consumed += m_buffer.size();
    m_buffer = m_device.read(kChunk);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int CsvReader::get()
{
    return fill() ? uchar(m_buffer[m_pos++]) : -1;
}

int CsvReader::peek()
{
    return fill() ? uchar(m_buffer[m_pos]) : -1;
}

// Reads ahead to the end of the first line (kept in the buffer) to skip a BOM and choose the separator.
void CsvReader::start()
{
    m_started = true;
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n', m_pos)) < 0 && m_buffer.size() - m_pos < kMaxHeaderBytes) {
        const QByteArray more = m_device.read(kChunk);
        if (more.isEmpty())
            break;
        m_buffer += more;
    }
    if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
        throw Error(ErrorCode::Failed, tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" and try again."));
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    const QByteArray first = m_buffer.mid(m_pos, end < 0 ? -1 : end - m_pos).trimmed();
    // Excel writes and reads a first line "sep=;" naming the separator; it is not the header.
    if (first.size() == 5 && first.startsWith("sep=")) {
        m_separator = first[4];
        m_pos = end < 0 ? m_buffer.size() : end + 1;
        m_line = end < 0 ? 1 : 2;
        return;
    }
    // The separator is the candidate that splits the header most often, outside quotes. A header of
    // one column has none of them, and then comma is as good as any.
    int best = 0;
    for (char candidate : {',', ';', '\t'}) {
        int count = 0;
        bool quoted = false;
        for (char c : first) {
            if (c == '"')
                quoted = !quoted;
            else if (c == candidate && !quoted)
                ++count;
        }
        if (count > best) {
            best = count;
            m_separator = candidate;
        }
    }
}

bool CsvReader::readRecord(QStringList& fields)
{
    if (!m_started)
        start();
    QByteArrayList raw;
    while (readRaw(raw)) {
        if (raw.size() == 1 && raw[0].trimmed().isEmpty())
            continue; // a blank line
        fields = decode(raw);
        return true;
    }
    return false;
}

// One record as raw bytes per field. The separator, quote, CR and LF are ASCII and never occur inside
// a multi-byte UTF-8 sequence, so splitting bytes before decoding is safe for UTF-8 and Windows-1252.
bool CsvReader::readRaw(QByteArrayList& raw)
{
    raw.clear();
    int c = get();
    if (c < 0)
        return false;
    m_recordLine = m_line;
    QByteArray field;
    qsizetype size = 0;
    bool quoted = false;
    int quoteLine = 0;
    for (;; c = get()) {
        if (++size > kMaxRecordBytes)
            throw Error(ErrorCode::Failed, tr("Line %1: the record is longer than %2 MiB.")
                                               .arg(m_recordLine)
                                               .arg(kMaxRecordBytes / (1024 * 1024)));
        if (quoted) {
            if (c < 0)
                throw Error(ErrorCode::Failed,
                            tr("Line %1: a quoted field is never closed; the file ends inside it.").arg(quoteLine));
            if (c == '"') {
                if (peek() == '"')
                    field += char(get());
                else
                    quoted = false;
                continue;
            }
            if (c == '\r' && peek() == '\n')
                continue; // CRLF inside a field is stored as LF
            if (c == '\n')
                ++m_line;
            field += char(c);
            continue;
        }
        if (c < 0 || c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                get();
            if (c >= 0)
                ++m_line;
            raw << field;
            return true;
        }
        if (c == m_separator) {
            raw << field;
            field.clear();
        } else if (c == '"' && isBlank(field)) {
            // Leniency: spaces before an opening quote (`a, "b"`) are what people type by hand.
            field.clear();
            quoted = true;
            quoteLine = m_line;
        } else {
            field += char(c); // a quote inside an unquoted field, or after a closing one, is kept as text
        }
    }
}

// A record is decoded as UTF-8 when its bytes are valid UTF-8, else in an 8-bit code page (what Excel on
// Windows writes for "CSV"), the one the first such record spells best and then the same for the whole
// file. Valid UTF-8 is almost never accidental in 8-bit text, so the choice per record is safe and keeps
// the reader streaming.
QStringList CsvReader::decode(const QByteArrayList& raw)
{
    QStringList out;
    out.reserve(raw.size());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (const QByteArray& bytes : raw) {
        out << utf8.decode(bytes);
        if (utf8.hasError())
            break;
    }
    if (!utf8.hasError())
        return out;
    if (!m_fellBack)
        m_fallback = m_forced.value_or(likeliestCodePage(raw));
    m_fellBack = true;
    out.clear();
    const CodePage& page = codePageOf(m_fallback);
    for (const QByteArray& bytes : raw)
        out << decodeIn(page, bytes);
    return out;
}

} // namespace coffer
