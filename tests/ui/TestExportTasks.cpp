// Export through the real dialogs: "Export all…" offers encryption first; saved without it, it says what
// that means and asks for the user's own password (a wrong one exports nothing), then remembers the
// choice so that the second click exports at once under a new name, the warning still in its report and
// the "next time" note only in the first; it exports to a folder and one client alone, encrypts with a
// password typed twice, and leaves nothing behind when cancelled.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"
#include "transfer/Importer.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QRadioButton>
#include <QTemporaryDir>
#include <archive.h>
#include <archive_entry.h>

using namespace coffer;
using namespace coffer::test;

namespace {

QStringList zipEntries(const QString& path)
{
    QStringList names;
    archive* a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536) == ARCHIVE_OK) {
        archive_entry* e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK)
            names << QString::fromUtf8(archive_entry_pathname_utf8(e));
    }
    archive_read_free(a);
    return names;
}

QStringList everythingIn(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

class TestExportTasks : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportAllToZipThenOneClick();
    void plainExportRefusesAWrongPassword();
    void exportToFolderAndOneClient();
    void encryptedExportAsksThePasswordTwice();
    void cancelLeavesNoPartialOutput();

private:
    MainWindow* openWindow(qint64 fileBytes = 2048);
    QString exportedPath(const char* shot, ReportDialog** report = nullptr);
    // Unticks "Encrypt" in the export dialog; the box that asks for the user's own password appears.
    void chooseNoEncryption(QDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_clientId;
    std::unique_ptr<UrlRecorder> m_urls;
};

void TestExportTasks::initTestCase()
{
    GuiTestCase::initTestCase();
    m_urls = std::make_unique<UrlRecorder>();
}

void TestExportTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = QDir(m_dir->path()).filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(m_out));
}

void TestExportTasks::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_dir.reset();
}

MainWindow* TestExportTasks::openWindow(qint64 fileBytes)
{
    VaultCreation created = Vault::create(QDir(m_dir->path()).filePath(QStringLiteral("Clients")),
                                          QStringLiteral("Anna Owner"), secret(kOwnerPassword), kCheapKdf);
    m_clientId = addSampleClient(*created.vault, fileBytes);
    auto* main = new MainWindow(std::move(created.vault));
    main->show();
    if (!QTest::qWaitForWindowExposed(main))
        return nullptr;
    return main;
}

// Waits for the export's report and returns the path it names. report, when given, receives the report,
// which is then left open for the caller to look at (and close).
QString TestExportTasks::exportedPath(const char* shot, ReportDialog** report)
{
    ReportDialog* done = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((done = visibleWindow<ReportDialog>("exportDoneDialog")), kTaskTimeout); }();
    if (!done)
        return {};
    screenshot(done, QString::fromLatin1(shot));
    const QString path = QDir::fromNativeSeparators(findNamed<QLineEdit>(done, "pathEdit")->text());
    // "Show in folder" opens the folder that holds the export (recorded here, not opened).
    m_urls->urls.clear();
    QTest::mouseClick(findNamed<QPushButton>(done, "showInFolderButton"), Qt::LeftButton);
    if (m_urls->urls.value(0) != QUrl::fromLocalFile(m_out))
        return QStringLiteral("Show in folder opened %1").arg(m_urls->urls.value(0).toString());
    if (report)
        *report = done;
    else
        done->accept();
    return path;
}

void TestExportTasks::chooseNoEncryption(QDialog* dialog)
{
    auto* encrypt = findNamed<QCheckBox>(dialog, "encryptCheckBox");
    QVERIFY(encrypt && encrypt->isChecked());
    QTest::mouseClick(encrypt, Qt::LeftButton, {}, QPoint(8, encrypt->height() / 2));
    QVERIFY(!encrypt->isChecked());
    QVERIFY(findNamed<QWidget>(dialog, "plainExportBox")->isVisible());
    QVERIFY(!findNamed<QWidget>(dialog, "newPasswordEdit")->isVisible());
}

void TestExportTasks::exportAllToZipThenOneClick()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    QVERIFY(!AppSettings::hasExportChoice());
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    QVERIFY(findNamed<QRadioButton>(dialog, "zipFormatRadio")->isChecked());
    // Encryption is offered first, and ticked.
    QVERIFY(findNamed<QCheckBox>(dialog, "encryptCheckBox")->isChecked());
    QVERIFY(findNamed<QWidget>(dialog, "newPasswordEdit")->isVisible());
    QVERIFY(!findNamed<QWidget>(dialog, "plainExportBox")->isVisible());
    setText(dialog, "exportFolderEdit", m_out);
    screenshot(dialog, QStringLiteral("tasks-01a-export-dialog-encrypted"));

    // Without it: what that means in one sentence, and the user's own password before anything is written.
    chooseNoEncryption(dialog);
    QVERIFY(findNamed<QLabel>(dialog, "plainExportWarning")->text().contains(QStringLiteral("every client")));
    QVERIFY(findNamed<QLabel>(dialog, "exportNamePreview")->text().contains(QStringLiteral("Clients export ")));
    auto* exportButton = findNamed<QPushButton>(dialog, "exportButton");
    QVERIFY(!exportButton->isEnabled());
    setText(dialog, "ownPasswordEdit", QString::fromLatin1(kOwnerPassword));
    screenshot(dialog, QStringLiteral("tasks-01-export-dialog"));
    click(dialog, "exportButton");

    ReportDialog* report = nullptr;
    const QString first = exportedPath("tasks-02-export-done", &report);
    QVERIFY(report);
    QVERIFY(findNamed<QLabel>(report, "plainExportWarning"));
    QVERIFY(findNamed<QLabel>(report, "plainExportWarning")->text().contains(QStringLiteral("not encrypted")));
    QVERIFY(findNamed<QLabel>(report, "oneClickNote")); // said the first time
    report->accept();
    QVERIFY2(QFileInfo(first).isFile(), qPrintable(first));
    QCOMPARE(QFileInfo(first).absolutePath(), QFileInfo(m_out).absoluteFilePath());
    QVERIFY(QFileInfo(first).fileName().startsWith(QStringLiteral("Clients export ")));
    QVERIFY(first.endsWith(QStringLiteral(".zip")));
    const QStringList entries = zipEntries(first);
    for (const char* name : {"manifest.json", "data.json", "csv/clients.csv"})
        QVERIFY2(entries.contains(QLatin1String(name)), name);
    QVERIFY(AppSettings::hasExportChoice());
    QCOMPARE(AppSettings::exportChoice().folder, m_out);
    for (const QString& key : programSettings().allKeys()) // the password was checked, never kept
        QVERIFY(!programSettings().value(key).toString().contains(QString::fromLatin1(kOwnerPassword)));

    // The second click exports at once, under a name of its own; the warning is still there, the note not.
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    QVERIFY(!visibleWindow<QDialog>("exportDialog"));
    const QString second = exportedPath("tasks-03-export-one-click", &report);
    QVERIFY(report);
    QVERIFY(findNamed<QLabel>(report, "plainExportWarning"));
    QVERIFY(!findNamed<QLabel>(report, "oneClickNote"));
    report->accept();
    QVERIFY(QFileInfo(second).isFile());
    QVERIFY(second != first);
    QVERIFY(QFileInfo(first).isFile()); // never overwritten

    // Encryption chosen in Settings and then undone there: the plain choice is asked for again.
    AppSettings::ExportChoice choice = AppSettings::exportChoice();
    choice.encrypt = true;
    AppSettings::setExportChoice(choice);
    choice.encrypt = false;
    AppSettings::setExportChoice(choice);
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    QVERIFY(findNamed<QWidget>(dialog, "plainExportBox")->isVisible());
    dialog->reject();
}

void TestExportTasks::plainExportRefusesAWrongPassword()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    setText(dialog, "exportFolderEdit", m_out);
    chooseNoEncryption(dialog);
    setText(dialog, "ownPasswordEdit", QStringLiteral("not my password"));
    click(dialog, "exportButton");
    auto* error = findNamed<QLabel>(dialog, "ownPasswordError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTaskTimeout);
    QVERIFY(error->text().contains(QStringLiteral("nothing was exported")));
    // The dialog stays, its field emptied; nothing is written, no report opens, nothing is remembered.
    QVERIFY(dialog->isVisible());
    QVERIFY(findNamed<QLineEdit>(dialog, "ownPasswordEdit")->text().isEmpty());
    QVERIFY(!findNamed<QPushButton>(dialog, "exportButton")->isEnabled());
    QTest::qWait(50);
    QVERIFY(error->height() > 0); // laid out, not only "visible"
    screenshot(dialog, QStringLiteral("tasks-01b-export-wrong-password"));
    QVERIFY(!LongTask::anyRunning());
    QVERIFY(!visibleWindow<QDialog>("exportDoneDialog"));
    QCOMPARE(everythingIn(m_out), QStringList());
    QVERIFY(!AppSettings::hasExportChoice());
    QVERIFY(!AppSettings::plainExportConfirmed());

    // Typed right, it exports.
    setText(dialog, "ownPasswordEdit", QString::fromLatin1(kOwnerPassword));
    QVERIFY(!error->isVisible());
    click(dialog, "exportButton");
    QVERIFY(QFileInfo(exportedPath("tasks-01c-export-after-retry")).isFile());
    QVERIFY(AppSettings::plainExportConfirmed());
}

void TestExportTasks::exportToFolderAndOneClient()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    QTest::mouseClick(findNamed<QRadioButton>(dialog, "dirFormatRadio"), Qt::LeftButton, {}, QPoint(8, 8));
    auto* encrypt = findNamed<QCheckBox>(dialog, "encryptCheckBox");
    QVERIFY(!encrypt->isEnabled()); // a folder cannot be encrypted, and the box does not pretend it is
    QVERIFY(!encrypt->isChecked());
    QVERIFY(findNamed<QWidget>(dialog, "plainExportBox")->isVisible());
    setText(dialog, "exportFolderEdit", m_out);
    setText(dialog, "ownPasswordEdit", QString::fromLatin1(kOwnerPassword));
    click(dialog, "exportButton");
    const QString folder = exportedPath("tasks-04-export-folder-done");
    QVERIFY(QFileInfo(folder).isDir());
    for (const char* name : {"manifest.json", "data.json", "csv/clients.csv"})
        QVERIFY2(QFileInfo(QDir(folder).filePath(QLatin1String(name))).isFile(), name);

    // One client, from the client page's action: the same dialog, her name in the file name.
    main->tasks()->exportClient(m_clientId);
    dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    QVERIFY(findNamed<QRadioButton>(dialog, "dirFormatRadio")->isChecked()); // the remembered choice
    QTest::mouseClick(findNamed<QRadioButton>(dialog, "jsonFormatRadio"), Qt::LeftButton, {}, QPoint(8, 8));
    QVERIFY(!findNamed<QWidget>(dialog, "plainExportBox")->isVisible()); // one client's: no password asked
    screenshot(dialog, QStringLiteral("tasks-05-export-client-dialog"));
    click(dialog, "exportButton");
    ReportDialog* report = nullptr;
    const QString json = exportedPath("tasks-06-export-client-done", &report);
    QVERIFY(report);
    QVERIFY(findNamed<QLabel>(report, "plainExportWarning")->text().contains(QStringLiteral("Anna Ozola")));
    QVERIFY(!findNamed<QLabel>(report, "oneClickNote"));
    report->accept();
    QVERIFY(QFileInfo(json).fileName().startsWith(QStringLiteral("Anna Ozola export ")));
    QVERIFY(json.endsWith(QStringLiteral(".json")));
    QVERIFY(readAll(json).contains(m_clientId.toUtf8()));
    QCOMPARE(AppSettings::exportChoice().format, QStringLiteral("dir")); // one client's export is not remembered
}

void TestExportTasks::encryptedExportAsksThePasswordTwice()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    setText(dialog, "exportFolderEdit", m_out);
    QVERIFY(findNamed<QCheckBox>(dialog, "encryptCheckBox")->isChecked()); // as offered
    QVERIFY(findNamed<QWidget>(dialog, "newPasswordEdit")->isVisible());
    auto* exportButton = findNamed<QPushButton>(dialog, "exportButton");
    QVERIFY(!exportButton->isEnabled());
    setText(dialog, "newPasswordEdit", QStringLiteral("walnut harbour 1887"));
    setText(dialog, "repeatPasswordEdit", QStringLiteral("walnut harbour 188"));
    QVERIFY(!exportButton->isEnabled()); // not the same twice
    setText(dialog, "repeatPasswordEdit", QStringLiteral("walnut harbour 1887"));
    QVERIFY(!findNamed<QLabel>(dialog, "strengthLabel")->text().isEmpty());
    screenshot(dialog, QStringLiteral("tasks-07-export-encrypted-dialog"));
    click(dialog, "exportButton");
    ReportDialog* report = nullptr;
    const QString path = exportedPath("tasks-08-export-encrypted-done", &report);
    QVERIFY(report);
    QVERIFY(!findNamed<QLabel>(report, "plainExportWarning"));
    QVERIFY(!findNamed<QLabel>(report, "oneClickNote")); // the next click asks again
    report->accept();
    QVERIFY(path.endsWith(QStringLiteral(".zip.encrypted")));
    QVERIFY(Importer::isEncrypted(path));
    QVERIFY(!programSettings().allKeys().join(u' ').contains(QStringLiteral("pass"), Qt::CaseInsensitive));

    // Encryption needs the password each time: the next click asks again, the choice pre-filled.
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    dialog = visibleWindow<QDialog>("exportDialog");
    QVERIFY(dialog);
    QVERIFY(findNamed<QCheckBox>(dialog, "encryptCheckBox")->isChecked());
    QVERIFY(findNamed<QLineEdit>(dialog, "newPasswordEdit")->text().isEmpty());
}

void TestExportTasks::cancelLeavesNoPartialOutput()
{
    // A file large enough that the export is still running when Cancel is pressed.
    MainWindow* main = openWindow(48 * 1024 * 1024);
    QVERIFY(main);
    AppSettings::ExportChoice choice;
    choice.encrypt = false;
    choice.folder = m_out;
    AppSettings::setExportChoice(choice);
    AppSettings::setPlainExportConfirmed();
    main->findChild<QAction*>(QStringLiteral("exportAllAction"))->trigger();
    auto* progress = visibleWindow<QDialog>("taskDialog");
    QVERIFY(progress);
    QVERIFY(LongTask::anyRunning());
    screenshot(progress, QStringLiteral("tasks-09-export-progress"));
    click(progress, "taskCancel");
    QTRY_VERIFY_WITH_TIMEOUT(!LongTask::anyRunning(), kTaskTimeout);
    QTest::qWait(50);
    QVERIFY(!visibleWindow<QDialog>("exportDoneDialog"));
    QVERIFY(!visibleWindow<QDialog>("failureDialog")); // the user stopped it; nothing to report
    QCOMPARE(everythingIn(m_out), QStringList());
}

QTEST_MAIN(TestExportTasks)
#include "TestExportTasks.moc"
