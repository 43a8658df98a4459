#include "ClientLabels.h"

#include <QLocale>

namespace coffer {

QString ClientLabels::kind(ClientKind kind)
{
    return kind == ClientKind::Organisation ? tr("Organisation") : tr("Person");
}

QString ClientLabels::noteKind(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Note:
        return tr("Note");
    case NoteKind::Call:
        return tr("Call");
    case NoteKind::Email:
        return tr("Email");
    case NoteKind::Meeting:
        return tr("Meeting");
    }
    return {};
}

QString ClientLabels::consentState(ConsentState state)
{
    switch (state) {
    case ConsentState::Granted:
        return tr("Granted");
    case ConsentState::Refused:
        return tr("Refused");
    case ConsentState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ClientLabels::date(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString ClientLabels::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Minutes are enough for people; seconds only widen every column they appear in.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time.toLocalTime(), format);
}

} // namespace coffer
