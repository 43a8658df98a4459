#include "CreateVaultWizardLocationPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace coffer {

namespace {
QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}
} // namespace

CreateVaultWizardLocationPage::CreateVaultWizardLocationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("locationPage"));
    setTitle(tr("Name and place"));
    setSubTitle(tr("A vault is one folder that holds all of your clients' data, encrypted. "
                   "Choose a name you will recognise, and where to keep it."));

    m_name->setObjectName(QStringLiteral("vaultNameEdit"));
    m_name->setPlaceholderText(tr("for example: Clients"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_preview->setObjectName(QStringLiteral("locationPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Vault &name:"), m_name);
    // A row that holds a layout gets no buddy of its own, and the & would show.
    auto* folderLabel = new QLabel(tr("&Keep it in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(QString(), m_preview);

    connect(browse, &QPushButton::clicked, this, &CreateVaultWizardLocationPage::browse);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVaultWizardLocationPage::updatePreview);
    connect(m_folder, &QLineEdit::textChanged, this, &CreateVaultWizardLocationPage::updatePreview);
    updatePreview();
}

QString CreateVaultWizardLocationPage::vaultFolder() const
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return QDir::cleanPath(QDir(folder).absoluteFilePath(m_name->text().trimmed() + QStringLiteral(".coffer")));
}

bool CreateVaultWizardLocationPage::isComplete() const
{
    return problem().isEmpty();
}

QString CreateVaultWizardLocationPage::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Type a name for the vault.");
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name)
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            return tr("A vault name cannot contain any of these characters: %1").arg(forbidden);
    if (name.startsWith(QLatin1Char('.')))
        return tr("A vault name cannot begin with a dot.");
    if (!QFileInfo(QDir::fromNativeSeparators(m_folder->text().trimmed())).isDir())
        return tr("The folder to keep it in does not exist.");
    const QFileInfo target(vaultFolder());
    if (target.exists() && !(target.isDir() && QDir(target.filePath()).isEmpty()))
        return tr("There is already a vault called \"%1\" in this folder. Choose another name.").arg(name);
    return {};
}

void CreateVaultWizardLocationPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Keep the Vault In"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void CreateVaultWizardLocationPage::updatePreview()
{
    const QString why = problem();
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    if (why.isEmpty())
        m_preview->setText(tr("The vault will be the folder:\n%1").arg(QDir::toNativeSeparators(vaultFolder())));
    else
        m_preview->setText(nameMissing ? QString() : why);
    m_preview->setForegroundRole(why.isEmpty() ? QPalette::WindowText : QPalette::PlaceholderText);
    emit completeChanged();
}

} // namespace coffer
