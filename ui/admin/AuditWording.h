// The audit log in words a business owner reads: "client.create" becomes "Created a client". The log
// itself keeps the stable action names (they are part of the export format); only the screen
// translates them. An action this version does not know is shown as it is stored.
#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QString>

namespace coffer {

class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)
public:
    static QString action(const QString& action);
    static QString objectType(const QString& objectType);
    // The row's detail (a role, a consent state, a size, the time of a failed attempt) in words;
    // details of other shapes are shown as stored, since they never hold client data.
    static QString detail(const AuditEntry& entry);

private:
    static QString countsInWords(const QString& detail);
};

} // namespace coffer
