// SPDX-License-Identifier: MIT
// The fault soak's invariants on a small run (bench_faultsoak runs 20,000): every planned request ends in exactly one
// stored row, its attempts and final state match the simulator's record, and the ledger equals the stored costs.
#include "faultsoak.h"
#include "sim/faultplan.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestFaultSoak : public QObject
{
    Q_OBJECT

private slots:
    void resetIsAFaultKind()
    {
        const std::optional<FaultPlan> plan = FaultPlan::parse(u"reset;p=0.5, connection_resetx2");
        QVERIFY(plan);
        QCOMPARE(plan->rules.size(), 2);
        QCOMPARE(plan->rules.at(0).kind, FaultPlan::Kind::ConnectionReset);
        QCOMPARE(plan->rules.at(1).count, 2);
        QCOMPARE(plan->toSpec(), QStringLiteral("reset;p=0.5, reset;n=2"));
    }

    // A reset comes after the headers and part of the body, and ends the connection with RST: the client sees a
    // status line and then either an error or (Qt 6.4, when it notices the close while reading) a "successful" body
    // shorter than its Content-Length, which ReplayWorker treats as cut short. Never a complete answer.
    void resetCutsTheBodyShort()
    {
        SimulatorThread thread(QStringLiteral("soak-reset"));
        SimulatedGateway *sim = thread.gateway();
        sim->setRandomErrorsEnabled(false);
        sim->setLatencyOverrideMs(0);
        QVERIFY(sim->listen(0));
        sim->setAttemptLogEnabled(true);
        QNetworkAccessManager nam;
        QUrl url = sim->baseUrl();
        url.setPath(url.path() + QStringLiteral("/chat/completions"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("x-portkey-metadata", R"({"run_id":"r","log_id":"l1","role":"replay"})");
        request.setRawHeader(FaultPlan::headerName(), "reset");
        QNetworkReply *reply = nam.post(
            request, QByteArrayLiteral(R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi there"}]})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const QByteArray body = reply->readAll();
        QVERIFY2(
            reply->error() == QNetworkReply::RemoteHostClosedError || body.size() < declared,
            qPrintable(QStringLiteral("%1; %2 of %3 bytes").arg(reply->errorString()).arg(body.size()).arg(declared)));
        QVERIFY(body.size() > 0 || reply->error() != QNetworkReply::NoError);
        const auto log = sim->attemptLog();
        QCOMPARE(log.size(), 1);
        const auto attempts = log.value(SimulatedGateway::requestKey(
            QStringLiteral("r"), QStringLiteral("l1"), QStringLiteral("replay"), QStringLiteral("gpt-4o-mini")));
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first(), std::optional(FaultPlan::Kind::ConnectionReset));
        delete reply;
    }

    void everyRequestEndsOnceAsTheSimulatorSaysIt()
    {
        QTemporaryDir dir;
        FaultSoak::Options o;
        o.replays = 500;
        o.concurrency = 16;
        o.faultRate = 0.15; // a few more faults than the bench, so each kind shows up in a small run
        o.timeoutMs = 800;
        o.checkMemory = false;
        FaultSoak::Report report;
        QString error;
        QVERIFY2(FaultSoak::run(dir.path(), o, &report, &error), qPrintable(error));
        qInfo().noquote() << report.toText();
        QVERIFY2(report.failures.isEmpty(), qPrintable(report.toText()));
        QCOMPARE(report.planned, 500);
        QCOMPARE(report.stored, 500);
        QVERIFY(report.simulatorAttempts > report.stored); // retries happened
        QVERIFY(report.finalStates.value(QStringLiteral("ok")) > 400);
        QVERIFY(report.ledgerSpentUsd > 0);
    }
};

QTEST_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
