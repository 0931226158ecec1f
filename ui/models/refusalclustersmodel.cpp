// SPDX-License-Identifier: MIT
#include "refusalclustersmodel.h"

#include <QLocale>

namespace ShadowOptic {

RefusalClustersModel::RefusalClustersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RefusalClustersModel::setReport(const RefusalReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void RefusalClustersModel::setCandidate(const QString &candidate)
{
    m_candidate = candidate;
    if (rowCount() > 0)
        emit dataChanged(index(0, NewlyRefused), index(rowCount() - 1, NewlyRefused));
}

int RefusalClustersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.clustering.clusters.size());
}

int RefusalClustersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RefusalClustersModel::typeName(RefusalType type)
{
    switch (type) {
    case RefusalType::Safety:
        return tr("Safety");
    case RefusalType::Overcautious:
        return tr("Over-cautious");
    case RefusalType::Capability:
        return tr("Capability");
    case RefusalType::Policy:
        return tr("Policy");
    case RefusalType::Ambiguous:
        return tr("Ambiguous");
    case RefusalType::None:
        break;
    }
    return tr("None");
}

QString RefusalClustersModel::typeMix(const QMap<RefusalType, int> &types)
{
    QStringList parts;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        parts.append(tr("%1 %2").arg(typeName(it.key())).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

qint64 RefusalClustersModel::newlyRefused(int clusterId) const
{
    const RefusalDelta *d = m_report.deltaFor(m_candidate);
    return d ? d->newlyRefusedByCluster.value(clusterId) : 0;
}

QVariant RefusalClustersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RefusalCluster &c = m_report.clustering.clusters.at(index.row());
    if (role == ClusterIdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Terms || index.column() == Types || index.column() == Models
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return c.id;
        case Size:
            return qint64(c.members.size());
        case Overcautious:
            return c.overcautiousShare;
        case NewlyRefused:
            return newlyRefused(c.id);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Terms && !c.triggerPhrases.isEmpty())
            return tr("Trigger phrases: %1").arg(c.triggerPhrases.join(QStringLiteral(" · ")));
        if (index.column() == NewlyRefused)
            return m_candidate.isEmpty()
                ? tr("Choose a candidate to see which of these prompts it newly refuses.")
                : tr("Prompts of this cluster %1 refuses and the current model answered.").arg(m_candidate);
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Id:
        return c.id;
    case Size:
        return locale.toString(qint64(c.members.size()));
    case Terms:
        return c.topTerms.join(QStringLiteral(", "));
    case Types:
        return typeMix(c.types);
    case Overcautious:
        return QString(locale.toString(100.0 * c.overcautiousShare, 'f', 0) + QLatin1Char('%'));
    case NewlyRefused:
        return m_candidate.isEmpty() ? QString() : locale.toString(newlyRefused(c.id));
    case Models:
        return c.models.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant RefusalClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Size:
        return tr("Refusals");
    case Terms:
        return tr("Top terms");
    case Types:
        return tr("Types");
    case Overcautious:
        return tr("Over-cautious");
    case NewlyRefused:
        return tr("Newly refused");
    case Models:
        return tr("Models");
    default:
        return {};
    }
}

} // namespace ShadowOptic
