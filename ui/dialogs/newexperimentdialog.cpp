// SPDX-License-Identifier: MIT
#include "newexperimentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShadowOptic {

NewExperimentDialog::NewExperimentDialog(const QStringList &models, QWidget *parent)
    : QDialog(parent)
    , m_production(new QComboBox(this))
    , m_challenger(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_automatic(
          new QCheckBox(tr("&Automatic: promote when the check passes, roll back when a gate fails hard"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New rollout experiment"));
    for (QComboBox *box : { m_production, m_challenger }) {
        box->setEditable(true);
        box->addItems(models);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(24);
        connect(box, &QComboBox::currentTextChanged, this, &NewExperimentDialog::validate);
    }
    m_name->setPlaceholderText(tr("default: <challenger>-vs-<production>"));
    m_name->setToolTip(tr("Also the metadata.experiment_id your application may send with live requests; rows that "
                          "carry it are counted for this experiment only."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto *hint = new QLabel(tr("The experiment starts in shadow with the stage table of the design notes (shadow, "
                               "canary 1 %, graduated 10 %, ramping 50 %, majority 90 %, full)."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Production model:"), m_production);
    form->addRow(tr("&Challenger:"), m_challenger);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_automatic);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NewExperimentDialog::setModels(const QString &production, const QString &challenger)
{
    m_production->setCurrentText(production);
    m_challenger->setCurrentText(challenger);
}

RolloutExperiment NewExperimentDialog::experiment() const
{
    RolloutExperiment e;
    e.productionModel = m_production->currentText().trimmed();
    e.challengerModel = m_challenger->currentText().trimmed();
    e.name = m_name->text().trimmed();
    e.automatic = m_automatic->isChecked();
    return e;
}

void NewExperimentDialog::validate()
{
    const RolloutExperiment e = experiment();
    QString why;
    if (e.productionModel.isEmpty() || e.challengerModel.isEmpty())
        why = tr("Name both models.");
    else if (e.productionModel == e.challengerModel)
        why = tr("The challenger must differ from the production model.");
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ShadowOptic
