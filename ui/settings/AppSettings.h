// The desktop app's preferences: auto-lock, clipboard clearing and the remembered export choice. They
// live in the program's settings file (core/vault/ProgramSettings) and hold no client data; the export
// folder is a path the user chose.
#pragma once

#include <QByteArray>
#include <QString>

namespace coffer::AppSettings {

constexpr int kDefaultAutoLockMinutes = 10;
constexpr int kDefaultClipboardSeconds = 30;

// Minutes without keyboard or mouse input before an unlocked vault locks itself; 0: never.
int autoLockMinutes();
void setAutoLockMinutes(int minutes);

// Seconds after which a value Coffer copied is cleared from the clipboard (if still there); 0: never.
int clipboardClearSeconds();
void setClipboardClearSeconds(int seconds);

// Where the user left a splitter or a table's columns (QSplitter::saveState, widths), by a name of the
// caller's; empty when never saved. Layout only: never a value shown in it.
QByteArray layoutState(const QString& name);
void setLayoutState(const QString& name, const QByteArray& state);

// What "Export all…" asked last time, so that the next export is one click.
struct ExportChoice
{
    QString format = QStringLiteral("zip"); // zip, dir, json, csv (ExportFormat's names)
    bool bom = false;
    bool encrypt = true; // offered first; the passphrase is never remembered
    QString folder;      // where the export goes; empty: not chosen yet
};
// Empty optional-like: remembered == false until the user first completes the dialog.
bool hasExportChoice();
ExportChoice exportChoice();
// A choice with encryption withdraws plainExportConfirmed, so a plain choice made later (in Settings)
// is asked for with the password once more before "Export all" makes it in one click.
void setExportChoice(const ExportChoice& choice);

// Whether the user has confirmed with their password that "Export all" may save without encryption.
bool plainExportConfirmed();
void setPlainExportConfirmed();
// Whether an export's report has told the user that the next "Export all" is one click: told once.
bool oneClickExplained();
void setOneClickExplained();

} // namespace coffer::AppSettings
