// The one error type of coffer_core. Core reports failure by throwing coffer::Error; its code is the
// category a front end needs (the CLI maps it straight to an exit code) and its message is translated,
// user-facing text that never contains client data.
#pragma once

#include <QString>
#include <stdexcept>

namespace coffer {

enum class ErrorCode {
    Failed = 1,     // the operation could not be done; the message says why
    Usage = 2,      // the request itself is malformed (bad argument, invalid value)
    Auth = 3,       // wrong user or password, or a password change is required first
    Damaged = 4,    // not a vault, or a vault whose files are damaged
    Permission = 5, // the signed-in user's role does not allow this
    InUse = 6,      // another process has the vault open
};

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(message)
    {
    }
    // Inside a catch (...): the coffer::Error that was thrown, or, for anything else, one with a generic
    // message. The text of a std::exception (what()) can hold anything — a path, a value read from a
    // file — so it never reaches a window or stderr, and is not kept.
    static Error current();

    // Failures raised in several places, one factory each (Error.cpp). Each keeps the translation
    // context and text it always had, since translations/*.ts key on both; Vault's wording is used for
    // a backup's snapshot too, so that the two read alike in every language.
    static Error wrongPassword();                             // Auth: "Wrong user name or password." (Vault)
    static Error wrongRecoveryKey();                          // Auth: "Wrong user name or recovery key." (Vault)
    static Error mustChangePassword();                        // Auth: signed in with a one-time password (Vault)
    static Error roleForbids(const QString& roleDisplayName); // Permission (Vault)
    static Error vaultLocked();                               // Failed: "The vault is locked." (Vault)
    static Error headerChecksumMismatch();                    // Damaged: the header's MAC fails (Vault)
    static Error cancelled();                                 // Failed: "Cancelled." (FileStore)

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace coffer
