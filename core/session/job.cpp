// SPDX-License-Identifier: MIT
#include "job.h"

#include "util/enumtext.h"

namespace ShadowOptic {

Job::Job(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

Job::~Job() = default;

bool Job::start(QString *error)
{
    if (m_state == State::Running) {
        *error = tr("This work is already running.");
        return false;
    }
    ++m_generation;
    m_cancelRequested = false;
    m_error.clear();
    m_permille = 0;
    m_progressText.clear();
    m_state = State::Running;
    if (!run(error)) {
        ++m_generation;
        m_state = State::Failed;
        m_error = *error;
        return false;
    }
    return true;
}

void Job::cancel()
{
    if (m_state != State::Running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    ++m_generation; // pool results still on their way belong to the cancelled run
    abort();
}

void Job::reportProgress(int permille, const QString &text)
{
    if (m_state != State::Running)
        return;
    m_permille = qBound(0, permille, 1000);
    m_progressText = text;
    emit progressChanged(m_permille, text);
}

void Job::complete(State state, const QString &error)
{
    if (m_state != State::Running)
        return;
    ++m_generation;
    m_state = m_cancelRequested && state != State::Failed ? State::Cancelled : state;
    m_error = m_state == State::Failed ? error : QString();
    if (m_state == State::Succeeded)
        m_permille = 1000;
    emit finished(m_state);
}

QString Job::stateName(State state)
{
    return EnumText::name(state);
}

} // namespace ShadowOptic
