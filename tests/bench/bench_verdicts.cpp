// SPDX-License-Identifier: MIT
// Proof of issue 12 ("honest verdicts") on the simulator, where the truth is known: how often sequential verification
// recommends a candidate that is truly 8 % worse than the current model (must be ≤ 5 %), how often it recommends one
// that is truly 1 % worse (must be ≥ 80 %) and after how many prompts, next to the old rule on a fixed 20-prompt
// sample. The verdicts come from the product's own decision code (RecommendationThresholds rounds,
// CandidateEvidence::compute and verdict(); the old rule through ModelAggregateComparison and Recommender::confidence),
// run on answers the simulator gives, the refusal detector checks and the simulated judge scores (VerdictSimulation).
// Exits 1 when a bound fails.
// Usage: bench_verdicts [--reps N] [--quick] [--prompts N] [--seed N]
#include "verdictsimulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace ShadowOptic;

namespace {

QString percent(double share)
{
    return QString::asprintf("%5.1f %%", share * 100.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const auto value = [&](const char *name, qint64 fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int reps = int(value("--reps", quick ? 60 : 400));
    VerdictSimulation::Options options;
    options.prompts = value("--prompts", quick ? 1500 : 3000);
    options.seed = quint64(value("--seed", 12));
    QElapsedTimer timer;
    timer.start();

    VerdictSimulation sim;
    QString error;
    if (!sim.build(options, &error)) {
        out << "bench_verdicts: " << error << Qt::endl;
        return 2;
    }
    const qint64 buildMs = timer.elapsed();
    const VerdictSimulation::Candidate worse8 = sim.calibrate(QStringLiteral("8 % worse"), -8.0, true);
    const VerdictSimulation::Candidate worse6 = sim.calibrate(QStringLiteral("6 % worse"), -6.0, true);
    const VerdictSimulation::Candidate worse5 = sim.calibrate(QStringLiteral("5 % worse"), -5.0, false);
    const VerdictSimulation::Candidate worse1 = sim.calibrate(QStringLiteral("1 % worse"), -1.0, false);

    out << QString::asprintf("pool %lld prompts (seed %llu), baseline judge mean %.2f, full refusals %.2f %%; "
                             "answered and judged in %.1f s\n",
                             sim.poolSize(), options.seed, sim.baselineMeanQuality(), sim.refusalRatePercent(-1),
                             buildMs / 1000.0);
    out << "true quality delta of the candidate quality levels (baseline: the gpt-4o profile):\n ";
    for (int level = sim.lowestLevel(); level <= sim.baselineLevel(); ++level)
        out << QString::asprintf(" %d:%+.2f", level, sim.trueDeltaPercent(level));
    out << QString::asprintf("\ncandidate saving %.1f %% (priced as gpt-4o-mini), full refusals %.2f %%\n\n",
                             sim.savingPercent(sim.baselineLevel()), sim.refusalRatePercent(sim.baselineLevel()));

    const QList<VerdictSimulation::Candidate> candidates { worse8, worse6, worse5, worse1 };
    QList<VerdictSimulation::Scenario> results;
    for (const VerdictSimulation::Candidate &c : candidates)
        results.append(sim.run(c, reps, options.seed * 1000 + 1));
    const qint64 runMs = timer.elapsed() - buildMs;

    out << QString::asprintf("%-10s %-16s %8s %8s %8s %8s %8s %8s %10s\n", "candidate", "truth (level)", "accepted",
                             "failed", "cap 640", "median", "p90", "all med", "old rule20");
    for (const VerdictSimulation::Scenario &s : std::as_const(results)) {
        const VerdictSimulation::Candidate &c = s.candidate;
        const QString truth = QString::asprintf("%+.2f %% (%d+%lld)", c.trueDeltaPercent, c.level, c.upper);
        out << QString::asprintf("%-10s %-16s %8s %8s %8s %8d %8d %8d %10s\n", qPrintable(c.name), qPrintable(truth),
                                 qPrintable(percent(s.acceptRate)), qPrintable(percent(s.failRate)),
                                 qPrintable(percent(s.capRate)), s.medianPrompts, s.p90Prompts, s.medianPromptsAll,
                                 qPrintable(percent(s.oldRuleAcceptRate)));
    }
    out << QString::asprintf("\n%d repetitions per candidate; median and p90 prompts of the accepted ones, \"all med\" "
                             "of every repetition; level L+k = quality L, L+1 on k prompts. Runs %.1f s, "
                             "total %.1f s.\n",
                             reps, runMs / 1000.0, timer.elapsed() / 1000.0);

    const VerdictSimulation::Scenario &r8 = results.at(0), &r6 = results.at(1), &r1 = results.at(3);
    bool ok = true;
    const auto check = [&](bool holds, const QString &what) {
        out << (holds ? "PASS " : "FAIL ") << what << '\n';
        ok = ok && holds;
    };
    check(r8.candidate.trueDeltaPercent <= -8.0 && std::abs(r1.candidate.trueDeltaPercent + 1.0) < 0.25,
          QStringLiteral("calibrated truths: %1 % and %2 %")
              .arg(r8.candidate.trueDeltaPercent, 0, 'f', 2)
              .arg(r1.candidate.trueDeltaPercent, 0, 'f', 2));
    check(r8.acceptRate <= 0.05,
          QStringLiteral("8 % worse recommended in %1 of runs (≤ 5 %)").arg(percent(r8.acceptRate)));
    check(r1.acceptRate >= 0.80,
          QStringLiteral("1 % worse recommended in %1 of runs (≥ 80 %)").arg(percent(r1.acceptRate)));
    out << QStringLiteral("info: the old rule on %1 prompts accepts the 8 % worse candidate in %2 (new %3), the 6 % "
                          "worse in %4 (new %5), the 1 % worse in %6 (new %7)\n")
               .arg(VerdictSimulation::oldRulePrompts)
               .arg(percent(r8.oldRuleAcceptRate), percent(r8.acceptRate), percent(r6.oldRuleAcceptRate),
                    percent(r6.acceptRate), percent(r1.oldRuleAcceptRate), percent(r1.acceptRate));
    return ok ? 0 : 1;
}
