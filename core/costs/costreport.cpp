// SPDX-License-Identifier: MIT
#include "costreport.h"

#include "catalog/pricecatalog.h"
#include "domain/tokenusage.h"
#include "util/enumtext.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace ShadowOptic {

namespace {

TokenUsage usageOf(const CostLedgerStore::Tokens &t, bool batch)
{
    return { .input = t.input,
             .cacheRead = t.cacheRead,
             .cacheWrite = t.cacheWrite,
             .output = t.output,
             .reasoning = t.reasoning,
             .batch = batch };
}

constexpr int NameWidth = 40;

// Long provider/model labels are cut at the end, so the columns stay aligned.
QString fit(const QString &label)
{
    return label.size() > NameWidth ? label.left(NameWidth - 1) + QChar(0x2026) : label;
}

QString money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("–");
    const QString digits = QLocale().toString(std::abs(usd), 'f', usd != 0 && std::abs(usd) < 1 ? 4 : 2);
    return (usd < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + digits;
}

} // namespace

bool CostReport::groupingFromName(const QString &name, Grouping *out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("model"))
        *out = Grouping::Model;
    else if (n == QLatin1String("month"))
        *out = Grouping::Month;
    else if (n == QLatin1String("use_case") || n == QLatin1String("use-case"))
        *out = Grouping::UseCase;
    else
        return false;
    return true;
}

bool CostReport::compute(const ProjectStore &store, const PriceCatalog &catalog, Grouping grouping,
                         const PriceAdjustment &adjustment, CostReport *out, QString *error)
{
    QList<CostLedgerStore::Group> groups;
    if (!CostLedgerStore(store).groups(&groups, error))
        return false;
    *out = fromGroups(groups, catalog, grouping, adjustment);
    return true;
}

CostReport CostReport::fromGroups(const QList<CostLedgerStore::Group> &groups, const PriceCatalog &catalog,
                                  Grouping grouping, const PriceAdjustment &adjustment)
{
    CostReport report;
    report.grouping = grouping;
    report.adjustment = adjustment.describe();
    const PriceCatalog &alternative = adjustment.prices ? *adjustment.prices : catalog;
    QHash<QString, ModelResolution> resolved, repriced;
    QHash<QString, qsizetype> resolutionIndex;
    QHash<QString, qsizetype> rowIndex;
    for (const CostLedgerStore::Group &g : groups) {
        const QString modelKey = g.provider + QLatin1Char('\n') + g.model;
        auto it = resolved.find(modelKey);
        if (it == resolved.end())
            it = resolved.insert(modelKey, catalog.resolve(g.provider, g.model));
        const ModelResolution &r = *it;
        if (!resolutionIndex.contains(modelKey)) {
            Resolution res;
            res.provider = g.provider;
            res.model = g.model;
            res.rule = r.rule;
            res.priced = r.isPriced();
            if (r.model) {
                res.resolvedProvider = r.model->provider;
                res.resolvedModel = r.model->modelId;
            }
            res.explanation = r.explanation();
            resolutionIndex.insert(modelKey, report.resolutions.size());
            report.resolutions.append(res);
        }
        report.resolutions[resolutionIndex.value(modelKey)].requests += g.requests;

        CostRow c;
        c.requests = g.requests;
        c.loggedRequests = g.loggedRequests;
        c.loggedUsd = g.loggedCostUsd;
        const TokenUsage logged = usageOf(g.loggedTokens, g.batch);
        const TokenUsage unlogged = usageOf(g.unloggedTokens, g.batch);
        c.inputTokens = logged.input + unlogged.input;
        c.cacheReadTokens = logged.cacheRead + unlogged.cacheRead;
        c.cacheWriteTokens = logged.cacheWrite + unlogged.cacheWrite;
        c.outputTokens = logged.output + unlogged.output;
        c.reasoningTokens = logged.reasoning + unlogged.reasoning;
        c.unpricedRequests = g.withoutTokens;
        if (r.isPriced()) {
            const ModelInfo &m = *r.model;
            TokenUsage payg = logged;
            payg.batch = false;
            const double naive = (double(logged.input) * m.inputPer1k + double(logged.output) * m.outputPer1k) / 1000.0;
            const double withCache = m.costUsd(payg);
            c.computedUsd = m.costUsd(logged);
            c.naiveUsd = naive;
            c.cacheUsd = withCache - naive;
            c.batchUsd = c.computedUsd - withCache;
            c.reasoningUsd = double(logged.reasoning) * m.outputRate(g.batch) / 1000.0;
            c.reconciledRequests = g.loggedRequests;
            c.reconciledLoggedUsd = g.loggedCostUsd;
            c.residualUsd = g.loggedCostUsd - c.computedUsd;
            c.estimatedRequests = g.unloggedRequests;
            c.estimatedUsd = m.costUsd(unlogged);
            c.listUsd = c.computedUsd + c.estimatedUsd;
        } else {
            c.missingPriceUsd = g.loggedCostUsd;
            c.unpricedRequests += g.unloggedRequests;
            if (c.unpricedRequests > 0)
                c.unpricedModels.append(g.model.isEmpty() ? tr("(no model)") : g.model);
        }
        if (!adjustment.isEmpty()) {
            auto alt = repriced.find(modelKey);
            if (alt == repriced.end())
                alt = repriced.insert(modelKey, alternative.resolve(g.provider, g.model));
            if (alt->isPriced()) {
                TokenUsage all = logged;
                all.input += unlogged.input;
                all.cacheRead += unlogged.cacheRead;
                all.cacheWrite += unlogged.cacheWrite;
                all.output += unlogged.output;
                all.reasoning += unlogged.reasoning;
                c.repricedUsd = alt->model->costUsd(all) * adjustment.factor(alt->model->provider);
            } else {
                c.repricedUsd = c.listUsd; // nothing in the other price list: unchanged
            }
        }

        switch (grouping) {
        case Grouping::Model:
            c.key = g.model;
            c.provider = g.provider;
            break;
        case Grouping::Month:
            c.key = g.month;
            break;
        case Grouping::UseCase:
            c.key = g.useCase;
            break;
        }
        const QString rowKey = c.provider + QLatin1Char('\n') + c.key;
        if (const auto row = rowIndex.constFind(rowKey); row != rowIndex.constEnd()) {
            report.rows[*row].add(c);
        } else {
            rowIndex.insert(rowKey, report.rows.size());
            report.rows.append(c);
        }
        report.total.add(c);
    }
    report.total.key = tr("Total");
    if (grouping == Grouping::Month) {
        std::sort(report.rows.begin(), report.rows.end(),
                  [](const CostRow &a, const CostRow &b) { return a.key < b.key; });
    } else {
        std::sort(report.rows.begin(), report.rows.end(), [](const CostRow &a, const CostRow &b) {
            return a.totalUsd() != b.totalUsd() ? a.totalUsd() > b.totalUsd() : a.key < b.key;
        });
    }
    std::sort(report.resolutions.begin(), report.resolutions.end(), [](const Resolution &a, const Resolution &b) {
        return a.requests != b.requests ? a.requests > b.requests : a.model < b.model;
    });
    return report;
}

QList<CostRow> CostReport::flaggedRows() const
{
    QList<CostRow> out;
    for (const CostRow &r : rows)
        if (r.flagged())
            out.append(r);
    return out;
}

QString CostReport::headline() const
{
    const QLocale locale;
    QString text = tr("%1 across %n priced request(s)", nullptr, int(total.requests - total.unpricedRequests))
                       .arg(money(total.totalUsd()));
    if (total.unpricedRequests > 0)
        text += QStringLiteral("; ")
            + tr("%n request(s) on %1 unpriced model(s) not included", nullptr, int(total.unpricedRequests))
                  .arg(total.unpricedModels.size());
    return text + QLatin1Char('.');
}

QJsonObject CostReport::toJson() const
{
    QJsonArray rowArray, flagged, res;
    for (const CostRow &r : rows) {
        rowArray.append(r.toJson());
        if (r.flagged())
            flagged.append(r.key);
    }
    for (const Resolution &r : resolutions)
        res.append(QJsonObject { { QStringLiteral("provider"), r.provider },
                                 { QStringLiteral("model"), r.model },
                                 { QStringLiteral("requests"), r.requests },
                                 { QStringLiteral("rule"), EnumText::name(r.rule) },
                                 { QStringLiteral("priced"), r.priced },
                                 { QStringLiteral("resolved_provider"), r.resolvedProvider },
                                 { QStringLiteral("resolved_model"), r.resolvedModel },
                                 { QStringLiteral("explanation"), r.explanation } });
    QJsonObject o {
        { QStringLiteral("grouping"),
          grouping == Grouping::UseCase ? QStringLiteral("use_case") : EnumText::name(grouping) },
        { QStringLiteral("total_requests"), total.requests },
        { QStringLiteral("total_cost_usd"), total.totalUsd() },
        { QStringLiteral("unpriced_requests"), total.unpricedRequests },
        { QStringLiteral("unpriced_models"), QJsonArray::fromStringList(total.unpricedModels) },
        { QStringLiteral("headline"), headline() },
        { QStringLiteral("rows"), rowArray },
        { QStringLiteral("total"), total.toJson() },
        { QStringLiteral("flagged"), flagged },
        { QStringLiteral("resolutions"), res },
    };
    if (!adjustment.isEmpty())
        o.insert(QStringLiteral("adjustment"), adjustment);
    return o;
}

QString CostReport::toText() const
{
    const QLocale locale;
    auto pct = [&locale](double v) -> QString {
        return std::isfinite(v) ? locale.toString(v, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
    };
    QString text = headline() + QLatin1Char('\n');
    const bool repricing = !adjustment.isEmpty();
    if (repricing)
        text += tr("Re-priced with %1: %2 instead of %3 at list price (%4).\n")
                    .arg(adjustment, money(total.repricedUsd), money(total.listUsd),
                         money(total.repricedUsd - total.listUsd));
    QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                         .arg(grouping == Grouping::Model       ? tr("model")
                                  : grouping == Grouping::Month ? tr("month")
                                                                : tr("use case"),
                              -NameWidth)
                         .arg(tr("requests"), 9)
                         .arg(tr("total"), 12)
                         .arg(tr("logged"), 12)
                         .arg(tr("computed"), 12)
                         .arg(tr("diff"), 7)
                         .arg(tr("cache"), 10)
                         .arg(tr("batch"), 10)
                         .arg(tr("unpriced"), 9);
    if (repricing)
        header += QStringLiteral(" %1").arg(tr("re-priced"), 12);
    text += header + QLatin1Char('\n');
    auto line = [&](const CostRow &r) -> QString {
        QString l = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(fit((r.key.isEmpty() ? tr("(none)") : r.label())
                                 + (r.flagged() ? QStringLiteral(" *") : QString())),
                             -NameWidth)
                        .arg(r.requests, 9)
                        .arg(r.isPriced() ? money(r.totalUsd()) : tr("unpriced"), 12)
                        .arg(money(r.reconciledLoggedUsd), 12)
                        .arg(money(r.computedUsd), 12)
                        .arg(pct(r.differencePercent()), 7)
                        .arg(money(r.cacheUsd), 10)
                        .arg(money(r.batchUsd), 10)
                        .arg(r.unpricedRequests, 9);
        if (repricing)
            l += QStringLiteral(" %1").arg(money(r.repricedUsd), 12);
        return l + QLatin1Char('\n');
    };
    for (const CostRow &r : rows)
        text += line(r);
    text += line(total);
    const QList<CostRow> off = flaggedRows();
    if (!off.isEmpty())
        text += tr("* %n row(s) more than 5% apart from the catalog, or with logged costs it cannot price.\n", nullptr,
                   int(off.size()));
    for (const Resolution &r : resolutions)
        if (!r.priced || r.rule != ModelResolution::Rule::Exact)
            text += tr("%n log(s) of '%1': %2\n", nullptr, int(r.requests)).arg(r.model, r.explanation);
    return text;
}

} // namespace ShadowOptic
