// Long core work — export, import, backup, verify, restore, erasure, cancellation, a large file — runs
// on a worker thread behind a window-modal progress dialog with a Cancel button. The window keeps
// painting, and the user cannot reach the vault while the worker holds it: the dialog is modal, and
// Lock (by hand or on idle) waits for anyRunning() to be false.
//
// Core reports progress through a callback (done, total) that returns false to ask it to stop; the
// callback is called on the worker thread and only touches atomics, which the dialog reads on a timer.
#pragma once

#include "BackgroundTask.h"

#include <QDialog>
#include <QElapsedTimer>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace coffer {

using TaskProgress = std::function<bool(qint64 done, qint64 total)>;

// Whether the work can stop halfway. Some core work cannot (an erasure, a cancellation, a backup through
// SQLite's backup API): its dialog has no Cancel button, rather than one that does nothing.
enum class Cancellable { Yes, No };

struct TaskState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelRequested{false};
};

class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(const QString& title, const QString& text, std::shared_ptr<TaskState> state, QWidget* parent);
    bool cancelRequested() const { return m_state->cancelRequested; }
    void setCancellable(bool cancellable);

public slots:
    // Escape and the window's close button ask the work to stop; the dialog closes when it has.
    void reject() override;

private:
    void refresh();

    std::shared_ptr<TaskState> m_state;
    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QElapsedTimer m_clock;
    bool m_cancellable = true;
};

namespace LongTask {

// True while any long task is running: the vault must not be locked or touched from the GUI thread.
bool anyRunning();
void started();
void finished();

// Core's backup, verify and restore report progress without a way to answer "stop"; this progress
// throws coffer::Error once Cancel was pressed. Only for work whose core cleans up on an exception (a
// verify's private temporary folder, a restore's new folder); never for the writing of a backup.
std::function<void(qint64 done, qint64 total)> stoppingProgress(TaskProgress progress);

} // namespace LongTask

// Runs work(progress) -> T on a worker thread behind a TaskDialog, then calls done(outcome, cancelled)
// on the GUI thread after the dialog has closed. `cancelled` is true when the user pressed Cancel
// (core then usually reports an error saying so, which callers need not show).
template <typename T, typename Work, typename Done>
void runLongTask(QWidget* parent, const QString& title, const QString& text, Work work, Done done,
                 Cancellable cancellable = Cancellable::Yes)
{
    auto state = std::make_shared<TaskState>();
    auto* dialog = new TaskDialog(title, text, state, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCancellable(cancellable == Cancellable::Yes);
    dialog->open();
    LongTask::started();
    runInBackground<T>(
        dialog,
        [work = std::move(work), state]() mutable {
            const TaskProgress progress = [state](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancelRequested.load();
            };
            return work(progress);
        },
        [dialog, state, done = std::move(done)](Outcome<T>& outcome) mutable {
            LongTask::finished();
            const bool cancelled = state->cancelRequested;
            dialog->done(cancelled ? QDialog::Rejected : QDialog::Accepted);
            done(outcome, cancelled);
        });
}

} // namespace coffer
