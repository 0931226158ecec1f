// SPDX-License-Identifier: MIT
// The built-in simulator, `shadow-optic simulate` and every server the tests start listen on 127.0.0.1 only: the
// kernel's table of listening sockets shows nothing else on their ports, and connecting through another local
// interface address (when the machine has one) is refused.
#include "listeningsockets.h"
#include "recordingproxy.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ShadowOptic;

class TestLoopbackOnly : public QObject
{
    Q_OBJECT

private:
    // The machine's own addresses other than loopback (IPv6 link-local ones need a scope and are left out).
    static QList<QHostAddress> otherLocalAddresses()
    {
        QList<QHostAddress> others;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && !a.isLinkLocal() && !a.isNull())
                others << a;
        return others;
    }

    // Where on port a connection succeeds, of the machine's other addresses.
    static QStringList reachableElsewhere(quint16 port)
    {
        QStringList reached;
        for (const QHostAddress &a : otherLocalAddresses()) {
            QTcpSocket socket;
            socket.connectToHost(a, port);
            if (socket.waitForConnected(2000))
                reached << a.toString();
        }
        return reached;
    }

    static void verifyLoopbackOnly(quint16 port)
    {
        QVERIFY(port != 0);
        QStringList bound;
        for (const QHostAddress &a : ListeningSockets::addresses(port))
            bound << a.toString();
        QVERIFY2(ListeningSockets::loopbackOnly(port), qPrintable(bound.join(QStringLiteral(", "))));
        const QStringList reached = reachableElsewhere(port);
        QVERIFY2(reached.isEmpty(), qPrintable(reached.join(QStringLiteral(", "))));
        QStringList others;
        for (const QHostAddress &a : otherLocalAddresses())
            others << a.toString();
        qInfo().noquote() << QStringLiteral("port %1 bound on %2; refused on %3")
                                 .arg(port)
                                 .arg(bound.join(QStringLiteral(", ")),
                                      others.isEmpty() ? QStringLiteral("(no other address here)")
                                                       : others.join(QStringLiteral(", ")));
    }

private slots:
    void theCheckSeesAWildcardBind()
    {
        // The check itself must be able to fail: a server on every interface is not loopback-only.
        QTcpServer everywhere;
        QVERIFY(everywhere.listen(QHostAddress::Any));
        QVERIFY(!ListeningSockets::addresses(everywhere.serverPort()).isEmpty());
        QVERIFY(!ListeningSockets::loopbackOnly(everywhere.serverPort()));
        if (!otherLocalAddresses().isEmpty())
            QVERIFY(!reachableElsewhere(everywhere.serverPort()).isEmpty());
    }

    void simulatorListensOnLoopbackOnly()
    {
        SimulatedGateway sim;
        QVERIFY(sim.listen(0));
        QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        verifyLoopbackOnly(sim.port());
    }

    void sessionSimulatorListensOnLoopbackOnly()
    {
        Session session;
        ReplayTarget target;
        QString error;
        QVERIFY2(session.resolveTarget(&target, &error), qPrintable(error));
        QCOMPARE(target.baseUrl.host(), QStringLiteral("127.0.0.1"));
        verifyLoopbackOnly(quint16(target.baseUrl.port()));
    }

    void simulateCommandListensOnLoopbackOnly()
    {
        QProcess p;
        QSignalSpy output(&p, &QProcess::readyReadStandardOutput);
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(p.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            output.wait(300);
            out += p.readAllStandardOutput();
        }
        const quint16 port = quint16(out.trimmed().split('\n').first().toUInt());
        verifyLoopbackOnly(port);
        p.kill(); // this child only
        p.waitForFinished();
    }

    void testRelayListensOnLoopbackOnly()
    {
        RecordingProxy relay;
        QString error;
        QVERIFY2(relay.listen(1, &error), qPrintable(error));
        verifyLoopbackOnly(relay.port());
    }

    // Servers in tests and core name their address: QTcpServer::listen() without one, or with Any, binds every
    // interface.
    void noServerBindsEveryInterface()
    {
        const QString root = QStringLiteral(SO_TEST_DATA_DIR "/../..");
        const QRegularExpression wildcard(QStringLiteral(
            R"(QHostAddress::Any(IPv4|IPv6)?\b|\b(probe|server|s|silent|everywhere)\s*(\.|->)\s*listen\(\s*\))"));
        QStringList offenders;
        for (const QString &folder :
             { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("tests") }) {
            QDirIterator it(root + QLatin1Char('/') + folder, { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("tst_loopbackonly.cpp")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                if (text.contains(wildcard))
                    offenders << path;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackOnly)
#include "tst_loopbackonly.moc"
