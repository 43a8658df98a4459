#include "Command.h"

namespace coffer::cli {
void addEraseCommands(CommandTable&) {}
} // namespace coffer::cli
