#include "Command.h"

namespace coffer::cli {
void addBackupCommands(CommandTable&) {}
} // namespace coffer::cli
