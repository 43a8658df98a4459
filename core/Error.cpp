#include "Error.h"

#include <QCoreApplication>
#include <new>

namespace coffer {

Error Error::current()
{
    try {
        throw;
    } catch (const Error& e) {
        return e;
    } catch (const std::bad_alloc&) {
        return Error(ErrorCode::Failed, QCoreApplication::translate("Error", "Out of memory."));
    } catch (...) {
        return Error(ErrorCode::Failed, QCoreApplication::translate("Error", "Something unexpected went wrong, and "
                                                                             "Coffer stopped this step. Try again; if "
                                                                             "it happens again, restart Coffer."));
    }
}

Error Error::wrongPassword()
{
    return Error(ErrorCode::Auth, QCoreApplication::translate("Vault", "Wrong user name or password."));
}

Error Error::wrongRecoveryKey()
{
    return Error(ErrorCode::Auth, QCoreApplication::translate("Vault", "Wrong user name or recovery key."));
}

Error Error::mustChangePassword()
{
    return Error(ErrorCode::Auth,
                 QCoreApplication::translate(
                     "Vault", "You signed in with a one-time password: choose your own password first."));
}

Error Error::roleForbids(const QString& roleDisplayName)
{
    return Error(ErrorCode::Permission,
                 QCoreApplication::translate("Vault", "Your role (%1) does not allow this.").arg(roleDisplayName));
}

Error Error::vaultLocked()
{
    return Error(ErrorCode::Failed, QCoreApplication::translate("Vault", "The vault is locked."));
}

Error Error::headerChecksumMismatch()
{
    return Error(ErrorCode::Damaged,
                 QCoreApplication::translate("Vault", "The vault header is damaged (it does not match its checksum)."));
}

Error Error::cancelled()
{
    return Error(ErrorCode::Failed, QCoreApplication::translate("FileStore", "Cancelled."));
}

} // namespace coffer
