// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace ShadowOptic {

/** Filters a CatalogModel by search text (provider or model id, case-insensitive), candidates and type. */
class CatalogProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogProxyModel(QObject *parent = nullptr);
    ~CatalogProxyModel() override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setCandidatesOnly(bool on);
    bool candidatesOnly() const { return m_candidatesOnly; }
    /** Empty: every type; "chat": chat and text models; else that type. */
    void setType(const QString &type);
    QString type() const { return m_type; }
    /** Source rows that pass the search and type filters but not "Candidates only". */
    int hiddenNonCandidates() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow, bool candidatesOnly) const;

    QString m_search;
    QString m_type;
    bool m_candidatesOnly = false;
};

} // namespace ShadowOptic
