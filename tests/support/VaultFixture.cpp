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

} // namespace coffer::test
