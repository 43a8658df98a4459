// The archive of the business's privacy policy versions: each version's text (or the file it was
// published as), the day it took effect and its SHA-256, kept for as long as the vault, so that the
// policy a consent was given under can be shown as it was. The version in force on a day is the one
// with the latest effective date not after it; a consent records it, and one given under a version
// since superseded is listed so that the person can be asked again. Not client data: exported whole
// with every export. Administrators and the owner add versions; nothing is ever changed or removed.
#pragma once

#include "records/PurposeRows.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace coffer {

class Vault;

class PolicyArchive
{
    Q_DECLARE_TR_FUNCTIONS(PolicyArchive)
public:
    static constexpr int kMaxVersion = 100;
    static constexpr qint64 kMaxSize = PurposeRows::kMaxPolicySize; // a policy's text or file

    explicit PolicyArchive(Vault& vault)
        : m_vault(vault)
    {
    }

    // Admins and the owner: a new version with its text or file (exactly one of them; fileName names
    // the file). Error(Usage) for an empty or known version, an effective day in the future or before
    // 1990, no text and no file, or both. Returns the SHA-256. Audited by the SHA-256.
    QString add(const QString& version, const QDate& effective, const QString& text, const QString& fileName = {},
                const QByteArray& file = {});
    // Every version, the newest effective first (same day: the one added later first), without the
    // text and file (sha256 and sizes say what they are). Anyone who can read the vault.
    std::vector<PolicyVersion> list();
    // One version whole, or nothing.
    std::optional<PolicyVersion> find(const QString& version);

    // The version in force on day (the latest effective not after it; records/PurposeRows.h), or empty.
    QString inForce(const QDate& day);

private:
    Vault& m_vault;
};

} // namespace coffer
