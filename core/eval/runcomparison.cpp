// SPDX-License-Identifier: MIT
#include "runcomparison.h"

#include "evaluatorreport.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace ShadowOptic {

namespace {

QJsonValue number(double v, bool valid = true)
{
    return valid && std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject sideJson(const ModelAggregate &m)
{
    return QJsonObject {
        { QStringLiteral("n"), m.samples },
        { QStringLiteral("successes"), m.successes },
        { QStringLiteral("cost_per_request_usd"), number(m.costPerRequest, m.priced && m.successes > 0) },
        { QStringLiteral("judged"), m.judged },
        { QStringLiteral("quality"), number(m.quality.estimate) },
        { QStringLiteral("quality_ci_lower"), number(m.quality.lower) },
        { QStringLiteral("quality_ci_upper"), number(m.quality.upper) },
        { QStringLiteral("refusal_rate"), m.refusalRate() },
        { QStringLiteral("latency_mean_ms"), number(m.latencyMeanMs, m.successes > 0) },
    };
}

// "−1.2" with a real minus sign and an explicit plus, as differences read.
QString signedNumber(double v, int decimals)
{
    const QString digits = QLocale().toString(std::abs(v), 'f', decimals);
    if (digits == QLocale().toString(0.0, 'f', decimals))
        return digits;
    return QString((v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + digits);
}

} // namespace

double RunComparison::Row::costDeltaPercent() const
{
    return hasCost() ? 100.0 * (b.costPerRequest - a.costPerRequest) / a.costPerRequest : 0.0;
}

RunComparison RunComparison::compute(const RunSummary &a, const EvaluatorReport &reportA, const RunSummary &b,
                                     const EvaluatorReport &reportB)
{
    RunComparison c;
    c.a = a;
    c.b = b;
    QMap<QString, Row> rows;
    for (const ModelAggregate &m : reportA.models) {
        if (m.source != AnswerSource::Value::Replay)
            continue;
        Row &r = rows[m.model];
        r.model = m.model;
        r.inA = true;
        r.a = m;
    }
    for (const ModelAggregate &m : reportB.models) {
        if (m.source != AnswerSource::Value::Replay)
            continue;
        Row &r = rows[m.model];
        r.model = m.model;
        r.inB = true;
        r.b = m;
    }
    c.rows = rows.values();
    return c;
}

const RunComparison::Row *RunComparison::row(const QString &model) const
{
    for (const Row &r : rows)
        if (r.model == model)
            return &r;
    return nullptr;
}

QString RunComparison::sentence(const Row &r) const
{
    if (!r.inBoth())
        return r.inA ? tr("Only %1 replayed %2.").arg(a.displayName(), r.model)
                     : tr("Only %1 replayed %2.").arg(b.displayName(), r.model);
    const QLocale l;
    QString cost;
    if (!r.hasCost()) {
        cost = tr("%1 and %2 cannot be compared on cost for %3 (no priced answers in one of them)")
                   .arg(b.displayName(), a.displayName(), r.model);
    } else {
        const double p = r.costDeltaPercent();
        const QString percent = l.toString(std::abs(p), 'f', 0);
        if (percent == l.toString(0.0, 'f', 0))
            cost = tr("%1 costs the same per request as %2 on %3").arg(b.displayName(), a.displayName(), r.model);
        else if (p < 0)
            cost = tr("%1 is %2 % cheaper per request than %3 on %4")
                       .arg(b.displayName(), percent, a.displayName(), r.model);
        else
            cost = tr("%1 is %2 % more expensive per request than %3 on %4")
                       .arg(b.displayName(), percent, a.displayName(), r.model);
    }
    const QString quality = r.hasQuality() ? tr("quality %1 points").arg(signedNumber(r.qualityDelta(), 1))
                                           : tr("quality not judged in both runs");
    return tr("%1, %2.").arg(cost, quality);
}

QStringList RunComparison::sentences() const
{
    QStringList out;
    for (const Row &r : rows)
        if (r.inBoth())
            out.append(sentence(r));
    return out;
}

QJsonObject RunComparison::toJson() const
{
    QJsonArray models;
    for (const Row &r : rows) {
        QJsonObject o { { QStringLiteral("model"), r.model },
                        { QStringLiteral("in_a"), r.inA },
                        { QStringLiteral("in_b"), r.inB },
                        { QStringLiteral("a"), r.inA ? QJsonValue(sideJson(r.a)) : QJsonValue(QJsonValue::Null) },
                        { QStringLiteral("b"), r.inB ? QJsonValue(sideJson(r.b)) : QJsonValue(QJsonValue::Null) } };
        if (r.inBoth()) {
            o.insert(
                QStringLiteral("difference"),
                QJsonObject { { QStringLiteral("n"), r.b.samples - r.a.samples },
                              { QStringLiteral("cost_per_request_usd"), number(r.costDelta(), r.hasCost()) },
                              { QStringLiteral("cost_per_request_percent"), number(r.costDeltaPercent(), r.hasCost()) },
                              { QStringLiteral("quality"), number(r.qualityDelta(), r.hasQuality()) },
                              { QStringLiteral("refusal_rate_points"), r.refusalDeltaPoints() },
                              { QStringLiteral("latency_mean_ms"), number(r.latencyDeltaMs(), r.hasLatency()) } });
            o.insert(QStringLiteral("sentence"), sentence(r));
        } else {
            o.insert(QStringLiteral("difference"), QJsonValue(QJsonValue::Null));
        }
        models.append(o);
    }
    const auto runJson = [](const RunSummary &s) {
        return QJsonObject { { QStringLiteral("id"), s.id() },
                             { QStringLiteral("name"),
                               s.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.name) },
                             { QStringLiteral("display_name"), s.displayName() } };
    };
    return QJsonObject { { QStringLiteral("a"), runJson(a) },
                         { QStringLiteral("b"), runJson(b) },
                         { QStringLiteral("models"), models } };
}

} // namespace ShadowOptic
