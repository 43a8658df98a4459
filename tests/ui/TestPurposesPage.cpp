// The Purposes & Policies page through its real widgets, offscreen: the owner adds a purpose with its
// lawful basis and corrects its description, archives a policy as text and then its successor as a
// file, and sees who consented under the old one; a viewer sees it all and changes nothing. Pictures
// when COFFER_SCREENSHOTS is set.
#include "GuiTestCase.h"
#include "PurposeFixtures.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "privacy/ProcessingRecord.h"
#include "privacy/PurposeDialogs.h"
#include "privacy/PurposesPage.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using namespace coffer::test;

namespace {

QString addClient(Vault& vault, const QString& given, const QString& family)
{
    Client c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {given.toLower() + QStringLiteral("@example.lv")};
    return ClientStore(vault).add(c);
}

} // namespace

class TestPurposesPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void anOwnerKeepsPurposesAndPoliciesAndSeesWhomToAskAgain()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("purposes.coffer"));
        Vault& v = *f.vault;
        const QString ilze = addClient(v, QStringLiteral("Ilze"), QStringLiteral("Ozoliņa"));
        const QString janis = addClient(v, QStringLiteral("Jānis"), QStringLiteral("Bērziņš"));
        PurposesPage page(v);
        page.resize(1090, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* purposes = findNamed<QTreeWidget>(&page, "purposesList");
        QCOMPARE(purposes->topLevelItemCount(), 0);
        QVERIFY(findNamed<QLabel>(&page, "askAgainEmptyLabel")->isVisible());

        click(&page, "addPurposeButton");
        auto* dialog = visibleWindow<PurposeDialog>("purposeDialog");
        QVERIFY(dialog);
        QVERIFY(!findNamed<QPushButton>(dialog, "saveButton")->isEnabled()); // no name yet
        findNamed<QLineEdit>(dialog, "purposeNameEdit")->setText(QStringLiteral("Newsletter"));
        findNamed<QPlainTextEdit>(dialog, "purposeDescriptionEdit")->setPlainText(QStringLiteral("News by email"));
        screenshot(dialog, QStringLiteral("purposes-01-add"));
        click(dialog, "saveButton");
        QTRY_COMPARE(purposes->topLevelItemCount(), 1);
        QVERIFY(purposes->topLevelItem(0)->text(1).contains(QStringLiteral("Art. 6(1)(a)")));

        click(&page, "addPurposeButton");
        dialog = visibleWindow<PurposeDialog>("purposeDialog");
        QVERIFY(dialog);
        findNamed<QLineEdit>(dialog, "purposeNameEdit")->setText(QStringLiteral("Contract"));
        auto* basis = findNamed<QComboBox>(dialog, "purposeBasisCombo");
        basis->setCurrentIndex(basis->findData(int(LawfulBasis::Contract)));
        click(dialog, "saveButton");
        QTRY_COMPARE(purposes->topLevelItemCount(), 2);
        QCOMPARE(PurposeCatalogue(v).find(QStringLiteral("Contract"))->basis, LawfulBasis::Contract);

        // Its name stays (consents name it); its description is corrected.
        purposes->setCurrentItem(purposes->topLevelItem(1));
        QCOMPARE(purposes->currentItem()->text(0), QStringLiteral("Newsletter"));
        click(&page, "editPurposeButton");
        dialog = visibleWindow<PurposeDialog>("purposeDialog");
        QVERIFY(dialog);
        QVERIFY(findNamed<QLineEdit>(dialog, "purposeNameEdit")->isReadOnly());
        findNamed<QPlainTextEdit>(dialog, "purposeDescriptionEdit")->setPlainText(QStringLiteral("Monthly news"));
        click(dialog, "saveButton");
        QTRY_COMPARE(PurposeCatalogue(v).find(QStringLiteral("Newsletter"))->description,
                     QStringLiteral("Monthly news"));

        // What the record of processing says of it (Art. 30), edited here.
        purposes->setCurrentItem(purposes->topLevelItem(1));
        click(&page, "processingRecordButton");
        auto* record = visibleWindow<QDialog>("processingRecordDialog");
        QVERIFY(record);
        findNamed<QPlainTextEdit>(record, "recordRecipientsEdit")->setPlainText(QStringLiteral("Our mail provider"));
        screenshot(record, QStringLiteral("purposes-04-record"));
        click(record, "saveButton");
        QTRY_COMPARE(ProcessingRecord::build(v).entries.at(1).recipients, QStringLiteral("Our mail provider"));

        const QDate today = QDate::currentDate();
        click(&page, "addPolicyButton");
        auto* policy = visibleWindow<PolicyDialog>("policyDialog");
        QVERIFY(policy);
        auto* effective = findNamed<QDateEdit>(policy, "policyEffectiveEdit");
        QCOMPARE(effective->maximumDate(), today); // never a day to come
        findNamed<QLineEdit>(policy, "policyVersionEdit")->setText(QStringLiteral("2026-01"));
        effective->setDate(today.addDays(-60));
        findNamed<QPlainTextEdit>(policy, "policyTextEdit")->setPlainText(QStringLiteral("We keep your email."));
        screenshot(policy, QStringLiteral("purposes-02-policy"));
        click(policy, "saveButton");
        auto* policies = findNamed<QTreeWidget>(&page, "policiesList");
        QTRY_COMPARE(policies->topLevelItemCount(), 1);
        QVERIFY(policies->topLevelItem(0)->text(0).contains(QStringLiteral("in force")));

        ConsentStore(v).set(ilze, QStringLiteral("Newsletter"), ConsentState::Granted);
        ConsentStore(v).set(janis, QStringLiteral("Newsletter"), ConsentState::Refused);
        // The next version, as the PDF that was published.
        const QString pdf = f.dir.filePath(QStringLiteral("policy 2026-12.pdf"));
        writeAll(pdf, "%PDF-1.4 the new policy");
        click(&page, "addPolicyButton");
        policy = visibleWindow<PolicyDialog>("policyDialog");
        QVERIFY(policy);
        findNamed<QLineEdit>(policy, "policyVersionEdit")->setText(QStringLiteral("2026-12"));
        policy->setFilePath(pdf);
        QVERIFY(findNamed<QPushButton>(policy, "saveButton")->isEnabled());
        click(policy, "saveButton");
        QTRY_COMPARE(policies->topLevelItemCount(), 2);
        QCOMPARE(policies->topLevelItem(0)->text(2), QStringLiteral("policy 2026-12.pdf"));
        QCOMPARE(PolicyArchive(v).find(QStringLiteral("2026-12"))->file, QByteArray("%PDF-1.4 the new policy"));

        auto* ask = findNamed<QTreeWidget>(&page, "askAgainList");
        QTRY_COMPARE(ask->topLevelItemCount(), 1); // Jānis refused: nobody asks him again
        QCOMPARE(ask->topLevelItem(0)->data(0, Qt::UserRole).toString(), ilze);
        QCOMPARE(ask->topLevelItem(0)->text(3), QStringLiteral("2026-01"));
        screenshot(&page, QStringLiteral("purposes-03-page"));
    }

    void aViewerSeesTheCatalogueAndChangesNothing()
    {
        VaultFixture f(QStringLiteral("Owner"), QStringLiteral("viewer.coffer"));
        definePurposes(*f.vault, {QStringLiteral("Newsletter")});
        archivePolicies(*f.vault, {QStringLiteral("2026-01")});
        f.addMember(QStringLiteral("Vera"), Role::Viewer);
        f.vault->lock();
        auto viewer = f.signInAs(QStringLiteral("Vera"));
        PurposesPage page(*viewer);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(findNamed<QTreeWidget>(&page, "purposesList")->topLevelItemCount(), 1);
        QCOMPARE(findNamed<QTreeWidget>(&page, "policiesList")->topLevelItemCount(), 1);
        QVERIFY(!findNamed<QPushButton>(&page, "addPurposeButton"));
        QVERIFY(!findNamed<QPushButton>(&page, "editPurposeButton"));
        QVERIFY(!findNamed<QPushButton>(&page, "addPolicyButton"));
        QVERIFY(findNamed<QPushButton>(&page, "savePolicyButton"));
    }
};

QTEST_MAIN(TestPurposesPage)
#include "TestPurposesPage.moc"
