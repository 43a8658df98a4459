// The JSON shape of each record, one definition shared by `client show --json` and the export's
// data.json (whose JSON Schema ships in resources/schema/). Field names are stable API.
#pragma once

#include "Records.h"

#include <QJsonObject>
#include <vector>

namespace coffer {

QJsonObject toJson(const Client& client);
QJsonObject toJson(const ClientSummary& summary);
QJsonObject toJson(const Note& note);
QJsonObject toJson(const StoredFile& file);
QJsonObject toJson(const Consent& consent);

// A client with their notes, files and consents nested, as `client show --json` prints it.
QJsonObject clientWithRecordsJson(const Client& client, const std::vector<Note>& notes,
                                  const std::vector<StoredFile>& files, const std::vector<Consent>& consents);

} // namespace coffer
