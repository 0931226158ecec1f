// SPDX-License-Identifier: MIT
// Fault soak: 20,000 replays through the session's replay job against the built-in simulator in this process, with
// 10 % of the attempts faulted (429 with Retry-After, 500, 503, a hang until the timeout, malformed JSON, a truncated
// body, a connection reset mid-body), then checks that every planned request has exactly one stored row whose
// attempts and final state match the simulator's own record of that request, that the run's ledger equals the sum of
// the stored costs, and that RSS stays flat over the second half. Exits 1 when a check fails.
// Usage: bench_faultsoak [--replays N] [--fault-rate F] [--concurrency C] [--timeout-ms MS] [--dir D] [--keep]
#include "faultsoak.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ShadowOptic;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption replaysOption(QStringLiteral("replays"), QStringLiteral("Replays to run."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption rateOption(QStringLiteral("fault-rate"), QStringLiteral("Share of faulted attempts."),
                                        QStringLiteral("F"), QStringLiteral("0.10"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Requests in flight."),
                                               QStringLiteral("C"), QStringLiteral("32"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"), QStringLiteral("Request timeout."),
                                           QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Working folder (default: temporary)."),
                                       QStringLiteral("D"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the project."));
    parser.addOptions({ replaysOption, rateOption, concurrencyOption, timeoutOption, dirOption, keepOption });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    FaultSoak::Options o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.replays = parser.value(replaysOption).toInt(&ok1);
    o.faultRate = parser.value(rateOption).toDouble(&ok2);
    o.concurrency = parser.value(concurrencyOption).toInt(&ok3);
    o.timeoutMs = parser.value(timeoutOption).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.replays < 8 || o.faultRate < 0 || o.faultRate >= 1 || o.concurrency < 1
        || o.timeoutMs < 100) {
        err << "bench_faultsoak: --replays >= 8, 0 <= --fault-rate < 1, --concurrency >= 1 and --timeout-ms >= 100 "
               "expected\n";
        return 2;
    }
    o.checkMemory = o.replays >= 5000; // below that the second half is too short to tell growth from noise

    QTemporaryDir tmp;
    tmp.setAutoRemove(!parser.isSet(keepOption));
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    out << QStringLiteral("Fault soak: %1 replays, %2 % faults per attempt, concurrency %3, timeout %4 ms, up to 3 "
                          "retries; working folder %5\n")
               .arg(o.replays)
               .arg(o.faultRate * 100, 0, 'f', 1)
               .arg(o.concurrency)
               .arg(o.timeoutMs)
               .arg(dir);
    out.flush();

    FaultSoak::Report report;
    QString error;
    if (!FaultSoak::run(dir, o, &report, &error)) {
        err << "bench_faultsoak: " << error << '\n';
        return 1;
    }
    out << report.toText();
    return report.failures.isEmpty() ? 0 : 1;
}
