// SPDX-License-Identifier: MIT
#pragma once

#include "replay/runsummary.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** The run history, one row per run, newest first. The name is editable: an edit asks for a rename
 *  (renameRequested) and the row changes once the renamed list comes back through setRuns(). */
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        IdColumn,
        NameColumn,
        StatusColumn,
        KindColumn,
        RequestsColumn,
        FailedColumn,
        SpentColumn,
        BudgetColumn,
        JudgedColumn,
        ModelsColumn,
        TargetColumn,
        CreatedColumn,
        FinishedColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, RunIdRole };

    explicit RunsModel(QObject *parent = nullptr);
    ~RunsModel() override;

    void setRuns(const QList<RunSummary> &runs);
    const QList<RunSummary> &runs() const { return m_runs; }
    const RunSummary &run(int row) const { return m_runs.at(row); }
    /** Row of the run, or -1. */
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void renameRequested(qint64 runId, const QString &name);

private:
    QList<RunSummary> m_runs;
};

} // namespace ShadowOptic
