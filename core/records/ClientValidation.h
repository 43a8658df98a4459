// Every problem with a client's fields at once, each tied to the field it is about, so that a form can
// put each message beside its field. ClientStore::validate raises the first of the same problems; the
// rules (what a name is and how long each field may be here, what an email, a phone and a country code
// are in ContactRules) live nowhere else.
#pragma once

#include "ContactRules.h"
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
    QString message; // translated; names the field, never repeats its value: "Email 2: This email address …"
    QString problem; // the same without the field's name, for beside the field: "This email address …"
};

// Tidies client the way it is stored (trims, drops empty list entries and duplicate tags, derives the
// display name, upper-cases the country) and returns every problem in the order a form shows the
// fields. An empty result means the client is valid.
std::vector<ClientFieldProblem> checkClient(Client& client);

} // namespace coffer
