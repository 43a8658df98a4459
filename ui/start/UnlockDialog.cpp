#include "UnlockDialog.h"

#include "Application.h"
#include "Error.h"
#include "tasks/BackgroundTask.h"
#include "vault/Vault.h"
#include "widgets/NewPasswordFields.h"
#include "widgets/Palette.h"
#include "widgets/SecretText.h"
#include "widgets/TaskWidgets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coffer {

namespace {
// The recovery key's characters: base32, 32 of them in 8 groups of 4.
constexpr int kKeyCharacters = 32;
} // namespace

UnlockDialog::UnlockDialog(const QString& vaultFolder, QWidget* parent)
    : QDialog(parent)
    , m_folder(vaultFolder)
    , m_notice(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_recoveryUser(new QLineEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_keyCount(new QLabel(this))
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

    m_notice->setObjectName(QStringLiteral("lockNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(Palette::tintStyle(ColorRole::Accent, QStringLiteral("QLabel"), Palette::kNoticeShape));
    m_notice->hide();

    // The password page.
    auto* passwordPage = new QWidget(m_pages);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(tr("Leave empty if you are the owner"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(300);
    auto* form = new QFormLayout(passwordPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);
    m_forgotButton = new QPushButton(tr("&Forgot your password?"), passwordPage);
    m_forgotButton->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgotButton->setFlat(true);
    m_forgotButton->setCursor(Qt::PointingHandCursor);
    m_forgotButton->setStyleSheet(Palette::textStyle(ColorRole::Accent));
    connect(m_forgotButton, &QPushButton::clicked, this, [this] { showRecovery(true); });
    form->addRow(QString(), m_forgotButton);
    m_pages->addWidget(passwordPage);

    // The recovery page.
    auto* recoveryPage = new QWidget(m_pages);
    auto* recoveryLayout = new QVBoxLayout(recoveryPage);
    recoveryLayout->setContentsMargins(0, 0, 0, 0);
    recoveryLayout->addWidget(TaskWidgets::paragraph(
        tr("Type the recovery key you wrote down or saved when the vault was created: 8 groups of 4 letters and "
           "digits. Spaces, dashes and small letters are fine. Then choose a new password."),
        recoveryPage));
    auto* recoveryForm = new QFormLayout;
    m_recoveryUser->setObjectName(QStringLiteral("recoveryUserNameEdit"));
    m_recoveryUser->setPlaceholderText(tr("Leave empty if you are the owner"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_recoveryKey->setFont(mono);
    m_recoveryKey->setMinimumWidth(380);
    connect(m_recoveryKey, &QLineEdit::textEdited, this, &UnlockDialog::regroupKey);
    connect(m_recoveryKey, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_keyCount->setObjectName(QStringLiteral("recoveryKeyCount"));
    m_keyCount->setForegroundRole(QPalette::PlaceholderText);
    recoveryForm->addRow(tr("&User name:"), m_recoveryUser);
    recoveryForm->addRow(tr("Recovery &key:"), m_recoveryKey);
    recoveryForm->addRow(QString(), m_keyCount);
    m_newPassword = new NewPasswordFields(recoveryForm, recoveryPage);
    qobject_cast<QLabel*>(recoveryForm->labelForField(m_newPassword->passwordEdit()))->setText(tr("&New password:"));
    connect(m_newPassword, &NewPasswordFields::changed, this, &UnlockDialog::updateButton);
    recoveryLayout->addLayout(recoveryForm);
    m_pages->addWidget(recoveryPage);

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
    layout->addSpacing(8);
    layout->addWidget(m_notice);
    layout->addSpacing(4);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    showRecovery(false);
    m_password->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

void UnlockDialog::reject()
{
    // The worker is still deriving the key; closing now would leave it without a window to report to.
    if (m_busy)
        return;
    if (isRecovering()) { // Back
        showRecovery(false);
        return;
    }
    QDialog::reject();
}

bool UnlockDialog::isRecovering() const
{
    return m_pages->currentIndex() == 1;
}

void UnlockDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void UnlockDialog::showRecovery(bool recovering)
{
    m_pages->setCurrentIndex(recovering ? 1 : 0);
    // Only the current page counts towards the dialog's size.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
    m_unlockButton->setText(recovering ? tr("&Reset Password and Unlock") : tr("&Unlock"));
    m_cancelButton->setText(recovering ? tr("&Back") : tr("Cancel"));
    m_error->hide();
    if (recovering) {
        m_recoveryUser->setText(m_userName->text());
        m_keyCount->setText(tr("%1 of %2 characters").arg(0).arg(kKeyCharacters));
        m_recoveryKey->setFocus();
    } else {
        m_recoveryKey->clear();
        m_newPassword->clear();
        m_password->setFocus();
    }
    updateButton();
}

QString UnlockDialog::groupedRecoveryKey(const QString& typed)
{
    QString characters;
    for (QChar c : typed) {
        if (!c.isLetterOrNumber())
            continue;
        c = c.toUpper();
        // The misreadings of a printed key, put right where the user sees them (core does the same).
        c = c == u'0' ? u'O' : c == u'1' ? u'I' : c == u'8' ? u'B' : c;
        characters += c;
    }
    QString grouped;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u'-';
        grouped += characters[i];
    }
    return grouped;
}

void UnlockDialog::regroupKey()
{
    // Keep the cursor after the same number of key characters as before.
    const QString before = m_recoveryKey->text();
    int charactersBeforeCursor = 0;
    for (int i = 0; i < m_recoveryKey->cursorPosition() && i < before.size(); ++i)
        charactersBeforeCursor += before[i].isLetterOrNumber() ? 1 : 0;
    const QString grouped = groupedRecoveryKey(before);
    int cursor = 0;
    for (int seen = 0; cursor < grouped.size() && seen < charactersBeforeCursor; ++cursor)
        seen += grouped[cursor].isLetterOrNumber() ? 1 : 0;
    m_recoveryKey->setText(grouped);
    m_recoveryKey->setCursorPosition(cursor);
    const int count = int(grouped.size() - grouped.count(u'-'));
    m_keyCount->setText(count > kKeyCharacters
                            ? tr("%1 characters: a recovery key has %2. Check for a character typed twice.")
                                  .arg(count)
                                  .arg(kKeyCharacters)
                            : tr("%1 of %2 characters").arg(count).arg(kKeyCharacters));
    updateButton();
}

void UnlockDialog::updateButton()
{
    const bool ready = isRecovering()
                           ? m_recoveryKey->text().size() - m_recoveryKey->text().count(u'-') == kKeyCharacters &&
                                 m_newPassword->isAcceptable()
                           : !m_password->text().isEmpty();
    m_unlockButton->setEnabled(!m_busy && ready);
}

void UnlockDialog::unlock()
{
    if (isRecovering()) {
        recover();
        return;
    }
    if (m_busy || m_password->text().isEmpty())
        return;
    auto password = std::make_shared<Secret>(takeSecret(m_password));
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

void UnlockDialog::recover()
{
    if (m_busy || !m_unlockButton->isEnabled())
        return;
    auto key = std::make_shared<Secret>(secretFrom(m_recoveryKey)); // Latin-1 letters and digits: the same bytes
    // Not taken out of the fields: after a wrong key the user corrects the key, not the password too.
    auto password = std::make_shared<Secret>(secretFrom(m_newPassword->passwordEdit()));
    const QString user = m_recoveryUser->text().trimmed();
    setBusy(true);
    runInBackground<std::unique_ptr<Vault>>(
        this, [folder = m_folder, user, key, password] { return Vault::recover(folder, user, *key, *password); },
        [this](Outcome<std::unique_ptr<Vault>>& outcome) {
            setBusy(false);
            if (outcome.error) {
                const bool credentials = outcome.error->code() == ErrorCode::Auth;
                showError(credentials ? tr("Wrong user name or recovery key. Nothing was changed.")
                                      : outcome.error->message());
                m_recoveryKey->setFocus();
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
    m_recoveryUser->setEnabled(!busy);
    m_recoveryKey->setEnabled(!busy);
    m_newPassword->setEnabled(!busy);
    m_forgotButton->setEnabled(!busy);
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
    if (!isRecovering())
        m_password->setFocus();
}

} // namespace coffer
