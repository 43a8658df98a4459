#include "ClientLabels.h"

#include "widgets/LocaleText.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

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
    return time.isValid() ? LocaleText::date(time.toLocalTime().date()) : QString();
}

QString ClientLabels::dateTime(const QDateTime& time)
{
    return LocaleText::dateTime(time);
}

QString ClientLabels::purpose(CommonPurpose purpose)
{
    switch (purpose) {
    case CommonPurpose::Newsletter:
        return tr("Newsletter");
    case CommonPurpose::MarketingCalls:
        return tr("Marketing calls");
    case CommonPurpose::Photos:
        return tr("Photos");
    case CommonPurpose::SharingWithPartners:
        return tr("Sharing with partners");
    }
    return {};
}

QStringList ClientLabels::commonPurposes()
{
    QStringList out;
    for (CommonPurpose p : {CommonPurpose::Newsletter, CommonPurpose::MarketingCalls, CommonPurpose::Photos,
                            CommonPurpose::SharingWithPartners})
        out << purpose(p);
    return out;
}

QStringList ClientLabels::consentSources()
{
    return {tr("signed form"), tr("web form"), tr("email"), tr("phone call"), tr("in person")};
}

} // namespace coffer
