#include "ExportText.h"

#include "store/Database.h"

#include <cstring>

namespace coffer {

namespace {

// Bytes 2..n of a sequence: each 10xxxxxx; returns the code point, or -1.
long continued(const uchar* p, int n, long cp)
{
    for (int i = 1; i <= n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    return cp;
}

int digits(QByteArrayView s, int at, int count)
{
    int n = 0;
    for (int i = at; i < at + count; ++i)
        n = n * 10 + (s[i] - '0');
    return n;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; // proleptic Gregorian, as QDate
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

bool isRoundTripUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const auto* const end = p + bytes.size();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return false;
    while (p < end) {
        // Client data is mostly ASCII: skip it eight bytes at a time.
        for (quint64 word; end - p >= 8; p += 8) {
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int more;
        long cp;
        if (*p >= 0xC2 && *p <= 0xDF)
            more = 1, cp = *p & 0x1F;
        else if (*p >= 0xE0 && *p <= 0xEF)
            more = 2, cp = *p & 0x0F;
        else if (*p >= 0xF0 && *p <= 0xF4)
            more = 3, cp = *p & 0x07;
        else
            return false; // a continuation byte first, C0/C1 (always overlong), or F5 and above
        if (end - p <= more || (cp = continued(p, more, cp)) < 0)
            return false;
        if ((more == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (more == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += more + 1;
    }
    return true;
}

QByteArrayView exportText(QByteArrayView stored, QByteArray& scratch)
{
    if (isRoundTripUtf8(stored))
        return stored;
    scratch = QString::fromUtf8(stored).toUtf8();
    return scratch;
}

QString isoStamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool isCanonicalStamp(QByteArrayView s)
{
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (s.size() != qsizetype(sizeof kShape - 1))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (kShape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != kShape[i])
            return false;
    // Anything Qt would move (24:00 is the next day) or refuse (Feb 30, second 60, year 0) goes the long way.
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
           digits(s, 11, 2) < 24 && digits(s, 14, 2) < 60 && digits(s, 17, 2) < 60;
}

QByteArrayView exportStamp(QByteArrayView stored, QByteArray& scratch)
{
    if (isCanonicalStamp(stored))
        return stored;
    scratch = isoStamp(fromStamp(QString::fromUtf8(stored))).toUtf8();
    return scratch;
}

QByteArrayView NameColumn::operator()(QByteArrayView stored, QByteArray& scratch)
{
    for (const auto& [seen, name] : m_seen)
        if (seen == stored)
            return name;
    QByteArray name = m_canonical(QString::fromUtf8(stored)).toUtf8();
    if (m_seen.size() == kRemembered) {
        scratch = name;
        return scratch;
    }
    m_seen.emplace_back(stored.toByteArray(), std::move(name));
    return m_seen.back().second;
}

} // namespace coffer
