// SPDX-License-Identifier: MIT
#include "forecaststratamodel.h"

#include "costformat.h"
#include "logsmodel.h"

#include <QLocale>

namespace ShadowOptic {

ForecastStrataModel::ForecastStrataModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ForecastStrataModel::setStrata(const QList<ForecastStratum> &strata)
{
    beginResetModel();
    m_strata = strata;
    endResetModel();
}

int ForecastStrataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_strata.size());
}

int ForecastStrataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastStrataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ForecastStratum &s = m_strata.at(index.row());
    const bool numeric = index.column() == Available || index.column() == Chosen || index.column() == Cost;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Available:
            return s.available;
        case Chosen:
            return s.chosen;
        case Cost:
            return s.costUsd;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == Chosen)
        return tr("%1 of %2 prompts of this stratum are in the sample.").arg(s.chosen).arg(s.available);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case UseCase:
        return s.useCase.isEmpty() ? tr("(none)") : s.useCase;
    case LengthBand:
        return s.lengthBand;
    case Cluster:
        // The logged answer's refusal verdict ("full:safety"), in the reader's words.
        return s.cluster.isEmpty() ? QStringLiteral("–") : LogsModel::refusalText(s.cluster);
    case Available:
        return locale.toString(s.available);
    case Chosen:
        return locale.toString(s.chosen);
    case Cost:
        return CostFormat::money(s.costUsd);
    default:
        return {};
    }
}

QVariant ForecastStrataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UseCase:
        return tr("Use case");
    case LengthBand:
        return tr("Prompt length (tokens)");
    case Cluster:
        return tr("Logged refusal");
    case Available:
        return tr("Available");
    case Chosen:
        return tr("Chosen");
    case Cost:
        return tr("Predicted cost");
    default:
        return {};
    }
}

} // namespace ShadowOptic
