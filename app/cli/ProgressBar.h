// A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or pipe).
#pragma once

#include "CliIo.h"

#include <QElapsedTimer>

namespace coffer::cli {

class ProgressBar
{
public:
    ProgressBar(CliIo& io, QString label)
        : m_io(io)
        , m_label(std::move(label))
    {
        m_timer.start();
    }
    void update(qint64 done, qint64 total)
    {
        if (!m_io.errIsTerminal || total <= 0 || (m_timer.elapsed() < 100 && done < total))
            return;
        m_timer.restart();
        const int percent = int(qMin<qint64>(100, done * 100 / total));
        const int filled = percent * 30 / 100;
        m_io.err << '\r' << m_label << " [" << QString(filled, u'#') << QString(30 - filled, u'.') << "] " << percent
                 << '%' << Qt::flush;
        m_drawn = true;
    }
    void finish()
    {
        if (m_drawn)
            m_io.err << '\r' << QString(m_label.size() + 40, u' ') << '\r' << Qt::flush;
    }

private:
    CliIo& m_io;
    QString m_label;
    QElapsedTimer m_timer;
    bool m_drawn = false;
};

} // namespace coffer::cli
