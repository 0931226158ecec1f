// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "reportchartobject.h"
#include "reportchartpainter.h"
#include "reportmoney.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace ShadowOptic {

namespace {

constexpr int Dpi = 300;
constexpr int MaxAuditRows = 40;
constexpr int MaxClusters = 8;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString percent(double v, int decimals = 1)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return QLocale().toString(v, 'f', decimals) + QStringLiteral(" %");
}

QString signedPercent(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return (v > 0       ? QStringLiteral("+")
                : v < 0 ? QStringLiteral("−")
                        : QString())
        + QLocale().toString(std::abs(v), 'f', 1) + QStringLiteral(" %");
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QString day(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat) : QString();
}

/** A table: headers, rows of cells (already escaped HTML), and which columns hold numbers. */
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric = {},
              int firstColumnPercent = 0)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                               "style=\"border-collapse: collapse; border-color: #c9d1da;\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        h += QStringLiteral("<th bgcolor=\"#e8edf3\" align=\"%1\"%2>%3</th>")
                 .arg(numeric.contains(int(i)) ? QStringLiteral("right") : QStringLiteral("left"),
                      i == 0 && firstColumnPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(firstColumnPercent)
                                                       : QString(),
                      esc(headers.at(i)));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            h += QStringLiteral("<td align=\"%1\">%2</td>")
                     .arg(numeric.contains(int(i)) ? QStringLiteral("right") : QStringLiteral("left"), row.at(i));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString heading(const QString &text, bool newPage = true)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), esc(text));
}

QString paragraph(const QString &text, bool muted = false)
{
    return muted ? QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text))
                 : QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString chartMarker(int index)
{
    return QStringLiteral("<p>@@chart%1@@</p>").arg(index);
}

QString verdictColour(NonInferiorityVerdict v)
{
    return v == NonInferiorityVerdict::Pass ? QStringLiteral("#2e7d32")
        : v == NonInferiorityVerdict::Fail  ? QStringLiteral("#c62828")
                                            : QStringLiteral("#b26a00");
}

QString catalogText(const ReportData &d)
{
    const qint64 version = d.stamp.evidence.values.value(QLatin1String("catalogVersion")).toInteger();
    return version > 0 ? ReportWriter::tr("project's catalog, version %1").arg(version)
                       : ReportWriter::tr("bundled catalog (Portkey's public model data)");
}

struct Builder
{
    const ReportData &d;
    QString html;
    QList<std::pair<ReportChartObject::Paint, double>> charts;

    void chart(ReportChartObject::Paint paint, double ratio)
    {
        html += chartMarker(int(charts.size()));
        charts.append({ std::move(paint), ratio });
    }

    void titlePage();
    void costAndQuality();
    void candidates();
    void refusals();
    void costs();
    void rollout();
    void method();
};

void Builder::titlePage()
{
    const Recommendation &r = d.recommendation;
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(ReportWriter::tr("SHADOW OPTIC · DECISION REPORT")));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(QFileInfo(d.projectPath).completeBaseName()));
    html += paragraph(
        ReportWriter::tr("Created %1 · evidence %2").arg(when(d.stamp.createdAtMs), d.stamp.fingerprint()), true);

    QString colour = QStringLiteral("#eef2f6"), headline, detail;
    if (!d.hasRecommendation) {
        headline = ReportWriter::tr("No recommendation has been made for this project yet.");
        detail = ReportWriter::tr("Verify candidates in the Recommendation panel (or `shadow-optic recommend`), then "
                                  "export the report again.");
    } else if (r.status == Recommendation::Status::Recommended && r.recommended) {
        const RecommendationCandidate &c = *r.recommended;
        colour = QStringLiteral("#e8f5e9");
        headline = Recommendation::displaySentence(r.currentModel, c.model, c.savingPercent(), -c.qualityDeltaPercent);
        detail = r.routing;
        if (r.fallback)
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" "))
                + ReportWriter::tr("Fallback: %1.").arg(r.fallback->model);
    } else if (r.status == Recommendation::Status::NotDecisive) {
        colour = QStringLiteral("#fff4e5");
        headline = ReportWriter::tr("No decisive answer yet.");
        detail = r.reason;
    } else {
        colour = QStringLiteral("#fdecea");
        headline = ReportWriter::tr("No recommendation: no candidate passed.");
        detail = r.reason;
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"0\"><tr><td "
                           "bgcolor=\"%1\"><p class=\"verdict\">%2</p>%3</td></tr></table>")
                .arg(colour, esc(headline), detail.isEmpty() ? QString() : paragraph(detail));

    if (d.hasRecommendation && r.status == Recommendation::Status::Recommended) {
        const BusinessImpact &b = r.businessImpact;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Business impact")));
        html += table({ ReportWriter::tr("Current monthly cost"), ReportWriter::tr("Projected monthly cost"),
                        ReportWriter::tr("Monthly savings"), ReportWriter::tr("Annual savings") },
                      { { ReportMoney::text(b.currentMonthlyCost), ReportMoney::text(b.projectedMonthlyCost),
                          ReportMoney::text(b.monthlySavings),
                          QStringLiteral("<b>%1</b>").arg(ReportMoney::text(b.annualSavings)) } },
                      { 0, 1, 2, 3 });
        html += paragraph(ReportWriter::tr("Volume %1; %2 a request on %3.")
                              .arg(b.volumeText(), ReportMoney::text(b.currentCostPerRequest), r.currentModel),
                          true);
    }
    if (d.hasRecommendation && !r.reasons.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(ReportWriter::tr("Why")));
        for (const QString &reason : r.reasons)
            html += QStringLiteral("<li>%1</li>").arg(esc(reason));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("At a glance")));
    QList<QStringList> rows;
    rows.append({ esc(ReportWriter::tr("Data period")),
                  d.logCount > 0 ? esc(ReportWriter::tr("%1 – %2").arg(day(d.periodFromMs), day(d.periodToMs)))
                                 : esc(ReportWriter::tr("no logs imported")) });
    rows.append({ esc(ReportWriter::tr("Logged requests")), number(d.logCount) });
    const QString current = d.hasRecommendation ? r.currentModel : d.evaluation.currentModel;
    if (!current.isEmpty())
        rows.append({ esc(ReportWriter::tr("Current model")), esc(current) });
    QStringList runs;
    for (qint64 id : d.evaluation.runIds)
        runs.append(QLatin1Char('#') + QString::number(id));
    rows.append({ esc(ReportWriter::tr("Replay runs in the evidence")),
                  runs.isEmpty() ? esc(ReportWriter::tr("none")) : esc(runs.join(QStringLiteral(", "))) });
    if (d.hasRecommendation)
        rows.append({ esc(ReportWriter::tr("Prompts verified")),
                      esc(ReportWriter::tr("%1 in %n round(s)", nullptr, r.iterations).arg(number(r.sampleSize))) });
    if (!d.judgeModel.isEmpty())
        rows.append({ esc(ReportWriter::tr("Judge model")), esc(d.judgeModel) });
    if (!d.target.isEmpty())
        rows.append({ esc(ReportWriter::tr("Gateway target")), esc(d.target) });
    rows.append({ esc(ReportWriter::tr("Price catalog")), esc(catalogText(d)) });
    rows.append({ esc(ReportWriter::tr("Evidence fingerprint")), esc(d.stamp.fingerprint()) });
    html += table({ ReportWriter::tr("Item"), ReportWriter::tr("Value") }, rows, {}, 30);
}

void Builder::costAndQuality()
{
    html += heading(ReportWriter::tr("Cost and quality"));
    if (!d.evaluationError.isEmpty())
        html += paragraph(d.evaluationError);
    if (d.evaluation.models.isEmpty()) {
        html += paragraph(ReportWriter::tr("No replay run has been evaluated yet."));
        return;
    }
    const EvaluatorReport report = d.evaluation;
    chart([report](QPainter *p, const QRectF &r) { ReportChartPainter::tradeoff(p, r, report); }, 0.58);
    html += paragraph(ReportWriter::tr("Each point is a model: its cost per request (tokens × catalog price) against "
                                       "its mean judge quality with the 95 % bootstrap interval. The dashed line is "
                                       "the cost/quality Pareto frontier; hollow points are the logged answers."),
                      true);
    QList<QStringList> rows;
    for (const ModelAggregate &m : report.models) {
        const QString quality = m.quality.isValid()
            ? QStringLiteral("%1 (%2–%3)")
                  .arg(QLocale().toString(m.quality.estimate, 'f', 1), QLocale().toString(m.quality.lower, 'f', 1),
                       QLocale().toString(m.quality.upper, 'f', 1))
            : ReportWriter::tr("not judged");
        const QString cost = m.priced ? ReportMoney::text(m.costPerRequest) : ReportWriter::tr("unpriced");
        rows.append({ m.isCurrent ? QStringLiteral("<b>%1</b>").arg(esc(m.label())) : esc(m.label()), number(m.samples),
                      percent(100.0 * m.successRate()), esc(quality), esc(cost), percent(100.0 * m.refusalRate()),
                      QLocale().toString(m.latencyP95Ms, 'f', 0) + QStringLiteral(" ms"),
                      m.onParetoFrontier ? ReportWriter::tr("yes") : QString() });
    }
    html += table({ ReportWriter::tr("Model"), ReportWriter::tr("Answers"), ReportWriter::tr("Success"),
                    ReportWriter::tr("Quality (95 % CI)"), ReportWriter::tr("Cost / request"),
                    ReportWriter::tr("Refusals"), ReportWriter::tr("p95 latency"), ReportWriter::tr("Pareto") },
                  rows, { 1, 2, 3, 4, 5, 6 }, 26);
}

void Builder::candidates()
{
    html += heading(ReportWriter::tr("Candidates against the margin"), false);
    if (!d.hasRecommendation) {
        html += paragraph(ReportWriter::tr("No candidate has been verified: no recommendation was made yet."));
        return;
    }
    const Recommendation r = d.recommendation;
    const int plotted = int(ReportChartPainter::plottedCandidates(r).size());
    if (plotted > 0)
        chart([r](QPainter *p, const QRectF &rect) { ReportChartPainter::intervals(p, rect, r); },
              std::min(0.6, 0.14 + 0.06 * plotted));
    html += paragraph(
        ReportWriter::tr("A candidate passes when the lower end of its quality interval stays above the margin "
                         "(−%1 % of %2's score), its refusal and error rates rise by less than %3 and %4 points, and "
                         "its saving is at least %5 %. The intervals hold at every look, so verifying in rounds does "
                         "not inflate the error.")
            .arg(QLocale().toString(r.thresholds.maxQualityDropPercent, 'f', 1), r.currentModel,
                 QLocale().toString(r.thresholds.maxRefusalIncreasePoints, 'f', 1),
                 QLocale().toString(r.thresholds.maxErrorIncreasePoints, 'f', 1),
                 QLocale().toString(r.thresholds.minSavingPercent, 'f', 0)),
        true);
    QList<QStringList> rows;
    for (const RecommendationCandidate &c : r.candidates) {
        if (c.stage != RecommendationCandidate::Stage::Verified)
            continue;
        const GateEvidence &q = c.evidence.quality;
        const QString interval = q.interval.isValid()
            ? QStringLiteral("%1 (%2 … %3)")
                  .arg(signedPercent(q.interval.estimate), signedPercent(q.interval.lower),
                       signedPercent(q.interval.upper))
            : QStringLiteral("–");
        const GateEvidence &refusal = c.evidence.refusal;
        rows.append(
            { esc(c.model),
              QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                  .arg(verdictColour(c.verdict), esc(Recommendation::verdictText(c.verdict))),
              percent(c.savingPercent()), esc(interval), number(c.evidence.pairs),
              refusal.interval.isValid() ? esc(
                  signedPercent(refusal.interval.estimate).replace(QStringLiteral(" %"), ReportWriter::tr(" pts")))
                                         : QStringLiteral("–"),
              esc(c.whyNot.value(0)) });
    }
    if (rows.isEmpty()) {
        html += paragraph(r.reason.isEmpty() ? ReportWriter::tr("No candidate reached verification.") : r.reason);
        return;
    }
    html += table({ ReportWriter::tr("Candidate"), ReportWriter::tr("Verdict"), ReportWriter::tr("Saving"),
                    ReportWriter::tr("Quality difference (interval)"), ReportWriter::tr("Pairs"),
                    ReportWriter::tr("Refusal change"), ReportWriter::tr("Why not") },
                  rows, { 2, 4, 5 }, 22);
}

void Builder::refusals()
{
    html += heading(ReportWriter::tr("Refusals"));
    const RefusalReport &f = d.refusals;
    if (!d.refusalsError.isEmpty()) {
        html += paragraph(d.refusalsError);
        return;
    }
    if (f.isEmpty()) {
        html += paragraph(ReportWriter::tr("No replayed answers to analyse yet."));
        return;
    }
    QList<QStringList> rows;
    for (const RefusalModelStats &m : f.models)
        rows.append({ esc(m.logged ? ReportWriter::tr("%1 (as logged)").arg(m.model) : m.model), number(m.answers),
                      number(m.full), percent(100.0 * m.fullRate()), percent(100.0 * m.partialRate()) });
    html += table({ ReportWriter::tr("Model"), ReportWriter::tr("Answers"), ReportWriter::tr("Refused"),
                    ReportWriter::tr("Refusal rate"), ReportWriter::tr("Partial refusals") },
                  rows, { 1, 2, 3, 4 }, 34);

    if (!f.deltas.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Refusal change on the same prompts")));
        QList<QStringList> deltas;
        for (const RefusalDelta &delta : f.deltas)
            deltas.append(
                { esc(ReportWriter::tr("%1 vs %2").arg(delta.candidate, delta.baseline)), number(delta.pairs),
                  number(qint64(delta.newlyRefused.size())), number(qint64(delta.newlyAnswered.size())),
                  esc(signedPercent(delta.deltaPoints()).replace(QStringLiteral(" %"), ReportWriter::tr(" pts"))),
                  QLocale().toString(delta.test.pValue, 'g', 3) });
        html += table({ ReportWriter::tr("Candidate"), ReportWriter::tr("Pairs"), ReportWriter::tr("Newly refused"),
                        ReportWriter::tr("Newly answered"), ReportWriter::tr("Change"), ReportWriter::tr("McNemar p") },
                      deltas, { 1, 2, 3, 4, 5 });
    }
    const QList<RefusalCluster> &clusters = f.clustering.clusters;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Clusters of refused prompts")));
    if (clusters.isEmpty()) {
        html += paragraph(
            ReportWriter::tr("%n refusal(s), too few or too different to cluster.", nullptr, int(f.refusals.size())));
        return;
    }
    QList<QStringList> rows2;
    for (qsizetype i = 0; i < clusters.size() && i < MaxClusters; ++i) {
        const RefusalCluster &c = clusters.at(i);
        QString example;
        if (!c.representatives.isEmpty() && c.representatives.first() < f.refusals.size())
            example = f.refusals.at(c.representatives.first()).prompt.simplified();
        if (example.size() > 160)
            example = example.left(157) + QStringLiteral("…");
        rows2.append({ number(c.id), number(qint64(c.members.size())), esc(c.models.join(QStringLiteral(", "))),
                       esc(c.topTerms.mid(0, 5).join(QStringLiteral(", "))), esc(example) });
    }
    html += table({ ReportWriter::tr("#"), ReportWriter::tr("Size"), ReportWriter::tr("Models"),
                    ReportWriter::tr("Top terms"), ReportWriter::tr("Example prompt") },
                  rows2, { 0, 1 });
    if (clusters.size() > MaxClusters)
        html += paragraph(
            ReportWriter::tr("%n smaller cluster(s) not shown.", nullptr, int(clusters.size() - MaxClusters)), true);
}

void Builder::costs()
{
    html += heading(ReportWriter::tr("Costs"));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("The logged bill against the catalog")));
    if (!d.costsError.isEmpty()) {
        html += paragraph(d.costsError);
    } else {
        html += paragraph(d.costs.headline());
        QList<QStringList> rows;
        for (const CostRow &c : d.costs.rows) {
            rows.append({ esc(c.label()), number(c.requests),
                          c.loggedRequests ? ReportMoney::text(c.loggedUsd) : QString(),
                          c.reconciledRequests ? ReportMoney::text(c.computedUsd) : QString(),
                          c.reconciledRequests ? esc(signedPercent(c.differencePercent())) : QString(),
                          c.unpricedRequests ? number(c.unpricedRequests) : QString(),
                          c.flagged() ? QStringLiteral("<b>%1</b>").arg(esc(ReportWriter::tr("check"))) : QString() });
        }
        html += table({ ReportWriter::tr("Model"), ReportWriter::tr("Requests"), ReportWriter::tr("Logged"),
                        ReportWriter::tr("Catalog"), ReportWriter::tr("Difference"), ReportWriter::tr("Unpriced"),
                        ReportWriter::tr("Flag") },
                      rows, { 1, 2, 3, 4, 5 }, 36);
        html += paragraph(ReportWriter::tr("Catalog: Portkey's formula at the catalog's prices on the logged tokens "
                                           "(cache reads and writes, reasoning, batch). Rows more than 5 % apart "
                                           "are flagged; unpriced requests are counted, never summed as $0."),
                          true);
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Cost forecast")));
    if (!d.forecastError.isEmpty()) {
        html += paragraph(d.forecastError);
        return;
    }
    const ForecastReport &f = d.forecast;
    if (f.regressor.maeUsd >= 0)
        html += paragraph(ReportWriter::tr("Output lengths learned from %1 logged requests and %2 replayed answers: "
                                           "cross-validated error %3 per request (naive 1.5 × input: %4).")
                              .arg(number(f.logRows), number(f.replayRows), ReportMoney::text(f.regressor.maeUsd),
                                   ReportMoney::text(f.regressor.naiveMaeUsd)));
    QList<QStringList> rows;
    for (const ForecastModelCost &c : f.costs)
        rows.append({ esc(c.model), number(c.prompts),
                      c.priced ? ReportMoney::text(c.expectedUsd) : esc(ReportWriter::tr("unpriced")),
                      c.priced ? ReportMoney::text(c.p90Usd) : esc(ReportWriter::tr("unpriced")),
                      c.priced ? ReportMoney::text(c.expectedPerPromptUsd) : esc(ReportWriter::tr("unpriced")) });
    if (!rows.isEmpty())
        html += table({ ReportWriter::tr("Model"), ReportWriter::tr("Prompts"), ReportWriter::tr("Expected"),
                        ReportWriter::tr("P90"), ReportWriter::tr("Per prompt") },
                      rows, { 1, 2, 3, 4 }, 34);
    const ForecastAccuracy &a = f.accuracy;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Forecast accuracy")));
    if (a.runId == 0 || a.answers == 0) {
        html += paragraph(ReportWriter::tr("No finished replay run to compare the forecast with yet."));
        return;
    }
    html += paragraph(ReportWriter::tr("Run #%1: predicted %2, actual %3 over %4 answers; mean absolute error %5 "
                                       "per answer (naive: %6), median error %7.")
                          .arg(a.runId)
                          .arg(ReportMoney::text(a.predictedUsd), ReportMoney::text(a.actualUsd), number(a.answers),
                               ReportMoney::text(a.maeUsd), ReportMoney::text(a.naiveMaeUsd),
                               percent(a.medianAbsPercent)));
    chart([a](QPainter *p, const QRectF &r) { ReportChartPainter::accuracy(p, r, a); }, 0.62);
}

void Builder::rollout()
{
    html += heading(ReportWriter::tr("Rollout"));
    if (!d.rolloutError.isEmpty()) {
        html += paragraph(d.rolloutError);
        return;
    }
    if (!d.hasRollout) {
        html += paragraph(ReportWriter::tr("No staged rollout has been started."));
        return;
    }
    const RolloutExperiment &e = d.rollout.experiment;
    const RolloutCheck &c = d.rollout.check;
    html += table({ ReportWriter::tr("Item"), ReportWriter::tr("Value") },
                  { { esc(ReportWriter::tr("Experiment")), esc(e.name) },
                    { esc(ReportWriter::tr("Production → challenger")),
                      esc(QStringLiteral("%1 → %2").arg(e.productionModel, e.challengerModel)) },
                    { esc(ReportWriter::tr("Stage")),
                      esc(e.killed ? ReportWriter::tr("%1 (kill switch pulled)").arg(e.stage().displayName())
                                   : e.stage().displayName()) },
                    { esc(ReportWriter::tr("Started")), esc(when(e.createdAtMs)) },
                    { esc(ReportWriter::tr("Mode")),
                      esc(e.automatic ? ReportWriter::tr("automatic") : ReportWriter::tr("manual")) } });
    if (!c.summary.isEmpty())
        html += paragraph(c.summary);
    QList<QStringList> gates;
    for (const RolloutCheckItem &item : c.items) {
        const QString state = item.state == RolloutCheckItem::State::Pass ? ReportWriter::tr("pass")
            : item.state == RolloutCheckItem::State::Fail
            ? (item.hard ? ReportWriter::tr("fail (hard)") : ReportWriter::tr("fail"))
            : ReportWriter::tr("waiting");
        gates.append({ esc(item.label), esc(item.valueText), esc(item.thresholdText), esc(state) });
    }
    if (!gates.isEmpty())
        html += table({ ReportWriter::tr("Condition"), ReportWriter::tr("Value"), ReportWriter::tr("Threshold"),
                        ReportWriter::tr("State") },
                      gates);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("Audit history")));
    QList<RolloutEvent> events = d.rollout.events;
    std::sort(events.begin(), events.end(), [](const RolloutEvent &a, const RolloutEvent &b) {
        return a.atMs != b.atMs ? a.atMs > b.atMs : a.id > b.id;
    });
    QList<QStringList> rows;
    for (qsizetype i = 0; i < events.size() && i < MaxAuditRows; ++i) {
        const RolloutEvent &ev = events.at(i);
        rows.append(
            { esc(when(ev.atMs)), esc(ev.actor), esc(RolloutEvent::actionName(ev.action)),
              esc(ev.fromStage == ev.toStage ? ev.toStage : QStringLiteral("%1 → %2").arg(ev.fromStage, ev.toStage)),
              esc(ev.reason) });
    }
    html += table({ ReportWriter::tr("Time"), ReportWriter::tr("Actor"), ReportWriter::tr("Action"),
                    ReportWriter::tr("Stage"), ReportWriter::tr("Reason") },
                  rows, {}, 20);
    if (events.size() > MaxAuditRows)
        html += paragraph(ReportWriter::tr("%n earlier event(s) not shown (`shadow-optic rollout status` lists them).",
                                           nullptr, int(events.size() - MaxAuditRows)),
                          true);
}

void Builder::method()
{
    html += heading(ReportWriter::tr("Method"), false);
    const Recommendation &r = d.recommendation;
    QList<QStringList> rows;
    if (d.hasRecommendation) {
        rows.append({ esc(ReportWriter::tr("Sample")),
                      esc(ReportWriter::tr("%1 logged prompts replayed in %n verification round(s); %2 stored replays "
                                           "reused, %3 new; verification cost %4",
                                           nullptr, r.iterations)
                              .arg(number(r.sampleSize), number(r.reusedReplays), number(r.newReplays),
                                   ReportMoney::text(r.verificationCostUsd))) });
        rows.append({ esc(ReportWriter::tr("Judge")),
                      esc(ReportWriter::tr("%1, rubric %2").arg(r.judgeModel, r.rubricVersion)) });
    } else if (!d.evaluation.judgeModel.isEmpty()) {
        rows.append(
            { esc(ReportWriter::tr("Judge")),
              esc(ReportWriter::tr("%1, rubric %2").arg(d.evaluation.judgeModel, d.evaluation.rubricVersion)) });
    }
    rows.append({ esc(ReportWriter::tr("Statistics")),
                  esc(ReportWriter::tr(
                      "Each candidate is compared with the current model on the same prompts (paired differences). "
                      "Quality is non-inferior when the lower bound of an anytime-valid 95 % confidence sequence of "
                      "the difference is above the margin; prompts of one user or session count as one cluster. "
                      "Per-model quality intervals are 95 % bootstrap intervals; refusal changes use McNemar's "
                      "test.")) });
    rows.append({ esc(ReportWriter::tr("Data period")),
                  d.logCount > 0 ? esc(ReportWriter::tr("%1 – %2 (%3 logged requests)")
                                           .arg(day(d.periodFromMs), day(d.periodToMs), number(d.logCount)))
                                 : esc(ReportWriter::tr("no logs imported")) });
    if (!d.target.isEmpty())
        rows.append({ esc(ReportWriter::tr("Target")), esc(d.target) });
    rows.append({ esc(ReportWriter::tr("Costs")),
                  esc(ReportWriter::tr("Tokens × prices of the %1; unpriced models are reported as unpriced, never "
                                       "as $0.")
                          .arg(catalogText(d))) });
    rows.append({ esc(ReportWriter::tr("Evidence")),
                  esc(ReportWriter::tr("Fingerprint %1 over the project's logs, replay runs, judge grades, catalog "
                                       "version, rubric, profile, recommendation and rollout audit log. `shadow-optic "
                                       "report --check` on this file says whether any of it has changed since.")
                          .arg(d.stamp.fingerprint())) });
    html += table({ ReportWriter::tr("Item"), ReportWriter::tr("Value") }, rows, {}, 30);
}

} // namespace

void ReportWriter::build(const ReportData &data, QTextDocument *doc, ReportChartObject *charts)
{
    Builder b { data, {}, {} };
    b.titlePage();
    b.costAndQuality();
    b.candidates();
    b.refusals();
    b.costs();
    b.rollout();
    b.method();

    doc->documentLayout()->registerHandler(ReportChartObject::Type, charts);
    doc->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 22pt; color: #1b2a3a; margin-bottom: 4px; } "
                       "h2 { font-size: 15pt; color: #1b2a3a; margin-top: 14px; margin-bottom: 6px; } "
                       "h3 { font-size: 11pt; color: #1b2a3a; margin-top: 12px; margin-bottom: 4px; } "
                       "p { margin-top: 3px; margin-bottom: 5px; } th { font-weight: bold; } "
                       ".muted { color: #5b6673; font-size: 8pt; } .verdict { font-size: 15pt; font-weight: bold; }"));
    doc->setHtml(QStringLiteral("<html><body>") + b.html + QStringLiteral("</body></html>"));
    for (qsizetype i = 0; i < b.charts.size(); ++i) {
        QTextCursor c = doc->find(QStringLiteral("@@chart%1@@").arg(i));
        if (c.isNull())
            continue;
        c.removeSelectedText();
        charts->insert(&c, b.charts.at(i).first, b.charts.at(i).second);
    }
}

bool ReportWriter::write(const ReportData &data, const QString &path, int *pages, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(data.stamp.title);
    writer.setCreator(QStringLiteral("Shadow Optic"));
    writer.setDocumentXmpMetadata(data.stamp.toXmp());

    QTextDocument doc;
    ReportChartObject charts;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base = doc.defaultFont();
    base.setPointSizeF(9.0);
    // No ligatures: the PDF's text must read back as typed ("ff" in a fingerprint came out as one character "ﬀ").
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    const double footer = 10.0 / 25.4 * Dpi;
    const QSizeF body(writer.width(), writer.height() - footer);
    // The page size comes after the content: set before it, Qt 6.4 left the blocks after a table that spans two
    // pages without lines, and their text missing from the PDF. idealWidth() finishes the layout, which otherwise
    // goes on lazily on a timer this loop never runs.
    build(data, &doc, &charts);
    doc.setPageSize(body);
    doc.idealWidth();
    const int count = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot start the PDF %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFont small = base;
    small.setPointSizeF(7.5);
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, QColor(0x22, 0x2b, 0x36));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(QPen(QColor(0xc9, 0xd1, 0xda), 1.5));
        const double y = body.height() + footer * 0.35;
        painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
        painter.setFont(small);
        painter.setPen(QColor(0x5b, 0x66, 0x73));
        const QRectF line(0, y + footer * 0.1, body.width(), footer * 0.5);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Shadow Optic decision report · %1 · evidence %2")
                             .arg(data.stamp.projectName, data.stamp.fingerprint()));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(count));
    }
    if (!painter.end()) {
        *error = tr("Cannot finish the PDF %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}

} // namespace ShadowOptic
