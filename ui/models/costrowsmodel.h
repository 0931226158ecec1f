// SPDX-License-Identifier: MIT
#pragma once

#include "costs/costreport.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** A CostReport as a table: one row per model, month or use case, then the total row. */
class CostRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        KeyColumn,
        ProviderColumn,
        RequestsColumn,
        TotalColumn,
        LoggedColumn,
        ComputedColumn,
        DifferenceColumn,
        CacheColumn,
        BatchColumn,
        ReasoningColumn,
        MissingPriceColumn,
        UnpricedColumn,
        RepricedColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, RawValueRole, IsTotalRole, FlaggedRole };

    explicit CostRowsModel(QObject *parent = nullptr);
    ~CostRowsModel() override;

    void setReport(const CostReport &report);
    void clear();
    bool hasRepricing() const { return m_repricing; }
    /** The report row, or the total for the last row. */
    const CostRow &costRow(int row) const;
    int totalRow() const { return m_rows.isEmpty() ? -1 : int(m_rows.size()) - 1; }
    /** The breakdown of a row's difference in words (its tooltip). */
    QString explanation(const CostRow &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const CostRow &row, int column) const;
    QString keyText(const CostRow &row, bool total) const;

    QList<CostRow> m_rows; // the report's rows, then its total
    CostReport::Grouping m_grouping = CostReport::Grouping::Model;
    bool m_repricing = false;
};

} // namespace ShadowOptic
