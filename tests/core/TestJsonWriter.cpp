// The streaming JSON writer must write what QJsonDocument::toJson(Compact) writes for the same value:
// the export's format was defined by it. Checked string by string against Qt, and record by record:
// Qt, reading what the writer wrote into a QJsonObject and writing it again, gives the same bytes.
#include "QtJsonOracle.h"
#include "transfer/JsonWriter.h"
#include "transfer/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace coffer;
using namespace coffer::test;

namespace {

template <class Write> QByteArray written(const Write& write)
{
    QByteArray bytes;
    OutputBuffer out([&](const char* data, qint64 size) { bytes.append(data, size); });
    write(out);
    out.flush();
    return bytes;
}

QByteArray jsonString(const QString& s)
{
    return written([&](OutputBuffer& out) { appendJsonString(out, s.toUtf8()); });
}

// How Qt writes a string value: the array's brackets taken off.
QByteArray qtString(const QString& s)
{
    return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

Client awkwardClient()
{
    Client c;
    c.id = QStringLiteral("01a2-\"id\"");
    c.kind = ClientKind::Organisation;
    c.displayName = QStringLiteral("Ēriks \"Ozoliņš\" \\ SIA");
    c.givenName = QString::fromUtf8("ctl \x01\x1f\x7f \b\f\n\r\t end");
    c.familyName = QString::fromUtf8("emoji \xF0\x9F\x98\x80, U+2028 \xE2\x80\xA8");
    c.organisation = QStringLiteral("=cmd|' /C calc'!A0");
    c.emails = {QStringLiteral("a@example.eu"), QStringLiteral("b\"@example.eu")};
    c.address = QStringLiteral("Brīvības iela 1\nRīga");
    c.country = QStringLiteral("LV");
    c.tags = {QStringLiteral("vip"), QString()};
    c.fields = {{QStringLiteral("VAT"), QStringLiteral("LV400, \"quoted\"")},
                {QString::fromUtf8("\xF0\x9F\x98\x80key"), QStringLiteral("emoji")},
                {QString::fromUtf8("\xEF\xBC\xBAkey"), QStringLiteral("fullwidth")},
                {QStringLiteral("a"), QStringLiteral("lower")},
                {QStringLiteral("B"), QStringLiteral("upper")}};
    c.restricted = true;
    c.retention = QStringLiteral("7 years");
    c.created = QDateTime(QDate(2026, 1, 31), QTime(9, 5, 0, 123), Qt::UTC);
    c.createdBy = QStringLiteral("owner");
    c.updated = QDateTime(QDate(2026, 2, 1), QTime(23, 59, 59, 999), QTimeZone(3600));
    c.updatedBy = QStringLiteral("owner");
    return c;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAsciiCharacterIsEscapedAsQtDoes()
    {
        for (char16_t c = 0; c < 0x80; ++c) {
            const QString s = QStringLiteral("a") + QChar(c) + QStringLiteral("b");
            QVERIFY2(jsonString(s) == qtString(s), QByteArray::number(int(c)).constData());
        }
    }

    void stringsAreEscapedAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ \\\\ \"");
        QTest::newRow("short escapes") << QString::fromUtf8("\b\f\n\r\t");
        QTest::newRow("other controls") << QString::fromUtf8("\x01\x02\x0b\x0e\x1b\x1f");
        QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("after");
        QTest::newRow("DEL and slash") << QString::fromUtf8("\x7f / </script>");
        QTest::newRow("accents") << QStringLiteral("Ēriks Ozoliņš, Jūratė Žemaitytė, Řehoř Dvořák");
        QTest::newRow("line separators") << QString::fromUtf8("\xE2\x80\xA8 \xE2\x80\xA9 \xC2\x85");
        QTest::newRow("BOM and nonchars") << QString::fromUtf8("x\xEF\xBB\xBF \xEF\xBF\xBE \xEF\xBF\xBF");
        QTest::newRow("astral") << QString::fromUtf8("\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF");
        QTest::newRow("only escapes") << QStringLiteral("\"\"\\\\\n\n");
    }
    void stringsAreEscapedAsQtDoes()
    {
        QFETCH(QString, text);
        QCOMPARE(jsonString(text), qtString(text));
        QCOMPARE(QJsonDocument::fromJson("[" + jsonString(text) + "]").array().at(0).toString(), text);
    }

    void generatedStringsAreEscapedAsQtDoes()
    {
        QRandomGenerator rng(3);
        const char32_t kPool[] = {0x00, 0x08, 0x09, 0x0A, 0x1F,   0x20,   '"',    '\\',   '/',
                                  'a',  0x7F, 0x80, 0xE9, 0x2028, 0xFEFF, 0xFFFD, 0x1F600};
        for (int i = 0; i < 20000; ++i) {
            QString s;
            for (int n = int(rng.bounded(12)); n > 0; --n) {
                const char32_t cp = kPool[rng.bounded(int(std::size(kPool)))];
                s += QString::fromUcs4(&cp, 1);
            }
            QVERIFY2(jsonString(s) == qtString(s), s.toUtf8().toHex().constData());
        }
    }

    void valuesAreWrittenAsQtDoes()
    {
        const QByteArray ours = written([](OutputBuffer& out) {
            JsonObjectWriter o(out);
            o.boolean("a", false);
            o.boolean("b", true);
            o.list("c", QStringList{});
            o.list("d", QStringList{QStringLiteral("x"), QString(), QStringLiteral("\"")});
            o.number("e", 0);
            o.number("f", -1);
            o.number("g", 9007199254740992LL); // 2^53, the largest size a double holds exactly
            o.object("h", QMap<QString, QString>{});
            o.object("i", QMap<QString, QString>{{QStringLiteral("k\"ey"), QStringLiteral("v")},
                                                 {QStringLiteral("a"), QString()}});
            o.stamp("j", QDateTime());
            o.stamp("k", QDateTime(QDate(2026, 1, 31), QTime(9, 5), QTimeZone(-7200)));
            o.text("l", QByteArrayView("bytes"));
            o.text("m", QStringLiteral("string"));
            o.close();
        });
        QCOMPARE(ours, asQtWritesIt(ours));
        const QJsonObject o = QJsonDocument::fromJson(ours).object();
        QCOMPARE(o.value(QStringLiteral("g")).toInteger(), 9007199254740992LL);
        QCOMPARE(o.value(QStringLiteral("j")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("k")).toString(), QStringLiteral("2026-01-31T11:05:00.000Z"));
    }

    void rawValueIsTheCallersToWrite()
    {
        const QByteArray ours = written([](OutputBuffer& out) {
            JsonObjectWriter o(out);
            o.text("id", QByteArrayView("1"));
            o.rawValue("content").append(QByteArrayView("\"aGVsbG8=\""));
            o.close();
        });
        QCOMPARE(ours, QByteArray(R"({"id":"1","content":"aGVsbG8="})"));
    }

    // The record shapes, written from the stores' structs: keys in Qt's order, values as Qt writes them.
    void recordShapesAreWhatQtWrites()
    {
        const Client c = awkwardClient();
        const QByteArray client = written([&](OutputBuffer& out) {
            JsonObjectWriter o(out);
            writeClientFields(o, c);
            o.close();
        });
        QCOMPARE(client, asQtWritesIt(client));
        const QJsonObject parsed = toJson(c);
        QCOMPARE(parsed.keys(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("country"), QStringLiteral("created"),
                              QStringLiteral("createdBy"), QStringLiteral("displayName"), QStringLiteral("emails"),
                              QStringLiteral("familyName"), QStringLiteral("fields"), QStringLiteral("givenName"),
                              QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("organisation"),
                              QStringLiteral("phones"), QStringLiteral("restricted"), QStringLiteral("retention"),
                              QStringLiteral("tags"), QStringLiteral("updated"), QStringLiteral("updatedBy")}));
        QCOMPARE(parsed.value(QStringLiteral("givenName")).toString(), c.givenName);
        QCOMPARE(parsed.value(QStringLiteral("kind")).toString(), QStringLiteral("organisation"));
        QCOMPARE(parsed.value(QStringLiteral("updated")).toString(), QStringLiteral("2026-02-01T22:59:59.999Z"));
        QCOMPARE(parsed.value(QStringLiteral("fields")).toObject().size(), 5);

        const Note n{
            QStringLiteral("n1"), c.id, NoteKind::Meeting, c.created, QStringLiteral("Said \"yes\"\n"), c.updated,
            c.createdBy};
        const StoredFile f{QStringLiteral("f1"),
                           c.id,
                           QStringLiteral("līgums \"x\".pdf"),
                           QStringLiteral("application/pdf"),
                           3145745,
                           QStringLiteral("ab12"),
                           c.created,
                           c.createdBy};
        const Consent k{QStringLiteral("k1"),      c.id,        QStringLiteral("newsletter"),
                        ConsentState::Withdrawn,   c.created,   QStringLiteral("form"),
                        QStringLiteral("2026-01"), c.createdBy, QStringLiteral("f1"),
                        QDate(2027, 1, 31)};
        const auto streamed = [](const auto& writeFields) {
            return written([&](OutputBuffer& out) {
                JsonObjectWriter o(out);
                writeFields(o);
                o.close();
            });
        };
        for (const QByteArray& bytes : {streamed([&](JsonObjectWriter& o) { writeNoteFields(o, n); }),
                                        streamed([&](JsonObjectWriter& o) { writeFileFields(o, f); }),
                                        streamed([&](JsonObjectWriter& o) { writeConsentFields(o, k); })}) {
            QVERIFY(bytes.size() > 100);
            QCOMPARE(bytes, asQtWritesIt(bytes));
        }
        QCOMPARE(toJson(n).value(QStringLiteral("kind")).toString(), QStringLiteral("meeting"));
        QCOMPARE(toJson(f).value(QStringLiteral("size")).toInteger(), 3145745);
        QCOMPARE(toJson(k).value(QStringLiteral("state")).toString(), QStringLiteral("withdrawn"));
        // With a path, the file's keys stay in order.
        const QByteArray withPath = written([&](OutputBuffer& out) {
            JsonObjectWriter o(out);
            writeFileFields(o, f, QByteArrayView("files/f1/x"));
            o.close();
        });
        QCOMPARE(withPath, asQtWritesIt(withPath));
    }

    void bufferFlushesInWholePiecesAndInOrder()
    {
        QList<qint64> sizes;
        QByteArray all;
        OutputBuffer out([&](const char* data, qint64 size) {
            sizes << size;
            all.append(data, size);
        });
        QByteArray expected;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray piece = QByteArray::number(i) + ',';
            out.append(piece);
            expected += piece;
        }
        out.flush();
        out.flush(); // nothing left: no empty write
        QCOMPARE(all, expected);
        QVERIFY(sizes.size() >= 2);
        for (qsizetype i = 0; i + 1 < sizes.size(); ++i)
            QVERIFY(sizes[i] >= qint64(OutputBuffer::kSize));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
