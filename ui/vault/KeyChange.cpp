#include "KeyChange.h"

#include "Error.h"
#include "OldKeyBackupsDialog.h"
#include "backup/ManagedBackups.h"
#include "vault/Vault.h"

#include <QProgressDialog>

namespace coffer {

namespace {
QString joined(const QString& done, const QString& text)
{
    return done.isEmpty() ? text : done + u' ' + text;
}
} // namespace

KeyChange::Outcome KeyChange::run(Vault& vault, QWidget* parent, const QString& done)
{
    QProgressDialog progress(tr("Changing the data key, so that copies of the vault's header made before open "
                                "nothing written from now on…"),
                             QString(), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("rekeyProgress"));
    progress.setWindowTitle(tr("Change the Data Key"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        vault.rekey([&progress](qint64 bytes, qint64 total) {
            progress.setValue(total > 0 ? int(bytes * 1000 / total) : 0);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
    } catch (const Error& e) {
        return {false, joined(done, done.isEmpty() ? tr("The data key could not be changed: %1").arg(e.message())
                                                   : tr("But the data key could not be changed, so a copy of the "
                                                        "vault's header made before still opens it: %1")
                                                         .arg(e.message()))};
    }
    progress.setValue(1000);
    const bool backedUp = ManagedBackups::backUpAutomatically(vault, QStringLiteral("after-rekey"));
    Outcome outcome{true, joined(done, tr("The vault's data key was changed, so an old copy of the vault's files "
                                          "cannot open anything saved from now on."))};
    if (!backedUp)
        outcome.message += u' ' + tr("No backup under the new key could be made; back up now.");
    (void)OldKeyBackupsDialog::offer(vault, parent);
    return outcome;
}

} // namespace coffer
