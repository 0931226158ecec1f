// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace ShadowOptic {

/** Replay results as they arrive. Appends only; keeps the newest maxRows() rows (the store keeps all of them). */
class ReplayResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        LogIdColumn,
        ModelColumn,
        StatusColumn,
        LatencyColumn,
        CostColumn,
        TokensColumn,
        RefusalColumn,
        CacheColumn,
        ErrorColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, LogIdRole, ModelRole };

    explicit ReplayResultsModel(QObject *parent = nullptr);
    ~ReplayResultsModel() override;

    void append(const ReplayResult &result);
    void clear();
    const ReplayResult &result(int row) const { return m_rows.at(row); }
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    qint64 droppedRows() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trim();

    QList<ReplayResult> m_rows;
    int m_maxRows = 10000;
    qint64 m_dropped = 0;
};

} // namespace ShadowOptic
