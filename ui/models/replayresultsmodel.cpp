// SPDX-License-Identifier: MIT
#include "replayresultsmodel.h"

#include <QLocale>

namespace ShadowOptic {

ReplayResultsModel::ReplayResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReplayResultsModel::~ReplayResultsModel() = default;

void ReplayResultsModel::append(const ReplayResult &result)
{
    ReplayResult r = result;
    // The raw bodies are in the store; a long run must not keep them all in memory.
    r.requestJson.clear();
    r.responseJson.clear();
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(std::move(r));
    endInsertRows();
    trim();
}

void ReplayResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

void ReplayResultsModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trim();
}

void ReplayResultsModel::trim()
{
    if (m_rows.size() <= m_maxRows)
        return;
    // Drop a tenth at once so a full table does not shift on every new result.
    const int excess = int(m_rows.size()) - m_maxRows;
    const int n = qMin(int(m_rows.size()), qMax(excess, m_maxRows / 10));
    beginRemoveRows({}, 0, n - 1);
    m_rows.remove(0, n);
    m_dropped += n;
    endRemoveRows();
}

int ReplayResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReplayResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant ReplayResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplayResult &r = m_rows.at(index.row());
    if (role == LogIdRole)
        return r.logId;
    if (role == ModelRole)
        return r.model;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case StatusColumn:
        case LatencyColumn:
        case CostColumn:
        case TokensColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !r.error.isEmpty())
        return r.error;
    if (role == SortRole) {
        switch (index.column()) {
        case LogIdColumn:
            return r.logId;
        case ModelColumn:
            return r.model;
        case StatusColumn:
            return r.statusCode;
        case LatencyColumn:
            return r.latencyMs;
        case CostColumn:
            return r.costUsd;
        case TokensColumn:
            return r.promptTokens + r.completionTokens;
        case RefusalColumn:
            return r.refusalKind;
        case CacheColumn:
            return r.cacheHit;
        case ErrorColumn:
            return r.error;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case LogIdColumn:
        return r.logId;
    case ModelColumn:
        return r.model;
    case StatusColumn:
        if (r.statusCode == 0)
            return tr("no response");
        if (r.statusCode == 446)
            return tr("446 denied");
        return r.ok ? QString::number(r.statusCode) : tr("%1 failed").arg(r.statusCode);
    case LatencyColumn:
        return tr("%1 ms").arg(locale.toString(r.latencyMs));
    case CostColumn:
        return r.cacheHit ? tr("cached")
            : r.priced    ? QStringLiteral("$") + QString::number(r.costUsd, 'f', 6)
            : r.ok        ? tr("unpriced")
                          : QString();
    case TokensColumn:
        return QStringLiteral("%1 / %2").arg(locale.toString(r.promptTokens), locale.toString(r.completionTokens));
    case RefusalColumn:
        if (r.refusalKind.isEmpty() || r.refusalKind == QLatin1String("none"))
            return QString();
        return r.refusalType.isEmpty() ? r.refusalKind : QStringLiteral("%1 (%2)").arg(r.refusalKind, r.refusalType);
    case CacheColumn:
        return r.cacheHit ? tr("hit") : QString();
    case ErrorColumn:
        return r.error.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant ReplayResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LogIdColumn:
        return tr("Log");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case CostColumn:
        return tr("Cost");
    case TokensColumn:
        return tr("Tokens in / out");
    case RefusalColumn:
        return tr("Refusal");
    case CacheColumn:
        return tr("Cache");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace ShadowOptic
