// The export's formats and options, and the names the shapes in it carry. The format itself:
//
// Bundle (zip, or a folder): manifest.json, data.json, csv/<table>.csv, files/<id>/<original name>.
//   data.json  {"format": "coffer-export", "version": 1, "vaultId", "exportedAt", "exportedBy": {id, name},
//               "scope": {"kind": "all"|"client", "clientId"?}, "users": [...], "clients": [...],
//               "notes": [...], "files": [... each with "path"], "consents": [...], "requests": [...],
//               "audit": [...]}
//              (resources/schema/coffer-export.schema.json is its JSON Schema). Lossless and re-importable.
//   csv/       clients, client_fields, notes, files, consents, requests, request_evidence, users, audit
//              (see CsvWriter for the dialect)
//   manifest.json (written last, since it holds the others' sums): {"format": "coffer-export-manifest",
//              "version": 1, "vaultId", "exportedAt", "exportedBy", "scope", "counts": {table: n},
//              "files": [{"path", "size", "sha256"}]}
// Json: one data.json whose "files" carry their bytes inline as base64 in "content".
// Csv: the csv folder, the files and the manifest, without data.json.
// Encrypted: the zip (or the data.json of --format json) inside a SecretStream container.
#pragma once

#include "crypto/Argon2Kdf.h"
#include "crypto/Secret.h"
#include "store/OutputPath.h"

#include <QString>
#include <functional>
#include <optional>

namespace coffer {

enum class ExportFormat { Zip, Directory, Json, Csv };

std::optional<ExportFormat> exportFormatFromName(const QString& name); // zip, dir, json, csv
QString exportFormatName(ExportFormat format);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Zip;
    QString clientId;                                        // empty: everything
    const Secret* passphrase = nullptr;                      // set: encrypted
    KdfParams kdf = Argon2Kdf::kFloor;                       // for the passphrase
    bool byteOrderMark = false;                              // UTF-8 BOM in CSV files, for spreadsheets
    Overwrite overwrite = Overwrite::Refuse;                 // Replace: an existing file (never a folder)
    std::function<bool(qint64 done, qint64 total)> progress; // return false to cancel
    bool deferRecord = false; // the caller calls Exporter::record once the export is where it stays
    // A whole-vault export leaves out the clients whose processing is restricted (GDPR Art. 18), with
    // their records, unless the user includes them explicitly. A one-client export always holds its client.
    bool includeRestricted = false;
};

inline constexpr int kExportFormatVersion = 1;
inline const char* const kExportFormatName = "coffer-export";
inline const char* const kManifestFormatName = "coffer-export-manifest";

} // namespace coffer
