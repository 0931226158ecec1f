// SPDX-License-Identifier: MIT
#include "runcomparisonmodel.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

QString signedText(double v, int decimals, const QString &unit)
{
    const QLocale l;
    const QString n = l.toString(std::abs(v), 'f', decimals);
    if (n == l.toString(0.0, 'f', decimals))
        return QString(n + unit);
    return QString((v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + n + unit);
}

// Below these a difference reads as none: half the shown precision.
constexpr double CostEpsilonPercent = 0.5;
constexpr double QualityEpsilon = 0.05;
constexpr double RefusalEpsilonPoints = 0.05;
constexpr double LatencyEpsilonMs = 0.5;

} // namespace

RunComparisonModel::RunComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunComparisonModel::~RunComparisonModel() = default;

void RunComparisonModel::setComparison(const RunComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

void RunComparisonModel::clear()
{
    setComparison(RunComparison());
}

int RunComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int RunComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

int RunComparisonModel::direction(const RunComparison::Row &r, int column)
{
    const auto sign = [](double better, double epsilon) { return better > epsilon ? 1 : better < -epsilon ? -1 : 0; };
    switch (column) {
    case CostDeltaColumn:
        return r.hasCost() ? sign(-r.costDeltaPercent(), CostEpsilonPercent) : 0;
    case QualityDeltaColumn:
        return r.hasQuality() ? sign(r.qualityDelta(), QualityEpsilon) : 0;
    case RefusalDeltaColumn:
        return r.inBoth() ? sign(-r.refusalDeltaPoints(), RefusalEpsilonPoints) : 0;
    case LatencyDeltaColumn:
        return r.hasLatency() ? sign(-r.latencyDeltaMs(), LatencyEpsilonMs) : 0;
    default:
        return 0;
    }
}

QVariant RunComparisonModel::value(const RunComparison::Row &r, int column, bool raw) const
{
    const QLocale l;
    const QString none = QStringLiteral("–");
    const auto cost = [&](bool in, const ModelAggregate &m) -> QVariant {
        if (!in || !m.priced || m.successes == 0)
            return raw ? QVariant() : QVariant(in ? tr("unpriced") : none);
        return raw ? QVariant(m.costPerRequest)
                   : QVariant(QString(QStringLiteral("$") + l.toString(m.costPerRequest, 'f', 6)));
    };
    const auto quality = [&](bool in, const ModelAggregate &m) -> QVariant {
        if (!in || !m.quality.isValid())
            return raw ? QVariant() : QVariant(in ? tr("not judged") : none);
        return raw ? QVariant(m.quality.estimate)
                   : QVariant(tr("%1 [%2, %3]")
                                  .arg(l.toString(m.quality.estimate, 'f', 1), l.toString(m.quality.lower, 'f', 1),
                                       l.toString(m.quality.upper, 'f', 1)));
    };
    const auto refusal = [&](bool in, const ModelAggregate &m) -> QVariant {
        if (!in)
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(m.refusalRate()) : QVariant(tr("%1 %").arg(l.toString(100.0 * m.refusalRate(), 'f', 1)));
    };
    const auto latency = [&](bool in, const ModelAggregate &m) -> QVariant {
        if (!in || m.successes == 0)
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(m.latencyMeanMs) : QVariant(tr("%1 ms").arg(l.toString(m.latencyMeanMs, 'f', 0)));
    };
    const auto requests = [&](bool in, const ModelAggregate &m) -> QVariant {
        if (!in)
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(m.samples) : QVariant(l.toString(m.samples));
    };
    switch (column) {
    case ModelColumn:
        if (raw || r.inBoth())
            return r.model;
        return r.inA ? tr("%1 (only in %2)").arg(r.model, m_comparison.a.displayName())
                     : tr("%1 (only in %2)").arg(r.model, m_comparison.b.displayName());
    case RequestsAColumn:
        return requests(r.inA, r.a);
    case RequestsBColumn:
        return requests(r.inB, r.b);
    case CostAColumn:
        return cost(r.inA, r.a);
    case CostBColumn:
        return cost(r.inB, r.b);
    case CostDeltaColumn:
        if (!r.hasCost())
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(r.costDeltaPercent()) : QVariant(signedText(r.costDeltaPercent(), 1, tr(" %")));
    case QualityAColumn:
        return quality(r.inA, r.a);
    case QualityBColumn:
        return quality(r.inB, r.b);
    case QualityDeltaColumn:
        if (!r.hasQuality())
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(r.qualityDelta()) : QVariant(signedText(r.qualityDelta(), 1, QString()));
    case RefusalAColumn:
        return refusal(r.inA, r.a);
    case RefusalBColumn:
        return refusal(r.inB, r.b);
    case RefusalDeltaColumn:
        if (!r.inBoth())
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(r.refusalDeltaPoints()) : QVariant(signedText(r.refusalDeltaPoints(), 1, tr(" pts")));
    case LatencyAColumn:
        return latency(r.inA, r.a);
    case LatencyBColumn:
        return latency(r.inB, r.b);
    case LatencyDeltaColumn:
        if (!r.hasLatency())
            return raw ? QVariant() : QVariant(none);
        return raw ? QVariant(r.latencyDeltaMs()) : QVariant(signedText(r.latencyDeltaMs(), 0, tr(" ms")));
    }
    return {};
}

QVariant RunComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunComparison::Row &r = m_comparison.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return value(r, column, false);
    case SortRole:
        return value(r, column, true);
    case DirectionRole:
        return direction(r, column);
    case Qt::TextAlignmentRole:
        return column == ModelColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (column == ModelColumn)
            return r.inBoth() ? QVariant() : QVariant(QColor(Qt::gray));
        const int d = direction(r, column);
        if (d == 0)
            return {};
        return d > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc0, 0x39, 0x2b);
    }
    case Qt::ToolTipRole:
        return r.inBoth() ? m_comparison.sentence(r) : QVariant();
    default:
        return {};
    }
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString a = m_comparison.a.id() > 0 ? m_comparison.a.displayName() : tr("A");
    const QString b = m_comparison.b.id() > 0 ? m_comparison.b.displayName() : tr("B");
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CostAColumn:
        case CostBColumn:
            return tr("Mean cost of a successful request at catalog prices.");
        case CostDeltaColumn:
            return tr("Cost per request of B against A, in percent (green: B is cheaper).");
        case QualityAColumn:
        case QualityBColumn:
            return tr("Mean judged quality with its 95% bootstrap confidence interval.");
        case QualityDeltaColumn:
            return tr("Quality of B minus A, in points (green: B is better).");
        case RefusalDeltaColumn:
            return tr("Full-refusal rate of B minus A, in percentage points (green: B refuses less).");
        case LatencyDeltaColumn:
            return tr("Mean latency of B minus A (green: B is faster).");
        default:
            return {};
        }
    }
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case RequestsAColumn:
        return tr("n %1").arg(a);
    case RequestsBColumn:
        return tr("n %1").arg(b);
    case CostAColumn:
        return tr("$/request %1").arg(a);
    case CostBColumn:
        return tr("$/request %1").arg(b);
    case CostDeltaColumn:
        return tr("Δ cost");
    case QualityAColumn:
        return tr("Quality %1").arg(a);
    case QualityBColumn:
        return tr("Quality %1").arg(b);
    case QualityDeltaColumn:
        return tr("Δ quality");
    case RefusalAColumn:
        return tr("Refusals %1").arg(a);
    case RefusalBColumn:
        return tr("Refusals %1").arg(b);
    case RefusalDeltaColumn:
        return tr("Δ refusals");
    case LatencyAColumn:
        return tr("Latency %1").arg(a);
    case LatencyBColumn:
        return tr("Latency %1").arg(b);
    case LatencyDeltaColumn:
        return tr("Δ latency");
    }
    return {};
}

} // namespace ShadowOptic
