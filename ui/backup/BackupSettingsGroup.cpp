#include "BackupSettingsGroup.h"

#include "Error.h"
#include "backup/ManagedBackups.h"
#include "store/FolderSafety.h"
#include "tasks/LongTask.h"
#include "vault/Vault.h"
#include "widgets/Palette.h"
#include "widgets/TaskWidgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace coffer {

BackupSettingsGroup::BackupSettingsGroup(Vault& vault, QWidget* parent)
    : QGroupBox(tr("Automatic backups"), parent)
    , m_vault(vault)
    , m_folder(new QLineEdit(this))
    , m_keep(new QSpinBox(this))
    , m_keepDelay(new QTimer(this))
    , m_risk(TaskWidgets::paragraph(QString(), this))
    , m_error(TaskWidgets::errorLabel(this))
{
    setObjectName(QStringLiteral("backupSettings"));
    const bool mayEdit = roleAllows(m_vault.currentUser().role, Permission::Backup);

    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setReadOnly(true);
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    if (mayEdit) {
        m_change = new QPushButton(tr("Cha&nge…"), this);
        m_change->setObjectName(QStringLiteral("changeBackupFolderButton"));
        m_default = new QPushButton(tr("Use &default"), this);
        m_default->setObjectName(QStringLiteral("defaultBackupFolderButton"));
        m_default->setToolTip(tr("A folder named after the vault, beside it: %1")
                                  .arg(QDir::toNativeSeparators(ManagedBackups::defaultFolder(m_vault.path()))));
        connect(m_change, &QPushButton::clicked, this, &BackupSettingsGroup::chooseFolder);
        connect(m_default, &QPushButton::clicked, this, [this] { setFolder(QString()); });
        folderRow->addWidget(m_change);
        folderRow->addWidget(m_default);
    }

    m_keep->setObjectName(QStringLiteral("keepBackupsSpinBox"));
    m_keep->setRange(0, ManagedBackups::kMaxKeep);
    m_keep->setSpecialValueText(tr("None — automatic backups off"));
    m_keep->setSuffix(tr(" newest backups"));
    m_keep->setAccessibleName(tr("How many backups to keep"));
    m_keep->setReadOnly(!mayEdit);
    m_keep->setButtonSymbols(mayEdit ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    // Each change is a row in the vault and its audit log: write once the arrows have come to rest.
    m_keepDelay->setSingleShot(true);
    m_keepDelay->setInterval(700);
    connect(m_keepDelay, &QTimer::timeout, this, &BackupSettingsGroup::applyKeep);
    connect(m_keep, &QSpinBox::valueChanged, m_keepDelay, qOverload<>(&QTimer::start));
    connect(m_keep, &QSpinBox::editingFinished, this, &BackupSettingsGroup::applyKeep);

    auto* form = new QFormLayout(this);
    form->addRow(TaskWidgets::paragraph(
        tr("Each time the vault is locked after a change, Coffer makes an encrypted backup of it in this folder "
           "and keeps only the newest ones. A backup opens with the same passwords as the vault."),
        this));
    form->addRow(tr("Folder:"), folderRow);
    m_risk->setObjectName(QStringLiteral("backupFolderRiskLabel"));
    m_risk->setStyleSheet(Palette::textStyle(ColorRole::Warning));
    m_risk->hide();
    form->addRow(QString(), m_risk);
    addSameDiskWarning(form, mayEdit);
    m_keep->setMinimumWidth(260);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    form->addRow(tr("&Keep:"), keepRow);
    qobject_cast<QLabel*>(form->labelForField(keepRow))->setBuddy(m_keep);
    if (!mayEdit) {
        auto* note = TaskWidgets::paragraph(tr("Only the owner and admins can change these settings."), this);
        note->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(note);
    }
    form->addRow(m_error);
    reload();
}

BackupSettingsGroup::~BackupSettingsGroup() = default;

void BackupSettingsGroup::addSameDiskWarning(QFormLayout* form, bool mayEdit)
{
    QString text = tr("<b>These backups are on the same disk as the vault.</b> If that disk dies or the computer "
                      "is stolen, the vault and its backups are lost together. Keep them on a USB drive or "
                      "another disk.");
    if (!mayEdit)
        text += QLatin1Char(' ') + tr("An administrator or the owner can choose one.");
    m_sameDisk = TaskWidgets::paragraph(text, this);
    m_sameDisk->setObjectName(QStringLiteral("sameDiskWarning"));
    m_sameDisk->setStyleSheet(Palette::tintStyle(ColorRole::Warning, QStringLiteral("QLabel"), Palette::kNoticeShape));
    m_sameDisk->hide();
    // A row across the whole form: only there does the form give a wrapped label the height of its text
    // (in the field column it gets the taller height of its size hint).
    auto* row = new QHBoxLayout;
    row->addWidget(m_sameDisk, 1);
    if (mayEdit) {
        m_chooseOtherDisk = new QPushButton(tr("Choose Another Di&sk…"), this);
        m_chooseOtherDisk->setObjectName(QStringLiteral("chooseAnotherDiskButton"));
        m_chooseOtherDisk->setToolTip(tr("Choose a folder on a USB drive or another disk for the backups."));
        m_chooseOtherDisk->hide();
        connect(m_chooseOtherDisk, &QPushButton::clicked, this, &BackupSettingsGroup::chooseFolder);
        row->addWidget(m_chooseOtherDisk, 0, Qt::AlignVCenter);
    }
    form->addRow(row);
}

void BackupSettingsGroup::reload()
{
    try {
        m_folder->setText(QDir::toNativeSeparators(m_vault.backupFolder()));
        const FolderProblem risk = ManagedBackups(m_vault).acceptedRisk();
        m_risk->setText(tr("Risk accepted by the owner: the folder is %1.").arg(risk.summary()));
        m_risk->setVisible(!risk.isNone());
        const bool sameDisk = ManagedBackups(m_vault).onVaultsFileSystem();
        m_sameDisk->setVisible(sameDisk);
        if (m_chooseOtherDisk)
            m_chooseOtherDisk->setVisible(sameDisk);
        const QSignalBlocker quiet(m_keep); // showing the value is not changing it
        m_keep->setValue(m_vault.keepBackups());
    } catch (const Error& e) {
        showError(e.message());
    }
}

void BackupSettingsGroup::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Where should backups go?"), QDir::fromNativeSeparators(m_folder->text()));
    dialog->setObjectName(QStringLiteral("backupFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        if (!folder.isEmpty())
            setFolder(folder);
    });
    dialog->open();
}

void BackupSettingsGroup::setFolder(const QString& folder)
{
    const QString target = folder.trimmed().isEmpty() ? ManagedBackups::defaultFolder(m_vault.path())
                                                      : QFileInfo(folder).absoluteFilePath();
    const FolderProblem problem = inspectFolder(target);
    if (!problem.isNone() && m_vault.currentUser().role == Role::Owner) {
        askToAcceptRisk(folder, folderProblemMessage(problem, FolderUse::BackupFolder, target));
        return;
    }
    applyFolder(folder, false); // core refuses a risky folder to anyone but the owner, saying why
}

void BackupSettingsGroup::askToAcceptRisk(const QString& folder, const QString& why)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Use a Risky Backup Folder?"), why, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("backupFolderRiskBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* use = box->addButton(tr("&Use This Folder Anyway"), QMessageBox::AcceptRole);
    use->setObjectName(QStringLiteral("acceptRiskButton"));
    QPushButton* no = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(no); // a stray Enter keeps the folder as it was
    connect(box, &QMessageBox::accepted, this, [this, folder] { applyFolder(folder, true); });
    box->open();
}

void BackupSettingsGroup::applyFolder(const QString& folder, bool acceptRisk)
{
    // The backups already made go along unless the user says otherwise: a folder left behind stays on
    // the vault's list, but a new disk is usually meant to hold them all.
    int existing = 0;
    try {
        const QString target = folder.trimmed().isEmpty() ? ManagedBackups::defaultFolder(m_vault.path())
                                                          : QFileInfo(folder).absoluteFilePath();
        if (QDir::cleanPath(target) != QDir::cleanPath(m_vault.backupFolder()))
            existing = int(m_vault.managedBackups().size());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    if (existing == 0) {
        moveFolder(folder, acceptRisk, FolderChange::Move);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Move the Backups?"),
                                tr("Move the %n backup(s) already made to the new folder?", nullptr, existing),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("moveBackupsBox"));
    box->setInformativeText(tr("If you leave them, they stay where they are, and Coffer still counts them as "
                               "copies of the vault: a restore reads the erasures kept there, and cancelling the "
                               "account destroys them too."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* move = box->addButton(tr("&Move Them"), QMessageBox::AcceptRole);
    move->setObjectName(QStringLiteral("moveButton"));
    QPushButton* leave = box->addButton(tr("&Leave Them"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leaveButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(move);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, move, leave, folder, acceptRisk](QAbstractButton* b) {
        if (b == move || b == leave)
            moveFolder(folder, acceptRisk, b == move ? FolderChange::Move : FolderChange::Leave);
        box->deleteLater();
    });
    box->open();
}

void BackupSettingsGroup::moveFolder(const QString& folder, bool acceptRisk, FolderChange change)
{
    try {
        ManagedBackups(m_vault).setFolder(folder, change, acceptRisk ? FolderRisk::Accept : FolderRisk::Refuse);
        m_error->hide();
    } catch (const Error& e) {
        showError(e.message());
    }
    reload();
    emit changed();
}

void BackupSettingsGroup::applyKeep()
{
    m_keepDelay->stop();
    if (LongTask::anyRunning()) {
        m_keepDelay->start(); // a worker holds the vault; the setting waits for it
        return;
    }
    if (m_keep->isReadOnly() || m_keep->value() == m_vault.keepBackups())
        return;
    try {
        m_vault.setKeepBackups(m_keep->value());
        m_error->hide();
    } catch (const Error& e) {
        showError(e.message());
        reload();
    }
    emit changed();
}

void BackupSettingsGroup::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace coffer
