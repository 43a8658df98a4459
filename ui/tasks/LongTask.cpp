#include "LongTask.h"

#include "Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace coffer {

namespace {
int g_running = 0; // GUI thread only
} // namespace

bool LongTask::anyRunning()
{
    return g_running > 0;
}

void LongTask::started()
{
    ++g_running;
}

void LongTask::finished()
{
    --g_running;
}

std::function<void(qint64, qint64)> LongTask::stoppingProgress(TaskProgress progress)
{
    return [progress = std::move(progress)](qint64 done, qint64 total) {
        if (!progress(done, total))
            throw Error(ErrorCode::Failed, TaskDialog::tr("Cancelled."));
    };
}

TaskDialog::TaskDialog(const QString& title, const QString& text, std::shared_ptr<TaskState> state, QWidget* parent)
    : QDialog(parent)
    , m_state(std::move(state))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_text = new QLabel(text, this);
    m_text->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgress"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0); // busy until core reports a total
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &TaskDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TaskDialog::refresh);
    timer->start(100);
    m_clock.start();
}

void TaskDialog::refresh()
{
    const qint64 total = m_state->total;
    if (total <= 0)
        return;
    // Per mille, so that byte counts beyond 2 GiB fit the bar's int range.
    m_bar->setRange(0, 1000);
    const qint64 done = m_state->done;
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void TaskDialog::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    m_cancel->setVisible(cancellable);
}

void TaskDialog::reject()
{
    if (!m_cancellable || m_state->cancelRequested)
        return;
    m_state->cancelRequested = true;
    m_cancel->setEnabled(false);
    m_text->setText(tr("Stopping… Nothing is left half-done."));
}

} // namespace coffer
