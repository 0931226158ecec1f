// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class QThread;

namespace ShadowOptic {

class SimulatedGateway;
struct ReplayTarget;

/** The built-in simulator on a thread of its own, started on first use and closed and joined on destruction.
 *  One place for the pattern the panels need (an object with a parent cannot move to another thread). */
class SimulatorThread
{
public:
    explicit SimulatorThread(const QString &threadName);
    ~SimulatorThread();
    SimulatorThread(const SimulatorThread &) = delete;
    SimulatorThread &operator=(const SimulatorThread &) = delete;

    /** The gateway; creates it and starts its thread on the first call. */
    SimulatedGateway *gateway();
    bool isStarted() const { return m_gateway != nullptr; }
    /** Listens on a free loopback port unless it already does; false with *error when it cannot. */
    bool ensureListening(QString *error);
    /** A replay target at the listening simulator (started on demand); false with *error when it cannot listen. */
    bool target(ReplayTarget *target, QString *error);

private:
    QString m_name;
    std::unique_ptr<QThread> m_thread;
    SimulatedGateway *m_gateway = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace ShadowOptic
