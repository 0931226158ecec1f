// SPDX-License-Identifier: MIT
#include "recordingproxy.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace ShadowOptic {

RecordingProxy::RecordingProxy(QObject *parent)
    : QObject(parent)
{
}

RecordingProxy::~RecordingProxy() = default;

bool RecordingProxy::listen(quint16 upstreamPort, QString *error)
{
    m_upstreamPort = upstreamPort;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RecordingProxy::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

bool RecordingProxy::listenTls(quint16 upstreamPort, const QString &certificatePem, const QString &keyPem,
                               QString *error)
{
    m_upstreamPort = upstreamPort;
    QFile certFile(certificatePem);
    QFile keyFile(keyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certificatePem, keyPem);
        return false;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the test certificate or key did not load");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RecordingProxy::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 RecordingProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void RecordingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection())
        relay(client);
}

void RecordingProxy::relay(QTcpSocket *client)
{
    client->setParent(this);
    auto *upstream = new QTcpSocket(client);
    // Writes before the upstream connection is up are buffered by QAbstractSocket.
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    const auto forward = [this, client, upstream] {
        const QByteArray data = client->readAll();
        m_received += data;
        upstream->write(data);
    };
    connect(client, &QTcpSocket::readyRead, this, forward);
    if (client->bytesAvailable() > 0) // arrived with the TLS handshake, before this connection
        forward();
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
        upstream->disconnectFromHost();
        client->deleteLater();
    });
}

} // namespace ShadowOptic
