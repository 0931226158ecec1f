// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evaluatorreport.h"

#include <QAbstractTableModel>

#include <optional>

namespace ShadowOptic {

/** Per-model aggregates of an evaluation (SPEC §5), one row per model and source, with the paired
 *  comparison against the current model where there is one. */
class AggregatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ModelColumn,
        SamplesColumn,
        SuccessColumn,
        ErrorColumn,
        RefusalColumn,
        PartialRefusalColumn,
        FormatFailureColumn,
        QualityColumn,
        QualityCiColumn,
        QualityDeltaColumn,
        CostPerRequestColumn,
        CostPer1kColumn,
        CostSavingColumn,
        LatencyP50Column,
        LatencyP95Column,
        LatencyP99Column,
        CacheHitsColumn,
        ParetoColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, RawValueRole, ModelRole, SourceRole, IsCurrentRole };

    explicit AggregatesModel(QObject *parent = nullptr);
    ~AggregatesModel() override;

    void setReport(const EvaluatorReport &report);
    void clear();
    /** Row of the model's replay aggregate (else its logged one), or -1. */
    int rowOf(const QString &model, std::optional<AnswerSource::Value> source = std::nullopt) const;
    const ModelAggregate &aggregate(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    QList<ModelAggregate> m_rows;
    QList<ModelAggregateComparison> m_comparisons; // per row; model empty when none
};

} // namespace ShadowOptic
