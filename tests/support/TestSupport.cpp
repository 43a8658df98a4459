#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace coffer::test {

QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readAll(path).contains(needle))
            hits << path;
    }
    return hits;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QString folderOnAnotherFileSystem(const QString& folder)
{
    // stat(2) directly, not core's onSameFileSystem: that is what the tests using this check.
    struct stat here = {};
    if (::stat(QFile::encodeName(folder).constData(), &here) != 0)
        return {};
    for (const QString& candidate : {QStringLiteral("/dev/shm"), qEnvironmentVariable("XDG_RUNTIME_DIR"),
                                     QStringLiteral("/run/shm"), QStringLiteral("/var/tmp")}) {
        struct stat there = {};
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir() && QFileInfo(candidate).isWritable() &&
            ::stat(QFile::encodeName(candidate).constData(), &there) == 0 && there.st_dev != here.st_dev)
            return candidate;
    }
    return {};
}

} // namespace coffer::test

namespace coffer {

namespace {

// A switch rather than a table, so that a new code the compiler sees unnamed here is a warning.
const char* nameOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Failed:
        return "Failed";
    case ErrorCode::Usage:
        return "Usage";
    case ErrorCode::Auth:
        return "Auth";
    case ErrorCode::Damaged:
        return "Damaged";
    case ErrorCode::Permission:
        return "Permission";
    case ErrorCode::InUse:
        return "InUse";
    }
    return "unknown";
}

} // namespace

char* toString(ErrorCode code)
{
    const QByteArray text = QByteArray(nameOf(code)) + " (" + QByteArray::number(int(code)) + ')';
    return qstrdup(text.constData());
}

char* toString(const std::optional<ErrorCode>& code)
{
    return code ? toString(*code) : qstrdup("nothing thrown");
}

} // namespace coffer
