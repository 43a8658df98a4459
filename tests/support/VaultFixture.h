// A fresh vault for a test: in a temporary folder of its own, made with the cheap argon2 parameters,
// its owner signed in and ready to use. For the many tests that need a vault and nothing special about
// how it came to be; a test that does (several users, a vault in a given place) makes its own.
#pragma once

#include "crypto/Secret.h"
#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace coffer::test {

struct VaultFixture
{
    // The vault dir/<name>, whose owner is owner with kOwnerPassword.
    explicit VaultFixture(const QString& owner = QStringLiteral("Anna"),
                          const QString& name = QStringLiteral("v.coffer"));
    Q_DISABLE_COPY(VaultFixture)

    // The password addMember gives name.
    static QString memberPassword(const QString& name);
    // Adds name with role and memberPassword(name), the one-time password already changed; the owner
    // is signed in again afterwards (one process holds the vault at a time, so the owner steps out).
    void addMember(const QString& name, Role role);
    // Signs in as a member on the vault at at (default: folder); the fixture's vault must be locked.
    static std::unique_ptr<Vault> signInAs(const QString& at, const QString& name);
    std::unique_ptr<Vault> signInAs(const QString& name) { return signInAs(folder, name); }

    QTemporaryDir dir;            // first, so that it outlives the vault inside it
    QString folder;               // dir/<name>, as given to Vault::create
    std::unique_ptr<Vault> vault; // signed in as the owner; a test may lock it or replace it by unlocking again
    Secret recoveryKey;
};

} // namespace coffer::test
