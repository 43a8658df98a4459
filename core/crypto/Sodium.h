// libsodium must be initialised once before any call; every crypto unit calls ensureSodium() first.
#pragma once

#include <sodium.h>

namespace coffer {
void ensureSodium();
} // namespace coffer
