// SPDX-License-Identifier: MIT
// Export benchmark: a generated project (LogGenerator + LogImporter) with one replay run of N answers (default
// 100,000: a quarter as many logs, each answered by four models; answers stored through ReplayStore), then the
// replays exported as CSV (plain and redacted) and JSON (redacted), each in a child process of this command so the
// peak RSS printed is the export's own.
// Usage: bench_export [--rows N] [--dir D]
//        bench_export --child PROJECT OUT csv|json redact|plain   (one export: rows, seconds, peak kB, redactions,
//        CPU seconds)
#include "catalog/pricecatalog.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "replay/replayruninfo.h"
#include "session/exportjob.h"
#include "session/session.h"
#include "store/logstore.h"
#include "store/projectstore.h"
#include "store/replaystore.h"
#include "store/threadstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator64>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace ShadowOptic;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 selfPeakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) {
            const QByteArray v = line.mid(6).trimmed();
            return v.left(v.indexOf(' ')).toLongLong();
        }
    return -1;
}

int child(const QStringList &args)
{
    Session session;
    session.setProjectPath(args.value(0));
    ExportJob job(&session);
    ExportJob::Request r;
    r.dataset = ExportDataset::Value::Replays;
    r.path = args.value(1);
    r.format = args.value(2) == QLatin1String("json") ? ExportFormat::Value::Json : ExportFormat::Value::Csv;
    r.redact = args.value(3) == QLatin1String("redact");
    job.setRequest(r);
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    QString error;
    if (!job.start(&error)) {
        out() << "error " << error << '\n';
        return 1;
    }
    loop.exec();
    const double seconds = t.nsecsElapsed() / 1e9;
    if (job.state() != Job::State::Succeeded) {
        out() << "error " << job.errorText() << '\n';
        return 1;
    }
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    const double cpu = u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    out() << job.result().rows << ' ' << seconds << ' ' << selfPeakKb() << ' ' << job.result().redactions.total() << ' '
          << cpu << '\n';
    out().flush();
    ThreadStore::shutdown();
    return 0;
}

QString answerText(QRandomGenerator64 &rng, int i)
{
    static const QStringList pieces {
        QStringLiteral("Here is a summary of the quarterly figures you asked for."),
        QStringLiteral("Revenue grew by 12% to $1,299,000 in 2024 while costs fell."),
        QStringLiteral("You can reach the team at support@example.com or +1 (555) 123-4567."),
        QStringLiteral("```python\nfor row in rows:\n    print(row['id'], row[\"total\"])\n```"),
        QStringLiteral("I can't help with that request, but here is a safer alternative."),
        QStringLiteral("東京の天気は晴れです。Grüße aus München 🙂"),
        QStringLiteral("Order 1234 5678 9012 3456 shipped; ticket #48213, build 20240115."),
    };
    QString text;
    const int n = 3 + int(rng.bounded(8));
    for (int k = 0; k < n; ++k)
        text += pieces.at((i + k * 3) % pieces.size()) + u' ';
    return text;
}

bool setUp(const QString &dir, qint64 rows, QString *project, QString *error)
{
    const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-mini"),
                               QStringLiteral("claude-3-5-haiku") };
    const qint64 logs = (rows + models.size() - 1) / models.size();
    QElapsedTimer t;
    t.start();
    const QString file = dir + QStringLiteral("/logs.jsonl");
    LogGenerator::Options g;
    g.rows = logs;
    g.seed = 11;
    g.tokenScale = 0.1;
    if (!LogGenerator::write(file, g, error))
        return false;
    *project = dir + QStringLiteral("/bench.sqlite");
    const ImportReport report = LogImporter::run(*project, { file });
    if (report.imported != logs) {
        *error = QStringLiteral("imported %1 of %2 logs").arg(report.imported).arg(logs);
        return false;
    }
    out() << "setup: " << logs << " logs generated and imported in " << t.elapsed() / 1000.0 << " s\n";
    out().flush();
    t.restart();
    ProjectStore store;
    if (!store.open(*project, error))
        return false;
    QList<qint64> ids;
    QList<LogStore::Prompt> prompts;
    const LogStore logStore(store);
    if (!logStore.replayableLogIds(QString(), QString(), &ids, error) || !logStore.prompts(ids, &prompts, error))
        return false;
    ReplayStore replays(store);
    ReplayRunInfo run;
    if (!replays.createRun(ReplayTarget(), models, 0.0, 1, {}, &run, error))
        return false;
    QRandomGenerator64 rng(5);
    QList<ReplayResult> batch;
    qint64 stored = 0;
    double spent = 0;
    for (int i = 0; stored < rows; ++i) {
        const LogStore::Prompt &p = prompts.at(i % prompts.size());
        for (const QString &model : models) {
            if (stored >= rows)
                break;
            ReplayResult r;
            r.logId = p.logId;
            r.model = model;
            r.role = QStringLiteral("replay");
            r.ok = rng.bounded(100) >= 3;
            r.statusCode = r.ok ? 200 : 429;
            r.error = r.ok ? QString() : QStringLiteral("Rate limit reached");
            r.responseText = r.ok ? answerText(rng, int(stored)) : QString();
            r.promptTokens = p.promptTokens > 0 ? p.promptTokens : 120;
            r.completionTokens = r.ok ? 40 + qint64(rng.bounded(400)) : 0;
            r.priced = model != QLatin1String("claude-3-5-haiku") || i % 2 == 0;
            r.costUsd = r.priced ? 1e-6 * double(r.promptTokens + 4 * r.completionTokens) : 0.0;
            r.latencyMs = 200 + qint64(rng.bounded(3000));
            r.attempts = 1;
            r.refusalKind = QStringLiteral("none");
            r.refusalType = QStringLiteral("NONE");
            spent += r.costUsd;
            batch.append(r);
            ++stored;
        }
        if (batch.size() >= 5000 || stored >= rows) {
            if (!replays.storeResults(run.id, batch, QStringLiteral("bench"), spent, error))
                return false;
            batch.clear();
        }
    }
    out() << "setup: " << stored << " replayed answers stored in " << t.elapsed() / 1000.0 << " s\n";
    out().flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--child"))
        return child(args.mid(1));
    qint64 rows = 100000;
    QString dirPath;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.value(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--dir"))
            dirPath = args.value(++i);
    }
    QTemporaryDir temp;
    const QString dir = dirPath.isEmpty() ? temp.path() : dirPath;
    QString project;
    QString error;
    if (rows <= 0 || !setUp(dir, rows, &project, &error)) {
        out() << "setup failed: " << error << '\n';
        return 1;
    }
    ThreadStore::shutdown();
    int failures = 0;
    // Three of the four combinations keep the command under a minute; JSON without redaction writes like CSV.
    const QList<QPair<const char *, const char *>> runs { { "csv", "plain" },
                                                          { "csv", "redact" },
                                                          { "json", "redact" } };
    for (const auto &[format, mode] : runs) {
        {
            const QString file = dir + QStringLiteral("/replays-%1.%2").arg(QLatin1String(mode), QLatin1String(format));
            QProcess p;
            p.start(app.applicationFilePath(),
                    { QStringLiteral("--child"), project, file, QLatin1String(format), QLatin1String(mode) });
            p.waitForFinished(600000);
            const QStringList f = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u' ');
            if (p.exitCode() != 0 || f.size() < 5) {
                out() << format << ' ' << mode << ": failed " << f.join(u' ') << '\n';
                ++failures;
                continue;
            }
            const double exported = f.at(0).toDouble();
            const double seconds = f.at(1).toDouble();
            out() << "replays " << format << ' ' << (qstrcmp(mode, "redact") == 0 ? "--redact" : "plain   ") << ": "
                  << qint64(exported) << " rows in " << QString::number(seconds, 'f', 2)
                  << " s = " << qint64(exported / seconds) << " rows/s, file " << QFileInfo(file).size() / (1024 * 1024)
                  << " MB, peak RSS " << f.at(2).toLongLong() / 1024 << " MB, " << f.at(3) << " redactions, CPU "
                  << QString::number(f.at(4).toDouble(), 'f', 2) << " s (" << qint64(exported / f.at(4).toDouble())
                  << " rows per CPU-second)\n";
            out().flush();
        }
    }
    return failures == 0 ? 0 : 1;
}
