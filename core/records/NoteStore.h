// Notes on a client: a kind, a time and text. The text is searchable (it joins the client's search
// document) and never leaves the encrypted database except through an export.
#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <vector>

namespace coffer {

class Database;
class Vault;

class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
public:
    explicit NoteStore(Vault& vault)
        : m_vault(vault)
    {
    }

    // Returns the new note's id. time defaults to now. Editors and above.
    QString add(const QString& clientId, NoteKind kind, const QString& text, const QDateTime& time = {});
    std::vector<Note> list(const QString& clientId); // oldest first
    // Deletes the note and its entry in the search index (secure_delete overwrites the freed space).
    // Backups taken before still hold it: a note is not erased, a client is. Editors and above.
    void remove(const QString& noteId);
    // Replaces the note's text (a correction, GDPR Art. 16); its kind and time stay. Editors and above.
    void edit(const QString& noteId, const QString& text);

    // Stores a record exactly as given (id, stamps), for an import. Not audited: the import audits once.
    void importNote(const Note& record);

private:
    struct Located
    {
        qint64 note = 0;   // notes.rowid
        qint64 client = 0; // clients.rowid
        QString clientId;
    };
    // The note's rowids; Error(Failed) when there is none, or while its client is restricted.
    static Located locate(Database& db, const QString& noteId);
    static void checkText(const QString& text);
    Vault& m_vault;
};

} // namespace coffer
