// The crypto library itself: started once before any key is made, and named in deletion certificates
// (the tool that did the cryptographic erase). Only core/crypto/ includes libsodium's header; the rest of
// core reaches it through crypto/'s small functions.
#pragma once

#include <QString>

namespace coffer {

// Initialises libsodium (idempotent, thread-safe); aborts when it cannot, since there is then no safe
// random number generator. Every crypto function calls it too; ProcessHardening calls it at start.
void initialiseCryptoLibrary();
QString cryptoLibraryVersion(); // "1.0.18"

} // namespace coffer
