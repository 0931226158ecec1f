// SPDX-License-Identifier: MIT
#include "gatewayprocess.h"

#include "listeningsockets.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <csignal>

#include <sys/prctl.h>

namespace ShadowOptic {

namespace {

// A free loopback port, picked at random from a high range.
quint16 randomHighPort()
{
    for (int i = 0; i < 50; ++i) {
        const auto port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

} // namespace

GatewayProcess::GatewayProcess(QObject *parent)
    : QObject(parent)
{
}

GatewayProcess::~GatewayProcess()
{
    stop();
}

QString GatewayProcess::script()
{
    QString dir = qEnvironmentVariable("SHADOW_OPTIC_GATEWAY_DIR");
    if (dir.isEmpty())
        dir = QDir(QStringLiteral(SO_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../../.gateway"));
    return QDir::cleanPath(dir + QStringLiteral("/node_modules/@portkey-ai/gateway/build/start-server.js"));
}

QString GatewayProcess::loopbackPreload()
{
    return QDir(QStringLiteral(SO_TEST_DATA_DIR)).absoluteFilePath(QStringLiteral("../support/loopback-only.cjs"));
}

QString GatewayProcess::missing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not on PATH");
    if (!QFileInfo::exists(script()))
        return QStringLiteral("the Portkey gateway is not installed at %1 (run packaging/install-deps.sh "
                              "--with-gateway or set SHADOW_OPTIC_GATEWAY_DIR)")
            .arg(script());
    return QString();
}

bool GatewayProcess::healthy()
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/"))));
    request.setTransferTimeout(1000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(1500);
    const bool ok = reply->error() == QNetworkReply::NoError && reply->readAll().contains("AI Gateway says hey!");
    reply->deleteLater();
    return ok;
}

bool GatewayProcess::start(const QString &workingDir, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    for (int tries = 0; tries < 3; ++tries) {
        const quint16 port = randomHighPort();
        if (port == 0)
            break;
        m_process = new QProcess(this);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        // It must never outlive the test, even if the test crashes.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process->setWorkingDirectory(workingDir);
        // The gateway has no option for its address and binds every interface; the preload keeps it on 127.0.0.1.
        m_process->start(node,
                         { QStringLiteral("--require"), loopbackPreload(), script(), QStringLiteral("--headless"),
                           QStringLiteral("--port=%1").arg(port) });
        if (!m_process->waitForStarted(10000)) {
            *error = m_process->errorString();
            stop();
            return false;
        }
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            if (healthy()) {
                if (ListeningSockets::loopbackOnly(port))
                    return true;
                QStringList bound;
                for (const QHostAddress &a : ListeningSockets::addresses(port))
                    bound << a.toString();
                *error = QStringLiteral("the gateway listens on %1, not only on 127.0.0.1")
                             .arg(bound.join(QStringLiteral(", ")));
                stop();
                return false;
            }
            QTest::qWait(200);
        }
        const QByteArray output = m_process->readAll();
        *error = m_process->state() == QProcess::Running
            ? QStringLiteral("no health answer on port %1 within 30 s").arg(port)
            : QStringLiteral("the gateway exited (code %1): %2")
                  .arg(m_process->exitCode())
                  .arg(QString::fromUtf8(output.right(2000)));
        stop();
    }
    return false;
}

void GatewayProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // SIGKILL to this PID only
        m_process->waitForFinished(5000);
    }
    delete m_process;
    m_process = nullptr;
}

} // namespace ShadowOptic
