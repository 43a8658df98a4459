// Folded sign-ins: a user's sign-ins and locks one after another become one row once there are two
// sign-ins, whatever page boundaries the log arrived in; anything else between, or another user, ends
// the run, and nothing read is ever lost or shown twice.
#include "admin/SignInFolding.h"

#include <QTest>

using namespace coffer;

namespace {

// "S:a" a sign-in by a, "L:a" a lock by a, "X:a" anything else by a; newest first.
std::vector<AuditEntry> entries(const QString& codes)
{
    std::vector<AuditEntry> out;
    qint64 seq = 1000;
    for (const QString& code : codes.split(u' ', Qt::SkipEmptyParts)) {
        AuditEntry e;
        e.seq = seq--;
        e.action = code.startsWith(u'S')   ? QStringLiteral("signin")
                   : code.startsWith(u'L') ? QStringLiteral("lock")
                                           : QStringLiteral("client.update");
        e.actor = code.section(u':', 1);
        out.push_back(e);
    }
    return out;
}

// A plain row as its code, a fold as "2 in 4 by a" (sign-ins, entries, user).
QString describe(const AuditRow& row)
{
    if (!row.isFold()) {
        const AuditEntry& e = row.entries.front();
        const QChar kind = e.action == QLatin1String("signin") ? u'S' : e.action == QLatin1String("lock") ? u'L' : u'X';
        return QStringLiteral("%1:%2").arg(kind).arg(e.actor);
    }
    return QStringLiteral("%1 in %2 by %3").arg(row.signIns).arg(row.entries.size()).arg(row.entries.front().actor);
}

} // namespace

class TestSignInFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsRunsWhateverThePages_data();
    void foldsRunsWhateverThePages();
};

void TestSignInFolding::foldsRunsWhateverThePages_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("expected"); // the rows, separated by " | "

    QTest::newRow("one sign-in stays a row") << "S:a X:a"
                                             << "S:a | X:a";
    QTest::newRow("two sign-ins fold") << "S:a S:a"
                                       << "2 in 2 by a";
    QTest::newRow("sessions with locks fold") << "L:a S:a L:a S:a L:a S:a X:a"
                                              << "3 in 6 by a | X:a";
    QTest::newRow("another user ends the run") << "L:a S:a L:b S:b L:b S:b"
                                               << "L:a | S:a | 2 in 4 by b";
    QTest::newRow("other work ends the run") << "S:a L:a X:a S:a L:a"
                                             << "S:a | L:a | X:a | S:a | L:a";
    QTest::newRow("two runs of one user") << "S:a S:a X:b S:a S:a S:a"
                                          << "2 in 2 by a | X:b | 3 in 3 by a";
    QTest::newRow("locks alone never fold") << "L:a L:a L:a"
                                            << "L:a | L:a | L:a";
}

void TestSignInFolding::foldsRunsWhateverThePages()
{
    QFETCH(QString, log);
    QFETCH(QString, expected);
    const std::vector<AuditEntry> all = entries(log);
    // Every way of cutting the log into pages of one size gives the same rows.
    for (size_t pageSize = 1; pageSize <= all.size(); ++pageSize) {
        SignInFolding folding;
        std::vector<AuditRow> rows;
        for (size_t first = 0; first < all.size(); first += pageSize) {
            std::vector<AuditEntry> page(all.begin() + qsizetype(first),
                                         all.begin() + qsizetype(std::min(all.size(), first + pageSize)));
            auto next = page.begin();
            if (!rows.empty()) {
                const auto end = folding.continuing(rows.back(), next, page.end());
                for (; next != end; ++next)
                    rows.back().add(std::move(*next));
            }
            const bool last = first + pageSize >= all.size();
            for (AuditRow& row : folding.rows(next, page.end(), last))
                rows.push_back(std::move(row));
        }
        QStringList got;
        size_t count = 0;
        for (const AuditRow& row : rows) {
            got << describe(row);
            count += row.entries.size();
        }
        QCOMPARE(got.join(QStringLiteral(" | ")), expected);
        QCOMPARE(count, all.size());
        QVERIFY(!folding.isOpen());
    }
}

QTEST_GUILESS_MAIN(TestSignInFolding)
#include "TestSignInFolding.moc"
