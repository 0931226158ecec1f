// SPDX-License-Identifier: MIT
#include "forecastcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "exitcode.h"
#include "session/costforecastjob.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace ShadowOptic {

namespace {

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', v != 0 && std::abs(v) < 0.1 ? 5 : 2);
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

int ForecastCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Predicts what replaying a sample costs on each model before anything is sent (prompt tokens counted with "
           "each model's tokenizer, answer lengths from a regressor learned on the logs), chooses the most "
           "informative sample a budget buys, and screens the imported period on each model. Reads the project "
           "only."));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p,
                     { QStringLiteral("models"),
                       tr("Comma-separated models (default: the current model and the first band's candidates)."),
                       tr("list") });
    CliIo::addOption(p,
                     { QStringLiteral("budget"),
                       tr("Replay budget in USD for the sampler, on every model together (0: no budget)."), tr("usd"),
                       QStringLiteral("0") });
    CliIo::addOption(p,
                     { QStringLiteral("sample"),
                       tr("Prompts in the sample without a budget; with one, the most it may choose (default: 100 "
                          "without a budget, no cap with one)."),
                       tr("n") });
    CliIo::addOption(p,
                     { QStringLiteral("p90"), tr("Price the sample at P90 (safety) instead of the expected cost.") });
    CliIo::addOption(
        p, { QStringLiteral("seed"), tr("Sampling seed (the replay's --seed)."), tr("n"), QStringLiteral("1") });
    CliIo::addOption(p,
                     { QStringLiteral("run"),
                       tr("Compare predicted with actual costs of this replay run "
                          "(default: the newest)."),
                       tr("id") });
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty() || !p.positionalArguments().isEmpty()) {
        CliIo::err(tr("usage: shadow-optic forecast --project P [--models a,b] [--budget USD] [--sample N] [--p90] "
                      "[--json]"));
        return ExitUsage;
    }
    CostForecastJob::Request request;
    bool ok = false;
    request.budgetUsd = p.value(QStringLiteral("budget")).toDouble(&ok);
    if (!ok || request.budgetUsd < 0 || !std::isfinite(request.budgetUsd)) {
        CliIo::err(tr("--budget must be an amount in USD, 0 or more."));
        return ExitUsage;
    }
    request.sampleSize = request.budgetUsd > 0 ? 0 : 100;
    if (p.isSet(QStringLiteral("sample"))) {
        request.sampleSize = p.value(QStringLiteral("sample")).toInt(&ok);
        if (!ok || request.sampleSize < 0) {
            CliIo::err(tr("--sample must be a number of prompts, 0 or more."));
            return ExitUsage;
        }
    }
    request.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        CliIo::err(tr("--seed must be a whole number."));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("run"))) {
        request.runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || request.runId <= 0) {
            CliIo::err(tr("--run must be a replay run id."));
            return ExitUsage;
        }
    }
    request.p90 = p.isSet(QStringLiteral("p90"));
    for (const QString &m : p.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.models.append(m.trimmed());
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    CostForecastJob job(&session);
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The forecast was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const ForecastReport &r = job.result();
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    QStringList lines;
    const RegressorQuality &q = r.regressor;
    lines << tr("Learned from %1 logged requests and %2 replayed answers.").arg(r.logRows).arg(r.replayRows);
    if (q.maeUsd >= 0)
        lines << tr("Answer-length model: %1, %2-fold cross-validated on %3 priced requests: mean absolute error "
                    "%4 per request (naive 1.5 × input: %5; mean cost %6).")
                     .arg(q.method)
                     .arg(q.folds)
                     .arg(q.rows)
                     .arg(usd(q.maeUsd), usd(q.naiveMaeUsd), usd(q.meanCostUsd));
    else
        lines << tr("Answer-length model: too few priced logged requests to cross-validate.");
    lines << QString() << tr("Prompt tokens");
    for (const TokenizerCalibration &c : r.calibration) {
        QString how = c.exact ? tr("%1 (its own encoding)").arg(c.encoding) : tr("%1 (borrowed)").arg(c.encoding);
        if (c.rows > 0) {
            how += tr(": %1 × BPE + %2 × characters, median error %3% on %4 logged prompts")
                       .arg(c.ratio, 0, 'f', 3)
                       .arg(c.perChar, 0, 'f', 3)
                       .arg(c.errorPercent, 0, 'f', 1)
                       .arg(c.rows);
            if (!c.source.isEmpty())
                how += tr(" of %1").arg(c.source);
        } else if (!c.exact) {
            how += tr(": no logged prompts to calibrate on, counted as cl100k_base");
        }
        lines << tr("  %1: %2").arg(c.model, how);
    }
    const ForecastSample &s = r.sample;
    lines << QString()
          << (s.budgetUsd > 0 ? tr("Sample: %1 of %2 replayable prompts for %3 of a %4 budget (%5% used%6)")
                                    .arg(s.prompts)
                                    .arg(s.available)
                                    .arg(usd(s.predictedUsd), usd(s.budgetUsd))
                                    .arg(100.0 * s.utilization, 0, 'f', 1)
                                    .arg(s.p90 ? tr(", priced at P90") : QString())
                              : tr("Sample: %1 of %2 replayable prompts").arg(s.prompts).arg(s.available))
          << QStringLiteral("  ") + s.reason;
    for (const ForecastStratum &st : s.strata)
        lines << tr("  %1 · %2%3: %4 of %5 chosen, %6")
                     .arg(st.useCase.isEmpty() ? tr("(no use case)") : st.useCase, st.lengthBand,
                          st.cluster.isEmpty() ? QString() : QStringLiteral(" · ") + st.cluster)
                     .arg(st.chosen)
                     .arg(st.available)
                     .arg(usd(st.costUsd));
    lines << QString() << tr("Predicted replay cost of the sample");
    for (const ForecastModelCost &c : r.costs)
        lines << (c.priced ? tr("  %1: %2 expected, %3 at P90 (%4 per prompt; %5 in + %6 out tokens)")
                                 .arg(c.model, usd(c.expectedUsd), usd(c.p90Usd), usd(c.expectedPerPromptUsd))
                                 .arg(c.expectedInputTokens, 0, 'f', 0)
                                 .arg(c.expectedOutputTokens, 0, 'f', 0)
                           : tr("  %1: unpriced (not in the catalog)").arg(c.model));
    lines << QString() << tr("What-if: the imported period on each model");
    for (const WhatIf &w : r.whatIf) {
        if (!w.priced) {
            lines << tr("  %1: unpriced").arg(w.model);
            continue;
        }
        lines << tr("  %1: %2 (95% interval %3 – %4) instead of %5 for %6 requests, %7 – %8")
                     .arg(w.model, usd(w.estimateUsd), usd(w.lowUsd), usd(w.highUsd), usd(w.actualUsd))
                     .arg(w.requests)
                     .arg(day(w.periodStart), day(w.periodEnd));
        if (w.unpricedRequests > 0)
            lines << tr("    %1 requests with an unknown logged cost are left out.").arg(w.unpricedRequests);
    }
    const ForecastAccuracy &a = r.accuracy;
    if (a.runId > 0 && a.answers > 0)
        lines << QString()
              << tr("Run %1: predicted %2, actual %3 over %4 answers; mean absolute error %5 per answer (naive %6), "
                    "median %7%")
                     .arg(a.runId)
                     .arg(usd(a.predictedUsd), usd(a.actualUsd))
                     .arg(a.answers)
                     .arg(usd(a.maeUsd), usd(a.naiveMaeUsd))
                     .arg(a.medianAbsPercent, 0, 'f', 1);
    CliIo::out(lines.join(QLatin1Char('\n')));
    return ExitSuccess;
}

} // namespace ShadowOptic
