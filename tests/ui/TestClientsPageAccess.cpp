// Who may do what on the Clients page, and reaching it all from the keyboard: a viewer sees no control
// that changes data; an editor sees Erase disabled, saying why, where the owner keeps erasure to admins;
// every control has an accessible name and takes Tab focus; copy buttons copy;
// column headers sort; in the main window Ctrl+F, Ctrl+N, Enter and Tab lead where they should.
// With COFFER_SCREENSHOTS set, pictures of the page in the main window at 1280×800.
#include "ClientFixtures.h"
#include "ClientsPageDriver.h"
#include "GuiTestCase.h"
#include "MainWindow.h"
#include "PurposeFixtures.h"
#include "TaskFixtures.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "clients/ClientListModel.h"
#include "clients/ClientListPanel.h"
#include "clients/ClientView.h"
#include "clients/ClientsPage.h"
#include "clients/ConsentsPanel.h"
#include "clients/FilesPanel.h"
#include "clients/NotesPanel.h"
#include "clients/ValueListEdit.h"
#include "privacy/RequestRegister.h"
#include "records/ClientStore.h"
#include "records/ConsentStore.h"
#include "records/FileStore.h"
#include "records/NoteStore.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace coffer;
using namespace coffer::test;

class TestClientsPageAccess : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void viewerSeesNoEditControls();
    void editorSeesEraseDisabledWhereOnlyAdminsMayErase();
    void copyEmailAndSortByColumn();
    void everyControlHasAnAccessibleName();
    void keyboardInTheMainWindow();
    void layoutStaysPutWhoeverIsSelected();
    void splitterAndColumnWidthsAreRemembered();
    void findFromAnywhereAndCtrlEnterAddsTheNote();
    void noteAndFileAreRemovedAfterAsking();
    void restrictedClientIsShownButNotChangeable();
    void requestIsRecordedFromTheClientsRequestsTab();

private:
    void openWindow();
    void showPage();
    // A sample client, shown on a fresh page; returns their id.
    QString showSampleClient();
    ClientView* view() const { return m_page->view(); }
    template <typename T> T* named(const char* name) const { return findNamed<T>(m_page.get(), name); }

    std::optional<VaultFixture> m_fixture; // a fresh vault for each test, its owner signed in
    std::unique_ptr<ClientsPage> m_page;
    QPointer<MainWindow> m_window;
};

void TestClientsPageAccess::init()
{
    m_fixture.emplace(QStringLiteral("Owner"), QStringLiteral("test.coffer"));
    QVERIFY(m_fixture->dir.isValid());
}

void TestClientsPageAccess::cleanup()
{
    GuiTestCase::cleanup();
    delete m_window.data();
    m_page.reset();
    m_fixture.reset();
}

void TestClientsPageAccess::showPage()
{
    m_page = std::make_unique<ClientsPage>(*m_fixture->vault);
    m_page->resize(1090, 740); // the main window's page area at 1280×800
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

QString TestClientsPageAccess::showSampleClient()
{
    const QString id = addSampleClient(*m_fixture->vault);
    showPage();
    m_page->list()->selectClient(id);
    emit m_page->list()->clientSelected(id);
    [&] { QTRY_COMPARE(view()->clientId(), id); }();
    return id;
}

void TestClientsPageAccess::viewerSeesNoEditControls()
{
    const QString id = addPerson(*m_fixture->vault, QStringLiteral("Věra"), QStringLiteral("Šťastná"),
                                 {QStringLiteral("vera@example.cz")}, {QStringLiteral("vip")});
    NoteStore(*m_fixture->vault).add(id, NoteKind::Meeting, QStringLiteral("Met at the fair."));
    definePurposes(*m_fixture->vault, {QStringLiteral("newsletter")});
    ConsentStore(*m_fixture->vault).set(id, QStringLiteral("newsletter"), ConsentState::Granted);
    Secret oneTime = m_fixture->vault->addUser(QStringLiteral("Viktor"), Role::Viewer);
    m_fixture->vault.reset(); // locks
    m_fixture->vault = Vault::unlock(m_fixture->folder, QStringLiteral("Viktor"), oneTime);
    m_fixture->vault->changePassword(secret("Viktor's own password"));

    showPage();
    QVERIFY(!named<QPushButton>("newClientButton"));
    QVERIFY(named<QLabel>("clientsEmptyLabel")->text().isEmpty() || !named<QLabel>("clientsEmptyLabel")->isVisible());
    selectRow(m_page.get(), 0);
    QCOMPARE(view()->clientId(), id);
    for (const char* name :
         {"saveButton", "revertButton", "addNoteButton", "noteTextEdit", "addFileButton", "changeConsentButton",
          "eraseClientButton", "exportClientButton", "restrictButton", "newClientRequestButton"})
        QVERIFY2(!findNamed<QWidget>(m_page.get(), name), name);
    for (const char* name :
         {"givenNameEdit", "familyNameEdit", "organisationEdit", "displayNameEdit", "tagsEdit", "retentionEdit"})
        QVERIFY2(named<QLineEdit>(name)->isReadOnly(), name);
    QVERIFY(named<QPlainTextEdit>("addressEdit")->isReadOnly());
    QVERIFY(named<ValueListEdit>("emailsEdit")->editAt(0)->isReadOnly());
    QVERIFY(!named<QComboBox>("countryCombo")->isEnabled());
    QVERIFY(!named<QRadioButton>("personRadio")->isEnabled());
    // The only buttons a viewer sees copy a value or save a file out; Show history is there, disabled, its
    // tooltip saying that the audit log is for the owner and admins.
    for (QPushButton* button : m_page->findChildren<QPushButton*>())
        if (button->isVisibleTo(m_page.get()))
            QVERIFY2(button->objectName() == u"copyButton" || button->objectName() == u"saveFileButton" ||
                         (button->objectName() == u"showHistoryButton" && !button->isEnabled()),
                     qPrintable(button->objectName() + u' ' + button->text()));
    QCOMPARE(view()->notes()->count(), 1);
    QCOMPARE(view()->consents()->count(), 1);

    m_page->newClient(); // Ctrl+N does nothing
    QCOMPARE(view()->clientId(), id);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QDir(m_fixture->dir.path()).filePath(QStringLiteral("x.txt")))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(view(), &enter);
    QVERIFY(!enter.isAccepted());
    screenshot(m_page.get(), QStringLiteral("clients-06-viewer"));
}

void TestClientsPageAccess::editorSeesEraseDisabledWhereOnlyAdminsMayErase()
{
    const QString id = addPerson(*m_fixture->vault, QStringLiteral("Rūta"), QStringLiteral("Bērziņa"),
                                 {QStringLiteral("ruta@berzina.lv")});
    Secret oneTime = m_fixture->vault->addUser(QStringLiteral("Elza"), Role::Editor);
    m_fixture->vault.reset(); // locks
    m_fixture->vault = Vault::unlock(m_fixture->folder, QStringLiteral("Elza"), oneTime);
    m_fixture->vault->changePassword(secret("Elza's own password"));

    // Today's rule: an editor may erase.
    showPage();
    selectRow(m_page.get(), 0);
    QCOMPARE(view()->clientId(), id);
    QVERIFY(named<QPushButton>("eraseClientButton")->isVisible());
    QVERIFY(named<QPushButton>("eraseClientButton")->isEnabled());
    m_page.reset();

    // The owner keeps erasure to admins: the button stays in sight, disabled, and says why.
    m_fixture->vault.reset();
    m_fixture->vault = Vault::unlock(m_fixture->folder, {}, secret(kOwnerPassword));
    m_fixture->vault->setWhoMayErase(WhoMayErase::Admins);
    m_fixture->vault.reset();
    m_fixture->vault = Vault::unlock(m_fixture->folder, QStringLiteral("Elza"), secret("Elza's own password"));
    showPage();
    selectRow(m_page.get(), 0);
    auto* erase = named<QPushButton>("eraseClientButton");
    QVERIFY(erase->isVisible());
    QVERIFY(!erase->isEnabled());
    QCOMPARE(erase->toolTip(), Vault::whyNotErase(m_fixture->vault->currentUser(), WhoMayErase::Admins));
    QVERIFY(erase->toolTip().contains(QStringLiteral("administrators and the owner")));
    QVERIFY(named<QPushButton>("saveButton")); // changing the client is still an editor's work
    screenshot(m_page.get(), QStringLiteral("clients-07-editor-erase-disabled"));
}

void TestClientsPageAccess::copyEmailAndSortByColumn()
{
    addPerson(*m_fixture->vault, QStringLiteral("Līga"), QStringLiteral("Zariņa"),
              {QStringLiteral("liga@zarina.lv"), QStringLiteral("liga.zarina@work.lv")});
    addSampleClients(*m_fixture->vault, 30);
    showPage();
    m_page->list()->focusSearch();
    typeText(named<QLineEdit>("clientSearchEdit"), QStringLiteral("zarina"));
    QTRY_COMPARE(m_page->list()->model()->rowCount(), 1);
    selectRow(m_page.get(), 0);
    auto* emails = named<ValueListEdit>("emailsEdit");
    click(findNamed<QPushButton>(emails->editAt(1)->parentWidget(), "copyButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("liga.zarina@work.lv"));
    QGuiApplication::clipboard()->clear();

    QTest::keyClick(named<QLineEdit>("clientSearchEdit"), Qt::Key_Escape);
    QTableView* table = m_page->list()->table();
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(!table->isColumnHidden(ClientListModel::EmailColumn));
    const QPoint onEmail(header->sectionViewportPosition(ClientListModel::EmailColumn) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onEmail);
    QCOMPARE(m_page->list()->model()->query().sortKey, ClientSortKey::Email);
    const bool firstDescending = m_page->list()->model()->query().descending;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onEmail);
    QCOMPARE(m_page->list()->model()->query().descending, !firstDescending);

    // Enter in the list opens the client: the profile takes the focus.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(view()->clientId(), m_page->list()->model()->clientId(0));
}

void TestClientsPageAccess::everyControlHasAnAccessibleName()
{
    const QString id = addPerson(*m_fixture->vault, QStringLiteral("Tomáš"), QStringLiteral("Novák"),
                                 {QStringLiteral("tomas@novak.cz")});
    definePurposes(*m_fixture->vault, {QStringLiteral("photos")});
    ConsentStore(*m_fixture->vault).set(id, QStringLiteral("photos"), ConsentState::Refused);
    showPage();
    selectRow(m_page.get(), 0);
    auto* tabs = named<QTabWidget>("clientTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        for (QWidget* w : m_page->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(m_page.get()))
                continue;
            // Parts of another control (a combo's line edit, a line edit's clear button) are named by it.
            QWidget* parent = w->parentWidget();
            if (qobject_cast<QComboBox*>(parent) || qobject_cast<QLineEdit*>(parent) ||
                qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QTabBar*>(parent) ||
                qobject_cast<QAbstractItemView*>(parent))
                continue;
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                                 qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSpinBox*>(w);
            if (control) {
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2) on tab %3")
                                        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                                        .arg(tab)));
                QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
            }
        }
    }
}

void TestClientsPageAccess::keyboardInTheMainWindow()
{
    const QString eriks = addShowcaseClients(*m_fixture->vault, m_fixture->dir.path());
    m_window = new MainWindow(std::move(m_fixture->vault));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    ClientsPage* page = m_window->clientsPage();
    auto* search = findNamed<QLineEdit>(page, "clientSearchEdit");
    QTableView* table = page->list()->table();
    QVERIFY(!table->isColumnHidden(ClientListModel::OrganisationColumn));
    QVERIFY(!table->isColumnHidden(ClientListModel::EmailColumn));
    screenshot(m_window, QStringLiteral("clients-10-list"));

    // Ctrl+F, type, Down into the results, Enter opens the client with the focus in the profile.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    typeText(search, QStringLiteral("ozolins"));
    QTRY_COMPARE(page->list()->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(page->view()->clientId(), eriks);
    QTRY_VERIFY(findNamed<QLineEdit>(page, "givenNameEdit")->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(page->list()->model()->rowCount() > 1);
    page->list()->selectClient(eriks);
    QTest::qWait(50); // let pending layouts settle before the pictures
    screenshot(m_window, QStringLiteral("clients-11-profile"));
    auto* tabs = findNamed<QTabWidget>(page, "clientTabs");
    for (const auto& [tab, name] :
         {std::pair{1, "clients-12-notes"}, {2, "clients-13-files"}, {3, "clients-14-consents"}}) {
        tabs->setCurrentIndex(tab);
        screenshot(m_window, QString::fromLatin1(name));
    }
    tabs->setCurrentIndex(0);

    // Tab from the search box reaches the list, New client, and the client's fields and buttons.
    search->setFocus();
    QStringList reached;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    for (const char* name : {"tagFilterCombo", "newClientButton", "clientTable", "exportClientButton",
                             "eraseClientButton", "givenNameEdit", "familyNameEdit"})
        QVERIFY2(reached.contains(QString::fromLatin1(name)), name);

    // Ctrl+N: a blank profile, the name field ready for typing.
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(page->view()->clientId().isEmpty());
    QCOMPARE(findNamed<QLabel>(page, "clientTitle")->text(), QStringLiteral("New client"));
    QTRY_VERIFY(findNamed<QLineEdit>(page, "givenNameEdit")->hasFocus());
    screenshot(m_window, QStringLiteral("clients-15-new"));
}

void TestClientsPageAccess::openWindow()
{
    m_window = new MainWindow(std::move(m_fixture->vault));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestClientsPageAccess::layoutStaysPutWhoeverIsSelected()
{
    addShowcaseClients(*m_fixture->vault, m_fixture->dir.path());
    // The names that used to push the handle: long, in a heading font, with a long employer beside.
    Client longOne;
    longOne.kind = ClientKind::Person;
    longOne.givenName = QStringLiteral("Anna-Marija Konstance Elizabete");
    longOne.familyName = QStringLiteral("Vanaga-Ozoliņa-Bērziņa-Kalniņa");
    longOne.organisation = QStringLiteral("Starptautiskā Dārzkopības un Ainavu Arhitektūras Akadēmija");
    const QString longId = ClientStore(*m_fixture->vault).add(longOne);
    openWindow();
    ClientsPage* page = m_window->clientsPage();
    auto* splitter = findNamed<QSplitter>(page, "clientsSplitter");
    QTableView* table = page->list()->table();
    QHeaderView* header = table->horizontalHeader();
    auto columns = [&] {
        QList<int> widths;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            widths << (table->isColumnHidden(c) ? -1 : header->sectionSize(c));
        return widths;
    };
    QTest::qWait(20);
    const QList<int> sizes = splitter->sizes();
    const QList<int> widths = columns();
    QVERIFY(!table->isColumnHidden(ClientListModel::OrganisationColumn));

    // Clicking through the clients, the long one among them, in both directions.
    const int rows = table->model()->rowCount();
    QVERIFY(rows > 10);
    const int longRow = page->list()->model()->rowOf(longId);
    QVERIFY(longRow >= 0);
    for (int row : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, longRow, rows - 1, 3, longRow}) {
        const QRect cell = table->visualRect(table->model()->index(row, ClientListModel::NameColumn));
        if (!cell.isValid())
            table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, ClientListModel::NameColumn)).center());
        QTest::qWait(10);
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(columns(), widths);
    }
    QCOMPARE(page->view()->clientId(), longId);
    // The long name is shortened to fit, and shown whole on hovering.
    auto* title = findNamed<QLabel>(page, "clientTitle");
    QVERIFY(title->text().startsWith(QStringLiteral("Anna-Marija")));
    QVERIFY(title->width() < title->fontMetrics().horizontalAdvance(title->text()));
    screenshot(m_window, QStringLiteral("clients-16-long-name"));
    QVERIFY(title->grab().width() > 0); // paints, and sets its tooltip, without a crash
    QCOMPARE(title->toolTip(), title->text());
}

void TestClientsPageAccess::splitterAndColumnWidthsAreRemembered()
{
    addSampleClients(*m_fixture->vault, 30);
    showPage();
    auto* splitter = named<QSplitter>("clientsSplitter");
    QTableView* table = m_page->list()->table();
    QHeaderView* header = table->horizontalHeader();
    const int email = ClientListModel::EmailColumn;
    QVERIFY(!table->isColumnHidden(email));
    // The user drags the handle 80 px to the left, and widens the email column by 40 px.
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint grip = handle->rect().center();
    const int before = splitter->sizes().at(0);
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip - QPoint(40, 0));
    QTest::mouseMove(handle, grip - QPoint(80, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(80, 0));
    const QList<int> dragged = splitter->sizes();
    QVERIFY2(dragged.at(0) < before - 40, qPrintable(QString::number(dragged.at(0))));
    header->resizeSection(email, header->sectionSize(email) + 40);
    const int emailWidth = header->sectionSize(email);

    // Next time the page opens (another session, another vault), the list is where it was left.
    m_page.reset();
    showPage();
    splitter = named<QSplitter>("clientsSplitter");
    QCOMPARE(splitter->sizes(), dragged);
    QCOMPARE(m_page->list()->table()->horizontalHeader()->sectionSize(email), emailWidth);
}

void TestClientsPageAccess::findFromAnywhereAndCtrlEnterAddsTheNote()
{
    const QString eriks = addShowcaseClients(*m_fixture->vault, m_fixture->dir.path());
    Vault& vault = *m_fixture->vault; // the window's from now on
    openWindow();
    ClientsPage* page = m_window->clientsPage();
    page->list()->selectClient(eriks);
    emit page->list()->clientSelected(eriks);
    QTRY_COMPARE(page->view()->clientId(), eriks);
    auto* tabs = findNamed<QTabWidget>(page, "clientTabs");
    tabs->setCurrentWidget(findNamed<NotesPanel>(page, "notesPanel"));
    auto* text = findNamed<QPlainTextEdit>(page, "noteTextEdit");
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    const int notes = int(NoteStore(vault).list(eriks).size());

    // Ctrl+Enter adds what is typed, without a line break; an empty note is not added.
    QTest::keyClicks(text, QStringLiteral("Called back about the spring order"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(int(NoteStore(vault).list(eriks).size()), notes + 1);
    QCOMPARE(NoteStore(vault).list(eriks).back().text, QStringLiteral("Called back about the spring order"));
    QVERIFY(text->toPlainText().isEmpty());
    QTest::keyClick(text, Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(int(NoteStore(vault).list(eriks).size()), notes + 1);
    QVERIFY(text->toPlainText().isEmpty());

    // Ctrl+F from the note being typed, and from another page, lands in the search box.
    auto* search = findNamed<QLineEdit>(page, "clientSearchEdit");
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    auto* sidebar = findNamed<QListWidget>(m_window, "sidebar");
    QVERIFY(sidebar);
    sidebar->setCurrentRow(sidebar->count() - 1);
    QTRY_VERIFY(!page->isVisible());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.data(), Qt::Key_F,
                    Qt::ControlModifier);
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(search->hasFocus());
}

void TestClientsPageAccess::noteAndFileAreRemovedAfterAsking()
{
    Vault& vault = *m_fixture->vault;
    const QString anna = showSampleClient();
    QCOMPARE(view()->clientId(), anna);
    auto* tabs = named<QTabWidget>("clientTabs");

    // Delete on a note asks first; Cancel (the default) keeps it, Remove deletes it.
    tabs->setCurrentWidget(named<NotesPanel>("notesPanel"));
    auto* notes = named<QListWidget>("notesList");
    QCOMPARE(notes->count(), 2);
    auto* removeNote = named<QPushButton>("removeNoteButton");
    QVERIFY(!removeNote->isEnabled());
    notes->setFocus();
    notes->setCurrentRow(0);
    QVERIFY(removeNote->isEnabled());
    QTest::keyClick(notes, Qt::Key_Delete);
    auto* box = visibleWindow<QMessageBox>("removeQuestionBox");
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(QStringLiteral("Backups")));
    screenshot(box, QStringLiteral("clients-17-remove-note"));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(int(NoteStore(vault).list(anna).size()), 2);
    notes->setCurrentRow(0);
    const QString newest = NoteStore(vault).list(anna).back().id; // the list shows the newest first
    click(removeNote);
    box = visibleWindow<QMessageBox>("removeQuestionBox");
    QVERIFY(box);
    click(findNamed<QPushButton>(box, "confirmRemoveButton"));
    QCOMPARE(int(NoteStore(vault).list(anna).size()), 1);
    QVERIFY(NoteStore(vault).list(anna).front().id != newest);
    QCOMPARE(notes->count(), 1);

    // The same for the file, from its button.
    tabs->setCurrentWidget(named<FilesPanel>("filesPanel"));
    auto* files = named<QTreeWidget>("filesList");
    QCOMPARE(files->topLevelItemCount(), 1);
    files->setCurrentItem(files->topLevelItem(0));
    click(named<QPushButton>("removeFileButton"));
    box = visibleWindow<QMessageBox>("removeQuestionBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(files->topLevelItem(0)->text(0)));
    click(findNamed<QPushButton>(box, "confirmRemoveButton"));
    QCOMPARE(FileStore(vault).list(anna).size(), size_t(0));
    QTRY_VERIFY(named<QLabel>("filesEmptyLabel")->isVisible());
    QCOMPARE(tabs->tabText(tabs->indexOf(named<FilesPanel>("filesPanel"))), QStringLiteral("Files"));
}

void TestClientsPageAccess::restrictedClientIsShownButNotChangeable()
{
    Vault& vault = *m_fixture->vault;
    const QString anna = showSampleClient();
    QCOMPARE(view()->clientId(), anna);
    auto* restrict = named<QPushButton>("restrictButton");
    QVERIFY(restrict->isVisible()); // on the Profile tab, beside Save
    QVERIFY(!named<QLabel>("restrictedBadge")->isVisible());

    // Restricting asks for the reason; Cancel changes nothing.
    click(restrict);
    auto* ask = visibleWindow<QInputDialog>("restrictionReasonDialog");
    QVERIFY(ask);
    ask->reject();
    QVERIFY(!ClientStore(vault).get(anna).restricted);
    click(restrict);
    ask = visibleWindow<QInputDialog>("restrictionReasonDialog");
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("Contests the accuracy of her address"));
    screenshot(ask, QStringLiteral("clients-18-restrict-reason"));
    ask->accept();
    QTRY_VERIFY(ClientStore(vault).get(anna).restricted);

    // Shown, with the reason, but nothing of it can be changed; every control says why.
    QTRY_VERIFY(named<QLabel>("restrictedBadge")->isVisible());
    QVERIFY(named<QLabel>("restrictedBadge")->toolTip().contains(QStringLiteral("Contests the accuracy")));
    QCOMPARE(restrict->text().remove(u'&'), QStringLiteral("Lift Restriction…"));
    QVERIFY(named<QLineEdit>("givenNameEdit")->isReadOnly());
    QVERIFY(!named<QComboBox>("countryCombo")->isEnabled());
    QVERIFY(!named<QPushButton>("saveButton")->isEnabled());
    auto* tabs = named<QTabWidget>("clientTabs");
    tabs->setCurrentWidget(named<NotesPanel>("notesPanel"));
    auto* addNote = named<QPushButton>("addNoteButton");
    QVERIFY(!named<QPlainTextEdit>("noteTextEdit")->isEnabled());
    QVERIFY(!addNote->isEnabled());
    QVERIFY(addNote->toolTip().contains(QStringLiteral("restricted")));
    named<QListWidget>("notesList")->setCurrentRow(0);
    QVERIFY(!named<QPushButton>("removeNoteButton")->isEnabled());
    tabs->setCurrentWidget(named<FilesPanel>("filesPanel"));
    QVERIFY(!named<QPushButton>("addFileButton")->isEnabled());
    tabs->setCurrentIndex(0);
    QCoreApplication::processEvents(); // rows made while the page is shown appear at the next events
    QVERIFY(named<ValueListEdit>("emailsEdit")->editAt(0)->isVisible());
    screenshot(m_page.get(), QStringLiteral("clients-19-restricted"));

    // Lifted with its reason (from the Profile tab, where the button is), the client can be changed again and the
    // tooltips are the usual ones.
    click(restrict);
    ask = visibleWindow<QInputDialog>("restrictionReasonDialog");
    QVERIFY(ask);
    ask->setTextValue(QStringLiteral("Address confirmed by her letter"));
    ask->accept();
    QTRY_VERIFY(!ClientStore(vault).get(anna).restricted);
    QVERIFY(!named<QLineEdit>("givenNameEdit")->isReadOnly());
    QVERIFY(named<QPushButton>("addFileButton")->isEnabled());
    QVERIFY(!named<QPushButton>("addFileButton")->toolTip().contains(QStringLiteral("restricted")));
    tabs->setCurrentWidget(named<NotesPanel>("notesPanel"));
    QVERIFY(named<QPlainTextEdit>("noteTextEdit")->isEnabled());
}

void TestClientsPageAccess::requestIsRecordedFromTheClientsRequestsTab()
{
    Vault& vault = *m_fixture->vault;
    const QString anna = showSampleClient();
    auto* tabs = named<QTabWidget>("clientTabs");
    auto* panel = named<QWidget>("requestsPanel");
    tabs->setCurrentWidget(panel);
    QVERIFY(named<QLabel>("clientRequestsEmptyLabel")->isVisible());
    click(named<QPushButton>("newClientRequestButton"));
    auto* dialog = visibleWindow<QDialog>("newRequestDialog");
    QVERIFY(dialog);
    QCOMPARE(findNamed<QLabel>(dialog, "requestClientLabel")->text(), ClientStore(vault).get(anna).displayName);
    QVERIFY(!findNamed<QLineEdit>(dialog, "requesterEdit")); // the client is known: no one to describe
    findNamed<QDateEdit>(dialog, "requestReceivedEdit")->setDate(QDate::currentDate().addDays(-40));
    click(findNamed<QPushButton>(dialog, "recordRequestButton"));
    QTRY_COMPARE(named<QTreeWidget>("clientRequestsList")->topLevelItemCount(), 1);
    const auto rows = RequestRegister(vault).list({.clientId = anna});
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].request.type, RequestType::Access);
    QVERIFY(rows[0].request.daysLeft() < 0);
    QVERIFY(named<QTreeWidget>("clientRequestsList")->topLevelItem(0)->text(1).contains(QStringLiteral("overdue")));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel)), QStringLiteral("Requests (1)"));
    screenshot(m_page.get(), QStringLiteral("clients-20-requests-tab"));
}

QTEST_MAIN(TestClientsPageAccess)
#include "TestClientsPageAccess.moc"
