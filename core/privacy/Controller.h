// The business as the controller of its clients' data (GDPR Art. 4(7)): its name and contact details,
// the supervisory authority people may complain to, and what it says once for every letter — who
// receives the data, how long it is kept, where it comes from. Filled in once in Settings (admins and
// the owner) and kept in vault.db's meta table, so backups and restored copies carry it; the access
// letter and the reply letters are signed with it. None of it is about a client.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace coffer {

class Vault;

struct ControllerDetails
{
    QString name;    // "Ozols SIA"
    QString address; // postal address, several lines
    QString email;
    QString phone;
    QString protectionContact; // the data protection officer or the person who answers for privacy
    QString authority;         // the supervisory authority: name and how to reach it
    QString purposes;          // purposes and lawful bases beyond the consents recorded per client
    QString recipients;        // who receives the data (accountant, mail provider, …), or "nobody"
    QString retention;         // how long data is kept, or the criteria
    QString sources;           // where data comes from when not from the person

    // Enough to sign a letter with: a name and a way to answer it.
    bool isComplete() const { return !name.isEmpty() && (!email.isEmpty() || !address.isEmpty()); }
    bool operator==(const ControllerDetails&) const = default;
};

class Controller
{
    Q_DECLARE_TR_FUNCTIONS(Controller)
public:
    static constexpr int kMaxLength = 2000; // per field

    // Anyone who can read the vault; empty fields until set.
    static ControllerDetails details(Vault& vault);
    // Admins and the owner; fields trimmed. Error(Usage) for a field over kMaxLength. Audited without
    // content ("controller.update").
    static void setDetails(Vault& vault, const ControllerDetails& details);

    // The authorities of the countries Coffer speaks the language of (PRIVACY-LAW.md), for the business
    // to choose from: ISO country code → name and web address. Empty for other countries.
    static QString authorityPreset(const QString& country);
};

} // namespace coffer
