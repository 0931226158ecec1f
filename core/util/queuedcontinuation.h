// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace ShadowOptic {

/** Runs fn(result) in context's thread from the event loop once future has finished.
 *
 *  QFuture::then(context, fn) calls fn synchronously, inside then(), when the future finished before then() was
 *  reached and the caller is in context's thread. Under load that happens, and state machines that attach a
 *  continuation and then go on updating their state (the replay engine while it queues a run) see their
 *  "finished" handler run half-way through. This always goes through the event loop. */
template <typename T, typename Fn>
void thenQueued(QFuture<T> future, QObject *context, Fn fn)
{
    future.then(context, [context, fn = std::move(fn)](T value) mutable {
        QMetaObject::invokeMethod(
            context, [fn = std::move(fn), value = std::move(value)]() mutable { fn(value); }, Qt::QueuedConnection);
    });
}

} // namespace ShadowOptic
