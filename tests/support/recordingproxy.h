// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace ShadowOptic {

/** A test-only TCP relay on 127.0.0.1 in front of a local server (the simulator): it records every byte clients
 *  send (after TLS, when it terminates TLS with a given certificate), so a test sees exactly what went over the
 *  wire — the API keys in request headers, or nothing at all when the client refused the certificate. Lives in
 *  the test's main thread. */
class RecordingProxy : public QObject
{
    Q_OBJECT
public:
    explicit RecordingProxy(QObject *parent = nullptr);
    ~RecordingProxy() override;

    /** Plain TCP relay to 127.0.0.1:upstreamPort. */
    bool listen(quint16 upstreamPort, QString *error);
    /** TLS on the client side with this certificate and key (PEM), plain TCP to the upstream. */
    bool listenTls(quint16 upstreamPort, const QString &certificatePem, const QString &keyPem, QString *error);
    quint16 port() const;
    QByteArray received() const { return m_received; }
    void clear() { m_received.clear(); }

private:
    void onNewConnection();
    void relay(QTcpSocket *client);

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    QByteArray m_received;
};

} // namespace ShadowOptic
