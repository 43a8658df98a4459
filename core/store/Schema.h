// The vault.db schema, versioned by PRAGMA user_version. Each migration moves the schema one version
// forward inside one transaction; a database newer than this build refuses to open rather than being
// half understood.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace coffer {

class Database;

// The version this build writes and understands.
int currentSchemaVersion();

// Applies every migration above the database's user_version. Throws Error(Failed) for a database made
// by a newer Coffer.
void migrate(Database& db);

// What the sort_* columns of clients hold (schema 3), compared byte by byte as BLOBs: the text
// case-folded with its diacritics removed, as UTF-8, so "Ēriks" sorts beside "Eriks" rather than after
// "Z". Texts that fold alike are equal, and the list breaks such ties by rowid; a key is no longer than
// that because every sort index repeats sort_name, and each byte costs insert speed. An empty text is
// the single byte 0xFF, which begins no UTF-8 text: blanks come last in ascending order. BLOB also
// keeps these derived copies out of the erasure check's text scan, where another client's folded email
// could look like the erased client's own string.
QByteArray sortKey(const QString& text);
// What SQLite's NOCASE collation compares: the UTF-8 bytes with only the ASCII letters folded.
QByteArray nocaseKey(const QString& text);
// tag_list: the client's tags in the order of SQLite's NOCASE collation, joined by U+001F, a control
// character that ClientStore::validate keeps out of tags.
inline constexpr char16_t kTagSeparator = 0x1f;
QString tagList(QStringList tags);

} // namespace coffer
