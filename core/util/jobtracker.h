// SPDX-License-Identifier: MIT
#pragma once

#include "queuedcontinuation.h"

#include <QObject>
#include <QtConcurrent>

#include <utility>

namespace ShadowOptic {

/** Reads on the thread pool whose results only count while they are the newest: a panel that reloads after every
 *  change hands each read here, and an answer that arrives after a newer read started (or after reset()) is
 *  dropped. Lives as a member of the context object, whose thread receives the results. */
class JobTracker
{
public:
    explicit JobTracker(QObject *context)
        : m_context(context)
    {
    }

    /** Runs work() on the pool, then setData(result) on the context's thread unless it is stale by then. */
    template <typename Work, typename SetData>
    void startJob(Work work, SetData setData)
    {
        const quint64 id = ++m_jobId;
        thenQueued(QtConcurrent::run(std::move(work)), m_context,
                   [this, id, setData = std::move(setData)](const auto &value) mutable {
                       if (id == m_jobId)
                           setData(value);
                   });
    }
    /** Results of every read started so far are dropped. */
    void reset() { ++m_jobId; }

private:
    QObject *m_context;
    quint64 m_jobId = 0;
};

} // namespace ShadowOptic
