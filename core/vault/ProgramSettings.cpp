#include "ProgramSettings.h"

namespace coffer {

QSettings programSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Coffer"), QStringLiteral("coffer"));
}

} // namespace coffer
