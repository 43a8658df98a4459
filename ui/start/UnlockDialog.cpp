#include "UnlockDialog.h"

#include "widgets/TaskWidgets.h"

#include "Application.h"
#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

UnlockDialog::UnlockDialog(const QString& vaultFolder, QWidget* parent)
    : QDialog(parent)
    , m_folder(vaultFolder)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(TaskWidgets::errorLabel(this))
    , m_progress(TaskWidgets::busyIndicator(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    QString name = QFileInfo(vaultFolder).fileName();
    if (name.endsWith(QLatin1String(".coffer")))
        name.chop(7);
    setWindowTitle(tr("Unlock %1").arg(name));

    auto* icon = new QLabel(this);
    icon->setPixmap(cofferIcon().pixmap(48, 48));
    auto* title = new QLabel(QStringLiteral("<b style='font-size:large'>%1</b>").arg(name.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("vaultNameLabel"));
    auto* path = new QLabel(QDir::toNativeSeparators(vaultFolder), this);
    path->setForegroundRole(QPalette::PlaceholderText);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(path);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("Leave empty if you are the owner"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(this);
    m_unlockButton = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    // Our own text: Debian ships Qt's translations for some of our languages and not for others.
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    m_password->setFocus();
    updateButton();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

void UnlockDialog::reject()
{
    // The worker is still deriving the key; closing now would leave it without a window to report to.
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::updateButton()
{
    m_unlockButton->setEnabled(!m_busy && !m_password->text().isEmpty());
}

void UnlockDialog::unlock()
{
    if (m_busy || m_password->text().isEmpty())
        return;
    QByteArray bytes = m_password->text().toUtf8();
    auto password = std::make_shared<Secret>(Secret::takeFrom(bytes));
    m_password->clear();
    const QString user = m_userName->text().trimmed();
    setBusy(true);
    runInBackground<std::unique_ptr<Vault>>(
        this, [folder = m_folder, user, password] { return Vault::unlock(folder, user, *password); },
        [this](Outcome<std::unique_ptr<Vault>>& outcome) {
            setBusy(false);
            if (outcome.error) {
                // Core words a wrong password and an unknown user alike, but from two places whose
                // translations can drift apart; one message here keeps them identical in every language,
                // so the dialog never tells which user names exist.
                const bool credentials = outcome.error->code() == ErrorCode::Auth;
                showError(credentials ? tr("Wrong user name or password.") : outcome.error->message());
                return;
            }
            m_vault = std::move(*outcome.value);
            accept();
        });
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_userName->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    updateButton();
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->setFocus();
}

} // namespace coffer
