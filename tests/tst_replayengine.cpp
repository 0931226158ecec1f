// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
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
#include "store/storeaccess.h"
#include "util/queuedcontinuation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ShadowOptic;

class TestReplayEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_logs;
    SimulatorThread m_simThread { QStringLiteral("test-simulator") }; // the gateway lives on its own thread
    SimulatedGateway *m_sim = nullptr;
    int m_projects = 0;

    QString freshProject()
    {
        const QString p = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_projects));
        const ImportReport r = LogImporter::run(p, { m_logs });
        if (r.imported != 40)
            QTest::qFail("import failed", __FILE__, __LINE__);
        return p;
    }
    ReplayTarget target() const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::Simulator;
        t.baseUrl = m_sim->baseUrl();
        return t;
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
    QList<ReplayJob> plan(const QString &project, const QStringList &models, int sample)
    {
        ProjectStore store;
        PriceCatalog catalog;
        QString error;
        QList<ReplayJob> jobs;
        ReplaySampleSpec spec;
        spec.size = sample;
        spec.seed = 7;
        if (!store.open(project, &error) || !CatalogStore(store).load(&catalog, &error)
            || !ReplayPlanner::plan(store, catalog, models, spec, &jobs, &error))
            QTest::qFail(qPrintable(QString::asprintf("plan failed: %s", qPrintable(error))), __FILE__, __LINE__);
        return jobs;
    }
    ReplayProgress run(const QString &project, const QList<ReplayJob> &jobs, const ReplayOptions &o,
                       ReplayTarget t = {})
    {
        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QString error;
        if (t.baseUrl.isEmpty())
            t = target();
        if (!engine.start(project, t, o, jobs, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        if (finished.isEmpty() && !finished.wait(30000))
            QTest::qFail("replay did not finish", __FILE__, __LINE__);
        return engine.progress();
    }
    static int closedPort()
    {
        QTcpServer s; // a port that was free a moment ago and now refuses connections
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }
    QList<ReplayResult> stored(const QString &project, qint64 runId)
    {
        ProjectStore store;
        QString error;
        store.open(project, &error);
        return ReplayStore(store).completions(runId);
    }

private slots:
    void initTestCase()
    {
        m_logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options o;
        o.rows = 40;
        o.seed = 11;
        o.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(m_logs, o, &error));
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(5);
        QVERIFY(m_sim->listen(0));
    }
    void init() { m_sim->resetFaultCounters(); }

    // Root cause of a flaky end-to-end run: QFuture::then(context, fn) on a future that has already finished
    // calls fn at once, inside then(). The replay engine's writer could finish before then() was reached, and
    // the run was declared finished while its queue was still being filled ("1 of 160 done").
    void targetKindFollowsTheUrl()
    {
        QCOMPARE(ReplayTarget::kindForUrl(QUrl(QStringLiteral("https://api.portkey.ai/v1"))),
                 ReplayTarget::Kind::PortkeyHosted);
        QCOMPARE(ReplayTarget::kindForUrl(QUrl(QStringLiteral("http://localhost:8787/v1"))),
                 ReplayTarget::Kind::LocalGateway);
        QCOMPARE(ReplayTarget::kindForUrl(QUrl(QStringLiteral("http://127.0.0.1:11434/v1"))),
                 ReplayTarget::Kind::OpenAiCompatible);
    }

    // QFuture::then(context) runs the continuation inside then() when the future has already finished, and Qt 6.4
    // may run it again later from the thread that finished it (seen under ASan: a crash on the moved promise).
    // thenQueued never runs inside the call.
    void continuationsNeverRunInsideThen()
    {
        QObject context;
        QFuture<int> ready = QtConcurrent::run([] { return 7; });
        ready.waitForFinished();
        int queued = 0;
        thenQueued(ready, &context, [&queued](int v) { queued = v; });
        QCOMPARE(queued, 0);
        QTRY_COMPARE(queued, 7);
    }

    // A panel closed while its read runs: the continuation must neither run nor touch the dead context. Qt 6.4's
    // then(context) asserted here in debug builds (the ASan suite aborted on it).
    void continuationDiesWithItsContext()
    {
        QSemaphore gate;
        QFuture<int> slow = QtConcurrent::run([&gate] {
            gate.acquire();
            return 7;
        });
        bool ran = false;
        {
            QObject context;
            thenQueued(slow, &context, [&ran](int) { ran = true; });
        }
        gate.release();
        slow.waitForFinished();
        QTest::qWait(50);
        QVERIFY(!ran);

        QFutureInterface<int> never;
        never.reportStarted();
        never.reportCanceled();
        never.reportFinished();
        QObject context;
        thenQueued(never.future(), &context, [&ran](int) { ran = true; });
        QTest::qWait(50);
        QVERIFY(!ran);
    }

    void replaysAndStoresEveryResult()
    {
        const QString p = freshProject();
        const auto jobs = plan(p, { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") }, 10);
        QCOMPARE(jobs.size(), 20);
        const ReplayProgress r = run(p, jobs, fastOptions());
        QCOMPARE(r.status, RunStatus::Value::Completed);
        QCOMPARE(r.done, 20);
        QCOMPARE(r.totals().ok, 20);
        QCOMPARE(r.totals().sent, 20);
        QVERIFY(r.spentUsd > 0);
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 20);
        for (const auto &c : results) {
            QVERIFY(c.ok);
            QCOMPARE(c.statusCode, 200);
            QVERIFY(!c.responseText.isEmpty());
            QVERIFY(c.promptTokens > 0 && c.completionTokens > 0);
            QCOMPARE(c.attempts, 1);
            QVERIFY(!c.refusalKind.isEmpty());
        }
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("429 twice, retry-after-ms honoured") << "429x2;ms=20" << 3 << true << 3 << 200 << ""
                                                            << "";
        QTest::newRow("429 with retry-after seconds") << "429x1;retry=0" << 3 << true << 2 << 200 << ""
                                                      << "";
        QTest::newRow("500 beyond the retries") << "500x9" << 3 << false << 4 << 500 << "HTTP 500"
                                                << "";
        QTest::newRow("503 once") << "503x1" << 3 << true << 2 << 200 << ""
                                  << "";
        QTest::newRow("truncated body is a network error") << "truncated;n=1" << 3 << true << 2 << 200 << ""
                                                           << "";
        QTest::newRow("malformed JSON is final") << "malformed;n=1" << 3 << false << 1 << 200 << "malformed JSON"
                                                 << "";
        QTest::newRow("gateway failure 502 retried") << "gateway_error;n=1" << 3 << true << 2 << 200 << ""
                                                     << "";
        QTest::newRow("gateway failure 400 final")
            << "gateway_error;n=5;status=400" << 3 << false << 1 << 400 << "HTTP 400"
            << "";
        QTest::newRow("content_filter is a refusal") << "content_filter;n=1" << 3 << true << 1 << 200 << ""
                                                     << "full";
        QTest::newRow("446 guardrail denial") << "446;n=1" << 3 << true << 1 << 446 << "guardrail"
                                              << "full";
        QTest::newRow("246 guardrail warning is success") << "246;n=1" << 3 << true << 1 << 246 << ""
                                                          << "";
        QTest::newRow("hang times out, then answers") << "hang;n=1" << 1 << true << 2 << 200 << ""
                                                      << "";
        QTest::newRow("hang beyond the retries") << "hang;n=5" << 1 << false << 2 << 0 << "timed out"
                                                 << "";
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(int, maxRetries);
        QFETCH(bool, ok);
        QFETCH(int, attempts);
        QFETCH(int, status);
        QFETCH(QString, errorContains);
        QFETCH(QString, refusal);
        const QString p = freshProject();
        auto jobs = plan(p, { FaultPlan::modelWithFault(QStringLiteral("gpt-4o-mini"), fault) }, 1);
        QCOMPARE(jobs.size(), 1);
        ReplayOptions o = fastOptions();
        o.maxRetries = maxRetries;
        o.timeoutMs = fault.startsWith(QLatin1String("hang")) ? 1000 : 10000; // short only where a timeout is the point
        const ReplayProgress r = run(p, jobs, o);
        QCOMPARE(r.done, 1);
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 1);
        const ReplayResult &c = results.first();
        QVERIFY2(c.ok == ok, qPrintable(c.error));
        QCOMPARE(c.attempts, attempts);
        QCOMPARE(c.statusCode, status);
        QCOMPARE(r.totals().retries, attempts - 1);
        if (!errorContains.isEmpty())
            QVERIFY2(c.error.contains(errorContains), qPrintable(c.error));
        if (!refusal.isEmpty())
            QCOMPARE(c.refusalKind, refusal);
    }

    void unknownModelIsNotRetried()
    {
        const QString p = freshProject();
        const ReplayProgress r = run(p, plan(p, { QStringLiteral("no-such-model") }, 2), fastOptions());
        const auto results = stored(p, r.runId);
        QCOMPARE(results.size(), 2);
        for (const auto &c : results) {
            QCOMPARE(c.statusCode, 404);
            QCOMPARE(c.attempts, 1);
            QVERIFY(!c.ok);
        }
    }

    // A model without a price reserves $0 against a budget: the run could spend without limit, so it does not start.
    void budgetNeedsPricedModels()
    {
        const QString p = freshProject();
        ReplayOptions o = fastOptions();
        o.budgetUsd = 0.05;
        ReplayEngine engine;
        QString error;
        QVERIFY(!engine.start(p, target(), o, plan(p, { QStringLiteral("gpt-4o"), QStringLiteral("no-such-model") }, 2),
                              &error));
        QVERIFY2(error.contains(QLatin1String("no price for no-such-model")), qPrintable(error));
        // Without a budget it runs, and counts the answers it could not price instead of calling them free.
        {
            ProjectStore store;
            QVERIFY2(store.open(p, &error), qPrintable(error));
            PriceCatalog catalog;
            QVERIFY2(CatalogStore(store).load(&catalog, &error), qPrintable(error));
            ModelInfo mini = *catalog.exact(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
            mini.inputPer1k = mini.outputPer1k = 0;
            catalog.upsert(mini);
            QVERIFY2(CatalogStore(store).save(catalog, &error), qPrintable(error));
        }
        o.budgetUsd = 0;
        const ReplayProgress r = run(p, plan(p, { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini") }, 2), o);
        QCOMPARE(r.models.value(QStringLiteral("gpt-4o-mini")).unpriced, 2);
        QCOMPARE(r.models.value(QStringLiteral("gpt-4o")).unpriced, 0);
        QVERIFY(r.models.value(QStringLiteral("gpt-4o")).spentUsd > 0);
        QVERIFY2(r.toText().contains(QLatin1String("2 answer(s) on unpriced models not included")),
                 qPrintable(r.toText()));
        for (const ReplayResult &c : stored(p, r.runId))
            QCOMPARE(c.priced, c.model == QLatin1String("gpt-4o"));
    }

    void budgetStopsScheduling()
    {
        const QString p = freshProject();
        const auto jobs = plan(p, { QStringLiteral("gpt-4o") }, 40);
        double total = 0;
        for (const auto &j : jobs)
            total += j.estimatedCostUsd;
        ReplayOptions o = fastOptions();
        o.budgetUsd = total / 2;
        o.concurrency = 1;
        const ReplayProgress r = run(p, jobs, o);
        QCOMPARE(r.status, RunStatus::Value::Budget);
        QVERIFY(r.budgetReached);
        QVERIFY(r.done > 0 && r.done < 40);
        QVERIFY2(r.spentUsd <= o.budgetUsd,
                 qPrintable(QStringLiteral("spent %1 budget %2 done %3").arg(r.spentUsd).arg(o.budgetUsd).arg(r.done)));
        // It stopped only because the next request's worst case no longer fitted.
        QVERIFY(r.blockedWorstCaseUsd > 0);
        QVERIFY(r.spentUsd + r.blockedWorstCaseUsd > o.budgetUsd);
    }

    // A new user's --budget 0.01 spent $0.0234: the in-flight reservation was a mean, not a worst case.
    void spentNeverExceedsTheBudget_data()
    {
        QTest::addColumn<double>("budget");
        QTest::addColumn<int>("concurrency");
        for (int c : { 1, 8, 32 })
            for (double b : { 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0 })
                QTest::addRow("$%g at %d", b, c) << b << c;
    }
    void spentNeverExceedsTheBudget()
    {
        QFETCH(double, budget);
        QFETCH(int, concurrency);
        static QString project;
        static QList<ReplayJob> jobs;
        if (project.isEmpty()) {
            // Longer prompts than the other tests, so the whole plan costs more than the largest budget.
            const QString logs = m_dir.filePath(QStringLiteral("budget-logs.jsonl"));
            LogGenerator::Options g;
            g.rows = 80;
            g.seed = 5;
            g.tokenScale = 0.5;
            QString error;
            QVERIFY2(LogGenerator::write(logs, g, &error), qPrintable(error));
            project = m_dir.filePath(QStringLiteral("budget.sqlite"));
            QCOMPARE(LogImporter::run(project, { logs }).imported, 80);
            jobs = plan(project, { QStringLiteral("gpt-4-turbo"), QStringLiteral("gpt-4o") }, 80);
        }
        ReplayOptions o = fastOptions();
        o.budgetUsd = budget;
        o.concurrency = concurrency;
        const ReplayProgress r = run(project, jobs, o);
        double stored = 0;
        for (const auto &c : this->stored(project, r.runId))
            stored += c.costUsd;
        QVERIFY2(r.spentUsd <= budget && stored <= budget + 1e-12,
                 qPrintable(QStringLiteral("spent $%1 (stored $%2) of $%3 at concurrency %4, %5 of %6 done")
                                .arg(r.spentUsd)
                                .arg(stored)
                                .arg(budget)
                                .arg(concurrency)
                                .arg(r.done)
                                .arg(r.total)));
        qInfo("budget $%g at concurrency %d: spent $%.4f (%.0f %%), %lld of %lld done, %s", budget, concurrency,
              r.spentUsd, 100.0 * r.spentUsd / budget, r.done, r.total, qPrintable(RunStatus::name(r.status)));
        QVERIFY(r.status == RunStatus::Value::Budget || r.status == RunStatus::Value::Completed);
        if (r.status == RunStatus::Value::Budget) // stopped only when the next worst case no longer fitted
            QVERIFY2(
                r.spentUsd + r.blockedWorstCaseUsd > budget,
                qPrintable(QStringLiteral("spent %1, next worst case %2").arg(r.spentUsd).arg(r.blockedWorstCaseUsd)));
        if (budget >= 0.3 && r.status == RunStatus::Value::Budget)
            QVERIFY2(r.spentUsd > budget / 2, qPrintable(QStringLiteral("spent only %1").arg(r.spentUsd)));
    }

    void replaysWithoutMaxTokensGetOneFromTheLogs()
    {
        // The generator always sets max_tokens; real exports often do not.
        QFile in(m_logs);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(QStringLiteral(",\\\\?\"max_tokens\\\\?\":\\d+")), QString());
        const QString stripped = m_dir.filePath(QStringLiteral("no-max-tokens.jsonl"));
        QFile out(stripped);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const QString p = m_dir.filePath(QStringLiteral("no-max-tokens.sqlite"));
        QCOMPARE(LogImporter::run(p, { stripped }).imported, 40);
        QVERIFY(!text.contains(QLatin1String("max_tokens")));
        const auto jobs = plan(p, { QStringLiteral("gpt-4o-mini") }, 40);
        int added = 0;
        for (const ReplayJob &j : jobs) {
            const QJsonObject body = QJsonDocument::fromJson(j.body).object();
            QVERIFY(body.value(QLatin1String("max_tokens")).toInteger() > 0);
            QCOMPARE(j.maxCompletionTokens, body.value(QLatin1String("max_tokens")).toInteger());
            QVERIFY(j.promptTokenBound >= j.body.size());
            added += j.maxTokensAdded ? 1 : 0;
        }
        QVERIFY(added > 0);
        // The run's settings say how many requests got a max_tokens for the replay.
        const ReplayProgress r = run(p, jobs, fastOptions());
        ProjectStore store;
        QString error;
        QVERIFY(store.open(p, &error));
        ReplayRunInfo info;
        QVERIFY(ReplayStore(store).loadRun(r.runId, &info, &error));
        QCOMPARE(info.settings.value(QLatin1String("max_tokens_added")).toInteger(), added);
    }

    // After a run on the simulator, a replay against another gateway was answered from the cache with the
    // simulator's answers ("ok 10, cached 10" against a closed port).
    void cacheIsReusedOnlyForTheSameTarget()
    {
        const QString p = freshProject();
        const auto jobs = plan(p, { QStringLiteral("gpt-4o-mini") }, 10);
        ReplayOptions o = fastOptions();
        o.cacheTtlSeconds = 3600;
        o.maxRetries = 0;
        const ReplayProgress first = run(p, jobs, o);
        QCOMPARE(first.totals().ok, 10);

        ReplayTarget closed;
        closed.kind = ReplayTarget::Kind::OpenAiCompatible;
        closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        const ReplayProgress other = run(p, jobs, o, closed);
        QCOMPARE(other.totals().cacheHits, 0);
        QCOMPARE(other.totals().ok, 0);
        QCOMPARE(other.totals().failed, 10);

        // Same target again (the built-in simulator is one identity whatever its port): served from the cache.
        const ReplayProgress again = run(p, jobs, o);
        QCOMPARE(again.totals().cacheHits, 10);

        // Every stored completion records the target that produced it.
        ProjectStore store;
        QString error;
        QVERIFY(store.open(p, &error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT run_id, target_fingerprint FROM completions")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString expected
                = q.value(0).toLongLong() == other.runId ? closed.fingerprint() : target().fingerprint();
            QCOMPARE(q.value(1).toString(), expected);
        }
        QCOMPARE(rows, 30);
    }

    void targetIdentityIgnoresKeysButNotRouting()
    {
        ReplayTarget a;
        a.kind = ReplayTarget::Kind::LocalGateway;
        a.baseUrl = QUrl(QStringLiteral("http://localhost:8787/v1/"));
        a.upstreamUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
        ReplayTarget b = a;
        b.apiKey = QStringLiteral("sk-secret");
        b.baseUrl = QUrl(QStringLiteral("http://LOCALHOST:8787/v1"));
        QCOMPARE(a.fingerprint(), b.fingerprint());
        ReplayTarget c = a;
        c.upstreamUrl = QUrl(QStringLiteral("http://127.0.0.1:9001/v1"));
        QVERIFY(c.fingerprint() != a.fingerprint());
        ReplayTarget d = a;
        d.routing = ReplayTarget::RoutingMode::Config;
        d.configJson = QStringLiteral(
            R"({"strategy":{"mode":"loadbalance"},"targets":[{"provider":"openai","api_key":"sk-AAA"}]})");
        ReplayTarget e = d;
        e.configJson = QStringLiteral(
            R"({"strategy":{"mode":"loadbalance"},"targets":[{"provider":"openai","api_key":"sk-BBB"}]})");
        QCOMPARE(d.fingerprint(), e.fingerprint()); // a key is not part of what answers
        QVERIFY(d.fingerprint() != a.fingerprint());
        QVERIFY(!d.identity().contains(QLatin1String("sk-AAA")));
        QVERIFY(!QJsonDocument(d.toJson()).toJson().contains("sk-AAA")); // nor stored with the run
        ReplayTarget sim1, sim2;
        sim1.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/v1"));
        sim2.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4001/v1"));
        QCOMPARE(sim1.fingerprint(), sim2.fingerprint());
    }

    void failuresAreGroupedByReason()
    {
        const QString p = freshProject();
        ReplayTarget closed;
        closed.kind = ReplayTarget::Kind::OpenAiCompatible;
        const int port = closedPort();
        closed.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        ReplayOptions o = fastOptions();
        o.maxRetries = 1;
        const ReplayProgress r = run(p, plan(p, { QStringLiteral("gpt-4o-mini") }, 10), o, closed);
        QCOMPARE(r.status, RunStatus::Value::Failed); // nothing usable came back
        QCOMPARE(r.failureReasons.size(), 1);
        QCOMPARE(r.failureReasons.firstKey(), QStringLiteral("connection refused by 127.0.0.1:%1").arg(port));
        QCOMPARE(r.failureReasons.first(), 10);
        QCOMPARE(r.failureText().trimmed(), QStringLiteral("10 failed: connection refused by 127.0.0.1:%1").arg(port));
        QVERIFY(r.toJson().value(QLatin1String("failures")).toArray().size() == 1);
    }

    // A server that never answers showed "5 in flight, ETA 0 s" for a minute.
    void inFlightRequestsShowHowLongTheyWait()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held.append(silent.nextPendingConnection());
        });
        const QString p = freshProject();
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::OpenAiCompatible;
        t.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort()));
        ReplayEngine engine;
        QList<ReplayProgress> seen;
        connect(&engine, &ReplayEngine::progressChanged, this, [&](const ReplayProgress &pr) { seen.append(pr); });
        QString error;
        QVERIFY(engine.start(p, t, fastOptions(), plan(p, { QStringLiteral("gpt-4o-mini") }, 5), &error));
        // Progress keeps coming while nothing answers, and it says how long the requests have waited.
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last().longestWaitMs >= 2000, 5000);
        QCOMPARE(seen.last().inFlight, 5);
        QVERIFY2(seen.last().inFlightText().contains(QLatin1String("waiting")), qPrintable(seen.last().inFlightText()));
        engine.cancel();
        qDeleteAll(held);
    }

    void secondRunIsServedFromCache()
    {
        const QString p = freshProject();
        const auto jobs = plan(p, { QStringLiteral("gpt-4o-mini") }, 8);
        ReplayOptions o = fastOptions();
        o.cacheTtlSeconds = 3600;
        const ReplayProgress first = run(p, jobs, o);
        QCOMPARE(first.totals().sent, 8);
        const ReplayProgress second = run(p, jobs, o);
        QCOMPARE(second.totals().sent, 0);
        QCOMPARE(second.totals().cacheHits, 8);
        QCOMPARE(second.spentUsd, 0.0);
        QCOMPARE(stored(p, second.runId).size(), 8);
    }

    void cancelAbortsAtOnce()
    {
        const QString p = freshProject();
        const auto jobs = plan(
            p, { FaultPlan::modelWithFault(QStringLiteral("gpt-4o-mini"), QStringLiteral("latency;ms=3000")) }, 20);
        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QString error;
        QVERIFY(engine.start(p, target(), fastOptions(), jobs, &error));
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        engine.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(engine.progress().status, RunStatus::Value::Cancelled);
        QCOMPARE(stored(p, engine.progress().runId).size(), 0);
    }

    void apiKeyNeverReachesTheProject()
    {
        const QString p = freshProject();
        ReplayTarget t = target();
        t.apiKey = QStringLiteral("sk-test-SECRET-4242");
        t.portkeyApiKey = QStringLiteral("pk-test-SECRET-4343");
        run(p, plan(p, { QStringLiteral("gpt-4o-mini") }, 3), fastOptions(), t);
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(p + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("SECRET-4242"));
            QVERIFY(!bytes.contains("SECRET-4343"));
        }
    }

    // A batch is stored whole or not at all: a refusal verdict that cannot be written takes its answers and the
    // run's spend back with it, and says why (the failed insert was ignored, so answers stayed without verdicts).
    void failedVerdictFailsTheWholeBatch()
    {
        const QString p = freshProject();
        const QList<ReplayJob> jobs = plan(p, { QStringLiteral("gpt-4o-mini") }, 2);
        QCOMPARE(jobs.size(), 2);
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(p, &error), qPrintable(error));
        ReplayStore replays(store);
        ReplayRunInfo run;
        QVERIFY2(replays.createRun(target(), { QStringLiteral("gpt-4o-mini") }, 0.0, 0, jobs, &run, &error),
                 qPrintable(error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_verdicts BEFORE INSERT ON evaluations BEGIN "
                                       "SELECT RAISE(ABORT, 'verdicts are refused here'); END")),
                 qPrintable(q.lastError().text()));
        QList<ReplayResult> batch;
        for (const ReplayJob &j : jobs) {
            ReplayResult r;
            r.logId = j.logId;
            r.model = j.model;
            r.role = j.role;
            r.statusCode = 200;
            r.ok = true;
            r.responseText = QStringLiteral("I can't help with that.");
            batch << r;
        }
        batch.last().refusalKind = QStringLiteral("full"); // the first answer is written before the verdict fails
        error.clear();
        QVERIFY(!replays.storeResults(run.id, batch, target().fingerprint(), 0.25, &error));
        QVERIFY2(error.contains(QLatin1String("verdicts are refused here")), qPrintable(error));
        QVERIFY2(error.contains(batch.last().logId), qPrintable(error));
        QVERIFY(replays.completions(run.id).isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT spent_usd FROM replay_runs WHERE id = %1").arg(run.id)) && q.next());
        QCOMPARE(q.value(0).toDouble(), 0.0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void killedRunResumesWithoutDuplicates()
    {
        const QString p = freshProject();
        // A separate process replays slowly; SIGKILL it mid-run.
        QProcess proc;
        proc.setProgram(QStringLiteral(SO_APP_BINARY));
        proc.setArguments({ QStringLiteral("replay"), QStringLiteral("--project"), p, QStringLiteral("--models"),
                            QStringLiteral("gpt-4o-mini,gpt-4.1-nano"), QStringLiteral("--concurrency"),
                            QStringLiteral("2"), QStringLiteral("--sim-latency-ms"), QStringLiteral("150") });
        proc.start();
        QVERIFY(proc.waitForStarted());
        // Wait until the child reports progress, then kill it mid-run.
        qint64 storedBefore = 0;
        QByteArray err;
        for (int i = 0; i < 200 && storedBefore < 6; ++i) {
            proc.waitForReadyRead(100);
            err += proc.readAllStandardError();
            const auto lines = err.split('\n');
            for (const QByteArray &line : lines)
                if (const auto slash = line.indexOf("/80 done"); slash > 0)
                    storedBefore = qMax(storedBefore, line.left(slash).trimmed().toLongLong());
        }
        proc.kill(); // SIGKILL
        proc.waitForFinished();
        QVERIFY(storedBefore >= 6);

        ProjectStore store;
        QString error;
        QVERIFY(store.open(p, &error));
        ReplayStore rs(store);
        const auto interrupted = rs.markInterruptedRuns();
        QCOMPARE(interrupted.size(), 1);
        const qint64 runId = interrupted.first().id;
        QCOMPARE(interrupted.first().planned, 80);
        const qint64 already = interrupted.first().completed;
        QVERIFY(already >= storedBefore && already < 80);

        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QVERIFY2(engine.resume(p, runId, target(), fastOptions(), &error), qPrintable(error));
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(engine.progress().status, RunStatus::Value::Completed);
        QCOMPARE(engine.progress().totals().sent, 80 - already); // nothing stored is sent again
        // The per-model counts are the whole run's, not only the resumed part's (they read "Planned 68" before).
        QCOMPARE(engine.progress().totals().planned, 80);
        QCOMPARE(engine.progress().totals().completed, 80);
        QCOMPARE(engine.progress().models.value(QStringLiteral("gpt-4o-mini")).planned, 40);
        QCOMPARE(engine.progress().models.value(QStringLiteral("gpt-4.1-nano")).completed, 40);
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT log_id || model) FROM completions WHERE run_id = %1")
                       .arg(runId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 80);
        QCOMPARE(q.value(1).toInt(), 80);
    }
};

QTEST_GUILESS_MAIN(TestReplayEngine)
#include "tst_replayengine.moc"
