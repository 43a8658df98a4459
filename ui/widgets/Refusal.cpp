#include "Refusal.h"

#include <QVariant>
#include <QWidget>

namespace coffer {

void showRefusal(QWidget* widget, const QString& why)
{
    if (!widget)
        return;
    constexpr char kUsual[] = "cofferUsualToolTip";
    if (!widget->property(kUsual).isValid())
        widget->setProperty(kUsual, widget->toolTip());
    widget->setToolTip(why.isEmpty() ? widget->property(kUsual).toString() : why);
    if (!why.isEmpty())
        widget->setEnabled(false);
}

} // namespace coffer
