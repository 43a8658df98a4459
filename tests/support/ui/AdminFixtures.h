// Shared by the tests of the workspace's admin side (issue #6): vaults with users of every role, signed
// in past their one-time password, and a main window over them.
#pragma once

#include "MainWindow.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QDir>
#include <memory>

namespace coffer::test {

QString text(const Secret& s);
Secret secretOf(const QString& text);

// A vault in parent/name with the owner "Owner" (kOwnerPassword) and, for each given role, a user named
// after it ("Admin", "Editor", "Viewer") whose password is "<name> password 1". Returns its folder,
// locked.
QString makeVaultWithUsers(const QString& parent, const QString& name);

// Unlocks as user (empty: the owner) with the password makeVaultWithUsers gave them.
std::unique_ptr<Vault> signIn(const QString& folder, const QString& user = {});

} // namespace coffer::test
