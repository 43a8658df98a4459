// The client form checks itself as it is typed in (ClientProfileForm with ValueListEdit and CountryCombo,
// in a ClientView on the Clients page, offscreen): a wrong email or phone is said under its own row in
// the error colour and Save waits until it is put right; the message goes as soon as it is; a value
// stored before these rules is pointed out when the client is shown. Pictures of each step when
// COFFER_SCREENSHOTS is set.
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientProfileForm.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/CountryCombo.h"
#include "clients/ValueListEdit.h"
#include "records/ClientStore.h"
#include "store/Database.h"
#include "widgets/Palette.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace coffer;
using namespace coffer::test;

namespace {

const QString kComma = QStringLiteral("This email address has a comma where a dot should be.");

// The label sits right under its row's line edit, and above the next row or the "Add" button: beside
// the value it is about, not at the bottom of the list.
void verifyUnderItsRow(ValueListEdit* list, int row)
{
    QLabel* label = list->problemLabelAt(row);
    QLineEdit* edit = list->editAt(row);
    QVERIFY(label && label->isVisible());
    const int editBottom = edit->mapTo(list, QPoint(0, edit->height())).y();
    const int labelTop = label->mapTo(list, QPoint(0, 0)).y();
    QVERIFY2(labelTop >= editBottom && labelTop <= editBottom + 8,
             qPrintable(QStringLiteral("label at %1, edit ends at %2").arg(labelTop).arg(editBottom)));
    QCOMPARE(label->mapTo(list, QPoint(0, 0)).x(), edit->mapTo(list, QPoint(0, 0)).x());
    QWidget* next = row + 1 < list->rowCount() ? static_cast<QWidget*>(list->editAt(row + 1))
                                               : list->findChild<QPushButton*>(QStringLiteral("addRowButton"));
    QVERIFY(label->mapTo(list, QPoint(0, label->height())).y() <= next->mapTo(list, QPoint(0, 0)).y());
    QVERIFY2(label->styleSheet().contains(Palette::name(ColorRole::Error)), qPrintable(label->styleSheet()));
    QVERIFY(edit->styleSheet().contains(Palette::name(ColorRole::Error)));
    QCOMPARE(edit->accessibleDescription(), label->text()); // a screen reader says it with the field
}

// A picture once the layouts have followed the last change, as the user sees it a moment later.
void picture(QWidget* widget, const QString& name)
{
    QTest::qWait(50);
    screenshot(widget, name);
}

void verifyClear(ValueListEdit* list, int row)
{
    QVERIFY(!list->problemLabelAt(row)->isVisible());
    QVERIFY(list->editAt(row)->styleSheet().isEmpty());
    QVERIFY(list->editAt(row)->accessibleDescription().isEmpty());
}

} // namespace

class TestClientProfileForm : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commaEmailIsSaidUnderItsRowAndSaveWaits();
    void messageWaitsForAPauseOrForLeavingTheField();
    void phonesAreCheckedAsTyped();
    void valuesStoredBeforeTheRulesArePointedOut();
    void blankFormOpensWithoutAnError();

private:
    void showPage();
    void startNewClient();
    ClientView* view() const { return m_page->view(); }
    ClientProfileForm* form() const { return view()->form(); }
    QPushButton* saveButton() const { return findNamed<QPushButton>(m_page.get(), "saveButton"); }

    std::optional<VaultFixture> m_fixture;
    std::unique_ptr<ClientsPage> m_page;
};

void TestClientProfileForm::init()
{
    m_fixture.emplace(QStringLiteral("Owner"), QStringLiteral("forms.coffer"));
    QVERIFY(m_fixture->dir.isValid());
}

void TestClientProfileForm::cleanup()
{
    GuiTestCase::cleanup();
    m_page.reset();
    m_fixture.reset();
}

void TestClientProfileForm::showPage()
{
    m_page = std::make_unique<ClientsPage>(*m_fixture->vault);
    m_page->resize(1090, 740); // the main window's page area at 1280×800
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestClientProfileForm::startNewClient()
{
    showPage();
    click(findNamed<QPushButton>(m_page.get(), "newClientButton"));
    typeText(findNamed<QLineEdit>(m_page.get(), "givenNameEdit"), QStringLiteral("Ilze"));
    typeText(findNamed<QLineEdit>(m_page.get(), "familyNameEdit"), QStringLiteral("Ozoliņa"));
}

void TestClientProfileForm::commaEmailIsSaidUnderItsRowAndSaveWaits()
{
    startNewClient();
    ValueListEdit* emails = form()->emails();
    typeText(emails->editAt(0), QStringLiteral("ilze@inbox.lv"));
    click(findNamed<QPushButton>(emails, "addRowButton"));
    typeText(emails->editAt(1), QStringLiteral("ilze.ozolina@inbox,lv"));
    QVERIFY(!saveButton()->isEnabled()); // at once, before any message
    QTRY_VERIFY(emails->problemLabelAt(1)->isVisible());
    QCOMPARE(emails->problemLabelAt(1)->text(), kComma);
    verifyUnderItsRow(emails, 1);
    verifyClear(emails, 0);
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(saveButton()->toolTip().contains(QStringLiteral("beside it")));
    picture(m_page.get(), QStringLiteral("forms-01-comma-email"));

    // Half put right: still wrong, and the words follow at once, since the row is already marked.
    emails->editAt(1)->setFocus();
    QTest::keyClick(emails->editAt(1), Qt::Key_End);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(emails->editAt(1), Qt::Key_Backspace);
    QCOMPARE(emails->editAt(1)->text(), QStringLiteral("ilze.ozolina@inbox"));
    QCOMPARE(emails->problemLabelAt(1)->text(),
             QStringLiteral("The part after the @ is not a domain such as example.com."));
    QVERIFY(!saveButton()->isEnabled());
    // Put right: the message goes with the last key, without waiting, and Save comes back.
    typeText(emails->editAt(1), QStringLiteral(".lv"));
    verifyClear(emails, 1);
    QVERIFY(saveButton()->isEnabled());
    picture(m_page.get(), QStringLiteral("forms-02-email-put-right"));

    click(saveButton());
    QVERIFY(!view()->clientId().isEmpty());
    QCOMPARE(ClientStore(*m_fixture->vault).get(view()->clientId()).emails,
             (QStringList{QStringLiteral("ilze@inbox.lv"), QStringLiteral("ilze.ozolina@inbox.lv")}));
}

void TestClientProfileForm::messageWaitsForAPauseOrForLeavingTheField()
{
    startNewClient();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    ValueListEdit* emails = form()->emails();
    emails->editAt(0)->setFocus();
    typeText(emails->editAt(0), QStringLiteral("ilze@"));
    // Half typed: Save waits, but nothing is said yet.
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(!emails->problemLabelAt(0)->isVisible());
    // Leaving the field says it at once.
    form()->phones()->editAt(0)->setFocus();
    QVERIFY(emails->problemLabelAt(0)->isVisible());
    QCOMPARE(emails->problemLabelAt(0)->text(), QStringLiteral("This email address has nothing after the @ sign."));

    // Coming back and typing on: a new problem waits for a pause in the typing.
    form()->phones()->editAt(0)->clear();
    emails->editAt(0)->setFocus();
    typeText(emails->editAt(0), QStringLiteral("inbox.lv"));
    verifyClear(emails, 0);
    typeText(form()->phones()->editAt(0), QStringLiteral("+371 2")); // four digits so far
    QVERIFY(!form()->phones()->problemLabelAt(0)->isVisible());
    QTest::qWait(ClientProfileForm::kRevealDelayMs / 2);
    QVERIFY(!form()->phones()->problemLabelAt(0)->isVisible());
    QTRY_VERIFY(form()->phones()->problemLabelAt(0)->isVisible());
    typeText(form()->phones()->editAt(0), QStringLiteral("912 3456"));
    verifyClear(form()->phones(), 0);

    // Saved with the shortcut before the pause is over, the focus still in a row the saved client
    // replaces: the client is stored, and nothing is said of rows that are gone.
    QLineEdit* phone = form()->phones()->editAt(0);
    phone->setFocus();
    QTest::keyClick(phone, Qt::Key_Backspace);
    typeText(phone, QStringLiteral("6"));
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!view()->clientId().isEmpty());
    QCOMPARE(ClientStore(*m_fixture->vault).get(view()->clientId()).phones,
             QStringList{QStringLiteral("+371 2912 3456")});
    QTest::qWait(ClientProfileForm::kRevealDelayMs + 100);
    verifyClear(form()->phones(), 0);
    verifyClear(form()->emails(), 0);
}

void TestClientProfileForm::phonesAreCheckedAsTyped()
{
    startNewClient();
    ValueListEdit* phones = form()->phones();
    typeText(phones->editAt(0), QStringLiteral("abc"));
    QTRY_VERIFY(phones->problemLabelAt(0)->isVisible());
    QCOMPARE(phones->problemLabelAt(0)->text(), QStringLiteral("This phone number has letters in it."));
    verifyUnderItsRow(phones, 0);
    QVERIFY(!saveButton()->isEnabled());
    phones->editAt(0)->clear();
    typeText(phones->editAt(0), QStringLiteral("12"));
    QTRY_COMPARE(phones->problemLabelAt(0)->text(),
                 QStringLiteral("This phone number is too short: it needs at least 5 digits."));
    click(findNamed<QPushButton>(phones, "addRowButton"));
    typeText(phones->editAt(1), QStringLiteral("(0)20 7946 0958"));
    QTest::qWait(ClientProfileForm::kRevealDelayMs + 100);
    verifyClear(phones, 1);
    picture(m_page.get(), QStringLiteral("forms-03-short-phone"));
    QVERIFY(!saveButton()->isEnabled());
    click(findNamed<QPushButton>(phones->editAt(0)->parentWidget(), "removeButton"));
    QTRY_COMPARE(phones->rowCount(), 1);
    verifyClear(phones, 0);
    QVERIFY(saveButton()->isEnabled());
}

// An email and a country stored by an earlier Coffer, which let them through: shown as they are, with
// what is wrong beside each; Save comes once both are put right.
void TestClientProfileForm::valuesStoredBeforeTheRulesArePointedOut()
{
    Client c;
    c.givenName = QStringLiteral("Ilze");
    c.familyName = QStringLiteral("Ozoliņa");
    c.emails = {QStringLiteral("ilze@inbox.lv")};
    const QString id = ClientStore(*m_fixture->vault).add(c);
    Database& db = m_fixture->vault->database();
    db.prepare("UPDATE client_emails SET email = 'ilze.ozolina@inbox,lv' WHERE client_id = ?").bind(1, id).run();
    db.prepare("UPDATE clients SET country = 'UK', first_email = 'ilze.ozolina@inbox,lv' WHERE id = ?")
        .bind(1, id)
        .run();
    showPage();
    selectRow(m_page.get(), 0);
    ValueListEdit* emails = form()->emails();
    QCOMPARE(emails->editAt(0)->text(), QStringLiteral("ilze.ozolina@inbox,lv")); // shown as stored
    verifyUnderItsRow(emails, 0);
    QCOMPARE(emails->problemLabelAt(0)->text(), kComma);
    auto* country = findNamed<CountryCombo>(m_page.get(), "countryCombo");
    QLabel* countryProblem = form()->problemLabel(ClientField::Country);
    QVERIFY(countryProblem->isVisible());
    QCOMPARE(countryProblem->text(),
             QStringLiteral("This is not a country code Coffer knows; the United Kingdom's is GB."));
    QCOMPARE(countryProblem->parentWidget(), country->parentWidget());
    QVERIFY(countryProblem->mapTo(form(), QPoint(0, 0)).y() >=
            country->mapTo(form(), QPoint(0, country->height())).y());
    picture(m_page.get(), QStringLiteral("forms-04-stored-before-the-rules"));

    emails->editAt(0)->clear();
    typeText(emails->editAt(0), QStringLiteral("ilze.ozolina@inbox.lv"));
    verifyClear(emails, 0);
    QVERIFY(!saveButton()->isEnabled()); // the country is still wrong
    country->setCurrentIndex(country->findData(QStringLiteral("GB")));
    emit country->activated(country->currentIndex());
    QVERIFY(!countryProblem->isVisible());
    QVERIFY(saveButton()->isEnabled());
    click(saveButton());
    const Client stored = ClientStore(*m_fixture->vault).get(id);
    QCOMPARE(stored.emails, QStringList{QStringLiteral("ilze.ozolina@inbox.lv")});
    QCOMPARE(stored.country, QStringLiteral("GB"));
    picture(m_page.get(), QStringLiteral("forms-05-put-right-and-saved"));
}

// A new client's form says nothing until Save is pressed without a name; then it says that beside the
// given name, and it goes as soon as a name is typed.
void TestClientProfileForm::blankFormOpensWithoutAnError()
{
    showPage();
    click(findNamed<QPushButton>(m_page.get(), "newClientButton"));
    QLabel* nameProblem = form()->problemLabel(ClientField::GivenName);
    QTest::qWait(ClientProfileForm::kRevealDelayMs + 100);
    QVERIFY(!nameProblem->isVisible());
    QVERIFY(saveButton()->isEnabled());
    click(saveButton());
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->text(), QStringLiteral("The person needs a name."));
    QVERIFY(saveButton()->isEnabled()); // pressing it again only says it again
    typeText(findNamed<QLineEdit>(m_page.get(), "givenNameEdit"), QStringLiteral("I"));
    QVERIFY(!nameProblem->isVisible());
    QVERIFY(view()->clientId().isEmpty());
}

QTEST_MAIN(TestClientProfileForm)
#include "TestClientProfileForm.moc"
