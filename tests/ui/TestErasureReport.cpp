// The erasure report as a user reads it and hands it over: besides the checks it lists the backups and
// exports made while the person was in the vault and says what to do with them; it is saved as text or
// PDF (naming the person only when asked) and printed; and "Prune Backups…" destroys the backups that
// still hold the person once a newer one is verified. An editor, who may erase but not manage backups,
// is not offered Prune.
#include "GuiTestCase.h"
#include "TaskFixtures.h"
#include "backup/ManagedBackups.h"
#include "erase/ClientEraser.h"
#include "erase/ErasureReportDocument.h"
#include "erase/RemainingCopies.h"
#include "tasks/ReportDialog.h"
#include "tasks/VaultTasks.h"
#include "transfer/Exporter.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace coffer;
using namespace coffer::test;

class TestErasureReport : public GuiTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reportListsTheCopiesThatMayHoldThePerson();
    void reportIsSavedAsTextOrPdf();
    void reportIsPrinted();
    void pruneDestroysTheOlderBackups();
    void editorIsNotOfferedPrune();

private:
    MainWindow* openWindow(const QString& user = {}, const QString& password = QString::fromLatin1(kOwnerPassword));
    ReportDialog* eraseThroughTheDialogs(MainWindow* main);
    QFileDialog* openSaveDialog(ReportDialog* report);
    QString saveThroughTheDialog(ReportDialog* report, const QString& fileName);
    QString allText(const QWidget* window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_clientId;
    QString m_editorPassword;
    Vault* m_vault = nullptr;
};

void TestErasureReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    VaultCreation created = createClientsVault(m_dir->path());
    m_clientId = addSampleClient(*created.vault);
    const Secret once = created.vault->addUser(QStringLiteral("Editor"), Role::Editor);
    // Two exports while Anna is in the vault: everything as a zip, and hers alone as JSON.
    ExportOptions all;
    (void)Exporter(*created.vault).run(QDir(m_dir->path()).filePath(QStringLiteral("everything.zip")), all);
    ExportOptions hers;
    hers.format = ExportFormat::Json;
    hers.clientId = m_clientId;
    (void)Exporter(*created.vault).run(QDir(m_dir->path()).filePath(QStringLiteral("anna.json")), hers);
    m_folder = created.vault->path();
    created.vault->lock(); // after changes: an automatic backup, which holds Anna
    std::unique_ptr<Vault> editor = Vault::unlock(m_folder, QStringLiteral("Editor"), once.copy());
    m_editorPassword = QStringLiteral("editor password 1");
    editor->changePassword(Secret::fromUtf8(m_editorPassword.toStdString()));
}

void TestErasureReport::cleanup()
{
    GuiTestCase::cleanup();
    closeAllWindows();
    m_dir.reset();
}

MainWindow* TestErasureReport::openWindow(const QString& user, const QString& password)
{
    std::unique_ptr<Vault> vault = Vault::unlock(m_folder, user, Secret::fromUtf8(password.toStdString()));
    m_vault = vault.get();
    auto* main = new MainWindow(std::move(vault));
    main->show();
    return QTest::qWaitForWindowExposed(main) ? main : nullptr;
}

ReportDialog* TestErasureReport::eraseThroughTheDialogs(MainWindow* main)
{
    main->tasks()->eraseClient(m_clientId);
    auto* confirm = visibleWindow<QDialog>("eraseClientDialog");
    if (!confirm)
        return nullptr;
    auto* understood = findNamed<QCheckBox>(confirm, "understoodCheckBox");
    QTest::mouseClick(understood, Qt::LeftButton, {}, QPoint(8, understood->height() / 2));
    QTest::mouseClick(findNamed<QPushButton>(confirm, "eraseButton"), Qt::LeftButton);
    ReportDialog* report = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((report = visibleWindow<ReportDialog>("erasureReportDialog")), kTaskTimeout); }();
    return report;
}

QFileDialog* TestErasureReport::openSaveDialog(ReportDialog* report)
{
    click(report, "saveReportButton");
    for (QFileDialog* d : report->findChildren<QFileDialog*>(QStringLiteral("saveReportFileDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

// The file dialog that "Save Report…" opens, given a name and accepted as a user would.
QString TestErasureReport::saveThroughTheDialog(ReportDialog* report, const QString& fileName)
{
    QFileDialog* files = openSaveDialog(report);
    if (!files)
        return {};
    const QString path = QDir(m_dir->path()).filePath(fileName);
    files->selectFile(path);
    static_cast<QDialog*>(files)->accept(); // QFileDialog makes it protected; a click on Save calls it
    return path;
}

QString TestErasureReport::allText(const QWidget* window) const
{
    QStringList texts;
    for (const QLabel* label : window->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(u'\n');
}

void TestErasureReport::reportListsTheCopiesThatMayHoldThePerson()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    const std::vector<ManagedBackup> backups = ManagedBackups(*m_vault).everywhere();
    QVERIFY(!backups.empty());
    ReportDialog* report = eraseThroughTheDialogs(main);
    QVERIFY(report);
    screenshot(report, QStringLiteral("erasure-30-report-with-copies"));
    QCOMPARE(report->outcome(), ReportDialog::Outcome::Success);

    // One line per copy: the backup and both exports (Anna's own by the path it had).
    const QList<QLabel*> marks = report->findChildren<QLabel*>(QStringLiteral("entryMark"));
    QCOMPARE(marks.size(), int(backups.size()) + 2);
    const QString text = allText(report);
    QVERIFY2(text.contains(QStringLiteral("Backup of")), qPrintable(text));
    QVERIFY(text.contains(QDir::toNativeSeparators(backups.front().path).toHtmlEscaped()));
    QVERIFY(text.contains(QStringLiteral("Export of")));
    QVERIFY(text.contains(QStringLiteral("everything.zip")));
    QVERIFY(text.contains(QStringLiteral("anna.json")));
    // What to do about them, in core's words.
    QVERIFY(text.contains(QStringLiteral("Coffer cannot reach")));
    QVERIFY(text.contains(QStringLiteral("erases the person again")));

    for (const char* button : {"saveReportButton", "printReportButton", "pruneBackupsButton", "closeButton"})
        QVERIFY2(findNamed<QPushButton>(report, button) && findNamed<QPushButton>(report, button)->isVisible(), button);
    auto* includeName = findNamed<QCheckBox>(report, "includeNameCheckBox");
    QVERIFY(includeName && !includeName->isChecked());
}

void TestErasureReport::reportIsSavedAsTextOrPdf()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    ReportDialog* report = eraseThroughTheDialogs(main);
    QVERIFY(report);

    // Text, without the person's name: the pseudonym names them.
    const QString text = saveThroughTheDialog(report, QStringLiteral("report.txt"));
    QVERIFY(!text.isEmpty());
    QTRY_VERIFY(QFileInfo::exists(text));
    const QByteArray plain = readAll(text);
    QVERIFY(plain.contains("Erasure report"));
    QVERIFY(!plain.contains("Anna"));
    QVERIFY(!plain.contains("Ozola"));
    QVERIFY(plain.contains("everything.zip"));

    // Ticked: the name is in it.
    findNamed<QCheckBox>(report, "includeNameCheckBox")->setChecked(true);
    const QString named = saveThroughTheDialog(report, QStringLiteral("report for Anna.txt"));
    QTRY_VERIFY(QFileInfo::exists(named));
    QVERIFY(readAll(named).contains("Anna Ozola"));

    // A name ending in .pdf is a PDF; without a suffix the PDF filter adds one.
    const QString pdf = saveThroughTheDialog(report, QStringLiteral("report"));
    QTRY_VERIFY(QFileInfo::exists(pdf + QStringLiteral(".pdf")));
    const QByteArray bytes = readAll(pdf + QStringLiteral(".pdf"));
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(!visibleWindow<QDialog>("failureDialog"));

    // Never into the vault folder: said in a window, and nothing is written.
    QFileDialog* files = openSaveDialog(report);
    QVERIFY(files);
    const QString inside = QDir(m_folder).filePath(QStringLiteral("report.txt"));
    files->selectFile(inside);
    static_cast<QDialog*>(files)->accept(); // QFileDialog makes it protected; a click on Save calls it
    QTRY_VERIFY(report->findChild<ReportDialog*>(QStringLiteral("failureDialog")));
    QVERIFY(!QFileInfo::exists(inside));
}

void TestErasureReport::reportIsPrinted()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    ReportDialog* report = eraseThroughTheDialogs(main);
    QVERIFY(report);
    click(report, "printReportButton");
    auto* print = report->findChild<QPrintDialog*>(QStringLiteral("printReportDialog"));
    QVERIFY(print);
    QTRY_VERIFY(print->isVisible());
    screenshot(print, QStringLiteral("erasure-31-print-dialog"));
    print->reject();

    // What the printer receives: the same document, paginated for its page. A second client erased
    // directly gives a report of its own.
    const ErasureReport erased = ClientEraser(*m_vault).erase(addSampleClient(*m_vault));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = QDir(m_dir->path()).filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ErasureReportDocument(erased, {}).print(&printer);
    QVERIFY(readAll(printed).startsWith("%PDF-"));
    const QString anonymous = ErasureReportDocument(erased, {}).html();
    QVERIFY(anonymous.contains(erased.pseudonym));
    QVERIFY(!anonymous.contains(QStringLiteral("Anna")));
    QVERIFY(ErasureReportDocument(erased, QStringLiteral("Anna Ozola")).html().contains(QStringLiteral("Anna Ozola")));
    if (qEnvironmentVariableIsSet("COFFER_SCREENSHOTS")) {
        // The page as printed, for a person to look at: the document drawn at A4's proportions.
        QTextDocument document;
        document.setHtml(anonymous);
        document.setTextWidth(700);
        QImage page(760, int(760 * 1.414), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.translate(30, 30);
        document.drawContents(&painter);
        painter.end();
        page.save(QDir(qEnvironmentVariable("COFFER_SCREENSHOTS")).filePath(QStringLiteral("erasure-34-document.png")));
    }
}

void TestErasureReport::pruneDestroysTheOlderBackups()
{
    MainWindow* main = openWindow();
    QVERIFY(main);
    const std::vector<ManagedBackup> before = ManagedBackups(*m_vault).everywhere();
    QVERIFY(!before.empty());
    ReportDialog* report = eraseThroughTheDialogs(main);
    QVERIFY(report);
    QCOMPARE(RemainingCopies::backupsBeforeErasures(*m_vault).size(), before.size());

    click(report, "pruneBackupsButton");
    QMessageBox* ask = report->findChild<QMessageBox*>(QStringLiteral("pruneBackupsBox"));
    QVERIFY(ask);
    QTRY_VERIFY(ask->isVisible());
    screenshot(ask, QStringLiteral("erasure-32-prune-ask"));
    QTest::mouseClick(findNamed<QPushButton>(ask, "destroyBackupsButton"), Qt::LeftButton);
    ReportDialog* pruned = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((pruned = report->findChild<ReportDialog*>(QStringLiteral("pruneDoneDialog"))),
                             kTaskTimeout);
    QTRY_VERIFY(pruned->isVisible());
    screenshot(pruned, QStringLiteral("erasure-33-prune-done"));
    QCOMPARE(pruned->outcome(), ReportDialog::Outcome::Success);
    for (const ManagedBackup& b : before)
        QVERIFY2(!QFileInfo::exists(b.path), qPrintable(b.path));
    // A newer backup was made and verified first, and it is kept.
    const std::vector<ManagedBackup> after = ManagedBackups(*m_vault).everywhere();
    QCOMPARE(after.size(), size_t(1));
    QVERIFY(RemainingCopies::backupsBeforeErasures(*m_vault).empty());
    QVERIFY(!findNamed<QPushButton>(report, "pruneBackupsButton")->isEnabled());
}

void TestErasureReport::editorIsNotOfferedPrune()
{
    MainWindow* main = openWindow(QStringLiteral("Editor"), m_editorPassword);
    QVERIFY(main);
    ReportDialog* report = eraseThroughTheDialogs(main);
    QVERIFY(report);
    QVERIFY(!findNamed<QPushButton>(report, "pruneBackupsButton"));
    QVERIFY(findNamed<QPushButton>(report, "saveReportButton"));
    main->tasks()->pruneBackups(report); // even when asked directly, nothing opens
    QVERIFY(!report->findChild<QMessageBox*>(QStringLiteral("pruneBackupsBox")));
}

QTEST_MAIN(TestErasureReport)
#include "TestErasureReport.moc"
