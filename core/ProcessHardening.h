// What both programs do first thing in main(): no core dumps (a dump would hold the data key and
// whatever client data was on screen), and a umask that makes every file we create private.
#pragma once

namespace coffer {
void hardenProcess();
} // namespace coffer
