// The desktop side of erase/VaultReplacement. Replacing the vault with a backup runs once the main window
// has locked the vault, over the start window; afterwards the user signs in again. And before a vault is
// unlocked, what an interrupted replacement left beside it is dealt with: a decided replacement is
// finished (the vault may no longer open without it), an undecided restore is offered for deletion, and
// what a restore cut short left is removed.
#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace coffer {

struct ReplaceRequest;

class VaultReplacementTasks
{
    Q_DECLARE_TR_FUNCTIONS(VaultReplacementTasks)
public:
    // Runs the replacement with progress, shows its report, then calls then() (to sign in again).
    static void replace(QWidget* parent, const QString& vaultFolder, const ReplaceRequest& request,
                        const std::function<void()>& then);
    // False when nothing was left beside vaultFolder. Otherwise it asks and does what is needed, and
    // calls then() when the vault may be unlocked (not at all when the user chose to wait).
    static bool resolveInterrupted(QWidget* parent, const QString& vaultFolder, const std::function<void()>& then);
};

} // namespace coffer
