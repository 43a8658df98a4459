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
    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace coffer
