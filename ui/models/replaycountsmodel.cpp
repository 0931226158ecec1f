// SPDX-License-Identifier: MIT
#include "replaycountsmodel.h"

#include <QLocale>

namespace ShadowOptic {

ReplayCountsModel::ReplayCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReplayCountsModel::~ReplayCountsModel() = default;

void ReplayCountsModel::setProgress(const ReplayProgress &progress)
{
    const QList<QString> models = progress.models.keys();
    if (models != m_models) {
        beginResetModel();
        m_models = models;
        m_counts = progress.models.values();
        endResetModel();
        return;
    }
    m_counts = progress.models.values();
    if (!m_models.isEmpty())
        emit dataChanged(index(0, PlannedColumn), index(int(m_models.size()) - 1, NumColumns - 1),
                         { Qt::DisplayRole, SortRole });
}

void ReplayCountsModel::clear()
{
    beginResetModel();
    m_models.clear();
    m_counts.clear();
    endResetModel();
}

ModelReplayCounts ReplayCountsModel::totals() const
{
    ModelReplayCounts t;
    for (const ModelReplayCounts &c : m_counts) {
        t.planned += c.planned;
        t.sent += c.sent;
        t.completed += c.completed;
        t.ok += c.ok;
        t.refused += c.refused;
        t.failed += c.failed;
        t.retries += c.retries;
        t.cacheHits += c.cacheHits;
        t.spentUsd += c.spentUsd;
        t.latencySumMs += c.latencySumMs;
    }
    return t;
}

int ReplayCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ReplayCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant ReplayCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelReplayCounts &c = m_counts.at(index.row());
    if (role == ModelRole)
        return m_models.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == ModelColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const QLocale locale;
    auto count = [&](qint64 v) -> QVariant { return raw ? QVariant(v) : QVariant(locale.toString(v)); };
    switch (index.column()) {
    case ModelColumn:
        return m_models.at(index.row());
    case PlannedColumn:
        return count(c.planned);
    case SentColumn:
        return count(c.sent);
    case CompletedColumn:
        return count(c.completed);
    case OkColumn:
        return count(c.ok);
    case RefusedColumn:
        return count(c.refused);
    case FailedColumn:
        return count(c.failed);
    case RetriesColumn:
        return count(c.retries);
    case CacheHitsColumn:
        return count(c.cacheHits);
    case SpentColumn:
        return raw ? QVariant(c.spentUsd) : QVariant(QStringLiteral("$") + QString::number(c.spentUsd, 'f', 4));
    case LatencyColumn: {
        const qint64 avg = c.ok > 0 ? c.latencySumMs / c.ok : 0;
        return raw ? QVariant(avg) : QVariant(c.ok > 0 ? tr("%1 ms").arg(locale.toString(avg)) : QString());
    }
    }
    return {};
}

QVariant ReplayCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SentColumn:
            return tr("Requests sent over the network in this run (first attempts; cache hits are not sent).");
        case CompletedColumn:
            return tr("Results stored, including cache hits and failures.");
        case LatencyColumn:
            return tr("Average latency of the successful answers.");
        default:
            return {};
        }
    }
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case PlannedColumn:
        return tr("Planned");
    case SentColumn:
        return tr("Sent");
    case CompletedColumn:
        return tr("Completed");
    case OkColumn:
        return tr("OK");
    case RefusedColumn:
        return tr("Refused");
    case FailedColumn:
        return tr("Failed");
    case RetriesColumn:
        return tr("Retries");
    case CacheHitsColumn:
        return tr("Cache hits");
    case SpentColumn:
        return tr("Spent");
    case LatencyColumn:
        return tr("Avg latency");
    }
    return {};
}

} // namespace ShadowOptic
