// SPDX-License-Identifier: MIT
#pragma once

#include "rollout/rolloutexperiment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ShadowOptic {

/** Asks for a new rollout experiment: production model, challenger, name (the metadata.experiment_id live logs
 *  may carry) and whether the automatic mode drives it. The stage table is SPEC §9's defaults. */
class NewExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewExperimentDialog(const QStringList &models, QWidget *parent = nullptr);

    void setModels(const QString &production, const QString &challenger);
    RolloutExperiment experiment() const;

private:
    void validate();

    QComboBox *m_production;
    QComboBox *m_challenger;
    QLineEdit *m_name;
    QCheckBox *m_automatic;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ShadowOptic
