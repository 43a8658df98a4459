#include "AppSettings.h"

#include "vault/ProgramSettings.h"

namespace coffer::AppSettings {

namespace {
const QString kAutoLock = QStringLiteral("desktop/autoLockMinutes");
const QString kClipboard = QStringLiteral("desktop/clipboardClearSeconds");
const QString kLayout = QStringLiteral("layout/");
const QString kExportFormat = QStringLiteral("export/format");
const QString kExportBom = QStringLiteral("export/bom");
const QString kExportEncrypt = QStringLiteral("export/encrypt");
const QString kExportFolder = QStringLiteral("export/folder");
const QString kPlainConfirmed = QStringLiteral("export/plainConfirmed");
const QString kOneClickExplained = QStringLiteral("export/oneClickExplained");

int boundedInt(const QString& key, int fallback, int max)
{
    bool ok = false;
    const int value = programSettings().value(key, fallback).toInt(&ok);
    return ok && value >= 0 && value <= max ? value : fallback;
}
} // namespace

int autoLockMinutes()
{
    return boundedInt(kAutoLock, kDefaultAutoLockMinutes, 24 * 60);
}

void setAutoLockMinutes(int minutes)
{
    programSettings().setValue(kAutoLock, minutes);
}

int clipboardClearSeconds()
{
    return boundedInt(kClipboard, kDefaultClipboardSeconds, 24 * 3600);
}

void setClipboardClearSeconds(int seconds)
{
    programSettings().setValue(kClipboard, seconds);
}

QByteArray layoutState(const QString& name)
{
    return programSettings().value(kLayout + name).toByteArray();
}

void setLayoutState(const QString& name, const QByteArray& state)
{
    programSettings().setValue(kLayout + name, state);
}

bool hasExportChoice()
{
    return programSettings().contains(kExportFormat);
}

ExportChoice exportChoice()
{
    QSettings s = programSettings();
    ExportChoice choice;
    choice.format = s.value(kExportFormat, choice.format).toString();
    choice.bom = s.value(kExportBom, false).toBool();
    choice.encrypt = s.value(kExportEncrypt, choice.encrypt).toBool();
    choice.folder = s.value(kExportFolder).toString();
    return choice;
}

void setExportChoice(const ExportChoice& choice)
{
    QSettings s = programSettings();
    s.setValue(kExportFormat, choice.format);
    s.setValue(kExportBom, choice.bom);
    s.setValue(kExportEncrypt, choice.encrypt);
    s.setValue(kExportFolder, choice.folder);
    if (choice.encrypt)
        s.remove(kPlainConfirmed);
}

bool plainExportConfirmed()
{
    return programSettings().value(kPlainConfirmed, false).toBool();
}

void setPlainExportConfirmed()
{
    programSettings().setValue(kPlainConfirmed, true);
}

bool oneClickExplained()
{
    return programSettings().value(kOneClickExplained, false).toBool();
}

void setOneClickExplained()
{
    programSettings().setValue(kOneClickExplained, true);
}

} // namespace coffer::AppSettings
