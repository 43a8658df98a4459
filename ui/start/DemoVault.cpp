#include "DemoVault.h"

#include "Error.h"
#include "SampleData.h"
#include "crypto/Random.h"
#include "vault/KnownVaults.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace coffer {

namespace {
const QString kPrefix = QStringLiteral("coffer-demo-");
// A younger folder may belong to another Coffer that is making its demo right now.
constexpr int kLeftoverAgeSeconds = 120;
} // namespace

std::unique_ptr<DemoVault> DemoVault::create(int clients)
{
    std::unique_ptr<DemoVault> demo(new DemoVault);
    if (!demo->m_dir.isValid())
        throw Error(ErrorCode::Failed, tr("There is no room for the demo vault in the temporary folder (%1). Free "
                                          "some disk space and try again.")
                                           .arg(QDir::toNativeSeparators(QDir::tempPath())));
    // Random and never shown: nobody unlocks a demo twice.
    const Secret password = randomReadableSecret(20);
    VaultCreation created = Vault::create(QDir(demo->m_dir.path()).filePath(tr("Demo vault")),
                                          QStringLiteral("Alex Morgan"), password, kKdf);
    demo->m_vaultFolder = created.vault->path();
    demo->m_vaultId = created.vault->id();
    demo->m_vault = std::move(created.vault);
    // Backups on lock would only be thrown away with the folder.
    demo->m_vault->setKeepBackups(0);
    SampleData::fill(*demo->m_vault, clients);
    return demo;
}

DemoVault::~DemoVault()
{
    if (m_vault)
        m_vault->lock();
    // A backup folder chosen while exploring the demo is recorded in the settings; the demo leaves no
    // trace there. QTemporaryDir then removes the folder and everything in it.
    if (!m_vaultId.isEmpty())
        KnownVaults::forgetVaultId(m_vaultId);
}

std::unique_ptr<Vault> DemoVault::takeVault()
{
    return std::move(m_vault);
}

void DemoVault::removeLeftovers()
{
    const QDir temp(QDir::tempPath());
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-kLeftoverAgeSeconds);
    for (const QFileInfo& folder :
         temp.entryInfoList({kPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!folder.isWritable() || folder.lastModified().toUTC() > old)
            continue;
        bool inUse = false;
        for (const QFileInfo& vault : QDir(folder.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            try {
                VaultLock lock = VaultLock::acquire(vault.filePath());
            } catch (const Error&) {
                inUse = true; // another running Coffer's demo
            }
        }
        if (!inUse)
            QDir(folder.filePath()).removeRecursively();
    }
}

} // namespace coffer
