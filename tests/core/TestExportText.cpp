// ExportText's shortcuts must give exactly what the QString / QDateTime round trip gives, for every
// input: checked against Qt itself on edge cases and on many generated values.
#include "store/Database.h"
#include "transfer/ExportText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coffer;

namespace {

QByteArray viaQt(const QByteArray& stored)
{
    return QString::fromUtf8(stored).toUtf8();
}
QByteArray stampViaQt(const QByteArray& stored)
{
    return isoStamp(fromStamp(QString::fromUtf8(stored))).toUtf8();
}

// Bytes that sit on the edges of UTF-8's rules, mixed with plain ASCII.
QByteArray randomBytes(QRandomGenerator& rng)
{
    static const uchar kEdges[] = {0x00, 0x0A, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                   0xBB, 0xBF, 0xC0, 0xC1, 0xC2, 0xC5, 0xDF, 0xE0, 0xE2, 0xEC,
                                   0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF};
    QByteArray out;
    const int length = int(rng.bounded(14));
    for (int i = 0; i < length; ++i)
        out += rng.bounded(3) == 0 ? char('a' + rng.bounded(26)) : char(kEdges[rng.bounded(int(sizeof kEdges))]);
    return out;
}

} // namespace

class TestExportText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textMatchesQStringRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const char* const cases[] = {"",
                                     "plain ascii that is longer than eight bytes",
                                     "Ēriks Ozoliņš",
                                     "\xEF\xBB\xBF"
                                     "BOM first",
                                     "mid \xEF\xBB\xBF BOM",
                                     "emoji \xF0\x9F\x98\x80",
                                     "max \xF4\x8F\xBF\xBF",
                                     "above max \xF4\x90\x80\x80",
                                     "nonchar \xEF\xBF\xBE \xEF\xBF\xBF \xEF\xB7\x90",
                                     "surrogate \xED\xA0\x80",
                                     "last before \xED\x9F\xBF",
                                     "overlong \xC0\xAF",
                                     "overlong \xE0\x80\xAF",
                                     "overlong \xF0\x80\x80\xAF",
                                     "lone \x80",
                                     "cut \xE2\x82",
                                     "cut at end \xF0\x9F\x98",
                                     "F5 \xF5\x80\x80\x80",
                                     "\xFF",
                                     "\xFE\xFF",
                                     "U+2028 \xE2\x80\xA8",
                                     "ctl \x01\x1F\x7F",
                                     "12345678\xC3\xA9"
                                     "12345678"};
        int row = 0;
        for (const char* c : cases)
            QTest::addRow("text %d", row++) << QByteArray(c);
        QTest::newRow("NUL inside") << QByteArray("a\0b\0", 4);
    }
    void textMatchesQStringRoundTrip()
    {
        QFETCH(QByteArray, stored);
        QByteArray scratch;
        QCOMPARE(exportText(stored, scratch).toByteArray(), viaQt(stored));
    }

    void textMatchesQStringRoundTripForGeneratedBytes()
    {
        QRandomGenerator rng(4);
        for (int i = 0; i < 200000; ++i) {
            const QByteArray stored = randomBytes(rng);
            QByteArray scratch;
            const QByteArrayView out = exportText(stored, scratch);
            QVERIFY2(out == viaQt(stored), stored.toHex().constData());
            // Unchanged text is written from where it is stored, not copied.
            if (!stored.isEmpty())
                QCOMPARE(out.data() == stored.constData(), isRoundTripUtf8(stored));
        }
    }

    void everyValidCodePointPassesThrough()
    {
        for (char32_t cp = 1; cp <= 0x10FFFF; cp += (cp < 0x20000 ? 1 : 97)) {
            if (cp >= 0xD800 && cp <= 0xDFFF)
                continue;
            const QByteArray utf8 = QString::fromUcs4(&cp, 1).toUtf8();
            QVERIFY2(isRoundTripUtf8("x" + utf8) && viaQt("x" + utf8) == "x" + utf8,
                     QByteArray::number(uint(cp), 16).constData());
        }
    }

    void stampMatchesQDateTimeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const char* const cases[] = {"2026-01-05T12:34:56.789Z",
                                     "2026-01-05T12:34:56.000Z",
                                     "2024-02-29T01:02:03.004Z",
                                     "2000-02-29T00:00:00.000Z",
                                     "1900-02-29T00:00:00.000Z",
                                     "2100-02-29T00:00:00.000Z",
                                     "2023-02-29T00:00:00.000Z",
                                     "2026-04-31T00:00:00.000Z",
                                     "2026-12-31T23:59:59.999Z",
                                     "2026-01-05T24:00:00.000Z",
                                     "2026-01-05T23:60:00.000Z",
                                     "2026-01-05T23:59:60.000Z",
                                     "2026-00-10T00:00:00.000Z",
                                     "2026-13-10T00:00:00.000Z",
                                     "2026-01-00T00:00:00.000Z",
                                     "2026-01-32T00:00:00.000Z",
                                     "0000-01-01T00:00:00.000Z",
                                     "0001-01-01T00:00:00.000Z",
                                     "0999-06-15T08:00:00.000Z",
                                     "1582-10-10T00:00:00.000Z",
                                     "9999-12-31T23:59:59.999Z",
                                     "2026-01-05T12:34:56Z",
                                     "2026-01-05T12:34:56.7Z",
                                     "2026-01-05T12:34:56.78Z",
                                     "2026-01-05T12:34:56.7891Z",
                                     "2026-01-05T12:34:56.789+02:00",
                                     "2026-01-05T12:34:56.789-11:30",
                                     "2026-01-05T12:34:56.789",
                                     "2026-01-05 12:34:56.789Z",
                                     "2026-01-05t12:34:56.789z",
                                     " 2026-01-05T12:34:56.789Z",
                                     "2026-01-05T12:34:56.789Z ",
                                     "-2026-01-05T12:34:56.789Z",
                                     "+2026-01-05T12:34:56.789Z",
                                     "2026-1-05T12:34:56.789Z",
                                     "2026-01-05",
                                     "12:34:56",
                                     "",
                                     "garbage",
                                     "2026/01/05T12:34:56.789Z",
                                     "2026-01-05T12:34:56,789Z"};
        int row = 0;
        for (const char* c : cases)
            QTest::addRow("stamp %d: %s", row++, c) << QByteArray(c);
        QTest::newRow("arabic digit") << QString::fromUtf8("2026-01-05T12:34:5\u0666.789Z").toUtf8();
    }
    void stampMatchesQDateTimeRoundTrip()
    {
        QFETCH(QByteArray, stored);
        QByteArray scratch;
        QCOMPARE(exportStamp(stored, scratch).toByteArray(), stampViaQt(stored));
        if (isCanonicalStamp(stored))
            QCOMPARE(stampViaQt(stored), stored);
    }

    void everyMillisecondStampIsCanonical()
    {
        // Times as nowStamp() writes them, from year 1 to 9999, with every millisecond digit in use.
        QRandomGenerator rng(7);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 100000; ++i) {
            const qint64 ms = i < 1000 ? last - i : first + qint64(rng.generateDouble() * double(last - first));
            const QByteArray stored = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
            QVERIFY2(isCanonicalStamp(stored), stored.constData());
            QByteArray scratch;
            QCOMPARE(exportStamp(stored, scratch).data(), stored.constData());
            QCOMPARE(stampViaQt(stored), stored);
        }
    }

    void mutatedStampsMatchQDateTime()
    {
        // One character of a real stamp changed: each is either still canonical or takes Qt's route.
        QRandomGenerator rng(11);
        const QByteArray base = "2024-02-29T23:59:59.999Z";
        const QByteArray alphabet = "0123456789-:.TZ +z";
        for (int i = 0; i < 50000; ++i) {
            QByteArray stored = base;
            for (int n = 1 + int(rng.bounded(2)); n > 0; --n)
                stored[int(rng.bounded(int(stored.size())))] = alphabet[int(rng.bounded(int(alphabet.size())))];
            QByteArray scratch;
            QVERIFY2(exportStamp(stored, scratch) == stampViaQt(stored), stored.constData());
        }
    }

    void namesAreCanonicalised()
    {
        NameColumn names([](const QString& s) {
            return s.trimmed().toLower() == QLatin1String("b") ? QStringLiteral("b") : QStringLiteral("a");
        });
        QByteArray scratch;
        QCOMPARE(names("b", scratch), QByteArrayView("b"));
        QCOMPARE(names(" B ", scratch), QByteArrayView("b"));
        QCOMPARE(names("zzz", scratch), QByteArrayView("a"));
        // More distinct values than it remembers: still right.
        for (int i = 0; i < 40; ++i) {
            const QByteArray stored = QByteArray::number(i);
            QCOMPARE(names(stored, scratch), QByteArrayView("a"));
        }
        QCOMPARE(names("b", scratch), QByteArrayView("b"));
    }
};

QTEST_GUILESS_MAIN(TestExportText)
#include "TestExportText.moc"
