// The Requests page: open requests by due date with the overdue first and marked, the filters, the
// count of those due within a week, and New Request for someone not yet identified.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "privacy/RequestRegister.h"
#include "privacy/RequestsPage.h"
#include "records/ClientStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using namespace coffer::test;

class TestRequestsPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void overdueFirstAndNewRequestsCounted()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("requests.coffer"));
        Vault& v = *f.vault;
        Client c;
        c.givenName = QStringLiteral("Ilze");
        c.familyName = QStringLiteral("Ozoliņa");
        const QString ilze = ClientStore(v).add(c);
        RequestRegister reg(v);
        const QDate today = QDate::currentDate();
        reg.add({ilze, {}, RequestType::Portability, RequestChannel::Letter, today.addDays(-3)});
        const QString late = reg.add({ilze, {}, RequestType::Access, RequestChannel::Email, today.addMonths(-2)});
        const QString done = reg.add({ilze, {}, RequestType::Rectification, RequestChannel::Phone, today});
        reg.close(done, RequestStatus::Done, QStringLiteral("Phone number corrected"));

        RequestsPage page(v);
        page.resize(1090, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* list = findNamed<QTreeWidget>(&page, "requestsList");
        QCOMPARE(list->topLevelItemCount(), 2); // open ones only, at first
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), late);
        QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("overdue")),
                 qPrintable(list->topLevelItem(0)->text(1)));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Ilze Ozoliņa"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Access to their data"));
        QCOMPARE(page.dueSoon(), 1); // the overdue one; the other is due in four weeks
        screenshot(&page, QStringLiteral("requests-01-list"));

        auto* status = findNamed<QComboBox>(&page, "requestStatusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("All requests")));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(2)->data(0, Qt::UserRole).toString(), done); // closed ones last
        auto* type = findNamed<QComboBox>(&page, "requestTypeFilter");
        type->setCurrentIndex(type->findText(QStringLiteral("Correction")));
        QCOMPARE(list->topLevelItemCount(), 1);
        type->setCurrentIndex(0);
        status->setCurrentIndex(0);

        // A request from someone not in the vault, received yesterday; the dialog says when it is due.
        QSignalSpy dueSoon(&page, &RequestsPage::dueSoonChanged);
        click(&page, "newRequestButton");
        auto* dialog = visibleWindow<QDialog>("newRequestDialog");
        QVERIFY(dialog);
        auto* received = findNamed<QDateEdit>(dialog, "requestReceivedEdit");
        QCOMPARE(received->maximumDate(), today); // never a day in the future
        received->setDate(today.addMonths(-1).addDays(2));
        findNamed<QLineEdit>(dialog, "requesterEdit")->setText(QStringLiteral("Caller who gave the name Jānis"));
        auto* typeCombo = findNamed<QComboBox>(dialog, "requestTypeCombo");
        typeCombo->setCurrentIndex(typeCombo->findText(QStringLiteral("Erasure")));
        QVERIFY(findNamed<QLabel>(dialog, "requestDueLabel")->text().contains(QStringLiteral("one month")));
        screenshot(dialog, QStringLiteral("requests-02-new"));
        click(dialog, "recordRequestButton");
        QTRY_COMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(reg.list({.openOnly = true}).size(), size_t(3));
        QCOMPARE(dueSoon.count(), 1);
        QCOMPARE(page.dueSoon(), 2); // due in two days
        bool found = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            found |= list->topLevelItem(i)->text(3).contains(QStringLiteral("not yet identified"));
        QVERIFY(found);
    }

    void viewersSeeRequestsButCannotRecordThem()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("viewer.coffer"));
        f.addMember(QStringLiteral("Vik"), Role::Viewer);
        RequestRegister(*f.vault).add(
            {{}, QStringLiteral("a letter"), RequestType::Objection, RequestChannel::Letter, {}});
        f.vault->lock();
        auto viewer = f.signInAs(QStringLiteral("Vik"));
        RequestsPage page(*viewer);
        QVERIFY(!findNamed<QPushButton>(&page, "newRequestButton"));
        QCOMPARE(findNamed<QTreeWidget>(&page, "requestsList")->topLevelItemCount(), 1);
    }

    void anEmptyRegisterSaysWhatItIsFor()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("empty.coffer"));
        RequestsPage page(*f.vault);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(findNamed<QLabel>(&page, "requestsEmptyLabel")->isVisible());
        QVERIFY(!findNamed<QTreeWidget>(&page, "requestsList")->isVisible());
        QCOMPARE(page.dueSoon(), 0);
    }
};

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
