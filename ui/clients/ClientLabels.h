// The words and formats the client screens show for core's values: kinds, note kinds, consent states,
// times and sizes, translated in one context so the list, the form and the panels always agree.
#pragma once

#include "records/Records.h"

#include <QCoreApplication>

namespace coffer {

class ClientLabels
{
    Q_DECLARE_TR_FUNCTIONS(ClientLabels)
public:
    static QString kind(ClientKind kind);
    static QString noteKind(NoteKind kind);
    static QString consentState(ConsentState state);
    static QString date(const QDateTime& time);     // local date, short
    static QString dateTime(const QDateTime& time); // local date and time, short
};

} // namespace coffer
