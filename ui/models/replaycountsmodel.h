// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayprogress.h"

#include <QAbstractTableModel>
#include <QList>

namespace ShadowOptic {

/** Live per-model counters of a replay run, one row per candidate model, refreshed from progress snapshots. */
class ReplayCountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ModelColumn,
        PlannedColumn,
        SentColumn,
        CompletedColumn,
        OkColumn,
        RefusedColumn,
        FailedColumn,
        RetriesColumn,
        CacheHitsColumn,
        SpentColumn,
        LatencyColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, ModelRole };

    explicit ReplayCountsModel(QObject *parent = nullptr);
    ~ReplayCountsModel() override;

    void setProgress(const ReplayProgress &progress);
    void clear();
    ModelReplayCounts totals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QString> m_models;
    QList<ModelReplayCounts> m_counts;
};

} // namespace ShadowOptic
