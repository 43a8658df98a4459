// Shared by the test suites: cheap argon2 parameters (tests pass them explicitly, never calibrate),
// vaults in temporary folders, and file scans for strings that must not be there.
#pragma once

#include "crypto/Argon2Kdf.h"
#include "crypto/Secret.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace coffer::test {

inline constexpr KdfParams kCheapKdf{1, 1024}; // 1 pass, 1 MiB
inline const char* const kOwnerPassword = "correct horse battery";

inline Secret secret(const char* text)
{
    return Secret::fromUtf8(text);
}

// Every file under folder (recursively) whose bytes contain needle.
QStringList filesContaining(const QString& folder, const QByteArray& needle);
// Raw bytes of a file, or empty.
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace coffer::test
