// SPDX-License-Identifier: MIT
#pragma once

#include "util/queuedcontinuation.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace ShadowOptic {

class Session;

/**
 * One shape for every long piece of work the session runs (replay, evaluate, recommend, and later forecast,
 * refusal analysis, rollout checks and reports), the same for the panels and the command line: start(), progress
 * as 0–1000 ‰ with a text, cancel(), a typed result on the subclass, and exactly one finished() per successful
 * start(). One generation counter drops results of pool work that belongs to an earlier start or to a cancelled
 * one, so no caller keeps a stale-result counter of its own.
 *
 * Lives in the caller's thread and needs its event loop.
 */
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(Session *session, QObject *parent = nullptr);
    ~Job() override;

    Session *session() const { return m_session; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isCancelRequested() const { return m_cancelRequested; }
    int permille() const { return m_permille; }
    QString progressText() const { return m_progressText; }
    /** Why the last run failed (Failed), empty otherwise. */
    QString errorText() const { return m_error; }
    quint64 generation() const { return m_generation; }

    /** Starts the work. False, with *error and no finished(), when it cannot start (bad request, no project, an
     *  invalid target, already running). */
    bool start(QString *error);
    /** Asks the work to stop; finished(Cancelled) follows once what runs has stopped. No-op when idle. */
    void cancel();

    static QString stateName(State state);

signals:
    void progressChanged(int permille, const QString &text);
    /** A diagnostic that does not end the job (a write error, a judge failure of one item). */
    void warning(const QString &text);
    void finished(ShadowOptic::Job::State state);

protected:
    /** Begins the work; return false with *error when it cannot begin. */
    virtual bool run(QString *error) = 0;
    /** Stops the running work; the subclass calls complete() when it has stopped (at once when nothing runs). */
    virtual void abort() = 0;

    void reportProgress(int permille, const QString &text);
    /** Ends the job: Succeeded, Failed (with error) or Cancelled. Ignored when not running. */
    void complete(State state, const QString &error = QString());
    /** fn(result) on this thread once future finished, unless the job was restarted or cancelled since. */
    template <typename T, typename Fn>
    void whenReady(QFuture<T> future, Fn fn)
    {
        const quint64 generation = m_generation;
        thenQueued(future, this, [this, generation, fn = std::move(fn)](const T &value) mutable {
            if (generation == m_generation)
                fn(value);
        });
    }

private:
    Session *m_session;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    bool m_cancelRequested = false;
    int m_permille = 0;
    QString m_progressText;
    QString m_error;
};

} // namespace ShadowOptic
