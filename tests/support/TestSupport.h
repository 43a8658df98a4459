// Shared by the test suites (the coffer_test_support library): cheap argon2 parameters (tests pass them
// explicitly, never calibrate), the error code a call throws, and file scans for strings that must not
// be there.
#pragma once

#include "Error.h"
#include "crypto/Argon2Kdf.h"
#include "crypto/Secret.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

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
// A writable folder on another file system than folder's (another st_dev: /dev/shm, the runtime folder
// or /var/tmp, whichever differs first), for tests of "the same disk"; empty when this machine has none.
QString folderOnAnotherFileSystem(const QString& folder);

// The code of the coffer::Error that action throws, with its message in *message when asked; nullopt
// when action returns. Any other exception goes on to Qt Test, which fails the test with it. Compared
// with QCOMPARE(thrownCode(…), ErrorCode::Auth), a failure prints both codes (see toString below).
template <typename Action> std::optional<ErrorCode> thrownCode(Action&& action, QString* message = nullptr)
{
    try {
        action();
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.code();
    }
    return std::nullopt;
}
// What thrownCode gives for a call that returned, for QCOMPARE.
inline constexpr std::optional<ErrorCode> kNothingThrown = std::nullopt;

} // namespace coffer::test

namespace coffer {

// Found by QCOMPARE through argument-dependent lookup, so that a failed comparison of codes reads
// "Auth (3)" or "nothing thrown" rather than a bare number.
char* toString(ErrorCode code);
char* toString(const std::optional<ErrorCode>& code);

} // namespace coffer
