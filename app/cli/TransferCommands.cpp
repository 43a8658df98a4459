#include "Command.h"

namespace coffer::cli {
void addTransferCommands(CommandTable&) {}
} // namespace coffer::cli
