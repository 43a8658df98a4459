#include "ProcessHardening.h"

#include "crypto/CryptoLibrary.h"

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace coffer {

void hardenProcess()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if !defined(__SANITIZE_ADDRESS__)
    // Also keeps other processes of the same user from ptrace-reading us. Not under ASan, whose leak
    // checker needs to ptrace its own process at exit.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    umask(077);
    // Past a file-size limit, write(2) then fails with EFBIG and the export says "file too large" and
    // cleans up, instead of the process dying half-way through with its temporary file left behind.
    signal(SIGXFSZ, SIG_IGN);
    initialiseCryptoLibrary();
}

} // namespace coffer
