// SPDX-License-Identifier: MIT
#include "logsummary.h"

#include "costs/costreport.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

// Linear interpolation between closest ranks (the "R-7"/numpy default definition).
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const double pos = p * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qMin(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (pos - double(lo));
}

} // namespace

bool LogSummary::compute(const ProjectStore &store, const PriceCatalog &catalog, LogSummary *out, QString *error)
{
    CostReport costs;
    if (!CostReport::compute(store, catalog, CostReport::Grouping::Model, {}, &costs, error))
        return false;
    QHash<QString, CostRow> costOf;
    for (const CostRow &r : std::as_const(costs.rows))
        costOf[r.key].add(r);
    QSqlQuery q(StoreAccess::database(store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(model, ''), MAX(provider), COUNT(*), SUM(COALESCE(prompt_tokens, 0)), "
                               "SUM(COALESCE(completion_tokens, 0)), SUM(COALESCE(cost_usd, 0)), SUM(cost_estimated), "
                               "SUM(CASE WHEN is_success = 0 THEN 1 ELSE 0 END) FROM logs GROUP BY COALESCE(model, '') "
                               "ORDER BY COALESCE(model, '')"))) {
        *error = q.lastError().text();
        return false;
    }
    *out = LogSummary();
    QHash<QString, qsizetype> index;
    while (q.next()) {
        ModelUsage m;
        m.model = q.value(0).toString();
        m.provider = q.value(1).toString();
        m.requests = q.value(2).toLongLong();
        m.promptTokens = q.value(3).toLongLong();
        m.completionTokens = q.value(4).toLongLong();
        const CostRow cost = costOf.value(m.model);
        m.costUsd = cost.totalUsd();
        m.estimatedCosts = cost.estimatedRequests;
        m.unpricedRequests = cost.unpricedRequests;
        m.errors = q.value(7).toLongLong();
        out->totalRequests += m.requests;
        out->models.append(m);
    }
    std::stable_sort(out->models.begin(), out->models.end(),
                     [](const ModelUsage &a, const ModelUsage &b) { return a.costUsd > b.costUsd; });
    for (qsizetype i = 0; i < out->models.size(); ++i)
        index.insert(out->models.at(i).model, i);
    out->totalCostUsd = costs.total.totalUsd();
    out->unpricedRequests = costs.total.unpricedRequests;
    out->unpricedModels = costs.total.unpricedModels;
    out->costHeadline = costs.headline();
    QSqlQuery l(StoreAccess::database(store));
    l.setForwardOnly(true);
    if (!l.exec(QStringLiteral("SELECT COALESCE(model, ''), latency_ms FROM logs WHERE latency_ms IS NOT NULL "
                               "ORDER BY COALESCE(model, ''), latency_ms"))) {
        *error = l.lastError().text();
        return false;
    }
    QString current;
    QList<double> values;
    auto finish = [&]() {
        if (const auto it = index.constFind(current); it != index.constEnd() && !values.isEmpty()) {
            out->models[*it].latencyP50 = percentile(values, 0.50);
            out->models[*it].latencyP95 = percentile(values, 0.95);
        }
        values.clear();
    };
    while (l.next()) {
        const QString model = l.value(0).toString();
        if (model != current) {
            finish();
            current = model;
        }
        values.append(l.value(1).toDouble());
    }
    finish();
    QString importsError;
    out->unfinishedImports = ImportStore::unfinishedImports(store, &importsError);
    if (!importsError.isEmpty()) {
        *error = importsError;
        return false;
    }
    return true;
}

QJsonObject LogSummary::toJson() const
{
    QJsonArray arr;
    for (const auto &m : models)
        arr.append(QJsonObject { { QStringLiteral("model"), m.model },
                                 { QStringLiteral("provider"), m.provider },
                                 { QStringLiteral("requests"), m.requests },
                                 { QStringLiteral("prompt_tokens"), m.promptTokens },
                                 { QStringLiteral("completion_tokens"), m.completionTokens },
                                 { QStringLiteral("total_cost_usd"),
                                   m.unpricedRequests == m.requests ? QJsonValue() : QJsonValue(m.costUsd) },
                                 { QStringLiteral("estimated_costs"), m.estimatedCosts },
                                 { QStringLiteral("unpriced_requests"), m.unpricedRequests },
                                 { QStringLiteral("errors"), m.errors },
                                 { QStringLiteral("error_rate"), m.errorRate() },
                                 { QStringLiteral("latency_p50_ms"), m.latencyP50 },
                                 { QStringLiteral("latency_p95_ms"), m.latencyP95 } });
    QJsonArray unfinished;
    for (const ImportStore::Unfinished &u : unfinishedImports)
        unfinished.append(
            QJsonObject { { QStringLiteral("import_id"), u.id },
                          { QStringLiteral("files"), QJsonArray::fromStringList(u.report.files) },
                          { QStringLiteral("started_at"),
                            QDateTime::fromMSecsSinceEpoch(u.startedAtMs, Qt::UTC).toString(Qt::ISODateWithMs) },
                          { QStringLiteral("read"), u.report.read },
                          { QStringLiteral("imported"), u.report.imported },
                          { QStringLiteral("duplicates"), u.report.duplicates },
                          { QStringLiteral("skipped"), u.report.skipped } });
    return QJsonObject { { QStringLiteral("total_requests"), totalRequests },
                         { QStringLiteral("unfinished_imports"), unfinished },
                         { QStringLiteral("total_cost_usd"), totalCostUsd },
                         { QStringLiteral("unpriced_requests"), unpricedRequests },
                         { QStringLiteral("unpriced_models"), QJsonArray::fromStringList(unpricedModels) },
                         { QStringLiteral("cost_headline"), costHeadline },
                         { QStringLiteral("models"), arr } };
}

QString LogSummary::toText() const
{
    QString text = tr("%1 requests, total cost $%2\n").arg(totalRequests).arg(totalCostUsd, 0, 'f', 4);
    if (unpricedRequests > 0)
        text += tr("%n request(s) on unpriced models not included: %1\n", nullptr, int(unpricedRequests))
                    .arg(unpricedModels.join(QStringLiteral(", ")));
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                .arg(tr("model"), -28)
                .arg(tr("requests"), 9)
                .arg(tr("tokens in"), 11)
                .arg(tr("tokens out"), 11)
                .arg(tr("cost USD"), 11)
                .arg(tr("errors"), 7)
                .arg(tr("p50 ms"), 8)
                .arg(tr("p95 ms"), 8);
    for (const auto &m : models)
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(m.model.isEmpty() ? tr("(unknown)") : m.model, -28)
                    .arg(m.requests, 9)
                    .arg(m.promptTokens, 11)
                    .arg(m.completionTokens, 11)
                    .arg(m.requests > 0 && m.unpricedRequests == m.requests ? tr("unpriced")
                                                                            : QString::number(m.costUsd, 'f', 4),
                         11)
                    .arg(QString::number(m.errorRate() * 100.0, 'f', 1) + QLatin1Char('%'), 7)
                    .arg(m.latencyP50, 8, 'f', 0)
                    .arg(m.latencyP95, 8, 'f', 0);
    for (const ImportStore::Unfinished &u : unfinishedImports)
        text += unfinishedText(u) + QLatin1Char('\n');
    return text;
}

QString LogSummary::unfinishedText(const ImportStore::Unfinished &u)
{
    return tr("Import %1 of %2 (started %3) did not finish: %4 rows stored, %5 duplicates, %6 skipped. Import the same "
              "file again to add the rest; the stored rows count as duplicates.")
        .arg(u.id)
        .arg(u.report.files.join(QStringLiteral(", ")),
             QDateTime::fromMSecsSinceEpoch(u.startedAtMs).toString(Qt::ISODate))
        .arg(u.report.imported)
        .arg(u.report.duplicates)
        .arg(u.report.skipped);
}

} // namespace ShadowOptic
