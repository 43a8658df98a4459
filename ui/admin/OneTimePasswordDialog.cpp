#include "OneTimePasswordDialog.h"

#include "crypto/Secret.h"
#include "session/Clipboard.h"
#include "settings/AppSettings.h"
#include "widgets/SecretText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

OneTimePasswordDialog::OneTimePasswordDialog(const QString& userName, const Secret& password, Reason reason,
                                             QWidget* parent)
    : QDialog(parent)
    , m_password(new QLabel(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("oneTimePasswordDialog"));
    setWindowTitle(tr("One-Time Password for %1").arg(userName));

    const QString what = reason == Reason::NewUser
                             ? tr("<b>%1</b> has been added. Here is their one-time password.")
                             : tr("<b>%1</b>'s password has been reset. Here is their new one-time password; "
                                  "the old password no longer works.");
    auto* intro = new QLabel(what.arg(userName.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("oneTimePasswordLabel"));
    m_password->setText(QString::fromUtf8(password.view().data(), qsizetype(password.size())));
    styleAsShownOnce(m_password);
    m_password->setAccessibleName(tr("One-time password"));

    auto* copyButton = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setAccessibleName(tr("Copy the one-time password"));
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copyButton);
    copyRow->addWidget(m_feedback, 1);

    auto* advice = new QLabel(tr("Give it to %1 in person or by phone rather than by email. At their first "
                                 "sign-in Coffer asks them to choose their own password, and this one stops "
                                 "working.<br><br><b>This is the only time it is shown.</b> If it is lost, reset "
                                 "the password again.")
                                  .arg(userName.toHtmlEscaped()),
                              this);
    advice->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* doneButton = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    doneButton->setObjectName(QStringLiteral("doneButton"));
    doneButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(copyButton, &QPushButton::clicked, this, &OneTimePasswordDialog::copy);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_password);
    layout->addLayout(copyRow);
    layout->addSpacing(6);
    layout->addWidget(advice);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(500);
}

QString OneTimePasswordDialog::password() const
{
    return m_password->text();
}

void OneTimePasswordDialog::copy()
{
    copyToClipboard(m_password->text());
    const int seconds = AppSettings::clipboardClearSeconds();
    m_feedback->setText(seconds > 0 ? tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds)
                                    : tr("Copied."));
}

void OneTimePasswordDialog::done(int result)
{
    // Shown once: nothing keeps it after the dialog is gone.
    m_password->clear();
    QDialog::done(result);
}

} // namespace coffer
