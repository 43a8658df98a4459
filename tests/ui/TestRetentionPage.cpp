// The Retention page through its real widgets, offscreen: the owner adds a rule from an example, sees
// who is due now and within 30 days, holds one client, runs retention after the question and gets one
// report; the held client and those not due stay. An editor sees who is due and cannot run it.
// Pictures when COFFER_SCREENSHOTS is set.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "privacy/RetentionPage.h"
#include "privacy/RetentionRun.h"
#include "records/ClientStore.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using namespace coffer::test;

namespace {

QString addClient(Vault& vault, const QString& name, const QDate& created, const QString& rule)
{
    Client c;
    c.displayName = name;
    c.retention = rule;
    const QString id = ClientStore(vault).add(c);
    vault.database()
        .prepare("UPDATE clients SET created = ?1, updated = ?1 WHERE id = ?2")
        .bind(1, QDateTime(created, QTime(10, 0), Qt::UTC).toString(Qt::ISODateWithMs))
        .bind(2, id)
        .run();
    return id;
}

QTreeWidgetItem* rowOf(QTreeWidget* list, const QString& clientId)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == clientId)
            return list->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestRetentionPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void theOwnerRunsRetentionAndGetsOneReport()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("retention.coffer"));
        Vault& v = *f.vault;
        v.setKeepBackups(0);
        RetentionPage page(v);
        page.resize(1090, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(findNamed<QLabel>(&page, "retentionSummary")->text().contains(QStringLiteral("No rules yet")));
        QVERIFY(!findNamed<QPushButton>(&page, "runRetentionButton")->isEnabled());

        // An example fills the form; the owner confirms the period by adding it.
        click(&page, "addRuleButton");
        auto* dialog = visibleWindow<QDialog>("retentionRuleDialog");
        QVERIFY(dialog);
        auto* example = findNamed<QComboBox>(dialog, "ruleExampleCombo");
        QVERIFY(example->count() >= 4);
        example->setCurrentIndex(1);
        QVERIFY(findNamed<QLineEdit>(dialog, "ruleNameEdit")->text().contains(QStringLiteral("example")));
        findNamed<QLineEdit>(dialog, "ruleNameEdit")->setText(QStringLiteral("Accounting"));
        screenshot(dialog, QStringLiteral("retention-01-rule"));
        click(dialog, "saveButton");
        QTRY_COMPARE(findNamed<QTreeWidget>(&page, "retentionRules")->topLevelItemCount(), 1);
        const auto added = Retention(v).rule(QStringLiteral("Accounting"));
        QVERIFY(added);
        QCOMPARE(added->periodText(), Retention::examples().front().periodText());

        const QDate today = QDate::currentDate();
        const int years = added->period;
        const QString due1 =
            addClient(v, QStringLiteral("Anna Old"), today.addYears(-years - 1), QStringLiteral("Accounting"));
        const QString due2 =
            addClient(v, QStringLiteral("Bruno Old"), today.addYears(-years).addDays(-3), QStringLiteral("Accounting"));
        const QString held =
            addClient(v, QStringLiteral("Cilda Held"), today.addYears(-years - 2), QStringLiteral("Accounting"));
        const QString soon =
            addClient(v, QStringLiteral("Dace Soon"), today.addYears(-years).addDays(10), QStringLiteral("Accounting"));
        const QString fresh = addClient(v, QStringLiteral("Eva New"), today, QStringLiteral("Accounting"));
        page.reload();
        auto* list = findNamed<QTreeWidget>(&page, "retentionDueList");
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(!rowOf(list, fresh));
        QCOMPARE(page.overdue(), 3);

        // A legal hold on one of them.
        list->setCurrentItem(rowOf(list, held));
        click(&page, "holdButton");
        auto* hold = visibleWindow<QDialog>("holdDialog");
        QVERIFY(hold);
        findNamed<QLineEdit>(hold, "holdReasonEdit")->setText(QStringLiteral("Tax audit of 2025"));
        click(hold, "saveButton");
        QTRY_VERIFY(rowOf(list, held)->text(0).startsWith(QStringLiteral("Held until")));
        QCOMPARE(page.overdue(), 2);
        screenshot(&page, QStringLiteral("retention-02-due"));

        QSignalSpy changed(&page, &RetentionPage::clientsChanged);
        click(&page, "runRetentionButton");
        QPointer<QMessageBox> question = findNamed<QMessageBox>(&page, "runRetentionQuestion");
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("2 client(s) will be erased")), qPrintable(question->text()));
        screenshot(question, QStringLiteral("retention-03-question"));
        QTest::mouseClick(findNamed<QPushButton>(question, "confirmButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QDialog>("retentionReport"), kTaskTimeout);
        screenshot(visibleWindow<QDialog>("retentionReport"), QStringLiteral("retention-04-report"));
        QCOMPARE(changed.count(), 1);
        ClientStore store(v);
        QVERIFY(!store.exists(due1) && !store.exists(due2));
        QVERIFY(store.exists(held) && store.exists(soon) && store.exists(fresh));
        QCOMPARE(v.database().scalar("SELECT count(*) FROM retention_runs"), 1);
        QCOMPARE(page.overdue(), 0);
        QVERIFY(!findNamed<QPushButton>(&page, "runRetentionButton")->isEnabled());
    }

    void anEditorSeesWhoIsDueAndCannotRunIt()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("editor.coffer"));
        RetentionRule r;
        r.name = QStringLiteral("Short");
        r.period = 1;
        r.unit = RetentionUnit::Days;
        r.trigger = QStringLiteral("created");
        Retention(*f.vault).addRule(r);
        addClient(*f.vault, QStringLiteral("Old"), QDate(2020, 1, 1), QStringLiteral("Short"));
        f.addMember(QStringLiteral("Eda"), Role::Editor);
        f.vault->lock();
        auto editor = f.signInAs(QStringLiteral("Eda"));
        RetentionPage page(*editor);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(findNamed<QTreeWidget>(&page, "retentionDueList")->topLevelItemCount(), 1);
        QVERIFY(!findNamed<QPushButton>(&page, "runRetentionButton"));
        QVERIFY(!findNamed<QPushButton>(&page, "addRuleButton"));
        QVERIFY(findNamed<QPushButton>(&page, "holdButton")); // a hold only keeps data
    }
};

QTEST_MAIN(TestRetentionPage)
#include "TestRetentionPage.moc"
