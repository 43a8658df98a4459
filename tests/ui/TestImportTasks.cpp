// Import through the real dialog: a Coffer export from another vault comes in whole and shows in the
// client list, a second import keeps what is there and lists it; an encrypted export asks its password
// and a wrong one changes nothing; a CSV shows its columns with what Coffer recognised, takes the user's
// choice for the rest and reports the rows it could not take by line; a file that is not CSV is refused
// in the dialog; a viewer is not offered Import.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "clients/ClientListModel.h"
#include "clients/ClientListPanel.h"
#include "clients/ClientsPage.h"
#include "store/Database.h"
#include "tasks/ReportDialog.h"
#include "transfer/Exporter.h"
#include "transfer/ImportDialog.h"
#include "transfer/ImportTask.h"
#include "transfer/Importer.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace coffer;
using namespace coffer::test;

class TestImportTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cofferExportComesInWholeThenSkips();
    void encryptedExportAsksItsPassword();
    void encryptedExportDecryptsToAPlainCopy();
    void decryptedCopyIsNeverWrittenThroughALink();
    void oldExportsInvalidClientIsNamedNotImported();
    void csvColumnsAreMappedAndBadRowsReported();
    void eightBitCsvCanBeReadInAnotherCodePage();
    void fileThatIsNotCsvIsRefusedInTheDialog();
    void viewerIsNotOfferedImport();

private:
    QString exportOf(const char* name, const Secret* passphrase = nullptr);
    MainWindow* openEmptyWindow();
    ImportDialog* openImportDialog(MainWindow* main);
    QString writeFile(const char* name, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    Vault* m_vault = nullptr; // the window's
};

void TestImportTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportTasks::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_vault = nullptr;
    m_dir.reset();
}

// An export of another vault that holds Anna Ozola with her notes, file and consents.
QString TestImportTasks::exportOf(const char* name, const Secret* passphrase)
{
    std::unique_ptr<Vault> other = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Other")),
                                                 QStringLiteral("Other Owner"), secret(kOwnerPassword), kCheapKdf)
                                       .vault;
    addSampleClient(*other);
    ExportOptions options;
    options.kdf = kCheapKdf;
    options.passphrase = passphrase;
    const QString target = QDir(m_dir->path()).filePath(QString::fromLatin1(name));
    Exporter(*other).run(target, options);
    other->lock();
    return target;
}

MainWindow* TestImportTasks::openEmptyWindow()
{
    VaultCreation created = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Shop")),
                                          QStringLiteral("Anna Owner"), secret(kOwnerPassword), kCheapKdf);
    m_vault = created.vault.get();
    auto* main = new MainWindow(std::move(created.vault));
    main->show();
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

ImportDialog* TestImportTasks::openImportDialog(MainWindow* main)
{
    auto* action = main->findChild<QAction*>(QStringLiteral("importAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return visibleWindow<ImportDialog>("importDialog");
}

QString TestImportTasks::writeFile(const char* name, const QByteArray& bytes)
{
    const QString path = QDir(m_dir->path()).filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImportTasks::cofferExportComesInWholeThenSkips()
{
    const QString zip = exportOf("anna.zip");
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    QCOMPARE(main->clientsPage()->list()->model()->rowCount(), 0);

    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    QVERIFY(!findNamed<QPushButton>(dialog, "importButton")->isEnabled()); // nothing chosen yet
    dialog->setPath(zip);
    QCOMPARE(dialog->kind(), ImportDialog::Kind::CofferExport);
    QVERIFY(!dialog->needsPassword());
    QVERIFY(!findNamed<QWidget>(dialog, "importPasswordEdit")->isVisible());
    screenshot(dialog, QStringLiteral("import-01-export-chosen"));
    click(dialog, "importButton");

    ReportDialog* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("importDoneDialog")), kTaskTimeout);
    screenshot(done, QStringLiteral("import-02-done"));
    QCOMPARE(done->outcome(), ReportDialog::Outcome::Success);
    QVERIFY(!findNamed<QPlainTextEdit>(done, "reportList")); // nothing was skipped
    done->accept();

    // In the vault and, without a reload by hand, in the list.
    const std::vector<ClientSummary> clients = ClientStore(*m_vault).list({}, 0, 10);
    QCOMPARE(int(clients.size()), 1);
    QCOMPARE(clients[0].displayName, QStringLiteral("Anna Ozola"));
    QCOMPARE(int(NoteStore(*m_vault).list(clients[0].id).size()), 2);
    QCOMPARE(int(FileStore(*m_vault).list(clients[0].id).size()), 1);
    QTRY_COMPARE(main->clientsPage()->list()->model()->rowCount(), 1);

    // The same export again: nothing doubles, and the report lists what was kept.
    dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(zip);
    click(dialog, "importButton");
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("importDoneDialog")), kTaskTimeout);
    auto* skipped = findNamed<QPlainTextEdit>(done, "reportList");
    QVERIFY(skipped);
    QVERIFY2(skipped->toPlainText().contains(clients[0].id), qPrintable(skipped->toPlainText()));
    QCOMPARE(ClientStore(*m_vault).count({}), 1);
}

// An export from before the email rules: the report says which client was left out and why, in the
// field's words and never with the value, and the vault gets nothing of that client.
void TestImportTasks::oldExportsInvalidClientIsNamedNotImported()
{
    std::unique_ptr<Vault> other = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Other")),
                                                 QStringLiteral("Other Owner"), secret(kOwnerPassword), kCheapKdf)
                                       .vault;
    const QString id = addSampleClient(*other);
    ExportOptions options;
    options.format = ExportFormat::Json;
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("old.json"));
    Exporter(*other).run(path, options);
    other->lock();
    QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
    QJsonObject anna = clients[0].toObject();
    anna.insert(QStringLiteral("emails"), QJsonArray{QStringLiteral("anna.ozola@inbox,lv")});
    clients[0] = anna;
    json.insert(QStringLiteral("clients"), clients);
    writeAll(path, QJsonDocument(json).toJson());

    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(path);
    click(dialog, "importButton");
    ReportDialog* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("importDoneDialog")), kTaskTimeout);
    screenshot(done, QStringLiteral("import-03-invalid-client"));
    QCOMPARE(done->outcome(), ReportDialog::Outcome::Failure);
    auto* list = findNamed<QPlainTextEdit>(done, "reportList");
    QVERIFY(list);
    QCOMPARE(list->toPlainText(),
             QStringLiteral("client %1: Email 1: This email address has a comma where a dot should be.").arg(id));
    for (const QLabel* label : done->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(QStringLiteral("inbox,lv")));
    QCOMPARE(ClientStore(*m_vault).count({}), 0);
    QCOMPARE(m_vault->database().scalar("SELECT count(*) FROM notes"), qint64(0));
}

void TestImportTasks::encryptedExportAsksItsPassword()
{
    const Secret passphrase = secret("export passphrase 42");
    const QString encrypted = exportOf("anna.zip.encrypted", &passphrase);
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);

    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(encrypted);
    QVERIFY(dialog->needsPassword());
    QVERIFY(findNamed<QWidget>(dialog, "importPasswordEdit")->isVisible());
    QVERIFY(!findNamed<QPushButton>(dialog, "importButton")->isEnabled()); // no password yet
    setText(dialog, "importPasswordEdit", QStringLiteral("not the passphrase"));
    click(dialog, "importButton");

    ReportDialog* failed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failed = visibleWindow<ReportDialog>("failureDialog")), kTaskTimeout);
    screenshot(failed, QStringLiteral("import-03-wrong-password"));
    QCOMPARE(failed->outcome(), ReportDialog::Outcome::Failure);
    QCOMPARE(ClientStore(*m_vault).count({}), 0);
    failed->accept();

    dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(encrypted);
    setText(dialog, "importPasswordEdit", QStringLiteral("export passphrase 42"));
    click(dialog, "importButton");
    QTRY_VERIFY_WITH_TIMEOUT(visibleWindow<ReportDialog>("importDoneDialog"), kTaskTimeout);
    QCOMPARE(ClientStore(*m_vault).count({}), 1);
}

// What `coffer-cli decrypt` does, from the app: the plain zip, private to the user and importable as any
// export is, written only when the password was right.
void TestImportTasks::encryptedExportDecryptsToAPlainCopy()
{
    const Secret passphrase = secret("export passphrase 42");
    const QString encrypted = exportOf("anna.zip.encrypted", &passphrase);
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(encrypted);
    auto* decrypt = findNamed<QPushButton>(dialog, "decryptCopyButton");
    QVERIFY(decrypt && decrypt->isVisible());
    QVERIFY(!decrypt->isEnabled()); // no password yet
    setText(dialog, "importPasswordEdit", QStringLiteral("export passphrase 42"));
    QVERIFY(decrypt->isEnabled());
    screenshot(dialog, QStringLiteral("import-07-encrypted"));
    dialog->reject();

    const QString wrongTarget = QDir(m_dir->path()).filePath(QStringLiteral("wrong.zip"));
    ImportTask::decryptCopy(main, encrypted, std::make_shared<Secret>(secret("not it")), wrongTarget);
    ReportDialog* failed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failed = visibleWindow<ReportDialog>("failureDialog")), kTaskTimeout);
    QVERIFY(!QFileInfo::exists(wrongTarget)); // nothing written
    failed->accept();

    const QString target = QDir(m_dir->path()).filePath(QStringLiteral("anna plain.zip"));
    ImportTask::decryptCopy(main, encrypted, std::make_shared<Secret>(secret("export passphrase 42")), target);
    ReportDialog* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("decryptDoneDialog")), kTaskTimeout);
    screenshot(done, QStringLiteral("import-08-decrypted"));
    QCOMPARE(QFile(target).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    // The plain copy is a Coffer export that imports as such.
    QCOMPARE(Importer(*m_vault).run(target, nullptr).clients, 1);
    QCOMPARE(ClientStore(*m_vault).count({}), 1);
}

// The save dialog asked before replacing a file, so the app passes Overwrite::Replace; a link at the target
// is still refused, with core's message in the failure report, and so is the vault folder.
void TestImportTasks::decryptedCopyIsNeverWrittenThroughALink()
{
    const Secret passphrase = secret("export passphrase 42");
    const QString encrypted = exportOf("anna.zip.encrypted", &passphrase);
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    const OutputRules rules{Overwrite::Replace, m_vault->path(), m_vault->backupFolder()};
    auto reportText = [](QWidget* dialog) {
        QStringList texts;
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            texts << label->text();
        return texts.join(u'\n');
    };

    const QString victim = QDir(m_dir->path()).filePath(QStringLiteral("victim.txt"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep me") == 7);
    file.close();
    const QString link = QDir(m_dir->path()).filePath(QStringLiteral("plain.zip"));
    QVERIFY(QFile::link(victim, link));
    ImportTask::decryptCopy(main, encrypted, std::make_shared<Secret>(secret("export passphrase 42")), link, rules);
    ReportDialog* failed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failed = visibleWindow<ReportDialog>("failureDialog")), kTaskTimeout);
    QVERIFY2(reportText(failed).contains(QStringLiteral("symbolic link")), qPrintable(reportText(failed)));
    screenshot(failed, QStringLiteral("import-09-decrypt-link-refused"));
    failed->accept();
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));

    const QString inside = QDir(m_vault->path()).filePath(QStringLiteral("plain.zip"));
    ImportTask::decryptCopy(main, encrypted, std::make_shared<Secret>(secret("export passphrase 42")), inside, rules);
    QTRY_VERIFY_WITH_TIMEOUT((failed = visibleWindow<ReportDialog>("failureDialog")), kTaskTimeout);
    QVERIFY2(reportText(failed).contains(QStringLiteral("vault folder")), qPrintable(reportText(failed)));
    failed->accept();
    QVERIFY(!QFileInfo::exists(inside));
}

void TestImportTasks::csvColumnsAreMappedAndBadRowsReported()
{
    // Semicolons and a header Coffer does not know ("Contact no."), as a spreadsheet in Latvia saves it.
    const QString csv =
        writeFile("contacts.csv", QByteArrayLiteral("Name;E-mail;Contact no.;VAT no\r\n"
                                                    "Ēriks Ozoliņš;eriks@example.lv;+371 2912 3456;LV4001\r\n"
                                                    "Jūratė Žemaitytė;no-at-sign;+370 600 00000;\r\n"
                                                    "Řehoř Dvořák;rehor@example.cz;+420 777 000 111;CZ77\r\n"));
    QVERIFY(!csv.isEmpty());
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(csv);
    QCOMPARE(dialog->kind(), ImportDialog::Kind::Csv);
    auto* table = findNamed<QTableWidget>(dialog, "importColumnsTable");
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("eriks@example.lv")); // the first row, as an example
    const auto targetOf = [table](int row) {
        return CsvField(qobject_cast<QComboBox*>(table->cellWidget(row, 2))->currentData().toInt());
    };
    QCOMPARE(targetOf(0), CsvField::Name);
    QCOMPARE(targetOf(1), CsvField::Email);
    QCOMPARE(targetOf(2), CsvField::Custom); // unknown headers are kept, not dropped
    QCOMPARE(targetOf(3), CsvField::Custom);
    dialog->setColumnTarget(2, CsvField::Phone);

    // Without a name column there is nothing to call the clients: Import waits.
    dialog->setColumnTarget(0, CsvField::Ignore);
    QVERIFY(!findNamed<QPushButton>(dialog, "importButton")->isEnabled());
    dialog->setColumnTarget(0, CsvField::Name);
    screenshot(dialog, QStringLiteral("import-04-csv-columns"));
    click(dialog, "importButton");

    ReportDialog* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("csvImportDoneDialog")), kTaskTimeout);
    screenshot(done, QStringLiteral("import-05-csv-done"));
    auto* skipped = findNamed<QPlainTextEdit>(done, "reportList");
    QVERIFY(skipped);
    QVERIFY2(skipped->toPlainText().startsWith(ImportTask::tr("Line %1: %2").arg(3).left(7)),
             qPrintable(skipped->toPlainText()));
    QVERIFY(!skipped->toPlainText().contains(QLatin1String("no-at-sign"))); // a reason never repeats a value

    QCOMPARE(ClientStore(*m_vault).count({}), 2);
    ClientQuery query;
    query.search = QStringLiteral("rehor");
    const std::vector<ClientSummary> found = ClientStore(*m_vault).list(query, 0, 10);
    QCOMPARE(int(found.size()), 1);
    const Client rehor = ClientStore(*m_vault).get(found[0].id);
    QCOMPARE(rehor.phones, QStringList{QStringLiteral("+420 777 000 111")});
    QCOMPARE(rehor.fields.value(QStringLiteral("VAT no")), QStringLiteral("CZ77"));
    QTRY_COMPARE(main->clientsPage()->list()->model()->rowCount(), 2);
}

// A Czech spreadsheet saved in Windows-1250 spells letters in Windows-1252 too ("Pøíjmení"): on an English
// computer Coffer guesses the latter, the user sees it in the table and picks the right one.
void TestImportTasks::eightBitCsvCanBeReadInAnotherCodePage()
{
    QLocale::setDefault(QLocale(QLocale::English));
    const QString csv = writeFile("czech.csv", QByteArrayLiteral("Jm\xE9no;P\xF8\xEDjmen\xED;E-mail\r\n"
                                                                 "\xD8"
                                                                 "eho\xF8;Dvo\xF8\xE1k;rehor@example.cz\r\n"));
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(csv);
    auto* encoding = findNamed<QComboBox>(dialog, "importEncodingCombo");
    QVERIFY(encoding && encoding->isVisible());
    QCOMPARE(dialog->eightBitEncoding(), CsvReader::Encoding::Windows1252);
    auto* table = findNamed<QTableWidget>(dialog, "importColumnsTable");
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Pøíjmení"));
    dialog->setEightBitEncoding(CsvReader::Encoding::Windows1250);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Příjmení"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Řehoř"));
    QCOMPARE(CsvField(qobject_cast<QComboBox*>(table->cellWidget(1, 2))->currentData().toInt()), CsvField::Family);
    screenshot(dialog, QStringLiteral("import-06-code-page"));
    click(dialog, "importButton");
    ReportDialog* done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("csvImportDoneDialog")), kTaskTimeout);
    const QList<QLabel*> texts = done->findChildren<QLabel*>();
    QVERIFY(std::any_of(texts.begin(), texts.end(), [](QLabel* l) {
        return l->text().contains(ImportDialog::encodingName(CsvReader::Encoding::Windows1250));
    })); // the report says how the file was read
    ClientQuery query;
    query.search = QStringLiteral("dvorak");
    const std::vector<ClientSummary> found = ClientStore(*m_vault).list(query, 0, 10);
    QCOMPARE(int(found.size()), 1);
    QCOMPARE(found[0].displayName, QStringLiteral("Řehoř Dvořák"));
}

void TestImportTasks::fileThatIsNotCsvIsRefusedInTheDialog()
{
    QByteArray binary(4096, '\0');
    binary.prepend("\xff\xfe"); // UTF-16 is refused by the reader
    const QString notCsv = writeFile("export.csv", binary);
    MainWindow* main = openEmptyWindow();
    QVERIFY(main);
    ImportDialog* dialog = openImportDialog(main);
    QVERIFY(dialog);
    dialog->setPath(notCsv);
    QVERIFY(!findNamed<QPushButton>(dialog, "importButton")->isEnabled());
    auto* error = findNamed<QLabel>(dialog, "importErrorLabel");
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("UTF-16")), qPrintable(error->text()));
    QVERIFY(!findNamed<QTableWidget>(dialog, "importColumnsTable")->isVisible());
    QCOMPARE(ClientStore(*m_vault).count({}), 0);
}

void TestImportTasks::viewerIsNotOfferedImport()
{
    std::unique_ptr<Vault> owner = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Shop")),
                                                 QStringLiteral("Owner"), secret(kOwnerPassword), kCheapKdf)
                                       .vault;
    const QString folder = owner->path();
    const Secret oneTime = owner->addUser(QStringLiteral("Vera"), Role::Viewer);
    owner->lock();
    owner.reset();
    std::unique_ptr<Vault> viewer = Vault::unlock(folder, QStringLiteral("Vera"), oneTime);
    viewer->changePassword(secret("vera's own password"));
    auto* main = new MainWindow(std::move(viewer));
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    QVERIFY(!main->findChild<QAction*>(QStringLiteral("importAction")));
}

QTEST_MAIN(TestImportTasks)
#include "TestImportTasks.moc"
