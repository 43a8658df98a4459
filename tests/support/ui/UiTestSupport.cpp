#include "UiTestSupport.h"

#include <QDir>

namespace coffer::test {

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("COFFER_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace coffer::test
