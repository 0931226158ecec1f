// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/**
 * The production what-if as a table: the imported period's logged spend against the same requests on each model
 * (Models), or one model's figures per use case or per month. Unpriced models read "unpriced", never $0.
 */
class WhatIfModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Requests, Actual, Estimate, Interval, Change, ColumnCount };
    enum class Breakdown { Models, UseCase, Month };
    Q_ENUM(Breakdown)
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit WhatIfModel(QObject *parent = nullptr);

    /** currentModel is marked "(current)" in the Models breakdown. */
    void setWhatIf(const QList<WhatIf> &whatIf, const QString &currentModel = {});
    /** model names the WhatIf whose use cases or months are listed; ignored for Models. */
    void setBreakdown(Breakdown breakdown, const QString &model = {});
    Breakdown breakdown() const { return m_breakdown; }
    QString model() const { return m_model; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** One line of the table as the chart draws it (label as shown, amounts raw). */
    struct Row
    {
        QString key;
        QString label;
        bool priced = false;
        qint64 requests = 0;
        double actualUsd = 0.0;
        double estimateUsd = 0.0;
        double lowUsd = 0.0;
        double highUsd = 0.0;
    };

    const QList<Row> &rows() const { return m_rows; }
    /** "$380.00 – $440.00", or "unpriced". */
    static QString intervalText(bool priced, double low, double high);

private:
    void rebuild();

    QList<WhatIf> m_whatIf;
    QString m_currentModel;
    Breakdown m_breakdown = Breakdown::Models;
    QString m_model;
    QList<Row> m_rows;
};

} // namespace ShadowOptic
