// The export's reader hands out stored bytes instead of QStrings. These tests hold it to what the
// QString path gave: custom fields in QMap order, and, through a whole export of values no store would
// write (invalid UTF-8, a leading BOM, odd stamps), each value as Qt's round trip makes it.
#include "QtJsonOracle.h"
#include "TransferFixture.h"
#include "store/Database.h"
#include "transfer/CsvWriter.h"
#include "transfer/ExportText.h"
#include "transfer/Exporter.h"
#include "transfer/RecordSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace coffer;
using namespace coffer::test;

namespace {

QByteArray sqlText(const QByteArray& bytes)
{
    return "CAST(X'" + bytes.toHex() + "' AS TEXT)";
}

} // namespace

class TestRecordSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textListKeepsValuesOneALine()
    {
        TextList list;
        QCOMPARE(list.joined(), QByteArrayView(""));
        list.append("a@x.eu");
        list.append("");
        list.append("c");
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1), QByteArrayView(""));
        QCOMPARE(list.joined(), QByteArrayView("a@x.eu\n\nc"));
        QStringList seen;
        for (QByteArrayView v : list)
            seen << QString::fromUtf8(v);
        QCOMPARE(seen, (QStringList{QStringLiteral("a@x.eu"), QString(), QStringLiteral("c")}));
        list.clear();
        list.append("only");
        QCOMPARE(list.joined(), QByteArrayView("only"));
    }

    // Keys in the order SQLite returns them (bytes), made export-ready, must come out as a QMap of the
    // same rows iterates: UTF-16 order, and of keys that became equal, the last one read.
    void fieldsComeInQMapOrder()
    {
        const QList<QByteArray> pool{"VAT",
                                     "a",
                                     "B",
                                     "b",
                                     "\xC3\xA9",
                                     "\xF0\x9F\x98\x80k",
                                     "\xEF\xBC\xBAk",
                                     "\xEF\xBF\xBD",
                                     "\xEF\xBB\xBF"
                                     "VAT",
                                     "\xFF",
                                     "\xFE",
                                     "k\xF4\x8F\xBF\xBF",
                                     "k\xEE\x80\x80",
                                     ""};
        QRandomGenerator rng(5);
        for (int round = 0; round < 3000; ++round) {
            QList<QByteArray> keys;
            for (int n = int(rng.bounded(6)); n > 0; --n) {
                const QByteArray k = pool[int(rng.bounded(int(pool.size())))];
                if (!keys.contains(k)) // (client_id, key) is the primary key
                    keys << k;
            }
            std::sort(keys.begin(), keys.end()); // BINARY collation
            FieldList fields;
            QMap<QString, QString> expected;
            for (int i = 0; i < keys.size(); ++i) {
                QByteArray scratch;
                const QByteArray value = QByteArray::number(i);
                fields.append(exportText(keys[i], scratch), value);
                expected.insert(QString::fromUtf8(keys[i]), QString::fromLatin1(value));
            }
            fields.finish();
            QMap<QString, QString> got;
            QStringList order;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                order << QString::fromUtf8(it.key());
                got.insert(QString::fromUtf8(it.key()), QString::fromUtf8(it.value()));
            }
            QCOMPARE(order, expected.keys());
            QCOMPARE(got, expected);
        }
    }

    void storedOddValuesComeOutAsQtMadeThem()
    {
        TransferFixture fx;
        Database& db = fx.vault->database();
        const QByteArray id = fx.clientIds[0].toUtf8();
        const QByteArray badName("f\xFFo\xC0\xAF"
                                 "x\xED\xA0\x80");
        const QByteArray bomName("\xEF\xBB\xBF"
                                 "=Name");
        const auto exec = [&](const QByteArray& sql) { db.exec(sql.constData()); };
        exec("UPDATE clients SET given_name = " + sqlText(badName) + ", display_name = " + sqlText(bomName) +
             ", created = '2026-01-05T12:34:56Z', updated = '2026-01-05T24:00:00.000Z' WHERE id = '" + id + "'");
        exec("INSERT INTO client_fields VALUES ('" + id + "', " + sqlText("\xEF\xBB\xBFVAT") + ", 'wins')");
        exec("INSERT INTO client_fields VALUES ('" + id + "', " + sqlText("\xF0\x9F\x98\x80") + ", 'emoji')");
        exec("INSERT INTO client_fields VALUES ('" + id + "', " + sqlText("\xEF\xBC\xA1") + ", 'fullwidth')");

        ExportOptions o;
        o.format = ExportFormat::Directory;
        const QString out = fx.dir.filePath(QStringLiteral("odd"));
        Exporter(*fx.vault).run(out, o);

        const QByteArray data = readAll(out + QStringLiteral("/data.json"));
        // Every record line is what QJsonDocument writes for it: keys in its order, its escapes.
        const QList<QByteArray> lines = data.split('\n');
        int records = 0;
        for (QByteArray line : lines) {
            if (!line.startsWith("{\"") || line.startsWith("{\"exportedAt\""))
                continue;
            if (line.endsWith(','))
                line.chop(1);
            if (line.endsWith(']'))
                line.chop(1);
            QCOMPARE(line, asQtWritesIt(line));
            ++records;
        }
        QVERIFY(records > 10);

        const QJsonArray clients = QJsonDocument::fromJson(data).object().value(QStringLiteral("clients")).toArray();
        const auto mine = std::find_if(clients.begin(), clients.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("id")).toString() == fx.clientIds[0];
        });
        QVERIFY(mine != clients.end());
        const QJsonObject c = mine->toObject();
        QCOMPARE(c.value(QStringLiteral("givenName")).toString(), QString::fromUtf8(badName));
        QCOMPARE(c.value(QStringLiteral("displayName")).toString(), QStringLiteral("=Name")); // fromUtf8 drops a BOM
        QCOMPARE(c.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-05T12:34:56.000Z"));
        QCOMPARE(c.value(QStringLiteral("updated")).toString(), QStringLiteral("2026-01-06T00:00:00.000Z"));
        const QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("VAT")).toString(), QStringLiteral("wins"));
        QCOMPARE(fields.keys().size(), 3);

        const QByteArray csv = readAll(out + QStringLiteral("/csv/clients.csv"));
        QVERIFY(csv.contains("," + CsvWriter::encodeCell(QStringLiteral("=Name")) + ","));
        QVERIFY(csv.contains("," + CsvWriter::encodeCell(QString::fromUtf8(badName)) + ","));
        QVERIFY(csv.contains(",2026-01-05T12:34:56.000Z,"));
        const QByteArray fieldsCsv = readAll(out + QStringLiteral("/csv/client_fields.csv"));
        QVERIFY(fieldsCsv.contains(id + ",VAT,wins\r\n"));
        QVERIFY(!fieldsCsv.contains(id + ",VAT,\"LV400")); // the key read first, overwritten as QMap does
        // QMap order: U+1F600 (a surrogate pair, D83D) sorts before U+FF21 in UTF-16.
        QVERIFY(fieldsCsv.indexOf("emoji") < fieldsCsv.indexOf("fullwidth"));
    }
};

QTEST_GUILESS_MAIN(TestRecordSource)
#include "TestRecordSource.moc"
