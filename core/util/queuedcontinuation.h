// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <utility>

namespace ShadowOptic {

/** Runs fn(result) in context's thread from the event loop once future has finished; never if context is destroyed
 *  first, or if the future was cancelled or holds no result. Call it from context's thread.
 *
 *  QFuture::then(context, fn) calls fn synchronously, inside then(), when the future finished before then() was
 *  reached and the caller is in context's thread. Under load that happens, and state machines that attach a
 *  continuation and then go on updating their state (the replay engine while it queues a run) see their
 *  "finished" handler run half-way through. And Qt 6.4's then(context) reads the context through a QPointer in the
 *  thread that finishes the future: a context destroyed meanwhile asserts in debug builds and is a use after free
 *  in a narrow window otherwise. A watcher owned by the context is delivered through the event loop and dies with it.
 */
template <typename T, typename Fn>
void thenQueued(QFuture<T> future, QObject *context, Fn fn)
{
    Q_ASSERT_X(context && context->thread() == QThread::currentThread(), "thenQueued",
               "the context must live in the calling thread");
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, fn = std::move(fn)]() mutable {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (!done.isCanceled() && done.resultCount() > 0)
            fn(done.result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace ShadowOptic
