#include "RecoveryKeyDialog.h"

#include "Error.h"
#include "RecoveryKeyPanel.h"
#include "crypto/Secret.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& vaultFolder, const Secret& key, Reason reason, QWidget* parent)
    : QDialog(parent)
    , m_panel(new RecoveryKeyPanel(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("New Recovery Key"));
    auto* intro = new QLabel(reason == Reason::Replaced
                                 ? tr("<b>The recovery key was replaced.</b> The old one no longer opens this "
                                      "vault; this new one does, when you forget your password. It is shown only "
                                      "this once.")
                                 : tr("<b>You are the owner of this vault now: here is your own recovery "
                                      "key.</b> The previous owner's key was destroyed with the hand-over. If you "
                                      "forget your password, this key is the only way back in. It is shown only "
                                      "this once."),
                             this);
    intro->setObjectName(QStringLiteral("recoveryKeyIntro"));
    intro->setWordWrap(true);
    m_panel->showKey(vaultFolder, key);

    auto* buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);
    connect(m_panel, &RecoveryKeyPanel::storedChanged, m_done, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString RecoveryKeyDialog::replace(Vault& vault, Reason reason, QWidget* parent)
{
    try {
        const Secret key = vault.rotateRecoveryKey();
        auto* dialog = new RecoveryKeyDialog(vault.path(), key, reason, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        return {};
    } catch (const Error& e) {
        return e.message();
    }
}

void RecoveryKeyDialog::done(int result)
{
    // Escape and the window's close button too: not before the owner says the key is stored.
    if (!m_panel->isStored())
        return;
    m_panel->forgetKey();
    QDialog::done(result);
}

} // namespace coffer
