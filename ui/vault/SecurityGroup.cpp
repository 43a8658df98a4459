#include "SecurityGroup.h"

#include "Error.h"
#include "KeyChange.h"
#include "OldKeyBackupsDialog.h"
#include "RecoveryKeyDialog.h"
#include "erase/RemainingCopies.h"
#include "vault/Vault.h"
#include "widgets/Confirmation.h"
#include "widgets/NoticeLabel.h"
#include "widgets/Palette.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

namespace coffer {

namespace {
QLabel* makeText(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

SecurityGroup::SecurityGroup(Vault& vault, QWidget* parent)
    : QGroupBox(tr("Security"), parent)
    , m_vault(vault)
    , m_keyState(makeText(this, "keyStateLabel"))
    , m_recoveryState(makeText(this, "recoveryStateLabel"))
    , m_changeKey(new QPushButton(tr("Change the &Data Key…"), this))
    , m_olderBackups(new QPushButton(tr("Destroy &Older Backups…"), this))
    , m_recovery(new QPushButton(this))
    , m_notice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("securityGroup"));
    m_changeKey->setObjectName(QStringLiteral("changeDataKeyButton"));
    m_changeKey->setToolTip(tr("A new random key for everything in the vault; every member keeps their password."));
    m_olderBackups->setObjectName(QStringLiteral("olderBackupsButton"));
    m_recovery->setObjectName(QStringLiteral("recoveryKeyButton"));
    m_notice->setObjectName(QStringLiteral("securityNotice"));
    connect(m_changeKey, &QPushButton::clicked, this, &SecurityGroup::changeDataKey);
    connect(m_olderBackups, &QPushButton::clicked, this, &SecurityGroup::destroyOlderBackups);
    connect(m_recovery, &QPushButton::clicked, this, &SecurityGroup::replaceRecoveryKey);

    auto* keyButtons = new QVBoxLayout;
    keyButtons->addWidget(m_changeKey);
    keyButtons->addWidget(m_olderBackups);
    keyButtons->addStretch(1);
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_keyState, 0, 0, Qt::AlignTop);
    grid->addLayout(keyButtons, 0, 1);
    grid->addWidget(m_recoveryState, 1, 0, Qt::AlignTop);
    grid->addWidget(m_recovery, 1, 1, Qt::AlignTop);
    grid->addWidget(m_notice, 2, 0, 1, 2);
    refresh();
}

void SecurityGroup::refresh()
{
    const Role role = m_vault.currentUser().role;
    const bool shown = roleAllows(role, Permission::ManageUsers);
    setVisible(shown);
    if (!shown)
        return;
    QString state;
    try {
        const QDateTime changed = m_vault.keyChanged();
        state = changed.isValid()
                    ? tr("The data key that encrypts everything in this vault was last changed on %1.")
                          .arg(QLocale().toString(changed.toLocalTime(), QLocale::LongFormat))
                    : tr("The data key that encrypts everything in this vault has not changed since it was "
                         "created.");
        state = state.toHtmlEscaped() + u' ' +
                tr("Coffer changes it by itself when someone's access is taken away, so that a copy of the "
                   "vault's files made before opens nothing saved after.")
                    .toHtmlEscaped();
        if (m_vault.rekeyDue())
            state +=
                QStringLiteral("<br><span style=\"%1\">%2</span>")
                    .arg(
                        Palette::textStyle(ColorRole::Error),
                        tr("Access was taken away since, without a change of the key: change it now.").toHtmlEscaped());
        m_olderBackups->setVisible(roleAllows(role, Permission::Backup) &&
                                   !RemainingCopies::backupsUnderOldKeys(m_vault).empty());
    } catch (const Error& e) {
        state = e.message().toHtmlEscaped();
    }
    m_keyState->setText(state);

    const bool owner = role == Role::Owner;
    m_recovery->setVisible(owner);
    m_recoveryState->setVisible(owner);
    if (owner) {
        const bool has = m_vault.hasRecoveryKey();
        m_recovery->setText(has ? tr("Replace the &Recovery Key…") : tr("Make a &Recovery Key…"));
        m_recoveryState->setText(
            (has ? tr("The recovery key lets you choose a new password when you forget yours. Replace it when "
                      "someone may have seen it: the old one stops working at once.")
                 : tr("This vault has no recovery key: if you forget your password, nobody can open it. Make "
                      "one and keep it somewhere safe."))
                .toHtmlEscaped());
    }
}

void SecurityGroup::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    refresh();
}

void SecurityGroup::changeDataKey()
{
    confirmThen(this, "confirmRekeyBox", tr("Change the Data Key"),
                tr("Change the key that encrypts everything in this vault?\n\nEveryone keeps their password. The "
                   "vault is re-encrypted, which takes a moment for a large vault, and then a backup under the new "
                   "key is made."),
                tr("Change the Key"), [this] {
                    const KeyChange::Outcome outcome = KeyChange::run(m_vault, this);
                    if (outcome.changed)
                        m_notice->showSuccess(outcome.message);
                    else
                        m_notice->showError(outcome.message);
                    refresh();
                });
}

void SecurityGroup::destroyOlderBackups()
{
    if (OldKeyBackupsDialog* dialog = OldKeyBackupsDialog::offer(m_vault, this))
        connect(dialog, &QDialog::finished, this, &SecurityGroup::refresh);
    else
        refresh();
}

void SecurityGroup::replaceRecoveryKey()
{
    const auto make = [this](RecoveryKeyDialog::Reason reason) {
        if (const QString error = RecoveryKeyDialog::replace(m_vault, reason, this); !error.isEmpty())
            m_notice->showError(error);
        else
            m_notice->clearNotice();
        refresh();
    };
    if (!m_vault.hasRecoveryKey()) {
        make(RecoveryKeyDialog::Reason::NewOwner);
        return;
    }
    confirmThen(this, "confirmRecoveryKeyBox", tr("Replace the Recovery Key"),
                tr("Make a new recovery key?\n\nThe old one stops working at once. The new one is shown only "
                   "once, so have somewhere ready to keep it."),
                tr("Replace the Key"), [make] { make(RecoveryKeyDialog::Reason::Replaced); });
}

} // namespace coffer
