#include "OldKeyBackupsDialog.h"

#include "Error.h"
#include "erase/RemainingCopies.h"
#include "vault/Vault.h"
#include "widgets/NoticeLabel.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coffer {

namespace {
// What stays out of reach, as an HTML list for a label.
QString outOfReachHtml(Vault& vault)
{
    QString items;
    for (const RemainingCopy& c : RemainingCopies::outOfReachAfterKeyChange(vault))
        items += QStringLiteral("<li>%1</li>").arg(RemainingCopies::outOfReachLine(c).toHtmlEscaped());
    items += QStringLiteral("<li>%1</li>").arg(RemainingCopies::outsideCoffer().toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
        .arg(OldKeyBackupsDialog::tr("Out of Coffer's reach").toHtmlEscaped(), items);
}
} // namespace

OldKeyBackupsDialog::OldKeyBackupsDialog(Vault& vault, int oldBackups, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_text(new QLabel(this))
    , m_notice(new NoticeLabel(this))
{
    setObjectName(QStringLiteral("oldKeyBackupsDialog"));
    setWindowTitle(tr("Older Backups"));
    m_text->setObjectName(QStringLiteral("oldKeyBackupsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("%n backup(s) of this vault were taken before the data key changed. They still open with the "
                    "old key, and with the passwords people had then — also of anyone whose access was just "
                    "taken away.",
                    nullptr, oldBackups)
                     .toHtmlEscaped(),
                 tr("Coffer can destroy their key slots, as a cancellation does: it first checks that a backup "
                    "under the new key opens, then overwrites the old backups' keys so that nothing opens them, "
                    "and removes the files. They cannot be restored afterwards.")
                     .toHtmlEscaped()) +
        outOfReachHtml(vault));
    m_notice->setObjectName(QStringLiteral("oldKeyBackupsNotice"));

    auto* buttons = new QDialogButtonBox(this);
    m_destroy = buttons->addButton(tr("&Destroy Their Key Slots"), QDialogButtonBox::DestructiveRole);
    m_destroy->setObjectName(QStringLiteral("destroyButton"));
    m_destroy->setStyleSheet(QStringLiteral("QPushButton { %1 }").arg(Palette::textStyle(ColorRole::Error)));
    m_destroy->setAutoDefault(false);
    m_keep = buttons->addButton(tr("&Keep Them"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setDefault(true);
    connect(m_destroy, &QPushButton::clicked, this, &OldKeyBackupsDialog::destroyOld);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

OldKeyBackupsDialog* OldKeyBackupsDialog::offer(Vault& vault, QWidget* parent)
{
    if (!roleAllows(vault.currentUser().role, Permission::Backup))
        return nullptr;
    std::size_t old = 0;
    try {
        old = RemainingCopies::backupsUnderOldKeys(vault).size();
    } catch (const Error&) {
        return nullptr; // the list cannot be read now: `backup prune --old-keys` and Settings offer it again
    }
    if (old == 0)
        return nullptr;
    auto* dialog = new OldKeyBackupsDialog(vault, int(old), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void OldKeyBackupsDialog::destroyOld()
{
    PruneResult r;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        r = RemainingCopies::pruneOldKeys(m_vault);
        QApplication::restoreOverrideCursor();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_notice->showError(tr("Nothing was destroyed: %1").arg(e.message()));
        return;
    }
    const QString checked = tr("The backup at %1 was checked first.").arg(QDir::toNativeSeparators(r.verifiedBackup));
    if (r.failed.isEmpty()) {
        m_notice->showSuccess(tr("%n older backup(s) destroyed.", nullptr, int(r.destroyed.size())) + u' ' + checked);
    } else {
        m_notice->showError(
            tr("%n older backup(s) destroyed, %1 not:", nullptr, int(r.destroyed.size())).arg(r.failed.size()) + u' ' +
            r.failed.join(QStringLiteral("; ")));
    }
    m_destroy->setEnabled(false);
    m_keep->setText(tr("&Close"));
}

} // namespace coffer
