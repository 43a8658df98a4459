#include "CancelAccountDialog.h"

#include "widgets/SecretText.h"
#include "widgets/TaskWidgets.h"
#include "widgets/UserFiles.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

CancelAccountDialog::CancelAccountDialog(const Contents& contents, QWidget* parent)
    : QDialog(parent)
    , m_vaultName(contents.vaultName)
    , m_password(new QLineEdit(this))
    , m_typedName(new QLineEdit(this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(UserFiles::documentsFolder()), this))
    , m_problem(TaskWidgets::errorLabel(this))
{
    setObjectName(QStringLiteral("cancelAccountDialog"));
    setWindowTitle(tr("Cancel Account"));
    const QString& vaultName = contents.vaultName;
    QStringList folders;
    for (const QString& f : contents.backupFolders)
        folders << QDir::toNativeSeparators(f);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(TaskWidgets::heading(
        QStringLiteral("danger"), tr("Delete the vault “%1” and all its backups for good?").arg(vaultName), this));
    layout->addSpacing(4);
    const QString steps =
        QStringLiteral("<ol style='margin-left:-20px'><li>%1</li><li>%2</li><li>%3</li></ol>")
            .arg(tr("Every key that opens the vault is destroyed. From that moment its data cannot be read by "
                    "anyone, wherever a copy of the encrypted files may be."),
                 tr("Every file of the vault, and every backup of it in %1 (there are %2 now), is overwritten "
                    "with random data, checked and removed.")
                     .arg(folders.join(QStringLiteral(", ")).toHtmlEscaped())
                     .arg(contents.backups),
                 tr("A deletion certificate records what was deleted, how, and the checks that followed. It is "
                    "saved outside the vault, where you choose below."));
    auto* what = TaskWidgets::paragraph(tr("What happens:") + steps, this);
    what->setTextFormat(Qt::RichText);
    layout->addWidget(what);
    layout->addWidget(TaskWidgets::paragraph(
        tr("<b>This cannot be undone.</b> Every user of this vault loses it. Exports and copies saved elsewhere are "
           "not touched: delete them yourself if they must go too."),
        this));
    if (!contents.keptCopies.isEmpty())
        addKeptCopies(layout, contents.keptCopies);
    layout->addSpacing(6);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    m_typedName->setObjectName(QStringLiteral("confirmNameEdit"));
    m_typedName->setPlaceholderText(vaultName);
    m_folder->setObjectName(QStringLiteral("certificateFolderEdit"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseCertificateFolderButton"));
    connect(choose, &QPushButton::clicked, this, &CancelAccountDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &password:"), m_password);
    form->addRow(tr("Type “%1” to confirm:").arg(vaultName), m_typedName);
    form->addRow(tr("Save the &certificate in:"), folderRow);
    qobject_cast<QLabel*>(form->labelForField(folderRow))->setBuddy(m_folder);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    auto* keep = buttons->addButton(tr("Keep My Vault"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelButton"));
    m_cancelAccount = buttons->addButton(tr("Delete Everything"), QDialogButtonBox::DestructiveRole);
    m_cancelAccount->setObjectName(QStringLiteral("cancelAccountButton"));
    TaskWidgets::makeDanger(m_cancelAccount);
    connect(m_cancelAccount, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_password, m_typedName, m_folder})
        connect(edit, &QLineEdit::textChanged, this, &CancelAccountDialog::update);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(560);
    m_password->setFocus();
    update();
}

CancelAccountDialog::~CancelAccountDialog() = default;

void CancelAccountDialog::addKeptCopies(QVBoxLayout* layout, const QStringList& copies)
{
    QStringList items;
    for (const QString& c : copies)
        items << QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(c).toHtmlEscaped());
    auto* text = TaskWidgets::paragraph(
        tr("<b>Restored copies kept as separate vaults.</b> These were restored from this vault's backups and "
           "still open with the passwords of their backup's day:") +
            QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(items.join(QString())) +
            tr("They stay as they are unless you tick the box below; the certificate then names them as kept."),
        this);
    text->setObjectName(QStringLiteral("keptCopiesLabel"));
    text->setTextFormat(Qt::RichText);
    layout->addSpacing(4);
    layout->addWidget(text);
    m_destroyKept = new QCheckBox(tr("&Also destroy these restored copies"), this);
    m_destroyKept->setObjectName(QStringLiteral("destroyKeptCopiesCheckBox"));
    layout->addWidget(m_destroyKept);
}

bool CancelAccountDialog::destroyKeptCopies() const
{
    return m_destroyKept && m_destroyKept->isChecked();
}

Secret CancelAccountDialog::takePassword()
{
    return takeSecret(m_password);
}

QString CancelAccountDialog::typedName() const
{
    return m_typedName->text();
}

QString CancelAccountDialog::certificatePath() const
{
    //: The file name of the deletion certificate, before its time stamp; %1 is the vault's name.
    const QString base = UserFiles::safeFileName(tr("%1 deletion certificate").arg(m_vaultName)) +
                         UserFiles::fileNameStamp(QDateTime::currentDateTime());
    return UserFiles::uniquePath(QDir::fromNativeSeparators(m_folder->text().trimmed()), base, QStringLiteral(".json"));
}

void CancelAccountDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where should the certificate go?"),
                                                             QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void CancelAccountDialog::update()
{
    const QFileInfo folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    QString problem;
    if (!folder.isDir())
        problem = tr("The folder for the certificate does not exist. Choose another one.");
    else if (!folder.isWritable())
        problem = tr("Coffer may not write in the folder for the certificate. Choose another one.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // The name exactly as core compares it: a deliberate act, not a near miss.
    m_cancelAccount->setEnabled(problem.isEmpty() && !m_password->text().isEmpty() &&
                                m_typedName->text() == m_vaultName);
}

} // namespace coffer
