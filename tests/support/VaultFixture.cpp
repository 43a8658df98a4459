#include "VaultFixture.h"

#include "TestSupport.h"

namespace coffer::test {

VaultFixture::VaultFixture(const QString& owner, const QString& name)
    : folder{dir.filePath(name)}
{
    VaultCreation created = Vault::create(folder, owner, secret(kOwnerPassword), kCheapKdf);
    vault = std::move(created.vault);
    recoveryKey = std::move(created.recoveryKey);
}

QString VaultFixture::memberPassword(const QString& name)
{
    return name + QStringLiteral("'s own password");
}

void VaultFixture::addMember(const QString& name, Role role)
{
    const Secret oneTime = vault->addUser(name, role);
    vault->lock();
    Vault::unlock(folder, name, oneTime)->changePassword(Secret::fromUtf8(memberPassword(name).toStdString()));
    vault = Vault::unlock(folder, {}, secret(kOwnerPassword));
}

std::unique_ptr<Vault> VaultFixture::signInAs(const QString& at, const QString& name)
{
    return Vault::unlock(at, name, Secret::fromUtf8(memberPassword(name).toStdString()));
}

} // namespace coffer::test
