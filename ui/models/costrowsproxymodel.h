// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace ShadowOptic {

/** Sorts a CostRowsModel by its SortRole with the total row kept last, and marks flagged rows and the total. */
class CostRowsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CostRowsProxyModel(QObject *parent = nullptr);
    ~CostRowsProxyModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace ShadowOptic
