// Runs slow core work (argon2 takes about a second, by design) on a worker thread so that windows keep
// painting, and delivers the outcome on the GUI thread. Core reports failure by throwing coffer::Error;
// the worker catches it and hands it over as a value, because an exception cannot cross threads.
//
// The caller must keep whatever the work touches alive until `done` runs, and must not let the user
// close the window meanwhile (the dialogs refuse reject() while busy). If `receiver` is destroyed
// first, `done` is not called and the outcome (an unlocked Vault, say) is destroyed, which locks it.
#pragma once

#include "Error.h"

#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

namespace coffer {

template <typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<Error> error;
};

template <typename T, typename Work, typename Done> void runInBackground(QObject* receiver, Work work, Done done)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QThread* thread = QThread::create([work = std::move(work), outcome]() mutable {
        try {
            outcome->value.emplace(work());
        } catch (...) {
            outcome->error = Error::current();
        }
    });
    QObject::connect(thread, &QThread::finished, receiver,
                     [outcome, done = std::move(done)]() mutable { done(*outcome); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace coffer
