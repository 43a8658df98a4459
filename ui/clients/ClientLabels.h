// The words and formats the client screens show for core's values: kinds, note kinds, consent states
// and times, translated in one context so the list, the form and the panels always agree; and the
// consent purposes and sources the consent dialog offers, which the sample data uses word for word.
#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace coffer {

// Common purposes, in the words the sample data uses for its catalogue.
enum class CommonPurpose { Newsletter, MarketingCalls, Photos, SharingWithPartners };

class ClientLabels
{
    Q_DECLARE_TR_FUNCTIONS(ClientLabels)
public:
    static QString kind(ClientKind kind);
    static QString noteKind(NoteKind kind);
    static QString consentState(ConsentState state);
    static QString date(const QDateTime& time);     // local date, short
    static QString dateTime(const QDateTime& time); // local date and time, short

    static QString purpose(CommonPurpose purpose); // "Newsletter"
    static QStringList commonPurposes();           // every CommonPurpose, in the enum's order
    static QStringList consentSources();           // "signed form", "web form", "email", "phone call", "in person"
};

} // namespace coffer
