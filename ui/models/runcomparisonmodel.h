// SPDX-License-Identifier: MIT
#pragma once

#include "eval/runcomparison.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** Two runs side by side, one row per model either replayed: each run's figures and the differences B − A,
 *  coloured by direction (green where B is better: cheaper, higher quality, fewer refusals, faster). */
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ModelColumn,
        RequestsAColumn,
        RequestsBColumn,
        CostAColumn,
        CostBColumn,
        CostDeltaColumn,
        QualityAColumn,
        QualityBColumn,
        QualityDeltaColumn,
        RefusalAColumn,
        RefusalBColumn,
        RefusalDeltaColumn,
        LatencyAColumn,
        LatencyBColumn,
        LatencyDeltaColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, DirectionRole }; // DirectionRole: +1 B better, −1 B worse, 0 neither

    explicit RunComparisonModel(QObject *parent = nullptr);
    ~RunComparisonModel() override;

    void setComparison(const RunComparison &comparison);
    void clear();
    const RunComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const RunComparison::Row &row, int column, bool raw) const;
    static int direction(const RunComparison::Row &row, int column);

    RunComparison m_comparison;
};

} // namespace ShadowOptic
