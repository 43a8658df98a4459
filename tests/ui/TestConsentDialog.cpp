// Recording a consent from a client's Consents tab (ConsentDialog over ConsentStore, offscreen): the
// date is today unless the user gives the day the client said so, and no day to come can be chosen;
// purposes are offered in the words the vault uses, a new vault the common ones. Pictures when
// COFFER_SCREENSHOTS is set.
#include "ClientFixtures.h"
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientLabels.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/ConsentDialog.h"
#include "clients/ConsentsPanel.h"
#include "records/ConsentStore.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
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
    void newVaultOffersTheCommonPurposes();
    void dateIsTodayOrADayBeforeNeverOneToCome();
    void purposesInUseAreOfferedInTheirOwnWords();

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

void TestConsentDialog::newVaultOffersTheCommonPurposes()
{
    showClient(0);
    ConsentDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* purpose = findNamed<QComboBox>(dialog, "consentPurposeCombo");
    QVERIFY(purpose->isEditable());
    QCOMPARE(items(purpose), (QStringList{QStringLiteral("Marketing calls"), QStringLiteral("Newsletter"),
                                          QStringLiteral("Photos"), QStringLiteral("Sharing with partners")}));
    QVERIFY(purpose->currentText().isEmpty()); // a choice to make, not a default to overlook
    QVERIFY(!findNamed<QPushButton>(dialog, "recordConsentButton")->isEnabled());
    QCOMPARE(items(findNamed<QComboBox>(dialog, "consentSourceCombo")),
             QStringList{QString()} + ClientLabels::consentSources());
    purpose->setCurrentIndex(purpose->findText(QStringLiteral("Photos")));
    QVERIFY(findNamed<QPushButton>(dialog, "recordConsentButton")->isEnabled());
    screenshot(dialog, QStringLiteral("consent-01-common-purposes"));
    record(dialog, QStringLiteral("Photos"));
    QCOMPARE(ConsentStore(*m_fixture->vault).purposes(), QStringList{QStringLiteral("Photos")});
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

void TestConsentDialog::purposesInUseAreOfferedInTheirOwnWords()
{
    // A spelling the vault has already (recorded by coffer-cli, or imported) is the one offered.
    ConsentStore(*m_fixture->vault)
        .set(addPerson(*m_fixture->vault, QStringLiteral("Řehoř"), QStringLiteral("Dvořák")),
             QStringLiteral("newsletter"), ConsentState::Granted);
    showClient(0);
    ConsentDialog* dialog = openDialog();
    QVERIFY(dialog);
    record(dialog, QStringLiteral("Loyalty card"));
    // Typed in another case, an offered purpose takes the offered spelling once the field is left.
    dialog = openDialog();
    QVERIFY(dialog);
    record(dialog, QStringLiteral("PHOTOS"));
    QCOMPARE(ConsentStore(*m_fixture->vault).history(m_page->view()->clientId()).back().purpose,
             QStringLiteral("Photos"));

    showClient(1); // purposes are the vault's, not only this client's
    dialog = openDialog();
    QVERIFY(dialog);
    const QStringList offered = items(findNamed<QComboBox>(dialog, "consentPurposeCombo"));
    QCOMPARE(offered, (QStringList{QStringLiteral("Loyalty card"), QStringLiteral("Marketing calls"),
                                   QStringLiteral("newsletter"), QStringLiteral("Photos"),
                                   QStringLiteral("Sharing with partners")}));
    auto* combo = findNamed<QComboBox>(dialog, "consentPurposeCombo");
    combo->showPopup();
    QTRY_VERIFY(combo->view()->isVisible());
    screenshot(dialog, QStringLiteral("consent-05-purposes-in-use"));
    screenshot(combo->view()->window(), QStringLiteral("consent-06-purpose-list"));
    combo->hidePopup();
}

QTEST_MAIN(TestConsentDialog)
#include "TestConsentDialog.moc"
