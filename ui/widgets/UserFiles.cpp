#include "UserFiles.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace coffer::UserFiles {

void showInFolder(const QString& path)
{
    // No platform reliably selects a file in its file manager; opening the folder that holds it works
    // everywhere. An exported folder, too, is shown among its neighbours rather than opened.
    openFolder(QFileInfo(path).absolutePath());
}

void openFolder(const QString& folder)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString safeFileName(const QString& text)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f])"));
    QString name = text;
    name.replace(forbidden, QStringLiteral("-"));
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1); // not a hidden file
    return name.isEmpty() ? QStringLiteral("Coffer") : name.left(120);
}

QString uniquePath(const QString& folder, const QString& base, const QString& suffix)
{
    const QDir dir(folder);
    QString path = dir.filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}

QString fileNameStamp(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral(" yyyy-MM-dd HHmm"));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace coffer::UserFiles
