// SPDX-License-Identifier: MIT
#include "whatifmodel.h"

#include "costformat.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

WhatIfModel::WhatIfModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WhatIfModel::setWhatIf(const QList<WhatIf> &whatIf, const QString &currentModel)
{
    beginResetModel();
    m_whatIf = whatIf;
    m_currentModel = currentModel;
    rebuild();
    endResetModel();
}

void WhatIfModel::setBreakdown(Breakdown breakdown, const QString &model)
{
    beginResetModel();
    m_breakdown = breakdown;
    m_model = model;
    rebuild();
    endResetModel();
}

void WhatIfModel::rebuild()
{
    m_rows.clear();
    if (m_breakdown == Breakdown::Models) {
        for (const WhatIf &w : std::as_const(m_whatIf))
            m_rows.append({ w.model, w.model == m_currentModel ? tr("%1 (current)").arg(w.model) : w.model, w.priced,
                            w.requests, w.actualUsd, w.estimateUsd, w.lowUsd, w.highUsd });
        return;
    }
    const WhatIf *chosen = nullptr;
    for (const WhatIf &w : std::as_const(m_whatIf))
        if (w.model == m_model)
            chosen = &w;
    if (!chosen)
        return;
    const QLocale locale;
    const QList<WhatIfCell> &cells = m_breakdown == Breakdown::UseCase ? chosen->byUseCase : chosen->byMonth;
    for (const WhatIfCell &c : cells) {
        QString label = c.key;
        if (m_breakdown == Breakdown::Month) {
            const QDate month = QDate::fromString(c.key + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                label = locale.toString(month, QStringLiteral("MMMM yyyy"));
        } else if (label.isEmpty()) {
            label = tr("(none)");
        }
        m_rows.append({ c.key, label, chosen->priced, c.requests, c.actualUsd, c.estimateUsd, c.lowUsd, c.highUsd });
    }
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhatIfModel::intervalText(bool priced, double low, double high)
{
    if (!priced)
        return tr("unpriced");
    return tr("%1 – %2").arg(CostFormat::money(low), CostFormat::money(high));
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows.at(index.row());
    const bool change = r.priced && r.actualUsd > 0.0;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Key:
            return r.key;
        case Requests:
            return r.requests;
        case Actual:
            return r.actualUsd;
        case Estimate:
            // Unpriced rows sort after every priced one rather than as the cheapest.
            return r.priced ? r.estimateUsd : qInf();
        case Interval:
            return r.priced ? r.highUsd - r.lowUsd : qInf();
        case Change:
            return change ? r.estimateUsd / r.actualUsd - 1.0 : qInf();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Interval && r.priced)
        return tr("95 % interval of the estimate for these requests.");
    if (role == Qt::ToolTipRole && !r.priced && index.column() >= Estimate)
        return tr("The catalog has no price for this model: add one in the Model Catalog.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return r.label;
    case Requests:
        return QLocale().toString(r.requests);
    case Actual:
        return CostFormat::money(r.actualUsd);
    case Estimate:
        return r.priced ? CostFormat::money(r.estimateUsd) : tr("unpriced");
    case Interval:
        return intervalText(r.priced, r.lowUsd, r.highUsd);
    case Change:
        return change ? CostFormat::signedPercent(100.0 * (r.estimateUsd / r.actualUsd - 1.0), 0) : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return m_breakdown == Breakdown::Models ? tr("Model")
            : m_breakdown == Breakdown::UseCase ? tr("Use case")
                                                : tr("Month");
    case Requests:
        return tr("Requests");
    case Actual:
        return tr("Logged spend");
    case Estimate:
        return tr("Estimate");
    case Interval:
        return tr("95 % interval");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace ShadowOptic
