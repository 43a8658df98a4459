// The Requests page: open requests by due date with the overdue first and marked, the filters, the
// count of those due within a week, New Request for someone not yet identified, and a request's dialog
// that carries it out (the access pack) and closes it.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "privacy/BusinessDetailsGroup.h"
#include "privacy/RequestRegister.h"
#include "privacy/RequestsPage.h"
#include "records/ClientStore.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
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

    // The owner answers an access request from its dialog: identity checked, the access pack made where
    // they chose, its export shown as evidence, the request closed as done.
    void anAccessRequestIsAnsweredFromItsDialog()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("answer.coffer"));
        Vault& v = *f.vault;
        const QString ilze = addSampleClient(v);
        RequestRegister reg(v);
        const QString id = reg.add({ilze, {}, RequestType::Access, RequestChannel::Email, QDate::currentDate()});
        RequestsPage page(v);
        page.resize(1090, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* list = findNamed<QTreeWidget>(&page, "requestsList");
        emit list->itemActivated(list->topLevelItem(0), 0);
        auto* dialog = visibleWindow<QDialog>("requestDialog");
        QVERIFY(dialog);
        QVERIFY(findNamed<QLabel>(dialog, "requestIdentityLabel")->text().contains(QStringLiteral("Not checked")));

        click(dialog, "identityButton");
        auto* identity = visibleWindow<QInputDialog>("identityDialog");
        QVERIFY(identity);
        identity->setTextValue(QStringLiteral("Replied from the email address on record"));
        identity->accept();
        QTRY_VERIFY(findNamed<QLabel>(dialog, "requestIdentityLabel")->text().contains(QStringLiteral("Replied")));
        QCOMPARE(reg.get(id).identityMethod, QStringLiteral("Replied from the email address on record"));

        UrlRecorder urls;
        auto* carryOut = findNamed<QPushButton>(dialog, "carryOutButton");
        QVERIFY(carryOut->text().contains(QStringLiteral("Access Pack")));
        click(dialog, "carryOutButton");
        QPointer<QFileDialog> chooser = dialog->findChild<QFileDialog*>(QStringLiteral("accessPackFileDialog"));
        QVERIFY(chooser);
        const QString folder = f.dir.filePath(QStringLiteral("Access pack Anna"));
        chooser->selectFile(folder);
        static_cast<QDialog*>(chooser.data())->accept();
        QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<QMessageBox>("accessPackReadyBox"), kTaskTimeout);
        auto* ready = visibleWindow<QMessageBox>("accessPackReadyBox");
        QVERIFY(ready->text().contains(QDir::toNativeSeparators(folder)));
        QVERIFY(QFileInfo(folder + QStringLiteral("/letter.pdf")).isFile());
        QVERIFY(QFileInfo(folder + QStringLiteral("/data.zip")).isFile());
        screenshot(ready, QStringLiteral("requests-03-pack-ready"));
        ready->accept();
        auto* evidence = findNamed<QTreeWidget>(dialog, "evidenceList");
        QCOMPARE(evidence->topLevelItemCount(), 1);
        QCOMPARE(evidence->topLevelItem(0)->text(3), reg.get(id).evidence.at(0).reference);
        QCoreApplication::processEvents();
        screenshot(dialog, QStringLiteral("requests-04-dialog-with-evidence"));

        click(dialog, "closeRequestButton");
        auto* close = visibleWindow<QDialog>("closeRequestDialog");
        QVERIFY(close);
        QVERIFY(findNamed<QRadioButton>(close, "closeRefusedRadio")->isEnabled()); // the owner may refuse
        close->accept(); // done, the evidence above being the reason
        QTRY_COMPARE(reg.get(id).status, RequestStatus::Done);
        QVERIFY(!findNamed<QPushButton>(dialog, "closeRequestButton")->isEnabled());
        QTRY_COMPARE(list->topLevelItemCount(), 0); // the page shows open requests
    }

    // A register of hundreds opens with its first rows and brings the others as the user scrolls, in the
    // same order, none twice.
    void aLongRegisterLoadsAsItIsScrolled()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("long.coffer"));
        Vault& v = *f.vault;
        const QString ilze = addSampleClient(v);
        {
            Transaction tx(v.database());
            RequestRegister reg(v);
            for (int i = 0; i < 450; ++i)
                reg.add(
                    {ilze, {}, RequestType::Access, RequestChannel::Email, QDate::currentDate().addDays(-(i % 40))});
            tx.commit();
        }
        RequestsPage page(v);
        page.resize(1090, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* list = findNamed<QTreeWidget>(&page, "requestsList");
        QCOMPARE(list->topLevelItemCount(), RequestsPage::kChunk);
        QVERIFY(findNamed<QLabel>(&page, "requestsCountLabel")->text().contains(QStringLiteral("450")));
        for (int i = 0; i < 5; ++i) {
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        QCOMPARE(list->topLevelItemCount(), 450);
        QSet<QString> ids;
        QDate previous;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const DataRequest r = RequestRegister(v).get(list->topLevelItem(i)->data(0, Qt::UserRole).toString());
            QVERIFY(!previous.isValid() || r.due >= previous); // overdue first, then by the day to answer by
            previous = r.due;
            ids.insert(r.id);
        }
        QCOMPARE(ids.size(), 450);
    }

    // A request from someone not yet identified is linked to their record once it is known who they are.
    void aRequestFromAStrangerIsLinkedToTheirRecord()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("link.coffer"));
        Vault& v = *f.vault;
        const QString anna = addSampleClient(v);
        RequestRegister reg(v);
        const QString id = reg.add({{},
                                    QStringLiteral("Caller, said she is Anna"),
                                    RequestType::Erasure,
                                    RequestChannel::Phone,
                                    QDate::currentDate()});
        RequestsPage page(v);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* list = findNamed<QTreeWidget>(&page, "requestsList");
        emit list->itemActivated(list->topLevelItem(0), 0);
        auto* dialog = visibleWindow<QDialog>("requestDialog");
        QVERIFY(dialog);
        QVERIFY(!findNamed<QPushButton>(dialog, "carryOutButton")->isEnabled()); // nobody to erase yet
        click(dialog, "linkClientButton");
        auto* search = visibleWindow<QInputDialog>("linkClientSearchDialog");
        QVERIFY(search);
        search->setTextValue(QStringLiteral("ozola"));
        search->accept();
        QTRY_VERIFY(visibleWindow<QInputDialog>("linkClientPickDialog"));
        auto* pick = visibleWindow<QInputDialog>("linkClientPickDialog");
        QVERIFY(pick->textValue().startsWith(QStringLiteral("Anna Ozola")));
        pick->accept();
        QTRY_COMPARE(reg.get(id).clientId, anna);
        QVERIFY(reg.get(id).requester.isEmpty());
        QTRY_VERIFY(findNamed<QPushButton>(dialog, "carryOutButton")->isEnabled());
        QVERIFY(!findNamed<QPushButton>(dialog, "linkClientButton")->isVisible());
        dialog->close();
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
        auto* list = findNamed<QTreeWidget>(&page, "requestsList");
        QCOMPARE(list->topLevelItemCount(), 1);
        // They open it, and see why they cannot handle it.
        emit list->itemActivated(list->topLevelItem(0), 0);
        auto* dialog = visibleWindow<QDialog>("requestDialog");
        QVERIFY(dialog);
        for (const char* name : {"identityButton", "extendButton", "closeRequestButton"}) {
            auto* button = findNamed<QPushButton>(dialog, name);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY(button->toolTip().contains(QStringLiteral("Viewers")));
        }
        dialog->close();
    }

    void theBusinessFillsInItsDetailsOnce()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("business.coffer"));
        BusinessDetailsGroup group(*f.vault);
        group.resize(760, 640);
        group.show();
        QVERIFY(QTest::qWaitForWindowExposed(&group));
        auto* save = findNamed<QPushButton>(&group, "saveBusinessDetailsButton");
        QVERIFY(!save->isEnabled()); // nothing typed yet
        QVERIFY(findNamed<QLabel>(&group, "businessDetailsStatus")->text().contains(QStringLiteral("Fill in")));
        QTest::keyClicks(findNamed<QLineEdit>(&group, "businessNameEdit"), QStringLiteral("Ozols SIA"));
        QTest::keyClicks(findNamed<QLineEdit>(&group, "businessEmailEdit"), QStringLiteral("privacy@ozols.lv"));
        findNamed<QPlainTextEdit>(&group, "businessAddressEdit")->setPlainText(QStringLiteral("Brīvības iela 1\nRīga"));
        findNamed<QComboBox>(&group, "businessAuthorityCombo")->setCurrentIndex(1);
        QVERIFY(save->isEnabled());
        screenshot(&group, QStringLiteral("requests-05-business-details"));
        save->click();
        const ControllerDetails saved = Controller::details(*f.vault);
        QCOMPARE(saved.name, QStringLiteral("Ozols SIA"));
        QCOMPARE(saved.address, QStringLiteral("Brīvības iela 1\nRīga"));
        QVERIFY(saved.authority.startsWith(QStringLiteral("Datu valsts inspekcija")));
        QVERIFY(!save->isEnabled());

        f.addMember(QStringLiteral("Eva"), Role::Editor);
        f.vault->lock();
        auto editor = f.signInAs(QStringLiteral("Eva"));
        BusinessDetailsGroup seen(*editor);
        QVERIFY(!findNamed<QPushButton>(&seen, "saveBusinessDetailsButton"));
        QVERIFY(findNamed<QLineEdit>(&seen, "businessNameEdit")->isReadOnly());
        QCOMPARE(findNamed<QLineEdit>(&seen, "businessNameEdit")->text(), QStringLiteral("Ozols SIA"));
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
