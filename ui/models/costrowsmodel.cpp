// SPDX-License-Identifier: MIT
#include "costrowsmodel.h"

#include "costformat.h"

#include <QLocale>

#include <cmath>

namespace ShadowOptic {

CostRowsModel::CostRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostRowsModel::~CostRowsModel() = default;

void CostRowsModel::setReport(const CostReport &report)
{
    beginResetModel();
    m_grouping = report.grouping;
    m_repricing = !report.adjustment.isEmpty();
    m_rows = report.rows;
    if (!m_rows.isEmpty())
        m_rows.append(report.total);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
}

void CostRowsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_repricing = false;
    endResetModel();
}

const CostRow &CostRowsModel::costRow(int row) const
{
    return m_rows.at(row);
}

int CostRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QString CostRowsModel::keyText(const CostRow &row, bool total) const
{
    if (total)
        return tr("Total");
    if (!row.key.isEmpty())
        return row.key;
    switch (m_grouping) {
    case CostReport::Grouping::Model:
        return tr("(no model)");
    case CostReport::Grouping::Month:
        return tr("(no date)");
    case CostReport::Grouping::UseCase:
        return tr("(no use case)");
    }
    return {};
}

QVariant CostRowsModel::rawValue(const CostRow &r, int column) const
{
    switch (column) {
    case KeyColumn:
        return r.key;
    case ProviderColumn:
        return r.provider;
    case RequestsColumn:
        return r.requests;
    case TotalColumn:
        return r.totalUsd();
    case LoggedColumn:
        return r.loggedUsd;
    case ComputedColumn:
        return r.computedUsd;
    case DifferenceColumn:
        return r.differencePercent();
    case CacheColumn:
        return r.cacheUsd;
    case BatchColumn:
        return r.batchUsd;
    case ReasoningColumn:
        return r.reasoningUsd;
    case MissingPriceColumn:
        return r.missingPriceUsd;
    case UnpricedColumn:
        return r.unpricedRequests;
    case RepricedColumn:
        return r.repricedUsd;
    }
    return {};
}

QVariant CostRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CostRow &r = m_rows.at(index.row());
    const bool total = index.row() == totalRow();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = rawValue(r, column);
        switch (column) {
        case KeyColumn:
            return keyText(r, total);
        case ProviderColumn:
            return r.provider;
        case RequestsColumn:
        case UnpricedColumn:
            return QLocale().toString(v.toLongLong());
        case DifferenceColumn: {
            const double d = std::round(v.toDouble() * 10.0) / 10.0; // no "-0.0%"
            return std::isfinite(d) ? (d > 0 ? QStringLiteral("+") : QString()) + CostFormat::percent(d == 0 ? 0.0 : d)
                                    : QStringLiteral("–");
        }
        case RepricedColumn:
            return m_repricing ? CostFormat::money(v.toDouble()) : QString();
        default:
            return CostFormat::money(v.toDouble());
        }
    }
    case SortRole:
    case RawValueRole: {
        const QVariant v = rawValue(r, column);
        // NaN would make the order depend on where it started; rows without a value sort below the rest.
        if (role == SortRole && v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
            return -1e300;
        return v;
    }
    case Qt::TextAlignmentRole:
        return column == KeyColumn || column == ProviderColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return explanation(r);
    case IsTotalRole:
        return total;
    case FlaggedRole:
        return r.flagged();
    default:
        return {};
    }
}

QString CostRowsModel::explanation(const CostRow &r) const
{
    QStringList parts;
    const QString name = r.key.isEmpty() ? tr("This row") : r.key;
    if (r.reconciledRequests > 0) {
        parts.append(tr("%1: Portkey logged %2 for %n request(s) the catalog prices; the catalog computes %3 (%4).",
                        nullptr, int(r.reconciledRequests))
                         .arg(name, CostFormat::money(r.reconciledLoggedUsd), CostFormat::money(r.computedUsd),
                              CostFormat::percent(r.differencePercent())));
        QStringList why;
        if (std::abs(r.cacheUsd) >= 0.00005)
            why.append(r.cacheUsd < 0 ? tr("cache reads and writes saved %1 against list input prices")
                                            .arg(CostFormat::money(-r.cacheUsd))
                                      : tr("cache writes added %1").arg(CostFormat::money(r.cacheUsd)));
        if (std::abs(r.batchUsd) >= 0.00005)
            why.append(tr("batch prices changed it by %1").arg(CostFormat::signedMoney(r.batchUsd)));
        if (r.reasoningUsd >= 0.00005)
            why.append(
                tr("%1 of it pays for reasoning tokens, billed as output").arg(CostFormat::money(r.reasoningUsd)));
        if (!why.isEmpty())
            parts.append(tr("Within the computed cost: %1.").arg(why.join(QStringLiteral("; "))));
        if (std::abs(r.residualUsd) >= 0.00005)
            parts.append(tr("The remaining %1 between the bill and the catalog comes from price changes over time or "
                            "billing the catalog does not know.")
                             .arg(CostFormat::signedMoney(r.residualUsd)));
    }
    if (r.missingPriceUsd > 0)
        parts.append(tr("%1 was logged for models the catalog has no price for, so it cannot be checked.")
                         .arg(CostFormat::money(r.missingPriceUsd)));
    if (r.estimatedRequests > 0)
        parts.append(tr("%n request(s) had no logged cost and were priced from the catalog (%1).", nullptr,
                        int(r.estimatedRequests))
                         .arg(CostFormat::money(r.estimatedUsd)));
    if (r.unpricedRequests > 0)
        parts.append(
            tr("%n request(s) could not be priced at all and are not in the total.", nullptr, int(r.unpricedRequests)));
    if (r.flagged())
        parts.append(tr("Flagged: the logged and the computed cost are more than 5% apart, or logged costs cannot be "
                        "checked."));
    return parts.join(QLatin1Char('\n'));
}

QVariant CostRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TotalColumn:
            return tr("Logged costs plus the catalog's price of requests without a logged cost. Unpriced requests "
                      "are not included.");
        case LoggedColumn:
            return tr("What Portkey logged (the bill).");
        case ComputedColumn:
            return tr("Portkey's cost formula with the catalog's prices, for the logged requests the catalog prices.");
        case DifferenceColumn:
            return tr("(logged − computed) ÷ computed for the requests the catalog prices; more than 5% is flagged.");
        case CacheColumn:
            return tr("Part of the computed cost due to cache read and write prices (negative: saved).");
        case BatchColumn:
            return tr("Part of the computed cost due to batch prices.");
        case ReasoningColumn:
            return tr("Part of the computed cost paid for reasoning tokens (billed as output).");
        case MissingPriceColumn:
            return tr("Logged cost of requests the catalog has no price for.");
        case UnpricedColumn:
            return tr("Requests with neither a logged cost nor a catalog price: counted, never summed as $0.");
        case RepricedColumn:
            return tr("The same requests under the discounts and price file you set.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return m_grouping == CostReport::Grouping::Model ? tr("Model")
            : m_grouping == CostReport::Grouping::Month  ? tr("Month")
                                                         : tr("Use case");
    case ProviderColumn:
        return tr("Provider");
    case RequestsColumn:
        return tr("Requests");
    case TotalColumn:
        return tr("Total");
    case LoggedColumn:
        return tr("Logged");
    case ComputedColumn:
        return tr("Computed");
    case DifferenceColumn:
        return tr("Difference");
    case CacheColumn:
        return tr("Cache");
    case BatchColumn:
        return tr("Batch");
    case ReasoningColumn:
        return tr("Reasoning");
    case MissingPriceColumn:
        return tr("Missing price");
    case UnpricedColumn:
        return tr("Unpriced requests");
    case RepricedColumn:
        return tr("Re-priced");
    }
    return {};
}

} // namespace ShadowOptic
