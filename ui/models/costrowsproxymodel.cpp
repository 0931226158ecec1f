// SPDX-License-Identifier: MIT
#include "costrowsproxymodel.h"

#include "costrowsmodel.h"

#include <QColor>
#include <QFont>

namespace ShadowOptic {

CostRowsProxyModel::CostRowsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CostRowsModel::SortRole);
    setSortLocaleAware(false);
}

CostRowsProxyModel::~CostRowsProxyModel() = default;

QVariant CostRowsProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.data(CostRowsModel::FlaggedRole).toBool()
        && !index.data(CostRowsModel::IsTotalRole).toBool()) {
        return QColor(255, 170, 0, 70); // translucent amber reads on the light and the dark palette
    }
    if (role == Qt::FontRole && index.data(CostRowsModel::IsTotalRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool CostRowsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Descending order compares with the arguments swapped, so "last" depends on the order.
    if (left.data(CostRowsModel::IsTotalRole).toBool())
        return sortOrder() == Qt::DescendingOrder;
    if (right.data(CostRowsModel::IsTotalRole).toBool())
        return sortOrder() == Qt::AscendingOrder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ShadowOptic
