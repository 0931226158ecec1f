// SPDX-License-Identifier: MIT
#include "aggregatesmodel.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u'%';
}

QString money(double usd)
{
    return u'$' + QLocale().toString(usd, 'f', usd != 0.0 && std::abs(usd) < 0.01 ? 6 : 4);
}

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

AggregatesModel::AggregatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AggregatesModel::~AggregatesModel() = default;

void AggregatesModel::setReport(const EvaluatorReport &report)
{
    beginResetModel();
    m_rows = report.models;
    m_comparisons.clear();
    for (const ModelAggregate &a : std::as_const(m_rows)) {
        const ModelAggregateComparison *c
            = a.source == AnswerSource::Value::Replay ? report.comparison(a.model) : nullptr;
        m_comparisons.append(c ? *c : ModelAggregateComparison {});
    }
    endResetModel();
}

void AggregatesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_comparisons.clear();
    endResetModel();
}

int AggregatesModel::rowOf(const QString &model, std::optional<AnswerSource::Value> source) const
{
    int fallback = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ModelAggregate &a = m_rows.at(i);
        if (a.label() == model)
            return i;
        if (a.model != model)
            continue;
        if (a.source == source.value_or(AnswerSource::Value::Replay))
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return source ? -1 : fallback;
}

int AggregatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AggregatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant AggregatesModel::rawValue(int row, int column) const
{
    const ModelAggregate &a = m_rows.at(row);
    const ModelAggregateComparison &c = m_comparisons.at(row);
    switch (Columns(column)) {
    case ModelColumn:
        return a.label();
    case SamplesColumn:
        return a.samples;
    case SuccessColumn:
        return a.successRate();
    case ErrorColumn:
        return a.errorRate();
    case RefusalColumn:
        return a.refusalRate();
    case PartialRefusalColumn:
        return a.partialRefusalRate();
    case FormatFailureColumn:
        return a.formatFailureRate();
    case QualityColumn:
        return a.quality.estimate;
    case QualityCiColumn:
        return a.quality.upper - a.quality.lower;
    case QualityDeltaColumn:
        return c.model.isEmpty() ? std::nan("") : c.qualityDeltaPercent;
    case CostPerRequestColumn:
        return a.costPerRequest;
    case CostPer1kColumn:
        return a.costPer1kRequests();
    case CostSavingColumn:
        return c.model.isEmpty() ? std::nan("") : c.costSavingPercent;
    case LatencyP50Column:
        return a.latencyP50Ms;
    case LatencyP95Column:
        return a.latencyP95Ms;
    case LatencyP99Column:
        return a.latencyP99Ms;
    case CacheHitsColumn:
        return a.cacheHits;
    case ParetoColumn:
        return a.onParetoFrontier;
    case NumColumns:
        break;
    }
    return {};
}

QVariant AggregatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ModelAggregate &a = m_rows.at(row);
    switch (role) {
    case SortRole:
    case RawValueRole:
        return rawValue(row, index.column());
    case ModelRole:
        return a.model;
    case SourceRole:
        return AnswerSource::name(a.source);
    case IsCurrentRole:
        return a.isCurrent;
    case Qt::FontRole:
        if (a.isCurrent || a.source == AnswerSource::Value::Baseline) {
            QFont f;
            f.setBold(a.isCurrent);
            f.setItalic(!a.isCurrent); // the logged answers: a reference, not a replayed model
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ModelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn && a.isCurrent)
            return tr("The current model, replayed on the same prompts: the paired baseline of every comparison.");
        if (index.column() == ModelColumn && a.source == AnswerSource::Value::Baseline)
            return tr("The answers as logged in production, judged by the same judge: a reference only, never the "
                      "baseline of a comparison.");
        if (index.column() == QualityDeltaColumn && !m_comparisons.at(row).model.isEmpty()) {
            const ModelAggregateComparison &c = m_comparisons.at(row);
            return tr("Paired on %1 prompts vs %2: %3 points, 95% CI [%4, %5]; McNemar p (refusal) %6, "
                      "p (success) %7")
                .arg(c.qualityPairs)
                .arg(c.baseline, number(c.qualityDelta.estimate, 1), number(c.qualityDelta.lower, 1),
                     number(c.qualityDelta.upper, 1), number(c.refusal.pValue, 3), number(c.success.pValue, 3));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const ModelAggregateComparison &c = m_comparisons.at(row);
    switch (Columns(index.column())) {
    case ModelColumn:
        return a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label();
    case SamplesColumn:
        return QLocale().toString(a.samples);
    case SuccessColumn:
        return percent(a.successRate());
    case ErrorColumn:
        return percent(a.errorRate());
    case RefusalColumn:
        return percent(a.refusalRate());
    case PartialRefusalColumn:
        return percent(a.partialRefusalRate());
    case FormatFailureColumn:
        return percent(a.formatFailureRate());
    case QualityColumn:
        return number(a.quality.estimate, 1);
    case QualityCiColumn:
        return a.quality.isValid()
            ? QStringLiteral("[%1, %2]").arg(number(a.quality.lower, 1), number(a.quality.upper, 1))
            : QStringLiteral("–");
    case QualityDeltaColumn:
        return c.model.isEmpty() || !std::isfinite(c.qualityDeltaPercent)
            ? QStringLiteral("–")
            : QLocale().toString(c.qualityDeltaPercent, 'f', 1) + u'%';
    case CostPerRequestColumn:
        return a.priced ? money(a.costPerRequest) : tr("unpriced");
    case CostPer1kColumn:
        return a.priced ? money(a.costPer1kRequests()) : tr("unpriced");
    case CostSavingColumn:
        return c.model.isEmpty() || !std::isfinite(c.costSavingPercent)
            ? QStringLiteral("–")
            : QLocale().toString(c.costSavingPercent, 'f', 1) + u'%';
    case LatencyP50Column:
        return tr("%1 ms").arg(QLocale().toString(a.latencyP50Ms, 'f', 0));
    case LatencyP95Column:
        return tr("%1 ms").arg(QLocale().toString(a.latencyP95Ms, 'f', 0));
    case LatencyP99Column:
        return tr("%1 ms").arg(QLocale().toString(a.latencyP99Ms, 'f', 0));
    case CacheHitsColumn:
        return QLocale().toString(a.cacheHits);
    case ParetoColumn:
        return a.onParetoFrontier ? tr("yes") : QString();
    case NumColumns:
        break;
    }
    return {};
}

QVariant AggregatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= NumColumns)
        return {};
    switch (Columns(section)) {
    case ModelColumn:
        return tr("Model");
    case SamplesColumn:
        return tr("Samples");
    case SuccessColumn:
        return tr("Success");
    case ErrorColumn:
        return tr("Errors");
    case RefusalColumn:
        return tr("Refusals");
    case PartialRefusalColumn:
        return tr("Partial");
    case FormatFailureColumn:
        return tr("Judge failed");
    case QualityColumn:
        return tr("Quality");
    case QualityCiColumn:
        return tr("95% CI");
    case QualityDeltaColumn:
        return tr("Δ quality");
    case CostPerRequestColumn:
        return tr("Cost/request");
    case CostPer1kColumn:
        return tr("Cost/1K");
    case CostSavingColumn:
        return tr("Saving");
    case LatencyP50Column:
        return tr("p50");
    case LatencyP95Column:
        return tr("p95");
    case LatencyP99Column:
        return tr("p99");
    case CacheHitsColumn:
        return tr("Cache hits");
    case ParetoColumn:
        return tr("Pareto");
    case NumColumns:
        break;
    }
    return {};
}

} // namespace ShadowOptic
