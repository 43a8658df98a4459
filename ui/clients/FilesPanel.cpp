#include "FilesPanel.h"

#include "ClientLabels.h"
#include "Error.h"
#include "RemovalQuestion.h"
#include "records/FileStore.h"
#include "tasks/LongTask.h"
#include "widgets/Refusal.h"
#include "widgets/UserFiles.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace coffer {

FilesPanel::FilesPanel(Vault& vault, bool editable, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("filesPanel"));
    m_saveFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* buttons = new QHBoxLayout;
    if (editable) {
        m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add file…"), this);
        m_add->setObjectName(QStringLiteral("addFileButton"));
        m_add->setAccessibleName(tr("Add file"));
        m_add->setToolTip(tr("Add a file to this client. You can also drop files onto the client's page."));
        connect(m_add, &QPushButton::clicked, this, &FilesPanel::chooseFilesToAdd);
        buttons->addWidget(m_add);
    }
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/file.svg")), tr("&Save as…"), this);
    m_save->setObjectName(QStringLiteral("saveFileButton"));
    m_save->setAccessibleName(tr("Save the chosen file as"));
    m_save->setToolTip(tr("Save a copy of the chosen file to a folder you pick; you can open it from there."));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &FilesPanel::saveSelected);
    buttons->addWidget(m_save);
    buttons->addStretch();
    if (editable) {
        m_remove = new QPushButton(tr("&Remove…"), this);
        m_remove->setObjectName(QStringLiteral("removeFileButton"));
        m_remove->setAccessibleName(tr("Remove the chosen file"));
        m_remove->setToolTip(tr("Delete the chosen file from the vault (%1)")
                                 .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
        m_remove->setEnabled(false);
        connect(m_remove, &QPushButton::clicked, this, &FilesPanel::askToRemoveSelected);
        buttons->addWidget(m_remove);
    }

    m_list->setObjectName(QStringLiteral("filesList"));
    m_list->setAccessibleName(tr("Files"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Type"), tr("Added")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FilesPanel::updateButtons);
    if (editable) {
        auto* del = new QShortcut(QKeySequence::Delete, m_list, this, &FilesPanel::askToRemoveSelected);
        del->setContext(Qt::WidgetShortcut);
    }
    connect(m_list, &QTreeWidget::itemActivated, this, &FilesPanel::saveSelected);

    m_empty->setObjectName(QStringLiteral("filesEmptyLabel"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(editable ? tr("No files yet. Add contracts, scans or letters with Add file…, or drop them "
                                   "here. They are stored encrypted inside the vault.")
                              : tr("No files yet."));
    m_status->setObjectName(QStringLiteral("filesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_status->hide();
    connect(m_status, &QLabel::linkActivated, this, [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_status);
}

int FilesPanel::count() const
{
    return m_list->topLevelItemCount();
}

void FilesPanel::setClient(const QString& clientId)
{
    m_clientId = clientId;
    m_status->hide();
    reload();
}

void FilesPanel::reload()
{
    m_list->clear();
    if (!m_clientId.isEmpty()) {
        try {
            for (const StoredFile& file : FileStore(m_vault).list(m_clientId)) {
                // "PDF document" rather than "application/pdf"; the exact type stays in the tooltip.
                const QString kind = QMimeDatabase().mimeTypeForName(file.type).comment();
                auto* item = new QTreeWidgetItem(m_list, {file.name, UserFiles::sizeText(file.size),
                                                          kind.isEmpty() ? file.type : kind,
                                                          ClientLabels::dateTime(file.created)});
                item->setToolTip(2, file.type);
                item->setData(0, Qt::UserRole, file.id);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
        } catch (const Error& e) {
            emit failed(e.message());
        }
    }
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    m_list->setVisible(count() > 0);
    m_empty->setVisible(count() == 0);
    updateButtons();
    emit countChanged(count());
}

void FilesPanel::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr;
    m_save->setEnabled(chosen && !m_busy);
    if (m_remove)
        m_remove->setEnabled(chosen && !m_busy && m_refusal.isEmpty());
    if (m_add)
        m_add->setEnabled(!m_busy && m_refusal.isEmpty());
}

void FilesPanel::setRefusal(const QString& why)
{
    m_refusal = why;
    updateButtons();
    showRefusal(m_add, why);
    showRefusal(m_remove, why);
}

void FilesPanel::askToRemoveSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!m_remove || !item || m_busy)
        return;
    const QString fileId = item->data(0, Qt::UserRole).toString();
    askToRemove(this, tr("Remove File"), tr("Remove the file “%1”?").arg(item->text(0)), [this, fileId] {
        try {
            FileStore(m_vault).remove(fileId);
        } catch (const Error& e) {
            emit failed(e.message());
        }
        m_status->hide();
        reload();
    });
}

QString FilesPanel::selectedFileId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void FilesPanel::chooseFilesToAdd()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files to this client"));
    addFiles(paths);
}

void FilesPanel::addFiles(const QStringList& paths)
{
    if (m_clientId.isEmpty() || !m_add)
        return;
    m_queue << paths;
    if (!m_busy)
        addNext();
}

void FilesPanel::addNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        reload();
        return;
    }
    m_busy = true;
    const QString path = m_queue.takeFirst();
    const QFileInfo info(path);
    if (info.size() < kLongWorkBytes) {
        try {
            FileStore(m_vault).addFromPath(m_clientId, path);
        } catch (const Error& e) {
            emit failed(e.message());
        }
        addNext();
        return;
    }
    runLongTask<StoredFile>(
        this, tr("Adding a file"), tr("Adding “%1” to the vault…").arg(info.fileName()),
        [vault = &m_vault, clientId = m_clientId, path](const TaskProgress& progress) {
            return FileStore(*vault).addFromPath(clientId, path, progress);
        },
        [this](Outcome<StoredFile>& outcome, bool cancelled) {
            if (outcome.error && !cancelled)
                emit failed(outcome.error->message());
            if (cancelled)
                m_queue.clear();
            addNext();
        });
}

void FilesPanel::saveSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString suggested = QDir(m_saveFolder).filePath(item->text(0));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the file"), suggested);
    if (path.isEmpty())
        return;
    m_saveFolder = QFileInfo(path).absolutePath();
    saveFileTo(item->data(0, Qt::UserRole).toString(), path, Overwrite::Replace); // the dialog asked
}

void FilesPanel::saveFileTo(const QString& fileId, const QString& path, Overwrite overwrite)
{
    qint64 size = 0;
    try {
        size = FileStore(m_vault).info(fileId).size;
        if (size < kLongWorkBytes) {
            FileStore(m_vault).saveTo(fileId, path, {}, overwrite);
            saved(path);
            return;
        }
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    runLongTask<StoredFile>(
        this, tr("Saving a file"), tr("Saving a copy of the file…"),
        [vault = &m_vault, fileId, path, overwrite](const TaskProgress& progress) {
            return FileStore(*vault).saveTo(fileId, path, progress, overwrite);
        },
        [this, path](Outcome<StoredFile>& outcome, bool cancelled) {
            if (outcome.error && !cancelled)
                emit failed(outcome.error->message());
            else if (!cancelled)
                saved(path);
        });
}

void FilesPanel::saved(const QString& path)
{
    const QString url = QUrl::fromLocalFile(path).toString();
    m_status->setText(tr("Saved to %1. <a href=\"%2\">Open it</a>")
                          .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), url.toHtmlEscaped()));
    m_status->show();
}

} // namespace coffer
