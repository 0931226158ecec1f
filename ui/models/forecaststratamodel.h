// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** The budget sampler's strata (use case × length band × refusal cluster): how many prompts each offered, how many
 *  were chosen and what the chosen ones are predicted to cost on every model together. */
class ForecastStrataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UseCase, LengthBand, Cluster, Available, Chosen, Cost, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ForecastStrataModel(QObject *parent = nullptr);

    void setStrata(const QList<ForecastStratum> &strata);
    const QList<ForecastStratum> &strata() const { return m_strata; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ForecastStratum> m_strata;
};

} // namespace ShadowOptic
