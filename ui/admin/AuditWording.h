// The audit log in words a business owner reads: "client.create" becomes "Created a client", "4/4"
// becomes "4 of 4 checks passed". The log itself keeps the stable action names and details (they are
// part of the export format); only the screen translates them. An action this version does not know is
// shown as it is stored. The kinds group the actions for the page's filter.
#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QString>

namespace coffer {

// What the page's "Action" filter offers; Other is every action none of the others names.
enum class AuditKind { SignIns, ClientRecords, Requests, Exports, Backups, Erasures, Users, Settings, Other };

class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)
public:
    static QString action(const QString& action);
    static QList<AuditKind> kinds(); // in the order the filter lists them
    static QString kindName(AuditKind kind);
    // Narrows query to the actions of kind.
    static void restrictToKind(AuditQuery& query, AuditKind kind);
    static QString objectType(const QString& objectType);
    // The row's detail (a role, a consent state, a size, the time of a failed attempt) in words;
    // details of other shapes are shown as stored, since they never hold client data.
    static QString detail(const AuditEntry& entry);

private:
    static QString requestDetail(const QString& action, const QString& detail); // empty: no words for it
    static QStringList actionsOf(AuditKind kind);                               // empty for Other
    static QString countsInWords(const QString& detail);
    static QString changedFieldsInWords(const QString& names); // "emails,address" (ClientStore::changedFields)
    static QString countInWords(const QString& key, int n);
    // "4/4", "tombstones 1/3": the fraction's two numbers, or false.
    static bool fraction(const QString& text, int& part, int& whole);
};

} // namespace coffer
