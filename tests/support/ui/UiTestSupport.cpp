#include "UiTestSupport.h"

#include <QCoreApplication>
#include <QDir>

namespace coffer::test {

void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("COFFER_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    // A label whose text just changed is laid out at the next turn of the event loop: the picture shows
    // it as the user will see it, not clipped to its old width.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace coffer::test
