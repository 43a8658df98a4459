// The document ids of note_search (schema 4): (client rowid << 32) | note rowid. A MATCH then names the
// clients of the matching notes from its doclist alone (FTS4 reads a document's content only when a
// column is asked for), in client order, without reading a notes or clients row per match; and all of a
// client's note documents form one docid range, which the eraser deletes whatever the notes table says.
// A test reads a client's notes from that range too (ClientMatch.h). The migration to schema 4 in
// Schema.cpp writes the same formula in SQL.
//
// It rests on rowids staying put, as client_search's docids and client_tags.client_rowid do: SQLite
// keeps them through VACUUM only for an INTEGER PRIMARY KEY, which clients and notes have since
// schema 4 (before, the eraser's VACUUM renumbered them). Should they change all the same, the eraser
// rebuilds the indexes (ClientStore::rebuildSearchIndexes).
#pragma once

#include <QtGlobal>

namespace coffer::noteSearch {

// A note rowid is below 2^32 and a client rowid below 2^31 (the sign bit): SQLite hands out rowids one
// above the largest, so a vault would need billions of rows first. NoteStore refuses a note otherwise.
inline constexpr int kClientShift = 32;
inline constexpr qint64 kNoteMask = (qint64(1) << kClientShift) - 1;
// SQL writes them as numbers: docid >> 32, BETWEEN rowid << 32 AND (rowid << 32) | 4294967295.
static_assert(kClientShift == 32 && kNoteMask == 4294967295);

constexpr qint64 docid(qint64 clientRowid, qint64 noteRowid)
{
    return (clientRowid << kClientShift) | noteRowid;
}
constexpr qint64 firstDocid(qint64 clientRowid)
{
    return clientRowid << kClientShift;
}
constexpr qint64 lastDocid(qint64 clientRowid)
{
    return (clientRowid << kClientShift) | kNoteMask;
}
constexpr qint64 clientOf(qint64 docid)
{
    return docid >> kClientShift;
}

} // namespace coffer::noteSearch
