// SPDX-License-Identifier: MIT
// Replay benchmark: 2,000 requests against the built-in simulator with latency fixed at 50 ms and concurrency
// 32 (ceiling 640 req/s), with the simulator in its own thread and in its own process, for one network thread
// and for one QNetworkAccessManager set per worker thread; then promptfoo 0.121.20 with the same prompts and
// concurrency against the same simulator process.
// Usage: bench_replay [--requests N] [--concurrency C] [--latency-ms MS] [--dir D] [--keep] [--no-peers]
//                     [--promptfoo-dir DIR] [--only in|out]
// Logs are generated and imported by child processes (shadow-optic generate-logs / import) so that the peak RSS
// printed for a replay is the replay's own. promptfoo is looked up in SHADOW_OPTIC_PROMPTFOO_DIR, else
// <source>/.cache/promptfoo (ignored by git).
#include "catalog/pricecatalog.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/simulatedgateway.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

using namespace ShadowOptic;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 procStatusKb(const QString &statusFile, QLatin1String key)
{
    QFile f(statusFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArrayView(key.data(), key.size()))) {
            const QByteArray v = line.mid(key.size()).trimmed();
            return v.left(v.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

// Resets VmHWM to the current RSS so the next phase's peak is its own.
void resetSelfPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc/<pid>/stat.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString sourceDir()
{
    // SO_SHARED_DIR is "${PROJECT_SOURCE_DIR}/../shared".
    QString shared = QStringLiteral(SO_SHARED_DIR);
    if (shared.endsWith(QLatin1String("/../shared")))
        return shared.chopped(10);
    return QDir::cleanPath(QStringLiteral(SO_APP_BINARY) + QStringLiteral("/../../.."));
}

bool runChild(const QString &program, const QStringList &args, QByteArray *stdOut, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(600000)) {
        *error = program + QStringLiteral(": ") + p.errorString();
        return false;
    }
    if (stdOut)
        *stdOut = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error
            = QStringLiteral("%1 %2 failed: %3")
                  .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError().right(2000)));
        return false;
    }
    return true;
}

// GET /_control/stats of a simulator; empty object on failure.
QJsonObject simStats(QNetworkAccessManager &nam, const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/_control/stats"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

struct Figures
{
    QString label;
    int requests = 0;
    int concurrency = 0;
    qint64 ok = 0;
    qint64 retries = 0;
    qint64 cacheHits = 0;
    double seconds = 0;
    double cpuSeconds = 0; // this process
    double simCpuSeconds = -1; // the simulator process, when separate
    qint64 baseKb = -1; // RSS before the run
    qint64 peakKb = -1; // VmHWM during the run
    int peakConnections = -1;
    double startSeconds = 0; // inside engine.start(): run and plan rows written, workers started
    double firstResultSeconds = 0; // from the start() call
    double lastResultSeconds = 0;
    double meanLatencyMs = 0; // HTTP round trip as the worker saw it
    QString status;
    double reqPerSecond() const { return seconds > 0 ? requests / seconds : 0; }
};

Figures replay(const QString &label, const QString &project, const QList<ReplayJob> &jobs, const QUrl &baseUrl,
               int concurrency, int networkThreads, qint64 simPid)
{
    Figures f;
    f.label = label;
    f.requests = int(jobs.size());
    f.concurrency = concurrency;
    ReplayTarget target;
    target.kind = ReplayTarget::Kind::Simulator;
    target.baseUrl = baseUrl;
    ReplayOptions o;
    o.concurrency = concurrency;
    o.networkThreads = networkThreads;
    o.cacheTtlSeconds = 0; // no cache hits: every request goes over the network
    o.requestsPerMinute = 100000000;
    o.timeoutMs = 60000;

    ReplayEngine engine;
    QEventLoop loop;
    QObject::connect(&engine, &ReplayEngine::finished, &loop, &QEventLoop::quit);
    resetSelfPeak();
    f.baseKb = procStatusKb(QStringLiteral("/proc/self/status"), QLatin1String("VmRSS:"));
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double sim0 = processCpuSeconds(simPid);
    QElapsedTimer clock;
    clock.start();
    qint64 results = 0;
    qint64 latencySum = 0;
    QObject::connect(&engine, &ReplayEngine::resultReady, &loop, [&](const ReplayResult &r) {
        const double now = clock.nsecsElapsed() / 1e9;
        if (results++ == 0)
            f.firstResultSeconds = now;
        f.lastResultSeconds = now;
        latencySum += r.latencyMs;
    });
    QString error;
    if (!engine.start(project, target, o, jobs, &error)) {
        f.status = error;
        return f;
    }
    f.startSeconds = clock.nsecsElapsed() / 1e9;
    if (engine.isRunning())
        loop.exec();
    f.seconds = clock.nsecsElapsed() / 1e9;
    f.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (simPid > 0)
        f.simCpuSeconds = processCpuSeconds(simPid) - sim0;
    f.peakKb = procStatusKb(QStringLiteral("/proc/self/status"), QLatin1String("VmHWM:"));
    const ReplayProgress p = engine.progress();
    f.status = RunStatus::name(p.status);
    f.ok = p.totals().ok;
    f.retries = p.totals().retries;
    f.cacheHits = p.totals().cacheHits;
    f.meanLatencyMs = results > 0 ? double(latencySum) / results : 0;
    return f;
}

void print(const Figures &f, double ceiling)
{
    out() << QStringLiteral("  %1\n").arg(f.label);
    out() << QStringLiteral("    %1 requests (%2 ok, %3 retries, %4 cache hits, status %5) in %6 s\n")
                 .arg(f.requests)
                 .arg(f.ok)
                 .arg(f.retries)
                 .arg(f.cacheHits)
                 .arg(f.status, fixed(f.seconds, 3));
    out() << QStringLiteral("    throughput %1 req/s = %2 % of the %3 req/s ceiling%4\n")
                 .arg(fixed(f.reqPerSecond()), fixed(100.0 * f.reqPerSecond() / ceiling), fixed(ceiling, 0),
                      f.reqPerSecond() >= 0.85 * ceiling ? QStringLiteral(" (target >= 85 %: met)")
                                                         : QStringLiteral(" (target >= 85 %: MISSED)"));
    out() << QStringLiteral("    CPU %1 s per 1,000 requests (%2)%3\n")
                 .arg(fixed(f.cpuSeconds * 1000.0 / qMax(1, f.requests), 3),
                      f.simCpuSeconds >= 0 ? QStringLiteral("client process only")
                                           : QStringLiteral("process-wide, "
                                                            "simulator included"),
                      f.simCpuSeconds >= 0 ? QStringLiteral("; simulator process %1 s per 1,000")
                                                 .arg(fixed(f.simCpuSeconds * 1000.0 / qMax(1, f.requests), 3))
                                           : QString());
    out() << QStringLiteral("    peak RSS %1 MB (%2 MB before the run)%3\n")
                 .arg(fixed(f.peakKb / 1024.0), fixed(f.baseKb / 1024.0),
                      f.peakKb >= 0 && f.peakKb < 150 * 1024 ? QStringLiteral(" (target < 150 MB: met)")
                                                             : QStringLiteral(" (target < 150 MB: MISSED)"));
    // Little's law: requests on the wire = throughput x round trip; the rest of the concurrency budget is time a
    // slot spends between one reply and the next request (hops through the engine, parsing, scheduling).
    const double steady = f.lastResultSeconds > f.firstResultSeconds
        ? (f.requests - 1) / (f.lastResultSeconds - f.firstResultSeconds)
        : 0;
    out() << QStringLiteral("    breakdown: start() %1 ms, first result at %2 ms, last at %3 ms, finished at %4 ms; "
                            "steady %5 req/s; mean round trip %6 ms -> %7 of %8 slots on the wire\n")
                 .arg(fixed(f.startSeconds * 1000, 0), fixed(f.firstResultSeconds * 1000, 0),
                      fixed(f.lastResultSeconds * 1000, 0), fixed(f.seconds * 1000, 0), fixed(steady),
                      fixed(f.meanLatencyMs, 1), fixed(f.reqPerSecond() * f.meanLatencyMs / 1000.0, 1))
                 .arg(f.concurrency);
    if (f.peakConnections >= 0)
        out() << QStringLiteral("    simulator peak concurrent connections %1\n").arg(f.peakConnections);
    out().flush();
}

struct PeerFigures
{
    bool ran = false;
    QString error;
    double wallSeconds = 0; // process start to exit (node start-up included)
    double windowSeconds = 0; // first to last request seen by the simulator
    qint64 served = 0;
    double cpuSeconds = 0;
    qint64 peakKb = -1;
    int exitCode = -1;
};

// promptfoo against the simulator at baseUrl, with the messages of every job as one test case.
PeerFigures runPromptfoo(const QString &promptfooDir, const QString &workDir, const QList<ReplayJob> &jobs,
                         const QUrl &baseUrl, int concurrency)
{
    PeerFigures r;
    QJsonArray tests;
    for (const ReplayJob &j : jobs) {
        const QJsonArray messages = QJsonDocument::fromJson(j.body).object().value(QLatin1String("messages")).toArray();
        tests.append(QJsonObject {
            { QStringLiteral("vars"),
              QJsonObject { { QStringLiteral("messages"),
                              QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact)) } } } });
    }
    const QJsonObject config {
        { QStringLiteral("description"), QStringLiteral("shadow-optic bench_replay peer run") },
        { QStringLiteral("prompts"), QJsonArray { QStringLiteral("{{ messages }}") } },
        { QStringLiteral("providers"),
          QJsonArray { QJsonObject {
              { QStringLiteral("id"), QStringLiteral("openai:chat:gpt-4o-mini") },
              { QStringLiteral("config"), QJsonObject { { QStringLiteral("apiBaseUrl"), baseUrl.toString() } } } } } },
        { QStringLiteral("tests"), tests },
    };
    const QString configPath = QDir(workDir).filePath(QStringLiteral("promptfooconfig.json"));
    QFile cf(configPath);
    if (!cf.open(QIODevice::WriteOnly)) {
        r.error = cf.errorString();
        return r;
    }
    cf.write(QJsonDocument(config).toJson(QJsonDocument::Compact));
    cf.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_TELEMETRY"), QStringLiteral("1"));
    env.insert(QStringLiteral("PROMPTFOO_DISABLE_UPDATE"), QStringLiteral("1"));
    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
    env.insert(QStringLiteral("PROMPTFOO_CONFIG_DIR"), QDir(workDir).filePath(QStringLiteral("promptfoo-config")));
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("dummy"));
    env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));

    QNetworkAccessManager nam;
    const qint64 served0 = simStats(nam, baseUrl).value(QLatin1String("chat_completions")).toInteger();
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardOutputFile(QDir(workDir).filePath(QStringLiteral("promptfoo.log")));
    const double children0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    p.start(QDir(promptfooDir).filePath(QStringLiteral("node_modules/.bin/promptfoo")),
            { QStringLiteral("eval"), QStringLiteral("-c"), configPath, QStringLiteral("--max-concurrency"),
              QString::number(concurrency), QStringLiteral("--no-cache"), QStringLiteral("--no-table"),
              QStringLiteral("--no-progress-bar") });
    if (!p.waitForStarted(10000)) {
        r.error = p.errorString();
        return r;
    }
    // Poll the simulator's counter and the child's peak RSS while promptfoo runs.
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    double firstSeen = -1;
    double lastChange = -1;
    qint64 lastServed = served0;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const qint64 kb = procStatusKb(status, QLatin1String("VmHWM:"));
        r.peakKb = qMax(r.peakKb, kb);
        const qint64 served = simStats(nam, baseUrl).value(QLatin1String("chat_completions")).toInteger();
        const double now = clock.nsecsElapsed() / 1e9;
        if (served > served0 && firstSeen < 0)
            firstSeen = now;
        if (served != lastServed)
            lastChange = now;
        lastServed = served;
    });
    poll.start(50);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    poll.stop();
    r.wallSeconds = clock.nsecsElapsed() / 1e9;
    r.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - children0;
    r.exitCode = p.exitCode();
    r.served = simStats(nam, baseUrl).value(QLatin1String("chat_completions")).toInteger() - served0;
    // The first poll that saw requests was up to 50 ms after the first one; the window is accurate to ±50 ms.
    r.windowSeconds = firstSeen >= 0 && lastChange > firstSeen ? lastChange - firstSeen + 0.05 : 0;
    r.ran = true;
    if (p.exitStatus() != QProcess::NormalExit || (r.exitCode != 0 && r.exitCode != 100)) {
        QFile log(QDir(workDir).filePath(QStringLiteral("promptfoo.log")));
        log.open(QIODevice::ReadOnly);
        r.error = QStringLiteral("promptfoo exited with %1: %2")
                      .arg(r.exitCode)
                      .arg(QString::fromUtf8(log.readAll().right(1500)));
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int requests = option(QStringLiteral("--requests"), QStringLiteral("2000")).toInt();
    const int concurrency = option(QStringLiteral("--concurrency"), QStringLiteral("32")).toInt();
    const int latencyMs = option(QStringLiteral("--latency-ms"), QStringLiteral("50")).toInt();
    const QString only = option(QStringLiteral("--only"), QString());
    const bool peers = !args.contains(QStringLiteral("--no-peers"));
    const QString promptfooDir = option(QStringLiteral("--promptfoo-dir"),
                                        qEnvironmentVariableIsEmpty("SHADOW_OPTIC_PROMPTFOO_DIR")
                                            ? sourceDir() + QStringLiteral("/.cache/promptfoo")
                                            : qEnvironmentVariable("SHADOW_OPTIC_PROMPTFOO_DIR"));
    QTemporaryDir tmp;
    QString dir = option(QStringLiteral("--dir"), tmp.path());
    QDir().mkpath(dir);
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const double ceiling = concurrency * 1000.0 / qMax(1, latencyMs);
    const QString app_ = QStringLiteral(SO_APP_BINARY);

    out() << QStringLiteral("bench_replay: %1 requests, simulator latency fixed at %2 ms, random errors off, "
                            "concurrency %3 -> ceiling %4 req/s; %5 cores, load %6\n")
                 .arg(requests)
                 .arg(latencyMs)
                 .arg(concurrency)
                 .arg(fixed(ceiling, 0))
                 .arg(QThread::idealThreadCount())
                 .arg(QString::fromLatin1([] {
                     QFile f(QStringLiteral("/proc/loadavg"));
                     return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray("?");
                 }()));
    out().flush();

    // Logs: ~25 % of generated rows are not replayable (errors, tool calls...), so generate with margin.
    const QString logs = QDir(dir).filePath(QStringLiteral("logs.jsonl"));
    const QString project = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(project + QLatin1String(suffix));
    QString error;
    QElapsedTimer setup;
    setup.start();
    if (!runChild(app_,
                  { QStringLiteral("generate-logs"), QStringLiteral("--rows"), QString::number(requests * 3 / 2 + 200),
                    QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--token-scale"),
                    QStringLiteral("0.05"), QStringLiteral("--out"), logs },
                  nullptr, &error)
        || !runChild(app_, { QStringLiteral("import"), QStringLiteral("--project"), project, logs }, nullptr, &error)) {
        out() << QStringLiteral("setup failed: %1\n").arg(error);
        return 1;
    }
    QList<ReplayJob> jobs;
    {
        ProjectStore store;
        PriceCatalog catalog;
        ReplaySampleSpec spec;
        spec.size = requests;
        spec.seed = 1;
        if (!store.open(project, &error) || !CatalogStore(store).load(&catalog, &error)
            || !ReplayPlanner::plan(store, catalog, { QStringLiteral("gpt-4o-mini") }, spec, &jobs, &error)) {
            out() << QStringLiteral("planning failed: %1\n").arg(error);
            return 1;
        }
        out() << QStringLiteral("setup: %1 logs imported, %2 replay jobs planned in %3 s\n")
                     .arg(store.logCount())
                     .arg(jobs.size())
                     .arg(fixed(setup.elapsed() / 1000.0, 1));
    }
    if (jobs.size() < requests) {
        out() << QStringLiteral("only %1 replayable logs, %2 needed\n").arg(jobs.size()).arg(requests);
        return 1;
    }
    qint64 bodyBytes = 0;
    for (const ReplayJob &j : std::as_const(jobs))
        bodyBytes += j.body.size();
    out() << QStringLiteral("mean request body %1 bytes\n\n").arg(bodyBytes / qMax<qsizetype>(1, jobs.size()));
    const QList<ReplayJob> warmup = jobs.mid(0, qMin<qsizetype>(jobs.size(), 2 * concurrency));

    QList<Figures> figures;
    // 1. Simulator in this process, on its own thread.
    if (only.isEmpty() || only == QLatin1String("in")) {
        QThread simThread;
        simThread.setObjectName(QStringLiteral("simulator"));
        auto *sim = new SimulatedGateway; // moved to its thread; deleted there on finish
        sim->moveToThread(&simThread);
        QObject::connect(&simThread, &QThread::finished, sim, &QObject::deleteLater);
        simThread.start();
        sim->setLatencyOverrideMs(latencyMs);
        sim->setRandomErrorsEnabled(false);
        if (!sim->listen(0)) {
            out() << QStringLiteral("simulator: %1\n").arg(sim->errorString());
            return 1;
        }
        out() << QStringLiteral("simulator in this process (own thread) at %1:\n").arg(sim->baseUrl().toString());
        for (int threads : { 1, 2 }) {
            replay(QString(), project, warmup, sim->baseUrl(), concurrency, threads, -1);
            sim->resetStats();
            Figures f = replay(threads == 1 ? QStringLiteral("networkThreads=1 (one dedicated network thread)")
                                            : QStringLiteral("networkThreads=2 (one QNAM set per worker thread)"),
                               project, jobs.mid(0, requests), sim->baseUrl(), concurrency, threads, -1);
            f.peakConnections = sim->stats().peakConnections;
            print(f, ceiling);
            f.label.prepend(QStringLiteral("in-process simulator, "));
            figures.append(f);
        }
        sim->close();
        simThread.quit();
        simThread.wait();
        out() << Qt::endl;
    }

    // 2. Simulator in its own process: the CPU figures are the client's alone.
    QProcess simProcess;
    QUrl simUrl;
    if (only.isEmpty() || only == QLatin1String("out") || peers) {
        simProcess.start(app_,
                         { QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--latency-ms"), QString::number(latencyMs),
                           QStringLiteral("--no-random-errors") });
        if (!simProcess.waitForStarted(10000) || !simProcess.waitForReadyRead(10000)) {
            out() << QStringLiteral("shadow-optic simulate did not start: %1\n").arg(simProcess.errorString());
            return 1;
        }
        const int port = simProcess.readLine().trimmed().toInt();
        simUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    }
    QNetworkAccessManager nam;
    if (only.isEmpty() || only == QLatin1String("out")) {
        out() << QStringLiteral("simulator in its own process (shadow-optic simulate, pid %1) at %2:\n")
                     .arg(simProcess.processId())
                     .arg(simUrl.toString());
        for (int threads : { 1, 2 }) {
            replay(QString(), project, warmup, simUrl, concurrency, threads, -1);
            QUrl reset = simUrl;
            reset.setPath(QStringLiteral("/_control/reset"));
            QNetworkReply *r = nam.post(QNetworkRequest(reset), QByteArray());
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            r->deleteLater();
            Figures f = replay(threads == 1 ? QStringLiteral("networkThreads=1 (one dedicated network thread)")
                                            : QStringLiteral("networkThreads=2 (one QNAM set per worker thread)"),
                               project, jobs.mid(0, requests), simUrl, concurrency, threads, simProcess.processId());
            f.peakConnections = simStats(nam, simUrl).value(QLatin1String("peak_connections")).toInt(-1);
            print(f, ceiling);
            f.label.prepend(QStringLiteral("separate simulator, "));
            figures.append(f);
        }
        // What a user sees: `shadow-optic replay` from process start to exit (planning, run creation, start-up and
        // final writes included), against the same simulator process.
        for (int threads : { 1, 2 }) {
            QElapsedTimer wall;
            wall.start();
            QByteArray json;
            QString childError;
            const bool ok = runChild(
                app_,
                { QStringLiteral("replay"),        QStringLiteral("--project"),   project,
                  QStringLiteral("--models"),      QStringLiteral("gpt-4o-mini"), QStringLiteral("--sample"),
                  QString::number(requests),       QStringLiteral("--seed"),      QStringLiteral("1"),
                  QStringLiteral("--concurrency"), QString::number(concurrency),  QStringLiteral("--network-threads"),
                  QString::number(threads),        QStringLiteral("--cache-ttl"), QStringLiteral("0"),
                  QStringLiteral("--rpm"),         QStringLiteral("100000000"),   QStringLiteral("--target"),
                  QStringLiteral("simulator"),     QStringLiteral("--base-url"),  simUrl.toString(),
                  QStringLiteral("--json") },
                &json, &childError);
            const double seconds = wall.nsecsElapsed() / 1e9;
            const QJsonObject result = QJsonDocument::fromJson(json).object();
            const double rate = requests / seconds;
            out() << QStringLiteral("  whole process (shadow-optic replay --network-threads %1, start to exit)\n")
                         .arg(threads);
            if (!ok) {
                out() << QStringLiteral("    failed: %1\n").arg(childError);
                continue;
            }
            out() << QStringLiteral("    %1 requests, status %2, in %3 s = %4 req/s = %5 % of the ceiling%6\n")
                         .arg(requests)
                         .arg(result.value(QLatin1String("status")).toString(), fixed(seconds, 3), fixed(rate),
                              fixed(100.0 * rate / ceiling),
                              rate >= 0.85 * ceiling ? QStringLiteral(" (target >= 85 %: met)")
                                                     : QStringLiteral(" (target >= 85 %: MISSED)"));
            Figures f;
            f.label = QStringLiteral("whole process, networkThreads=%1").arg(threads);
            f.requests = requests;
            f.seconds = seconds;
            f.peakKb = -1;
            figures.append(f);
        }
        out() << Qt::endl;
    }

    // 3. promptfoo, same prompts, same concurrency, same simulator process.
    const QString promptfooBin = QDir(promptfooDir).filePath(QStringLiteral("node_modules/.bin/promptfoo"));
    PeerFigures peer;
    if (peers) {
        if (!QFileInfo::exists(promptfooBin)) {
            out() << QStringLiteral("promptfoo: not installed at %1 - only our figures are shown. Install it with:\n"
                                    "  mkdir -p %2 && (cd %2 && npm install --no-audit --no-fund promptfoo@0.121.20)\n")
                         .arg(promptfooBin, promptfooDir);
        } else {
            out() << QStringLiteral("promptfoo 0.121.20 (%1), openai:chat:gpt-4o-mini at %2, --max-concurrency %3 "
                                    "--no-cache:\n")
                         .arg(promptfooBin, simUrl.toString())
                         .arg(concurrency);
            out().flush();
            peer = runPromptfoo(promptfooDir, dir, jobs.mid(0, requests), simUrl, concurrency);
            if (!peer.error.isEmpty())
                out() << QStringLiteral("  %1\n").arg(peer.error);
            if (peer.ran) {
                const double windowRate = peer.windowSeconds > 0 ? peer.served / peer.windowSeconds : 0;
                out() << QStringLiteral("  %1 requests reached the simulator; process wall %2 s (node start-up "
                                        "included) = %3 req/s; request window %4 s = %5 req/s (%6 % of ceiling)\n")
                             .arg(peer.served)
                             .arg(fixed(peer.wallSeconds, 2), fixed(requests / peer.wallSeconds),
                                  fixed(peer.windowSeconds, 2), fixed(windowRate), fixed(100.0 * windowRate / ceiling));
                out() << QStringLiteral("  CPU %1 s per 1,000 requests (promptfoo process tree), peak RSS %2 MB, "
                                        "exit code %3\n")
                             .arg(fixed(peer.cpuSeconds * 1000.0 / qMax(1, requests), 3), fixed(peer.peakKb / 1024.0))
                             .arg(peer.exitCode);
            }
        }
        out() << Qt::endl;
    }
    if (simProcess.state() != QProcess::NotRunning) {
        simProcess.terminate();
        if (!simProcess.waitForFinished(5000))
            simProcess.kill();
        simProcess.waitForFinished(5000);
    }

    out() << QStringLiteral("summary (ceiling %1 req/s):\n").arg(fixed(ceiling, 0));
    for (const Figures &f : std::as_const(figures))
        out() << QStringLiteral("  %1: %2 req/s (%3 %), %4 CPU-s/1k, peak RSS %5 MB\n")
                     .arg(f.label, fixed(f.reqPerSecond()), fixed(100.0 * f.reqPerSecond() / ceiling),
                          fixed(f.cpuSeconds * 1000.0 / qMax(1, f.requests), 3), fixed(f.peakKb / 1024.0));
    if (peer.ran && peer.served > 0) {
        const double peerRate = peer.windowSeconds > 0 ? peer.served / peer.windowSeconds : 0;
        for (const Figures &f : std::as_const(figures)) {
            if (!f.label.startsWith(QLatin1String("separate")))
                continue;
            out() << QStringLiteral("  vs promptfoo (%1): %2 req/s vs %3 req/s (request window) = %4x; vs %5 req/s "
                                    "(whole process) = %6x\n")
                         .arg(f.label, fixed(f.reqPerSecond()), fixed(peerRate),
                              fixed(peerRate > 0 ? f.reqPerSecond() / peerRate : 0, 2),
                              fixed(requests / peer.wallSeconds),
                              fixed(f.reqPerSecond() / (requests / peer.wallSeconds), 2));
        }
    }
    return 0;
}
