// Notices when nobody has touched the app — no key, no click, no mouse movement, no wheel — for a set
// time, and says so once; the main window locks the vault then. It watches the whole application, so
// typing in a dialog counts as activity.
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace coffer {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Zero switches the watch off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace coffer
