// SPDX-License-Identifier: MIT
#include "stagetabledialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShadowOptic {

namespace {

using Metric = RolloutGate::Metric;

// Gate columns in table order; rates and deltas are edited in percent (points for the refusal delta).
struct GateColumn
{
    int column;
    Metric metric;
    double scale; // table value = threshold × scale
};

constexpr GateColumn gateColumns[] = {
    { StageTableDialog::QualityColumn, Metric::Quality, 1.0 },
    { StageTableDialog::FaithfulnessColumn, Metric::Faithfulness, 1.0 },
    { StageTableDialog::ErrorRateColumn, Metric::ErrorRate, 100.0 },
    { StageTableDialog::LatencyColumn, Metric::LatencyDelta, 100.0 },
    { StageTableDialog::RefusalColumn, Metric::RefusalDelta, 100.0 },
};

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

bool parse(const QTableWidgetItem *item, double *value)
{
    const QString text = item ? item->text().trimmed() : QString();
    if (text.isEmpty())
        return false;
    bool ok = false;
    *value = QLocale().toDouble(text, &ok);
    if (!ok)
        *value = text.toDouble(&ok); // "0.5" also where the locale writes "0,5"
    return ok;
}

} // namespace

StageTableDialog::StageTableDialog(const RolloutPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Rollout stages"));
    m_table->setHorizontalHeaderLabels({ tr("Stage"), tr("Challenger %"), tr("Min samples"), tr("Min hours"),
                                         tr("Quality ≥"), tr("Faithfulness ≥"), tr("Error rate ≤ %"),
                                         tr("Latency delta ≤ %"), tr("Refusal delta ≤ points") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Empty gate cells mean no such gate at that stage. Quality and faithfulness are the "
                           "judge's means over 100 on shadow replays; the rest are measured on live traffic."));
    auto *hint = new QLabel(tr("The first stage sends the challenger no live traffic (shadow), the last all of it "
                               "(full); shares rise from stage to stage."),
                            this);
    hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(RolloutPlan::defaults()); });
    connect(m_table, &QTableWidget::itemChanged, this, &StageTableDialog::validate);
    fill(plan);
    resize(std::max(760, m_table->horizontalHeader()->length() + 40), 360);
}

void StageTableDialog::fill(const RolloutPlan &plan)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(plan.size());
    for (int row = 0; row < plan.size(); ++row) {
        const RolloutStage &s = plan.at(row);
        auto *name = new QTableWidgetItem(s.name);
        m_table->setItem(row, StageColumn, name);
        m_table->setItem(row, ShareColumn, new QTableWidgetItem(number(s.challengerShare * 100.0)));
        m_table->setItem(row, SamplesColumn, new QTableWidgetItem(QString::number(s.minSamples)));
        m_table->setItem(row, HoursColumn, new QTableWidgetItem(number(s.minDurationHours)));
        for (const GateColumn &g : gateColumns) {
            QString text;
            for (const RolloutGate &gate : s.gates)
                if (gate.metric == g.metric)
                    text = number(gate.threshold * g.scale);
            m_table->setItem(row, g.column, new QTableWidgetItem(text));
        }
        for (int column = ShareColumn; column < ColumnCount; ++column)
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    validate();
}

RolloutPlan StageTableDialog::read(QString *error) const
{
    QList<RolloutStage> stages;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RolloutStage s;
        s.name = m_table->item(row, StageColumn) ? m_table->item(row, StageColumn)->text().trimmed() : QString();
        double share = 0.0, samples = 0.0, hours = 0.0;
        if (s.name.isEmpty() || !parse(m_table->item(row, ShareColumn), &share)
            || !parse(m_table->item(row, SamplesColumn), &samples) || !parse(m_table->item(row, HoursColumn), &hours)) {
            *error = tr("Row %1: a stage needs a name, a share, minimum samples and minimum hours.").arg(row + 1);
            return {};
        }
        if (share < 0 || share > 100) {
            *error = tr("Row %1: the challenger's share is a percentage between 0 and 100.").arg(row + 1);
            return {};
        }
        s.challengerShare = share / 100.0;
        s.minSamples = qint64(samples);
        s.minDurationHours = hours;
        for (const GateColumn &g : gateColumns) {
            const QTableWidgetItem *item = m_table->item(row, g.column);
            if (!item || item->text().trimmed().isEmpty())
                continue;
            double value = 0.0;
            if (!parse(item, &value)) {
                *error = tr("Row %1: '%2' is not a number.").arg(row + 1).arg(item->text());
                return {};
            }
            s.gates.append(RolloutGate { g.metric, value / g.scale });
        }
        stages.append(s);
    }
    RolloutPlan plan(stages);
    *error = plan.validationError();
    return error->isEmpty() ? plan : RolloutPlan();
}

RolloutPlan StageTableDialog::plan() const
{
    QString error;
    return read(&error);
}

void StageTableDialog::validate()
{
    QString error;
    read(&error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace ShadowOptic
