// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QProcess;

namespace ShadowOptic {

/** The real open-source Portkey gateway (@portkey-ai/gateway from npm, installed into .gateway/ by
 *  `packaging/install-deps.sh --with-gateway`, or SHADOW_OPTIC_GATEWAY_DIR) as a child process on a random high
 *  port on 127.0.0.1 only (a preload binds it there; start() checks), killed with the test even if the test
 *  crashes. */
class GatewayProcess : public QObject
{
    Q_OBJECT
public:
    explicit GatewayProcess(QObject *parent = nullptr);
    ~GatewayProcess() override;

    /** Why the gateway cannot run here (no node, not installed); empty when it can. Tests skip on this, except
     *  under CI (the CI environment variable), where they fail. */
    static QString missing();
    /** Starts it in workingDir and waits for its health answer; false with *error. */
    bool start(const QString &workingDir, QString *error);
    void stop();
    /** http://127.0.0.1:PORT/v1 */
    QUrl baseUrl() const { return m_url; }

private:
    static QString script();
    static QString loopbackPreload();
    bool healthy();

    QProcess *m_process = nullptr;
    QUrl m_url;
};

} // namespace ShadowOptic
