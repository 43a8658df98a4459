// Small checks shared by commands: argument counts and value parsing, each failing with a usage error.
#pragma once

#include "Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace coffer::cli {

// An option's or a word's name as the parser and the command table take it.
inline QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

inline void expectArgs(const QStringList& args, int count, const QString& usage)
{
    if (args.size() != count)
        throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "Usage: coffer-cli %1").arg(usage));
}

inline quint32 positiveNumber(const QString& text, const QString& option)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0)
        throw Error(ErrorCode::Usage,
                    QCoreApplication::translate("coffer-cli", "%1 needs a positive whole number.").arg(option));
    return value;
}

// The day given as --NAME YYYY-MM-DD, or a null date when the option is not set.
inline QDate dayOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return {};
    const QString text = p.value(name).trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !day.isValid())
        throw Error(ErrorCode::Usage, QCoreApplication::translate("coffer-cli", "--%1 takes a day as YYYY-MM-DD, such "
                                                                                "as 2025-03-14.")
                                          .arg(name));
    return day;
}

} // namespace coffer::cli
