// SPDX-License-Identifier: MIT
#include "catalogproxymodel.h"

#include "catalogmodel.h"

namespace ShadowOptic {

CatalogProxyModel::CatalogProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogModel::SortRole);
    setSortLocaleAware(false);
}

CatalogProxyModel::~CatalogProxyModel() = default;

void CatalogProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void CatalogProxyModel::setCandidatesOnly(bool on)
{
    if (on == m_candidatesOnly)
        return;
    m_candidatesOnly = on;
    invalidateRowsFilter();
}

void CatalogProxyModel::setType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

int CatalogProxyModel::hiddenNonCandidates() const
{
    if (!m_candidatesOnly || !sourceModel())
        return 0;
    int n = 0;
    for (int row = 0, rows = sourceModel()->rowCount(); row < rows; ++row)
        n += matches(row, false) && !matches(row, true) ? 1 : 0;
    return n;
}

bool CatalogProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && matches(sourceRow, m_candidatesOnly);
}

bool CatalogProxyModel::matches(int sourceRow, bool candidatesOnly) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (candidatesOnly && !index.data(CatalogModel::CandidateRole).toBool())
        return false;
    if (m_type == QLatin1String("chat")) {
        if (!index.data(CatalogModel::ChatRole).toBool())
            return false;
    } else if (!m_type.isEmpty() && index.data(CatalogModel::TypeRole).toString() != m_type) {
        return false;
    }
    // The key is "provider/model", so "openai/gpt-4o" finds the entry as well as "gpt-4o" or "openai".
    return m_search.isEmpty() || index.data(CatalogModel::KeyRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace ShadowOptic
