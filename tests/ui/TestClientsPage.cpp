// The Clients page through its real widgets, offscreen: adding a client with a Latvian name, two
// emails, a note and a dropped file; finding him with and without diacritics; a validation error
// beside its field that stores nothing; a consent change in the history. Pictures of each step when
// COFFER_SCREENSHOTS is set. (Roles, keyboard and accessibility: TestClientsPageAccess.)
#include "ClientFixtures.h"
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "PurposeFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientListModel.h"
#include "clients/ClientListPanel.h"
#include "clients/ClientProfileForm.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/ConsentDialog.h"
#include "clients/ConsentsPanel.h"
#include "clients/CountryCombo.h"
#include "clients/FilesPanel.h"
#include "clients/NotesPanel.h"
#include "clients/ValueListEdit.h"
#include "privacy/Restriction.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace coffer;
using namespace coffer::test;

class TestClientsPage : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addClientWithNoteAndFile();
    void searchWithAndWithoutDiacritics();
    void showRestrictedOrContactableClients();
    void validationErrorBesideTheField();
    void consentChangeShowsInHistory();

private:
    void showPage();
    ClientView* view() const { return m_page->view(); }
    template <typename T> T* named(const char* name) const { return findNamed<T>(m_page.get(), name); }

    std::optional<VaultFixture> m_fixture; // a fresh vault for each test, its owner signed in
    std::unique_ptr<ClientsPage> m_page;
};

void TestClientsPage::init()
{
    m_fixture.emplace(QStringLiteral("Owner"), QStringLiteral("test.coffer"));
    QVERIFY(m_fixture->dir.isValid());
}

void TestClientsPage::cleanup()
{
    GuiTestCase::cleanup();
    m_page.reset();
    m_fixture.reset();
}

void TestClientsPage::showPage()
{
    m_page = std::make_unique<ClientsPage>(*m_fixture->vault);
    m_page->resize(1090, 740); // the main window's page area at 1280×800
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestClientsPage::addClientWithNoteAndFile()
{
    showPage();
    auto* empty = named<QLabel>("clientsEmptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("New client")));
    screenshot(m_page.get(), QStringLiteral("clients-01-empty"));

    click(named<QPushButton>("newClientButton"));
    QVERIFY(view()->isVisible());
    typeText(named<QLineEdit>("givenNameEdit"), QStringLiteral("Ēriks"));
    typeText(named<QLineEdit>("familyNameEdit"), QStringLiteral("Ozoliņš"));
    auto* emails = named<ValueListEdit>("emailsEdit");
    typeText(emails->editAt(0), QStringLiteral("eriks@ozolins.lv"));
    click(findNamed<QPushButton>(emails, "addRowButton"));
    QCOMPARE(emails->rowCount(), 2);
    typeText(emails->editAt(1), QStringLiteral("info@zalamaja.lv"));
    auto* country = named<CountryCombo>("countryCombo");
    country->setCurrentIndex(country->findData(QStringLiteral("LV")));
    typeText(named<QLineEdit>("tagsEdit"), QStringLiteral("vip, greenhouse"));
    screenshot(m_page.get(), QStringLiteral("clients-02-new-client"));
    click(named<QPushButton>("saveButton"));

    const QString id = view()->clientId();
    QVERIFY(!id.isEmpty());
    const Client stored = ClientStore(*m_fixture->vault).get(id);
    QCOMPARE(stored.displayName, QStringLiteral("Ēriks Ozoliņš"));
    QCOMPARE(stored.emails, (QStringList{QStringLiteral("eriks@ozolins.lv"), QStringLiteral("info@zalamaja.lv")}));
    QCOMPARE(stored.country, QStringLiteral("LV"));
    QCOMPARE(stored.tags.size(), 2);
    QCOMPARE(named<QLabel>("clientTitle")->text(), QStringLiteral("Ēriks Ozoliņš"));
    QCOMPARE(m_page->list()->model()->rowCount(), 1);
    QCOMPARE(m_page->list()->currentClientId(), id);
    QVERIFY(!named<QPushButton>("saveButton")->isEnabled());  // nothing left to save
    QCOMPARE(named<QComboBox>("tagFilterCombo")->count(), 3); // All tags, greenhouse, vip

    // A note.
    auto* tabs = named<QTabWidget>("clientTabs");
    tabs->setCurrentWidget(view()->notes());
    auto* kind = named<QComboBox>("noteKindCombo");
    kind->setCurrentIndex(kind->findData(int(NoteKind::Call)));
    typeText(named<QPlainTextEdit>("noteTextEdit"), QStringLiteral("Called about the greenhouse delivery."));
    click(named<QPushButton>("addNoteButton"));
    QCOMPARE(view()->notes()->count(), 1);
    QVERIFY(named<QListWidget>("notesList")->item(0)->text().contains(QStringLiteral("greenhouse delivery")));
    QCOMPARE(NoteStore(*m_fixture->vault).list(id).size(), size_t(1));
    QCOMPARE(tabs->tabText(tabs->indexOf(view()->notes())), QStringLiteral("Notes (1)"));
    QVERIFY(named<QPlainTextEdit>("noteTextEdit")->toPlainText().isEmpty());

    // A small file, dropped onto the client's page.
    const QString source = QDir(m_fixture->dir.path()).filePath(QStringLiteral("offer.txt"));
    const QByteArray bytes = QByteArrayLiteral("Greenhouse offer: 3 × 6 m, delivered in May.\n");
    writeAll(source, bytes);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(source)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(view(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view(), &drop);
    QTRY_COMPARE(view()->files()->count(), 1);
    QCOMPARE(tabs->currentWidget(), view()->files());
    auto* files = named<QTreeWidget>("filesList");
    QCOMPARE(files->topLevelItem(0)->text(0), QStringLiteral("offer.txt"));
    QCOMPARE(files->topLevelItem(0)->text(1), QStringLiteral("%1 bytes").arg(bytes.size()));
    screenshot(m_page.get(), QStringLiteral("clients-03-files"));

    // Saved out where the user chose, and only there.
    const std::vector<StoredFile> stored_files = FileStore(*m_fixture->vault).list(id);
    QCOMPARE(stored_files.size(), size_t(1));
    const QString target = QDir(m_fixture->dir.path()).filePath(QStringLiteral("copy of offer.txt"));
    view()->files()->saveFileTo(stored_files[0].id, target);
    QCOMPARE(readAll(target), bytes);
    QVERIFY(named<QLabel>("filesStatusLabel")->isVisible());
    QVERIFY(named<QLabel>("filesStatusLabel")->text().contains(QStringLiteral("Open it")));

    // Saving over it once the save dialog asked (it passes Overwrite::Replace) replaces it; a link or a
    // place inside the vault folder is refused with core's message, and nothing is written through a link.
    writeAll(target, "older copy");
    view()->files()->saveFileTo(stored_files[0].id, target, Overwrite::Replace);
    QCOMPARE(readAll(target), bytes);
    QSignalSpy failed(view()->files(), &FilesPanel::failed);
    const QString victim = QDir(m_fixture->dir.path()).filePath(QStringLiteral("victim.txt"));
    writeAll(victim, "keep me");
    const QString link = QDir(m_fixture->dir.path()).filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(victim, link));
    view()->files()->saveFileTo(stored_files[0].id, link, Overwrite::Replace);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("symbolic link")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(readAll(victim), QByteArray("keep me"));
    view()->files()->saveFileTo(
        stored_files[0].id, QDir(m_fixture->vault->path()).filePath(QStringLiteral("offer.txt")), Overwrite::Replace);
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("vault folder")));
}

void TestClientsPage::searchWithAndWithoutDiacritics()
{
    const QString eriks = addPerson(*m_fixture->vault, QStringLiteral("Ēriks"), QStringLiteral("Ozoliņš"));
    const QString rehor = addPerson(*m_fixture->vault, QStringLiteral("Řehoř"), QStringLiteral("Dvořáček"));
    addSampleClients(*m_fixture->vault, 40);
    showPage();
    ClientListModel* model = m_page->list()->model();
    QCOMPARE(model->rowCount(), 42);
    QVERIFY(named<QLabel>("clientCountLabel")->text().contains(QStringLiteral("42")));

    auto* search = named<QLineEdit>("clientSearchEdit");
    const std::pair<const char*, QString> cases[] = {
        {"ozolins", eriks}, {"Ozoliņš", eriks}, {"OZOLIŅŠ", eriks}, {"rehor dvoracek", rehor}, {"Dvořáček", rehor}};
    for (const auto& [typed, expected] : cases) {
        search->clear();
        typeText(search, QString::fromUtf8(typed));
        // Typing is debounced: nothing is asked of core until the user pauses.
        QCOMPARE(model->query().search, QString());
        QTRY_COMPARE(model->query().search, QString::fromUtf8(typed));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->clientId(0), expected);
        QVERIFY(named<QTableView>("clientTable")->isVisible());
        search->clear();
        QTRY_COMPARE(model->rowCount(), 42);
    }

    typeText(search, QStringLiteral("nobody"));
    QTRY_VERIFY(named<QLabel>("clientsEmptyLabel")->isVisible());
    QVERIFY(named<QLabel>("clientsEmptyLabel")->text().contains(QStringLiteral("No client matches “nobody”")));
    screenshot(m_page.get(), QStringLiteral("clients-04-no-match"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(model->rowCount(), 42);

    // The tag filter, on its own and with a search.
    auto* tags = named<QComboBox>("tagFilterCombo");
    tags->setCurrentIndex(tags->findData(QStringLiteral("vip")));
    emit tags->activated(tags->currentIndex());
    QCOMPARE(model->rowCount(), 4);
    typeText(search, QStringLiteral("ozolins"));
    QTRY_VERIFY(named<QLabel>("clientsEmptyLabel")->isVisible());
    QVERIFY(named<QLabel>("clientsEmptyLabel")->text().contains(QStringLiteral("tagged “vip”")));
}

void TestClientsPage::showRestrictedOrContactableClients()
{
    Vault& vault = *m_fixture->vault;
    const QString eriks = addPerson(vault, QStringLiteral("Ēriks"), QStringLiteral("Ozoliņš"));
    const QString rehor = addPerson(vault, QStringLiteral("Řehoř"), QStringLiteral("Dvořáček"));
    const QString anna = addPerson(vault, QStringLiteral("Anna"), QStringLiteral("Bērziņa"));
    addSampleClients(vault, 10);
    definePurposes(vault, {QStringLiteral("Newsletter")});
    ConsentStore consents(vault);
    consents.set(eriks, QStringLiteral("Newsletter"), ConsentState::Granted);
    consents.set(rehor, QStringLiteral("Newsletter"), ConsentState::Granted);
    consents.set(anna, QStringLiteral("Newsletter"), ConsentState::Granted);
    consents.set(anna, QStringLiteral("Newsletter"), ConsentState::Withdrawn, QStringLiteral("withdrawal"));
    Restriction(vault).restrict(rehor, QStringLiteral("Accuracy contested"));
    showPage();
    ClientListModel* model = m_page->list()->model();
    QCOMPARE(model->rowCount(), 13);

    auto* show = named<QComboBox>("showFilterCombo");
    const int restrictedItem = show->findText(QStringLiteral("Processing restricted"));
    const int newsletterItem = show->findText(QStringLiteral("May be contacted for “Newsletter”"));
    QVERIFY(restrictedItem > 0 && newsletterItem > 0);
    show->setCurrentIndex(restrictedItem);
    emit show->activated(restrictedItem);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->clientId(0), rehor);
    QVERIFY(named<QLabel>("clientCountLabel")->text().contains(QStringLiteral("1 client found")));

    // Restricted or withdrawn: neither may be contacted; the one who granted and was left alone may.
    show->setCurrentIndex(newsletterItem);
    emit show->activated(newsletterItem);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->clientId(0), eriks);
    screenshot(m_page.get(), QStringLiteral("clients-05-may-contact"));

    // With a search that none of them meets: the empty list says which view it is.
    auto* search = named<QLineEdit>("clientSearchEdit");
    typeText(search, QStringLiteral("dvoracek"));
    QTRY_VERIFY(named<QLabel>("clientsEmptyLabel")->isVisible());
    QVERIFY(named<QLabel>("clientsEmptyLabel")->text().contains(QStringLiteral("contacted for “Newsletter”")));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 1);

    // The filter stays chosen across a reload.
    m_page->list()->reload();
    QCOMPARE(show->currentText(), QStringLiteral("May be contacted for “Newsletter”"));
    QCOMPARE(model->rowCount(), 1);
    show->setCurrentIndex(0);
    emit show->activated(0);
    QCOMPARE(model->rowCount(), 13);
}

void TestClientsPage::validationErrorBesideTheField()
{
    showPage();
    click(named<QPushButton>("newClientButton"));
    // No name at all: said beside the given name, once Save is pressed.
    click(named<QPushButton>("saveButton"));
    ClientProfileForm* form = view()->form();
    QLabel* nameProblem = form->problemLabel(ClientField::GivenName);
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->parentWidget(), named<QLineEdit>("givenNameEdit")->parentWidget());

    typeText(named<QLineEdit>("givenNameEdit"), QStringLiteral("Anna"));
    typeText(named<QLineEdit>("familyNameEdit"), QStringLiteral("Kalniņa"));
    QVERIFY(!nameProblem->isVisible());
    auto* emails = named<ValueListEdit>("emailsEdit");
    typeText(emails->editAt(0), QStringLiteral("anna.kalnina.example.com"));
    // Said under the email's own row as it is typed (TestClientProfileForm has the details); Save waits.
    QTRY_VERIFY(emails->problemLabelAt(0)->isVisible());
    QLabel* emailProblem = emails->problemLabelAt(0);
    QVERIFY2(emailProblem->text().contains(u'@'), qPrintable(emailProblem->text()));
    QCOMPARE(emailProblem->parentWidget(), emails->editAt(0)->parentWidget()); // beside the email, not in a dialog
    QVERIFY(emails->editAt(0)->styleSheet().contains(QStringLiteral("#b03a2e")));
    QVERIFY(!named<QPushButton>("saveButton")->isEnabled());
    QVERIFY(view()->clientId().isEmpty());
    QCOMPARE(ClientStore(*m_fixture->vault).count({}), 0);
    screenshot(m_page.get(), QStringLiteral("clients-05-validation"));

    emails->editAt(0)->clear();
    typeText(emails->editAt(0), QStringLiteral("anna@kalnina.lv"));
    QVERIFY(!emailProblem->isVisible());
    QVERIFY(emails->editAt(0)->styleSheet().isEmpty());
    click(named<QPushButton>("saveButton"));
    QCOMPARE(ClientStore(*m_fixture->vault).count({}), 1);
}

void TestClientsPage::consentChangeShowsInHistory()
{
    const QString id = addPerson(*m_fixture->vault, QStringLiteral("Jūratė"), QStringLiteral("Kazlauskaitė"));
    definePurposes(*m_fixture->vault, {QStringLiteral("newsletter")});
    archivePolicies(*m_fixture->vault, {QStringLiteral("2025-01"), QStringLiteral("2026-01")});
    showPage();
    selectRow(m_page.get(), 0);
    named<QTabWidget>("clientTabs")->setCurrentWidget(view()->consents());
    auto* current = named<QTreeWidget>("currentConsents");
    auto* history = named<QTreeWidget>("consentHistory");
    QCOMPARE(current->topLevelItemCount(), 0);

    const std::pair<ConsentState, const char*> changes[] = {{ConsentState::Granted, "Granted"},
                                                            {ConsentState::Withdrawn, "Withdrawn"}};
    int expectedHistory = 0;
    for (const auto& [state, label] : changes) {
        click(named<QPushButton>("changeConsentButton"));
        ConsentDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = view()->findChild<ConsentDialog*>()) && dialog->isVisible());
        auto* purpose = findNamed<QComboBox>(dialog, "consentPurposeCombo");
        if (purpose->currentIndex() < 0)
            purpose->setCurrentIndex(purpose->findText(QStringLiteral("newsletter")));
        QCOMPARE(purpose->currentText(), QStringLiteral("newsletter"));
        auto* stateCombo = findNamed<QComboBox>(dialog, "consentStateCombo");
        stateCombo->setCurrentIndex(stateCombo->findData(int(state)));
        typeText(findNamed<QComboBox>(dialog, "consentSourceCombo")->lineEdit(), QStringLiteral("signed form"));
        auto* policy = findNamed<QComboBox>(dialog, "consentPolicyCombo");
        policy->setCurrentIndex(policy->findData(QStringLiteral("2025-01")));
        if (state == ConsentState::Withdrawn)
            screenshot(dialog, QStringLiteral("clients-07-consent-dialog"));
        click(findNamed<QPushButton>(dialog, "recordConsentButton"));
        ++expectedHistory;
        QTRY_COMPARE(history->topLevelItemCount(), expectedHistory);
        QCOMPARE(current->topLevelItemCount(), 1);
        QCOMPARE(current->topLevelItem(0)->text(1), QString::fromLatin1(label));
        QCOMPARE(history->topLevelItem(0)->text(2), QString::fromLatin1(label)); // newest first
        QCOMPARE(history->topLevelItem(0)->text(4), QStringLiteral("2025-01"));
    }
    QCOMPARE(history->topLevelItem(1)->text(2), QStringLiteral("Granted"));
    QCOMPARE(ConsentStore(*m_fixture->vault).history(id).size(), size_t(2));
    QCOMPARE(ConsentStore(*m_fixture->vault).current(id).at(0).state, ConsentState::Withdrawn);
    screenshot(m_page.get(), QStringLiteral("clients-08-consents"));
}

QTEST_MAIN(TestClientsPage)
#include "TestClientsPage.moc"
