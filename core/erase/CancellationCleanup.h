// The steps of an account cancellation after its files are destroyed: the emptied folders are removed,
// every settings entry that names the vault is removed (step 3), and the result is verified (step 4):
// nothing of the vault is left in its folder, its copies' folders or any backup folder it used, nothing
// in the settings, and its path no longer opens as a vault.
#pragma once

#include "records/ErasureVerifier.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace coffer {

struct CancellationPlan;

class CancellationCleanup
{
    Q_DECLARE_TR_FUNCTIONS(AccountCancellation)
public:
    // The vault folder and the copies' folders, and each backup folder if nothing else is left in it
    // (other vaults may share it). Throws Error(Failed) naming the folder that could not be removed.
    static void removeFolders(const CancellationPlan& plan);
    // Throws Error(Failed) when the settings file cannot be written.
    static void removeSettings(const CancellationPlan& plan);
    // One check per promise; destroyedFiles are the paths of every file that was destroyed.
    static std::vector<ErasureCheck> verify(const CancellationPlan& plan, const QStringList& destroyedFiles);
};

} // namespace coffer
