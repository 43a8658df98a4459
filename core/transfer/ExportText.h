// Stored values as the export writes them, without a round trip through QString and QDateTime for
// each. The export used to read every text into a QString and every stamp into a QDateTime and write
// them back out; that was most of its time. A value that the round trip leaves unchanged (valid UTF-8
// as QString wrote it, a stamp as nowStamp() wrote it: nearly every value) is now written as stored;
// any other still takes the round trip itself, so the output is what it always was, byte for byte.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <utility>
#include <vector>

namespace coffer {

// True when QString::fromUtf8(bytes).toUtf8() == bytes: well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF) that does not begin with a byte order mark, which fromUtf8 drops.
bool isRoundTripUtf8(QByteArrayView bytes);
// The bytes of QString::fromUtf8(stored).toUtf8(): stored itself, or the conversion made in scratch.
QByteArrayView exportText(QByteArrayView stored, QByteArray& scratch);

// A stamp as the export writes it: ISO 8601 in UTC with milliseconds ("2026-01-31T09:05:00.123Z"),
// empty for an invalid time. One definition, for the export and for `client show --json`.
QString isoStamp(const QDateTime& time);
// True when stored is already isoStamp(fromStamp(stored)): exactly that shape, a real date and time.
bool isCanonicalStamp(QByteArrayView stored);
// isoStamp(fromStamp(stored)) as UTF-8: stored itself, or the conversion made in scratch.
QByteArrayView exportStamp(QByteArrayView stored, QByteArray& scratch);

// An enum column (a client's kind, a consent's state, a user's role) as the export writes it: the
// name its parser and namer make of the stored text (an unknown one becomes the default), remembered
// for the few distinct values a column holds.
class NameColumn
{
public:
    using Canonical = QString (*)(const QString& stored);
    explicit NameColumn(Canonical canonical)
        : m_canonical(canonical)
    {
        m_seen.reserve(kRemembered);
    }
    QByteArrayView operator()(QByteArrayView stored, QByteArray& scratch);

private:
    static constexpr size_t kRemembered = 16; // the CHECK constraints allow at most four
    Canonical m_canonical;
    std::vector<std::pair<QByteArray, QByteArray>> m_seen; // reserved: views of it outlive an insert
};

} // namespace coffer
