#include "CreateVaultWizardRecoveryKeyPage.h"

#include "CreateVaultWizard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace coffer {

CreateVaultWizardRecoveryKeyPage::CreateVaultWizardRecoveryKeyPage(CreateVaultWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_key(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_stored(new QCheckBox(tr("I have stored the recovery key in a safe place"), this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    setTitle(tr("Your recovery key"));
    setSubTitle(tr("The vault is ready. If you ever forget your password, this key is the only way back in. "
                   "Nobody else can reset it for you, not even the makers of Coffer."));

    auto* advice =
        new QLabel(tr("Write it down, or save it in another password manager, and keep it somewhere safe, away "
                      "from this computer. To use it, choose “Forgot your password?” when you unlock "
                      "the vault. Anyone who has this key and a copy of the vault can open it."),
                   this);
    advice->setWordWrap(true);

    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setBackgroundRole(QPalette::Base);
    m_key->setAutoFillBackground(true);
    m_key->setMargin(16);

    auto* copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    auto* saveButton = new QPushButton(tr("&Save As…"), this);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copyButton);
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);

    m_stored->setObjectName(QStringLiteral("storedCheckBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(advice);
    layout->addSpacing(8);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addSpacing(16);
    layout->addWidget(m_stored);
    layout->addStretch(1);

    connect(copyButton, &QPushButton::clicked, this, &CreateVaultWizardRecoveryKeyPage::copy);
    connect(saveButton, &QPushButton::clicked, this, &CreateVaultWizardRecoveryKeyPage::saveAs);
    connect(m_stored, &QCheckBox::toggled, this, &CreateVaultWizardRecoveryKeyPage::completeChanged);
}

void CreateVaultWizardRecoveryKeyPage::initializePage()
{
    m_key->setText(keyText());
    m_stored->setChecked(false);
    m_feedback->clear();
}

bool CreateVaultWizardRecoveryKeyPage::isComplete() const
{
    return m_stored->isChecked();
}

QString CreateVaultWizardRecoveryKeyPage::keyText() const
{
    const Secret& key = m_wizard->recoveryKey();
    return QString::fromUtf8(key.view().data(), qsizetype(key.size()));
}

void CreateVaultWizardRecoveryKeyPage::forgetKey()
{
    m_key->clear();
}

void CreateVaultWizardRecoveryKeyPage::copy()
{
    // Clearing the clipboard after a while is a setting of a later version; until then, say so.
    QGuiApplication::clipboard()->setText(keyText());
    m_feedback->setText(tr("Copied. Paste it where you keep it safe, then copy something else over it."));
}

void CreateVaultWizardRecoveryKeyPage::saveAs()
{
    const QString name = QFileInfo(m_wizard->vaultFolder()).completeBaseName();
    const QString suggested = QDir(QDir::homePath()).filePath(tr("%1 recovery key.txt").arg(name));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Recovery Key"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString why;
    if (saveTo(path, &why))
        m_feedback->setText(
            tr("Saved to %1. Move it somewhere safe, away from this computer.").arg(QDir::toNativeSeparators(path)));
    else
        m_feedback->setText(tr("Not saved: %1").arg(why));
}

bool CreateVaultWizardRecoveryKeyPage::saveTo(const QString& path, QString* errorText) const
{
    const QString name = QFileInfo(m_wizard->vaultFolder()).completeBaseName();
    const QString text = tr("Coffer recovery key\n\n"
                            "Vault: %1\n"
                            "Folder: %2\n"
                            "Created: %3\n\n"
                            "Recovery key: %4\n\n"
                            "With this key the owner can choose a new password when the old one is forgotten.\n"
                            "Keep it somewhere safe, away from the computer that holds the vault: anyone who has\n"
                            "this key and a copy of the vault can open it.\n")
                             .arg(name, QDir::toNativeSeparators(m_wizard->vaultFolder()),
                                  QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat), keyText());
    QSaveFile file(path);
    QByteArray bytes = text.toUtf8();
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) &&
                    file.write(bytes) == bytes.size() && file.commit();
    bytes.fill('\0');
    if (!ok && errorText)
        *errorText = file.errorString();
    return ok;
}

} // namespace coffer
