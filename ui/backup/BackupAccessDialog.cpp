#include "BackupAccessDialog.h"

#include "widgets/Palette.h"

#include "widgets/SecretText.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

BackupAccessDialog::BackupAccessDialog(Purpose purpose, const QString& takenText, const QString& userName,
                                       const QString& vaultName, const QString& vaultFolder, QWidget* parent,
                                       const QDate& taken)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_user(new QLineEdit(userName, this))
    , m_password(new QLineEdit(this))
{
    const bool restore = purpose == Purpose::Restore;
    const bool replace = purpose == Purpose::Replace;
    setObjectName(restore   ? QStringLiteral("restoreDialog")
                  : replace ? QStringLiteral("replaceDialog")
                            : QStringLiteral("verifyDialog"));
    setWindowTitle(restore ? tr("Restore a Backup") : replace ? tr("Replace This Vault") : tr("Verify a Backup"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(
        TaskWidgets::heading(restore || replace ? QStringLiteral("backups") : QStringLiteral("backup-now"),
                             restore   ? tr("Restore the backup of %1").arg(takenText)
                             : replace ? tr("Replace “%1” with the backup of %2").arg(vaultName, takenText)
                                       : tr("Verify the backup of %1").arg(takenText),
                             this));
    layout->addWidget(TaskWidgets::paragraph(
        restore ? tr("The backup becomes a new vault in a new folder; this vault is not changed. Clients erased "
                     "after the backup was made are erased again in the new vault, so they do not come back.")
        : replace
            ? tr("Coffer restores the backup beside this vault and checks it. Only when every check has passed is "
                 "this vault destroyed, its keys first, and the backup takes its place. Everything added or "
                 "changed since %1 is lost; clients erased since are erased again. The vault locks for this, and "
                 "you sign in again afterwards with a password of the backup's day.")
                  .arg(takenText)
            : tr("Coffer opens the backup with your password in a private temporary folder and checks every "
                 "part of it. Nothing is changed."),
        this));
    layout->addSpacing(6);

    auto* form = new QFormLayout;
    if (restore) {
        m_folder = new QLineEdit(QDir::toNativeSeparators(QFileInfo(vaultFolder).absolutePath()), this);
        m_folder->setObjectName(QStringLiteral("restoreFolderEdit"));
        auto* choose = new QPushButton(tr("C&hoose…"), this);
        connect(choose, &QPushButton::clicked, this, &BackupAccessDialog::chooseFolder);
        auto* row = new QHBoxLayout;
        row->addWidget(m_folder, 1);
        row->addWidget(choose);
        // Plainly a copy, never a name that differs from the original only by a date.
        const QDate day = taken.isValid() ? taken : QDate::currentDate();
        //: The default name of a vault restored from a backup: the vault's name and the backup's day, e.g.
        //: "Salons Līga — restored copy of 1 Dec 2026".
        m_name = new QLineEdit(
            tr("%1 — restored copy of %2").arg(vaultName, QLocale().toString(day, QStringLiteral("d MMM yyyy"))), this);
        m_name->setObjectName(QStringLiteral("restoreNameEdit"));
        m_preview = new QLabel(this);
        m_preview->setObjectName(QStringLiteral("restorePreview"));
        m_preview->setWordWrap(true);
        form->addRow(tr("New vault &name:"), m_name);
        form->addRow(tr("&In folder:"), row);
        qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(m_folder);
        form->addRow(QString(), m_preview);
        connect(m_folder, &QLineEdit::textChanged, this, &BackupAccessDialog::update);
        connect(m_name, &QLineEdit::textChanged, this, &BackupAccessDialog::update);
    }
    m_user->setObjectName(QStringLiteral("userNameEdit"));
    m_user->setPlaceholderText(tr("Leave empty if you are the owner"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* hint = new QLabel(tr("The password that was valid when the backup was made."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(restore   ? tr("&Restore")
                              : replace ? tr("&Replace This Vault")
                                        : tr("&Verify"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(restore   ? QStringLiteral("restoreButton")
                        : replace ? QStringLiteral("replaceButton")
                                  : QStringLiteral("verifyButton"));
    if (replace)
        TaskWidgets::makeDanger(m_ok);
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &BackupAccessDialog::update);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(520);
    m_password->setFocus();
    update();
}

BackupAccessDialog::~BackupAccessDialog() = default;

QString BackupAccessDialog::userName() const
{
    return m_user->text().trimmed();
}

Secret BackupAccessDialog::takePassword()
{
    return takeSecret(m_password);
}

QString BackupAccessDialog::target() const
{
    if (!m_folder)
        return {};
    QString name = UserFiles::safeFileName(m_name->text().trimmed());
    if (!name.endsWith(QLatin1String(".coffer")))
        name += QStringLiteral(".coffer");
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).filePath(name);
}

void BackupAccessDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where should the restored vault go?"),
                                                             QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupAccessDialog::update()
{
    bool placeOk = true;
    if (m_purpose == Purpose::Restore) {
        const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        QString problem;
        if (m_name->text().trimmed().isEmpty())
            problem = tr("Give the new vault a name.");
        else if (!QFileInfo(folder).isDir())
            problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        else if (QFileInfo::exists(target()))
            problem = tr("%1 already exists. Choose another name: a restore never writes over anything.")
                          .arg(QDir::toNativeSeparators(target()));
        placeOk = problem.isEmpty();
        m_preview->setText(placeOk ? tr("It will be created as %1").arg(QDir::toNativeSeparators(target())) : problem);
        m_preview->setStyleSheet(placeOk ? QString() : Palette::textStyle(ColorRole::Error));
    }
    m_ok->setEnabled(placeOk && !m_password->text().isEmpty());
}

} // namespace coffer
