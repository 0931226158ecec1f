// SPDX-License-Identifier: MIT
// Integration test through the real open-source Portkey gateway (@portkey-ai/gateway, installed by
// `packaging/install-deps.sh --with-gateway` into .gateway/, or SHADOW_OPTIC_GATEWAY_DIR): replays go
// engine → gateway → built-in simulator in header mode and with a loadbalance config, and faults injected by
// the simulator travel back through the gateway. Skips when node or the gateway is missing, except under CI.
#include "catalog/pricecatalog.h"
#include "gatewayprocess.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/faultplan.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

#include <sys/prctl.h>

using namespace ShadowOptic;

class TestPortkeyGateway : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_logs;
    SimulatorThread m_simThread { QStringLiteral("test-simulator") }; // the gateway lives on its own thread
    SimulatedGateway *m_sim = nullptr;
    GatewayProcess m_gateway;
    int m_projects = 0;

    QString freshProject()
    {
        const QString p = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_projects));
        const ImportReport r = LogImporter::run(p, { m_logs });
        if (r.imported <= 0)
            QTest::qFail("import failed", __FILE__, __LINE__);
        return p;
    }

    QList<ReplayJob> plan(const QString &project, const QStringList &models, int sample, quint64 seed = 7)
    {
        ProjectStore store;
        PriceCatalog catalog;
        QString error;
        QList<ReplayJob> jobs;
        ReplaySampleSpec spec;
        spec.size = sample;
        spec.seed = seed;
        if (!store.open(project, &error) || !CatalogStore(store).load(&catalog, &error)
            || !ReplayPlanner::plan(store, catalog, models, spec, &jobs, &error))
            QTest::qFail(qPrintable(QString::asprintf("plan failed: %s", qPrintable(error))), __FILE__, __LINE__);
        return jobs;
    }

    static ReplayOptions fastOptions()
    {
        ReplayOptions o;
        o.concurrency = 8;
        o.backoffBaseSeconds = 0.01;
        o.backoffCapSeconds = 0.05;
        o.timeoutMs = 5000;
        o.cacheTtlSeconds = 0;
        return o;
    }

    ReplayTarget headerTarget() const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::LocalGateway;
        t.routing = ReplayTarget::RoutingMode::Header;
        t.baseUrl = m_gateway.baseUrl();
        t.provider = QStringLiteral("openai");
        t.upstreamUrl = m_sim->baseUrl();
        return t;
    }

    ReplayTarget configTarget(const QJsonObject &config) const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::LocalGateway;
        t.routing = ReplayTarget::RoutingMode::Config;
        t.baseUrl = m_gateway.baseUrl();
        t.configJson = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
        return t;
    }

    QJsonObject leaf(double weight = -1) const
    {
        QJsonObject o { { QStringLiteral("provider"), QStringLiteral("openai") },
                        { QStringLiteral("api_key"), QStringLiteral("dummy") },
                        { QStringLiteral("custom_host"), m_sim->baseUrl().toString() } };
        if (weight >= 0)
            o.insert(QStringLiteral("weight"), weight);
        return o;
    }

    ReplayProgress run(const QString &project, const QList<ReplayJob> &jobs, const ReplayOptions &o,
                       const ReplayTarget &t)
    {
        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QString error;
        if (!engine.start(project, t, o, jobs, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        if (finished.isEmpty() && !finished.wait(30000))
            QTest::qFail("replay did not finish", __FILE__, __LINE__);
        return engine.progress();
    }

    static QList<ReplayResult> stored(const QString &project, qint64 runId)
    {
        ProjectStore store;
        QString error;
        store.open(project, &error);
        return ReplayStore(store).completions(runId);
    }

    static QString itemKey(const ReplayResult &r) { return r.logId + QLatin1Char('|') + r.model; }

private slots:
    void initTestCase()
    {
        const QString missing = GatewayProcess::missing();
        if (!missing.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL(qPrintable(QStringLiteral("CI must run the Portkey gateway test, but ") + missing));
            QSKIP(qPrintable(QStringLiteral("Skipping the Portkey gateway integration test: ") + missing));
        }
        QVERIFY(m_dir.isValid());

        m_logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options o;
        o.rows = 160;
        o.seed = 23;
        o.tokenScale = 0.05;
        QString error;
        QVERIFY2(LogGenerator::write(m_logs, o, &error), qPrintable(error));

        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(5);
        QVERIFY(m_sim->listen(0));

        QVERIFY2(m_gateway.start(m_dir.path(), &error), qPrintable(QStringLiteral("Portkey gateway: ") + error));
    }

    void cleanupTestCase() { m_gateway.stop(); }

    void init()
    {
        m_sim->resetFaultCounters();
        m_sim->resetStats();
    }

    void headerModeReachesTheSimulator()
    {
        const QStringList models { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") };
        const QString viaGateway = freshProject();
        const auto jobs = plan(viaGateway, models, 10);
        QCOMPARE(jobs.size(), 20);
        const ReplayProgress r = run(viaGateway, jobs, fastOptions(), headerTarget());
        QCOMPARE(r.status, RunStatus::Value::Completed);
        QCOMPARE(r.totals().ok, 20);
        QCOMPARE(r.totals().retries, 0);
        QCOMPARE(m_sim->stats().chatCompletions, quint64(20));

        // The same plan straight to the simulator: the gateway must hand its bodies through unchanged.
        const QString direct = freshProject();
        ReplayTarget simTarget;
        simTarget.kind = ReplayTarget::Kind::Simulator;
        simTarget.baseUrl = m_sim->baseUrl();
        const ReplayProgress d = run(direct, plan(direct, models, 10), fastOptions(), simTarget);
        QCOMPARE(d.totals().ok, 20);
        QHash<QString, ReplayResult> expected;
        for (const ReplayResult &c : stored(direct, d.runId))
            expected.insert(itemKey(c), c);

        const auto results = stored(viaGateway, r.runId);
        QCOMPARE(results.size(), 20);
        for (const ReplayResult &c : results) {
            QVERIFY2(c.ok, qPrintable(c.error));
            QCOMPARE(c.statusCode, 200);
            QCOMPARE(c.attempts, 1);
            // Header mode: gateway 1.15.2 reports the whole (synthesised) config as the option used.
            QCOMPARE(c.gatewayTarget, QStringLiteral("config"));
            QVERIFY(expected.contains(itemKey(c)));
            const ReplayResult &e = expected.value(itemKey(c));
            QVERIFY(!c.responseText.isEmpty());
            QCOMPARE(c.responseText, e.responseText);
            QCOMPARE(c.finishReason, e.finishReason);
            QCOMPARE(c.promptTokens, e.promptTokens);
            QCOMPARE(c.completionTokens, e.completionTokens);
        }
    }

    void loadbalanceConfigSplitsByWeight()
    {
        const QJsonObject config { { QStringLiteral("strategy"),
                                     QJsonObject { { QStringLiteral("mode"), QStringLiteral("loadbalance") } } },
                                   { QStringLiteral("targets"), QJsonArray { leaf(0.7), leaf(0.3) } } };
        const QString p = freshProject();
        const auto jobs = plan(p, { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") }, 50);
        QCOMPARE(jobs.size(), 100);
        const ReplayProgress r = run(p, jobs, fastOptions(), configTarget(config));
        QCOMPARE(r.status, RunStatus::Value::Completed);
        QCOMPARE(r.totals().ok, 100);

        int first = 0;
        int second = 0;
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 100);
        for (const ReplayResult &c : results) {
            QVERIFY2(c.ok, qPrintable(c.error));
            QCOMPARE(c.statusCode, 200);
            if (c.gatewayTarget == QLatin1String("config.targets[0]"))
                ++first;
            else if (c.gatewayTarget == QLatin1String("config.targets[1]"))
                ++second;
            else
                QFAIL(qPrintable(
                    QStringLiteral("unexpected x-portkey-last-used-option-index '%1'").arg(c.gatewayTarget)));
        }
        QCOMPARE(first + second, 100);
        // Binomial(100, 0.7): sigma = 4.58, so 3 sigma allows 57..83 on the first target.
        const double sigma = std::sqrt(100 * 0.7 * 0.3);
        QVERIFY2(std::abs(first - 70) <= 3 * sigma, qPrintable(QStringLiteral("split %1/%2").arg(first).arg(second)));
        qInfo("loadbalance 0.7/0.3 over 100 requests: %d/%d", first, second);
    }

    // Faults ride on the model-name suffix, which the gateway forwards untouched (it drops x-simulator-fault).
    // Observed with gateway 1.15.2 in header mode (no retry config):
    // - it never retries by itself (x-portkey-retry-attempt-count: 0) and passes 429/500/503 with their bodies
    //   and the upstream's retry-after-ms header, so the engine's own retries decide;
    // - a 400 `{"status":"failure"}` body and a 446 guardrail denial pass through with their status;
    // - an upstream body that is not JSON (malformed, or truncated by a dropped connection) becomes the
    //   gateway's own 500 `{"status":"failure","message":"Something went wrong"}` with
    //   x-portkey-gateway-exception: true — so, unlike direct to the simulator (final, 1 attempt), the engine
    //   retries it as a 5xx and the second attempt succeeds;
    // - a hanging upstream keeps the gateway waiting; the engine's transfer timeout aborts and retries.
    void faultsThroughTheGateway_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("500 once: passed through, engine retries") << "500x1" << 3 << true << 2 << 200 << "";
        QTest::newRow("429 with retry-after-ms") << "429x1;ms=30" << 3 << true << 2 << 200 << "";
        QTest::newRow("503 beyond the retries") << "503x9" << 2 << false << 3 << 503 << "HTTP 503";
        QTest::newRow("gateway failure 400 is final")
            << "gateway_error;n=5;status=400" << 3 << false << 1 << 400 << "HTTP 400";
        QTest::newRow("malformed upstream JSON becomes a gateway 500")
            << "malformed;n=1" << 3 << true << 2 << 200 << "";
        QTest::newRow("truncated upstream body becomes a gateway 500")
            << "truncated;n=1" << 3 << true << 2 << 200 << "";
        QTest::newRow("446 guardrail denial passes through") << "446;n=1" << 3 << true << 1 << 446 << "guardrail";
        QTest::newRow("hang: engine timeout, then answers") << "hang;n=1" << 1 << true << 2 << 200 << "";
    }

    void faultsThroughTheGateway()
    {
        QFETCH(QString, fault);
        QFETCH(int, maxRetries);
        QFETCH(bool, ok);
        QFETCH(int, attempts);
        QFETCH(int, status);
        QFETCH(QString, errorContains);
        const QString p = freshProject();
        const auto jobs = plan(p, { FaultPlan::modelWithFault(QStringLiteral("gpt-4o-mini"), fault) }, 1);
        QCOMPARE(jobs.size(), 1);
        ReplayOptions o = fastOptions();
        o.maxRetries = maxRetries;
        o.timeoutMs = 1000;
        const ReplayProgress r = run(p, jobs, o, headerTarget());
        QCOMPARE(r.done, 1);
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 1);
        const ReplayResult &c = results.first();
        QVERIFY2(c.ok == ok, qPrintable(c.error));
        QCOMPARE(c.attempts, attempts);
        QCOMPARE(c.statusCode, status);
        QCOMPARE(r.totals().retries, attempts - 1);
        const int faultAnswers = ok && status != 446 ? attempts - 1 : attempts; // every attempt but a final success
        QCOMPARE(int(m_sim->stats().faultsInjected), faultAnswers);
        if (!errorContains.isEmpty())
            QVERIFY2(c.error.contains(errorContains), qPrintable(c.error));
        if (status == 446)
            QCOMPARE(c.refusalKind, QStringLiteral("full"));
    }

    // With a retry block in the config the gateway retries by itself (about 1 s backoff per retry): the engine
    // sees one attempt and a 200, while the simulator answered twice.
    void gatewayRetryConfigHidesTheRetry()
    {
        QJsonObject config = leaf();
        config.insert(QStringLiteral("retry"),
                      QJsonObject { { QStringLiteral("attempts"), 2 },
                                    { QStringLiteral("on_status_codes"), QJsonArray { 500 } } });
        const QString p = freshProject();
        const auto jobs
            = plan(p, { FaultPlan::modelWithFault(QStringLiteral("gpt-4o-mini"), QStringLiteral("500x1")) }, 1);
        QCOMPARE(jobs.size(), 1);
        const ReplayProgress r = run(p, jobs, fastOptions(), configTarget(config));
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 1);
        const ReplayResult &c = results.first();
        QVERIFY2(c.ok, qPrintable(c.error));
        QCOMPARE(c.statusCode, 200);
        QCOMPARE(c.attempts, 1);
        QCOMPARE(r.totals().retries, 0);
        QCOMPARE(c.gatewayTarget, QStringLiteral("config"));
        QCOMPARE(m_sim->stats().faultsInjected, quint64(1));
        QCOMPARE(m_sim->stats().chatCompletions, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPortkeyGateway)
#include "tst_portkeygateway.moc"
