#include "StartWindow.h"

#include "Application.h"
#include "TrySampleBox.h"
#include "erase/AccountCancellation.h"
#include "tasks/LongTask.h"
#include "tasks/TaskReports.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"
#include "widgets/Palette.h"
#include "widgets/TaskWidgets.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace coffer {

namespace {
QString displayName(const QString& folder)
{
    QString name = QFileInfo(folder).fileName();
    if (name.endsWith(QLatin1String(".coffer")))
        name.chop(7);
    return name;
}
} // namespace

StartWindow::StartWindow(QWidget* parent)
    : QWidget(parent)
    , m_pending(new QWidget(this))
    , m_pendingLayout(new QVBoxLayout(m_pending))
    , m_recentStack(new QStackedWidget(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startWindow"));
    setWindowTitle(QStringLiteral("Coffer"));

    auto* recentTitle = new QLabel(tr("<b>Recent vaults</b>"), this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent vaults"));
    m_recent->setIconSize(QSize(32, 32));
    m_recent->setSpacing(2);
    m_recent->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* empty = new QLabel(tr("No vaults yet.\n\nCreate a new vault for your clients' data, or open one "
                                "that you already have."),
                             this);
    empty->setObjectName(QStringLiteral("noRecentLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setFrameShape(QFrame::StyledPanel);
    m_recentStack->addWidget(m_recent);
    m_recentStack->addWidget(empty);

    m_openButton = new QPushButton(tr("&Unlock"), this);
    m_openButton->setObjectName(QStringLiteral("openRecentButton"));
    auto* openOther = new QPushButton(tr("&Open Vault…"), this);
    openOther->setObjectName(QStringLiteral("openVaultButton"));
    openOther->setToolTip(tr("Open a vault folder (NAME.coffer) that is not in the list"));
    m_createButton = new QPushButton(tr("&Create Vault…"), this);
    m_createButton->setObjectName(QStringLiteral("createVaultButton"));
    QPushButton* create = m_createButton;

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(openOther);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makeHeader());
    layout->addSpacing(16);
    m_pending->setObjectName(QStringLiteral("pendingCancellations"));
    m_pendingLayout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_pending);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recentStack, 1);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    m_trySample = new TrySampleBox(this);
    layout->addWidget(m_trySample);

    connect(m_recent, &QListWidget::itemActivated, this, &StartWindow::openSelected);
    connect(m_recent, &QListWidget::currentRowChanged, this,
            [this] { m_openButton->setEnabled(!selectedFolder().isEmpty()); });
    connect(m_recent, &QListWidget::customContextMenuRequested, this, &StartWindow::showContextMenu);
    connect(m_openButton, &QPushButton::clicked, this, &StartWindow::openSelected);
    connect(openOther, &QPushButton::clicked, this, &StartWindow::chooseFolder);
    connect(create, &QPushButton::clicked, this, &StartWindow::createRequested);
    connect(m_trySample, &TrySampleBox::requested, this, &StartWindow::sampleDataRequested);

    resize(640, 540);
    refresh();
}

QWidget* StartWindow::makeHeader()
{
    auto* header = new QWidget(this);
    auto* icon = new QLabel(header);
    icon->setPixmap(cofferIcon().pixmap(64, 64));
    auto* title = new QLabel(QStringLiteral("Coffer"), header);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* tagline = new QLabel(tr("Your clients' data, encrypted on this computer. Nothing leaves it."), header);
    tagline->setForegroundRole(QPalette::PlaceholderText);
    tagline->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->addStretch(1);
    titles->addWidget(title);
    titles->addWidget(tagline);
    titles->addStretch(1);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addLayout(titles, 1);
    return header;
}

QString StartWindow::journalVaultName(const QString& journalPath)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vaultName")).toString();
}

QWidget* StartWindow::makePendingNotice(const QString& journal)
{
    const QString name = journalVaultName(journal); // empty for a damaged journal, which resume() reports
    auto* notice = new QFrame(m_pending);
    notice->setObjectName(QStringLiteral("pendingCancellationNotice"));
    notice->setStyleSheet(Palette::tintStyle(ColorRole::Warning, QStringLiteral("QFrame#pendingCancellationNotice"),
                                             Palette::kNoticeShape));
    const QString heading = name.isEmpty() ? tr("An account cancellation was interrupted")
                                           : tr("A cancellation of “%1” was interrupted").arg(name);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), notice);
    title->setObjectName(QStringLiteral("pendingCancellationTitle"));
    title->setWordWrap(true);
    auto* text = TaskWidgets::paragraph(
        tr("Some of its files, or of its backups, are still on this computer or on a backup drive. Connect the "
           "drives its backups went to, then finish the cancellation: Coffer deletes what is left and writes the "
           "deletion certificate."),
        notice);
    auto* finish = new QPushButton(tr("&Finish Cancelling"), notice);
    finish->setObjectName(QStringLiteral("finishCancellingButton"));
    TaskWidgets::makeDanger(finish);
    connect(finish, &QPushButton::clicked, this, [this, journal, name] { finishCancelling(journal, name); });
    auto* row = new QHBoxLayout;
    row->addWidget(text, 1);
    row->addSpacing(12);
    row->addWidget(finish, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(notice);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(title);
    layout->addLayout(row);
    return notice;
}

void StartWindow::refreshPending()
{
    while (QLayoutItem* item = m_pendingLayout->takeAt(0)) {
        if (QWidget* old = item->widget()) {
            old->hide();
            old->deleteLater(); // refresh() may run from within one of its buttons' handlers
        }
        delete item;
    }
    const QStringList journals = AccountCancellation::pendingJournals();
    for (const QString& journal : journals)
        m_pendingLayout->addWidget(makePendingNotice(journal));
    m_pending->setVisible(!journals.isEmpty());
}

void StartWindow::finishCancelling(const QString& journal, const QString& vaultName, const QStringList& abandon)
{
    runLongTask<CancellationResult>(
        this, tr("Cancel Account"),
        vaultName.isEmpty()
            ? tr("Finishing the cancellation. Please do not switch the computer off.")
            : tr("Finishing the cancellation of “%1”. Please do not switch the computer off.").arg(vaultName),
        [journal, abandon](const TaskProgress&) { return AccountCancellation::resume(journal, {}, abandon); },
        [this, journal, vaultName](Outcome<CancellationResult>& outcome, bool) {
            if (outcome.error)
                TaskReports::failed(this, TaskReports::Task::ResumeCancel, *outcome.error);
            else
                TaskReports::cancellationDone(*outcome.value, vaultName, this,
                                              [this, journal, vaultName](const QStringList& folders) {
                                                  finishCancelling(journal, vaultName, folders);
                                              });
            refresh(); // a finished cancellation also removed the vault from the list
        },
        Cancellable::No);
}

void StartWindow::refresh()
{
    refreshPending();
    m_recent->clear();
    for (const QString& folder : KnownVaults::recent()) {
        // A restored copy says so, so that it is never mistaken for the vault it was restored from.
        const QString where = KnownVaults::isRestoredCopy(folder)
                                  ? tr("Restored copy · %1").arg(QDir::toNativeSeparators(folder))
                                  : QDir::toNativeSeparators(folder);
        auto* item = new QListWidgetItem(cofferIcon(), displayName(folder) + QLatin1Char('\n') + where);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
        m_recent->addItem(item);
    }
    m_recentStack->setCurrentIndex(m_recent->count() > 0 ? 0 : 1);
    m_recent->setCurrentRow(m_recent->count() > 0 ? 0 : -1);
    m_openButton->setEnabled(!selectedFolder().isEmpty());
    m_openButton->setVisible(m_recent->count() > 0);
    // With nothing to unlock, Enter creates a vault.
    m_createButton->setDefault(m_recent->count() == 0);
    m_openButton->setDefault(m_recent->count() > 0);
}

void StartWindow::setPreparingSample(bool busy)
{
    m_trySample->setBusy(busy);
    // Nothing else may start while the demo is being made; the session would refuse it anyway.
    m_createButton->setEnabled(!busy);
    m_recent->setEnabled(!busy);
}

QString StartWindow::selectedFolder() const
{
    const QListWidgetItem* item = m_recent->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void StartWindow::openSelected()
{
    const QString folder = selectedFolder();
    if (!folder.isEmpty())
        emit openRequested(folder);
}

void StartWindow::chooseFolder()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Vault Folder"), start);
    if (!folder.isEmpty())
        emit openRequested(Vault::resolveFolder(folder));
}

void StartWindow::showContextMenu(const QPoint& position)
{
    const QListWidgetItem* item = m_recent->itemAt(position);
    if (!item)
        return;
    const QString folder = item->data(Qt::UserRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Unlock"), this, [this, folder] { emit openRequested(folder); });
    menu.addAction(tr("&Remove from List"), this, [this, folder] {
        // Only the entry goes; the vault folder stays where it is.
        KnownVaults::forget(folder);
        refresh();
    });
    menu.exec(m_recent->viewport()->mapToGlobal(position));
}

} // namespace coffer
