#include "CryptoLibrary.h"

#include "Sodium.h"

namespace coffer {

void initialiseCryptoLibrary()
{
    ensureSodium();
}

QString cryptoLibraryVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace coffer
