#include "ClientEraser.h"

namespace coffer {
void ClientEraser::deleteClientRows(Database&, const QString&) {}
} // namespace coffer
