// SPDX-License-Identifier: MIT
#include "simulatorthread.h"

#include "replay/replaytarget.h"
#include "simulatedgateway.h"

#include <QCoreApplication>
#include <QThread>

namespace ShadowOptic {

SimulatorThread::SimulatorThread(const QString &threadName)
    : m_name(threadName)
{
}

SimulatorThread::~SimulatorThread()
{
    if (!m_thread)
        return;
    m_gateway->close();
    m_thread->quit();
    m_thread->wait();
}

SimulatedGateway *SimulatorThread::gateway()
{
    if (!m_gateway) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(m_name);
        m_gateway = new SimulatedGateway; // parentless so it can move; deleted by the thread's finished signal
        m_gateway->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_gateway, &QObject::deleteLater);
        m_thread->start();
    }
    return m_gateway;
}

bool SimulatorThread::ensureListening(QString *error)
{
    SimulatedGateway *sim = gateway();
    if (sim->isListening() || sim->listen(0))
        return true;
    *error = QCoreApplication::translate("SimulatorThread", "The built-in simulator cannot listen on 127.0.0.1: %1")
                 .arg(sim->errorString());
    return false;
}

bool SimulatorThread::target(ReplayTarget *target, QString *error)
{
    if (!ensureListening(error))
        return false;
    target->kind = ReplayTarget::Kind::Simulator;
    target->baseUrl = m_gateway->baseUrl();
    return true;
}

} // namespace ShadowOptic
