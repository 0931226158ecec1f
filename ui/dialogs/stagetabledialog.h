// SPDX-License-Identifier: MIT
#pragma once

#include "rollout/rolloutplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace ShadowOptic {

/** Edits an experiment's stage table (SPEC §9's defaults to start from): per stage the challenger's share, the
 *  minimum samples and hours, and a threshold per gate (empty: no such gate). The table is validated as it is
 *  typed; OK stays off while it cannot drive a rollout. */
class StageTableDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StageTableDialog(const RolloutPlan &plan, QWidget *parent = nullptr);

    /** The edited table; empty when it is not valid. */
    RolloutPlan plan() const;
    QTableWidget *table() const { return m_table; }

    enum Column {
        StageColumn,
        ShareColumn,
        SamplesColumn,
        HoursColumn,
        QualityColumn,
        FaithfulnessColumn,
        ErrorRateColumn,
        LatencyColumn,
        RefusalColumn,
        ColumnCount
    };

private:
    void fill(const RolloutPlan &plan);
    void validate();
    RolloutPlan read(QString *error) const;

    QTableWidget *m_table;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ShadowOptic
