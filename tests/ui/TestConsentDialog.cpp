// Recording a consent from a client's Consents tab (ConsentDialog over ConsentStore, offscreen): the
// date is today unless the user gives the day the client said so, and no day to come can be chosen; the
// catalogue's purposes are offered (a new vault has none, and says who defines them), the policy version
// in force on the day chosen is the one recorded, a grant may end, and a signed form goes in with it.
// Pictures when COFFER_SCREENSHOTS is set.
#include "ClientFixtures.h"
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientLabels.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/ConsentDialog.h"
#include "clients/ConsentsPanel.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace coffer;
using namespace coffer::test;

namespace {

QStringList items(const QComboBox* combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

} // namespace

class TestConsentDialog : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewVaultHasNoPurposesAndSaysWhoDefinesThem();
    void dateIsTodayOrADayBeforeNeverOneToCome();
    void theCatalogueIsOfferedWithThePolicyInForceOnTheDay();

private:
    void showClient(int row);
    ConsentDialog* openDialog();
    void record(ConsentDialog* dialog, const QString& purpose);

    std::optional<VaultFixture> m_fixture;
    std::unique_ptr<ClientsPage> m_page;
};

void TestConsentDialog::init()
{
    m_fixture.emplace(QStringLiteral("Owner"), QStringLiteral("consents.coffer"));
    QVERIFY(m_fixture->dir.isValid());
    if (QTest::currentTestFunction() != QByteArray("aNewVaultHasNoPurposesAndSaysWhoDefinesThem"))
        definePurposes(*m_fixture->vault, {QStringLiteral("Newsletter")});
    addPerson(*m_fixture->vault, QStringLiteral("Jūratė"), QStringLiteral("Kazlauskaitė"));
    addPerson(*m_fixture->vault, QStringLiteral("Līga"), QStringLiteral("Liepa"));
    m_page = std::make_unique<ClientsPage>(*m_fixture->vault);
    m_page->resize(1090, 740);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestConsentDialog::cleanup()
{
    GuiTestCase::cleanup();
    m_page.reset(); // and the dialog it owns, when a test failed with it open
    m_fixture.reset();
}

void TestConsentDialog::showClient(int row)
{
    selectRow(m_page.get(), row);
    findNamed<QTabWidget>(m_page.get(), "clientTabs")->setCurrentWidget(m_page->view()->consents());
}

ConsentDialog* TestConsentDialog::openDialog()
{
    click(findNamed<QPushButton>(m_page.get(), "changeConsentButton"));
    ConsentDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_page->view()->findChild<ConsentDialog*>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestConsentDialog::record(ConsentDialog* dialog, const QString& purpose)
{
    findNamed<QComboBox>(dialog, "consentPurposeCombo")->setCurrentText(purpose);
    const QPointer<ConsentDialog> open(dialog); // it deletes itself once closed
    click(findNamed<QPushButton>(dialog, "recordConsentButton"));
    QTRY_VERIFY(!open || !open->isVisible());
}

void TestConsentDialog::aNewVaultHasNoPurposesAndSaysWhoDefinesThem()
{
    showClient(0);
    ConsentDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* purpose = findNamed<QComboBox>(dialog, "consentPurposeCombo");
    QVERIFY(!purpose->isEditable()); // the catalogue's purposes, never a new spelling
    QCOMPARE(purpose->count(), 0);
    QVERIFY(!findNamed<QPushButton>(dialog, "recordConsentButton")->isEnabled());
    QVERIFY(findNamed<QLabel>(dialog, "consentNote")->text().contains(QStringLiteral("Purposes & Policies")));
    QVERIFY(!findNamed<QComboBox>(dialog, "consentPolicyCombo")->isEnabled());
    QCOMPARE(items(findNamed<QComboBox>(dialog, "consentSourceCombo")),
             QStringList{QString()} + ClientLabels::consentSources());
    screenshot(dialog, QStringLiteral("consent-01-no-purposes"));
    click(findNamed<QPushButton>(dialog, "cancelButton"));
}

void TestConsentDialog::dateIsTodayOrADayBeforeNeverOneToCome()
{
    showClient(0);
    ConsentDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* date = findNamed<QDateEdit>(dialog, "consentDateEdit");
    const QDate today = QDate::currentDate();
    QCOMPARE(date->date(), today);
    QCOMPARE(dialog->date(), today);
    QCOMPARE(date->maximumDate(), today);
    QVERIFY(date->displayFormat().contains(QStringLiteral("yyyy"))); // the year in full
    // Neither the arrow key, nor the calendar, nor a date set directly goes past today.
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(date->date(), today);
    date->setDate(today.addDays(1));
    QCOMPARE(date->date(), today);
    QVERIFY(date->calendarPopup());
    QCOMPARE(date->calendarWidget()->maximumDate(), today);

    const QDate given = today.addDays(-12);
    date->setDate(given);
    QCOMPARE(dialog->date(), given);
    date->calendarWidget()->setSelectedDate(given);
    // The calendar, opened from its arrow as a user would: the days after today cannot be chosen.
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 8, date->height() / 2));
    QCalendarWidget* calendar = date->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    screenshot(calendar->window(), QStringLiteral("consent-02-calendar"));
    calendar->window()->hide();
    screenshot(dialog, QStringLiteral("consent-03-given-day"));
    record(dialog, QStringLiteral("Newsletter"));

    const std::vector<Consent> history = ConsentStore(*m_fixture->vault).history(m_page->view()->clientId());
    QCOMPARE(int(history.size()), 1);
    QCOMPARE(history[0].time.toLocalTime().date(), given);
    auto* table = findNamed<QTreeWidget>(m_page.get(), "consentHistory");
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(0), QLocale().toString(given, QLocale::ShortFormat));
    screenshot(m_page.get(), QStringLiteral("consent-04-history"));
}

void TestConsentDialog::theCatalogueIsOfferedWithThePolicyInForceOnTheDay()
{
    Vault& vault = *m_fixture->vault;
    definePurposes(vault, {QStringLiteral("Photos"), QStringLiteral("Loyalty card")});
    const QDate today = QDate::currentDate();
    archivePolicies(vault, {QStringLiteral("2025-01")}, today.addDays(-200));
    archivePolicies(vault, {QStringLiteral("2026-06")}, today.addDays(-20));
    showClient(1);
    ConsentDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* purpose = findNamed<QComboBox>(dialog, "consentPurposeCombo");
    QCOMPARE(items(purpose),
             (QStringList{QStringLiteral("Loyalty card"), QStringLiteral("Newsletter"), QStringLiteral("Photos")}));
    QCOMPARE(purpose->currentIndex(), -1); // a choice to make, not a default to overlook
    QVERIFY(!findNamed<QPushButton>(dialog, "recordConsentButton")->isEnabled());
    auto* policy = findNamed<QComboBox>(dialog, "consentPolicyCombo");
    QVERIFY(policy->itemText(0).contains(QStringLiteral("2026-06")));
    findNamed<QDateEdit>(dialog, "consentDateEdit")->setDate(today.addDays(-100));
    QVERIFY(policy->itemText(0).contains(QStringLiteral("2025-01")));
    findNamed<QDateEdit>(dialog, "consentDateEdit")->setDate(today);
    findNamed<QCheckBox>(dialog, "consentEndsCheck")->setChecked(true);
    findNamed<QDateEdit>(dialog, "consentExpiresEdit")->setDate(today.addYears(2));
    const QString form = m_fixture->dir.filePath(QStringLiteral("signed form.pdf"));
    writeAll(form, "%PDF-1.4 signed");
    dialog->setEvidencePath(form);
    purpose->setCurrentIndex(purpose->findText(QStringLiteral("Photos")));
    screenshot(dialog, QStringLiteral("consent-05-catalogue"));
    record(dialog, QStringLiteral("Photos"));

    const QString client = m_page->view()->clientId();
    const Consent c = ConsentStore(vault).history(client).back();
    QCOMPARE(c.purpose, QStringLiteral("Photos"));
    QCOMPARE(c.policyVersion, QStringLiteral("2026-06"));
    QCOMPARE(c.expires, today.addYears(2));
    const std::vector<StoredFile> files = FileStore(vault).list(client);
    QCOMPARE(int(files.size()), 1);
    QCOMPARE(c.evidenceFileId, files.at(0).id);
    QCOMPARE(files.at(0).name, QStringLiteral("signed form.pdf"));
}

QTEST_MAIN(TestConsentDialog)
#include "TestConsentDialog.moc"
