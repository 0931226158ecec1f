// SPDX-License-Identifier: MIT
#pragma once

#include "refusal/refusalreport.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** The clusters of a RefusalReport, one row each, with the chosen candidate's newly refused prompts per cluster. */
class RefusalClustersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Size, Terms, Types, Overcautious, NewlyRefused, Models, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ClusterIdRole = Qt::UserRole + 2;

    explicit RefusalClustersModel(QObject *parent = nullptr);

    void setReport(const RefusalReport &report);
    /** The candidate whose newly refused prompts the Newly refused column counts (empty: none). */
    void setCandidate(const QString &candidate);
    const RefusalReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeName(RefusalType type);
    static QString typeMix(const QMap<RefusalType, int> &types);

private:
    qint64 newlyRefused(int clusterId) const;

    RefusalReport m_report;
    QString m_candidate;
};

} // namespace ShadowOptic
