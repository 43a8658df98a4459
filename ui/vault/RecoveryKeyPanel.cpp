#include "RecoveryKeyPanel.h"

#include "crypto/Secret.h"
#include "session/Clipboard.h"
#include "settings/AppSettings.h"
#include "widgets/SecretText.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace coffer {

RecoveryKeyPanel::RecoveryKeyPanel(QWidget* parent)
    : QWidget(parent)
    , m_key(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_stored(new QCheckBox(tr("I have stored the recovery key in a safe place"), this))
{
    setObjectName(QStringLiteral("recoveryKeyPanel"));
    auto* advice =
        new QLabel(tr("Write it down, or save it in another password manager, and keep it somewhere safe, away "
                      "from this computer. To use it, choose “Forgot your password?” when you unlock "
                      "the vault. Anyone who has this key and a copy of the vault can open it."),
                   this);
    advice->setWordWrap(true);

    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    styleAsShownOnce(m_key);
    m_key->setAccessibleName(tr("Recovery key"));

    auto* copyButton = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setAccessibleName(tr("Copy the recovery key"));
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(advice);
    layout->addSpacing(8);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addSpacing(16);
    layout->addWidget(m_stored);

    connect(copyButton, &QPushButton::clicked, this, &RecoveryKeyPanel::copy);
    connect(saveButton, &QPushButton::clicked, this, &RecoveryKeyPanel::saveAs);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryKeyPanel::storedChanged);
}

void RecoveryKeyPanel::showKey(const QString& vaultFolder, const Secret& key)
{
    m_folder = vaultFolder;
    m_key->setText(QString::fromUtf8(key.view().data(), qsizetype(key.size())));
    m_stored->setChecked(false);
    m_feedback->clear();
}

void RecoveryKeyPanel::forgetKey()
{
    m_key->clear();
}

bool RecoveryKeyPanel::isStored() const
{
    return m_stored->isChecked();
}

void RecoveryKeyPanel::copy()
{
    copyToClipboard(m_key->text());
    const int seconds = AppSettings::clipboardClearSeconds();
    m_feedback->setText(seconds > 0 ? tr("Copied. Paste it where you keep it safe; the clipboard is cleared in "
                                         "%n second(s).",
                                         nullptr, seconds)
                                    : tr("Copied. Paste it where you keep it safe, then copy something else over it."));
}

void RecoveryKeyPanel::saveAs()
{
    const QString name = QFileInfo(m_folder).completeBaseName();
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

bool RecoveryKeyPanel::saveTo(const QString& path, QString* errorText) const
{
    const QString name = QFileInfo(m_folder).completeBaseName();
    const QString text = tr("Coffer recovery key\n\n"
                            "Vault: %1\n"
                            "Folder: %2\n"
                            "Created: %3\n\n"
                            "Recovery key: %4\n\n"
                            "With this key the owner can choose a new password when the old one is forgotten.\n"
                            "Keep it somewhere safe, away from the computer that holds the vault: anyone who has\n"
                            "this key and a copy of the vault can open it.\n")
                             .arg(name, QDir::toNativeSeparators(m_folder),
                                  QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat), m_key->text());
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
