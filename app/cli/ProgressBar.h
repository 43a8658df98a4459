// A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a log or pipe).
// It clears its line when the work is over, and also when the work throws (the destructor).
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
    ~ProgressBar() { finish(); }
    Q_DISABLE_COPY(ProgressBar)

    // The callback that core's long work takes: FileStore and Exporter read "go on" from the result,
    // the backup functions ignore it.
    auto reporter()
    {
        return [this](qint64 done, qint64 total) {
            update(done, total);
            return true;
        };
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
        m_drawn = false;
    }

private:
    CliIo& m_io;
    QString m_label;
    QElapsedTimer m_timer;
    bool m_drawn = false;
};

} // namespace coffer::cli
