// The one set of rules for a file that Coffer writes where the user asked — an export, a backup file, a
// decrypted copy, a saved attachment — checked here for every writer: an existing file is replaced only
// when the caller allows it (coffer-cli's --force; in the app, once the file dialog has asked), a
// symbolic link at the target is refused even then (nothing is ever written through a link), a folder is
// never replaced, and the target is never inside a Coffer vault folder nor in the folder the caller
// protects (the vault's backup folder). OutputFile then writes under a temporary name beside the target
// and renames it into place, so a link that appears meanwhile is replaced, never written through, and a
// file that appears meanwhile is kept unless replacing was allowed.
//
// The messages never name the target: a name the user chose may name a client (stderr and windows show
// no client data); they name the vault and backup folders, which are the user's own settings.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

namespace coffer {

enum class Overwrite { Refuse, Replace };
enum class OutputKind { File, Folder };

struct OutputRules
{
    Overwrite overwrite = Overwrite::Refuse;
    QString vaultFolder;  // nothing goes inside it (any other vault folder is refused too)
    QString backupFolder; // when set, nothing goes inside it either (exports, decrypted copies, saved files)
};

// Checks target against the rules and returns its absolute path; throws Error(Failed) saying what is
// wrong: its folder does not exist; it is a symbolic link; it exists and may not be replaced, or it is a
// folder or not a regular file; it is inside a vault folder or the protected backup folder.
QString checkOutputPath(const QString& target, const OutputRules& rules, OutputKind kind = OutputKind::File);

// Whether path is folder or inside it, both taken through their links (a path that does not exist yet is
// taken as written).
bool isInsideFolder(const QString& path, const QString& folder);

// Renames from (beside to) onto to. With Overwrite::Refuse it fails with EEXIST rather than replace
// anything; a link at to is replaced, never followed. Returns false with errno set.
bool renameIntoPlace(const QString& from, const QString& to, Overwrite overwrite);

// A file written whole or not at all: a temporary (0600) beside the target until commit() syncs it and
// renames it into place. Destroyed without commit(), the temporary goes and the target is untouched.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)
public:
    OutputFile(const QString& target, Overwrite overwrite);
    ~OutputFile();
    Q_DISABLE_COPY(OutputFile)

    bool open(); // read-write, so that a writer may seek back and fill in a header
    QFileDevice& device() { return m_temp; }
    bool commit(); // flush, fsync, rename into place, sync the folder
    void cancel();
    QString errorString() const { return m_error.isEmpty() ? m_temp.errorString() : m_error; }
    QString target() const { return m_target; }

private:
    QString m_target;
    Overwrite m_overwrite;
    QTemporaryFile m_temp;
    QString m_error;
};

// Writes bytes whole to target (already checked by checkOutputPath) through an OutputFile; throws
// Error(Failed) with the reason, not the target's name.
void writeWholeFile(const QString& target, const QByteArray& bytes, Overwrite overwrite);

} // namespace coffer
