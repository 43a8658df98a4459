// Every problem with a client's fields at once, each tied to the field it is about, so that a form can
// put each message beside its field. ClientStore::validate raises the first of the same problems; the
// rules (what a name, an email, a phone, a country code is, and how long each may be) live here only.
#pragma once

#include "Records.h"

#include <vector>

namespace coffer {

enum class ClientField {
    Name, // the person or organisation has no name at all
    DisplayName,
    GivenName,
    FamilyName,
    Organisation,
    Email,
    Phone,
    Address,
    Country,
    Tags,
    CustomFields,
};

struct ClientFieldProblem
{
    ClientField field;
    int index = -1;  // which email, phone, tag or custom field (its place in the list as given), else -1
    QString message; // translated; names the field, never repeats its value
};

// Tidies client the way it is stored (trims, drops empty list entries and duplicate tags, derives the
// display name, upper-cases the country) and returns every problem in the order a form shows the
// fields. An empty result means the client is valid.
std::vector<ClientFieldProblem> checkClient(Client& client);

// True for an ISO 3166-1 alpha-2 code that QLocale knows, upper case.
bool isCountryCode(const QString& code);

} // namespace coffer
