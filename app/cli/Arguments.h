// Small checks shared by commands: argument counts and value parsing, each failing with a usage error.
#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace coffer::cli {

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

} // namespace coffer::cli
