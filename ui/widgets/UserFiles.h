// Where the files Coffer makes for the user go, and what they are called: the export, backup and
// certificate dialogs all propose a name in the user's Documents folder, never overwrite a file that
// is there, and show the result in the file manager afterwards.
#pragma once

#include <QString>

class QDateTime;

namespace coffer::UserFiles {

// Opens the system's file manager on the folder that holds path (a file or a folder).
void showInFolder(const QString& path);
void openFolder(const QString& folder);
// The user's Documents folder, or their home folder when there is none.
QString documentsFolder();
// A file name made of text the user wrote (a vault's or a client's name): characters that no file
// system takes become "-", and it is never empty.
QString safeFileName(const QString& text);
// folder/<base><suffix>, or folder/<base> (2)<suffix>, (3)… — the first that does not exist yet.
QString uniquePath(const QString& folder, const QString& base, const QString& suffix);
// " 2026-11-23 1405": the local time as it goes into the names of files Coffer makes.
QString fileNameStamp(const QDateTime& time);
// A file's size as every page of Coffer shows it: the locale's digits, decimal units (kB, MB) as file
// managers on Linux show them, one decimal.
QString sizeText(qint64 bytes);

} // namespace coffer::UserFiles
