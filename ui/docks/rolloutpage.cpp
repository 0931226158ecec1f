// SPDX-License-Identifier: MIT
#include "rolloutpage.h"

#include "charts/rollouttimelinechart.h"
#include "dialogs/newexperimentdialog.h"
#include "dialogs/stagetabledialog.h"
#include "rollout/rolloutconfigbuilder.h"
#include "rollout/rolloutsimulator.h"
#include "rollout/rolloutstageconfig.h"
#include "session/pulljob.h"
#include "session/session.h"
#include "widgets/rolloutstepper.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ShadowOptic {

namespace {

QIcon light(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(130));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    item->setToolTip(text);
    return item;
}

void setUpTable(QTableWidget *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
}

QString percentText(double share)
{
    return RolloutPage::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', share < 0.1 ? 1 : 0));
}

} // namespace

RolloutPage::RolloutPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new RolloutJob(session, this))
    , m_pull(new PullJob(session, this))
    , m_experimentBox(new QComboBox(this))
    , m_new(new QPushButton(tr("&New experiment…"), this))
    , m_stages(new QPushButton(tr("S&tages…"), this))
    , m_automatic(new QCheckBox(tr("A&utomatic"), this))
    , m_stepper(new RolloutStepper(this))
    , m_summary(new QLabel(this))
    , m_samplesLabel(new QLabel(this))
    , m_samplesBar(new QProgressBar(this))
    , m_durationLabel(new QLabel(this))
    , m_durationBar(new QProgressBar(this))
    , m_check(new QPushButton(tr("C&heck now"), this))
    , m_refreshLive(new QPushButton(tr("Refresh &live metrics"), this))
    , m_promote(new QPushButton(tr("&Promote…"), this))
    , m_rollback(new QPushButton(tr("Roll &back…"), this))
    , m_kill(new QPushButton(tr("&Kill switch…"), this))
    , m_statusLine(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_gates(new QTableWidget(0, GateColumnCount, this))
    , m_statistics(new QLabel(this))
    , m_audit(new QTableWidget(0, AuditColumnCount, this))
    , m_configStage(new QComboBox(this))
    , m_sticky(new QCheckBox(tr("&Sticky users (conditional on rollout_bucket)"), this))
    , m_hosted(new QCheckBox(tr("&Hosted Portkey only"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("Sa&ve as JSON…"), this))
    , m_configNote(new QLabel(this))
    , m_configView(new QPlainTextEdit(this))
    , m_traffic(new QSpinBox(this))
    , m_trafficSource(new QLabel(this))
    , m_simulation(new QLabel(this))
    , m_timeline(new RolloutTimelineChart(this))
    , m_simulationTable(new QTableWidget(0, 4, this))
{
    buildUi();
    connect(m_job, &Job::progressChanged, this, [this](int, const QString &text) { m_statusLine->setText(text); });
    connect(m_job, &Job::finished, this, &RolloutPage::onFinished);
    connect(m_session, &Session::projectChanged, this, &RolloutPage::refresh);
    connect(m_check, &QPushButton::clicked, this, &RolloutPage::checkNow);
    connect(m_refreshLive, &QPushButton::clicked, this, &RolloutPage::refreshLiveMetrics);
    connect(m_pull, &Job::progressChanged, this, [this](int, const QString &text) { m_statusLine->setText(text); });
    connect(m_pull, &Job::finished, this, [this](Job::State state) {
        setRunning(false);
        const PullReport &report = m_pull->result();
        if (state == Job::State::Failed)
            emit message(m_pull->errorText(), true);
        else if (state == Job::State::Succeeded)
            emit message(report.summaryText(), false);
        checkNow();
        if (report.import.imported > 0)
            m_session->setProjectPath(m_session->projectPath()); // the other panels see the new logs too
    });
    connect(m_promote, &QPushButton::clicked, this, &RolloutPage::askPromote);
    connect(m_rollback, &QPushButton::clicked, this, &RolloutPage::askRollback);
    connect(m_kill, &QPushButton::clicked, this, &RolloutPage::askKill);
    connect(m_new, &QPushButton::clicked, this, [this] { askNewExperiment(); });
    connect(m_stages, &QPushButton::clicked, this, &RolloutPage::askStages);
    connect(m_automatic, &QCheckBox::clicked, this, &RolloutPage::setAutomatic);
    connect(m_configStage, &QComboBox::currentIndexChanged, this, &RolloutPage::showConfig);
    connect(m_sticky, &QCheckBox::toggled, this, &RolloutPage::showConfig);
    connect(m_hosted, &QCheckBox::toggled, this, &RolloutPage::showConfig);
    connect(m_copy, &QPushButton::clicked, this, &RolloutPage::copyConfig);
    connect(m_save, &QPushButton::clicked, this, &RolloutPage::saveConfig);
    connect(m_traffic, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_trafficEdited = true;
        showSimulation();
    });
    connect(m_experimentBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    // Ctrl+Shift+K is free in the main window: the check the gate lights come from.
    auto *checkKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this);
    checkKey->setContext(Qt::WindowShortcut);
    connect(checkKey, &QShortcut::activated, this, &RolloutPage::checkNow);
    showStatus(RolloutStatus());
}

RolloutPage::~RolloutPage() = default;

void RolloutPage::buildUi()
{
    m_experimentBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_experimentBox->setMinimumContentsLength(20);
    m_experimentBox->setAccessibleName(tr("Experiment"));
    m_automatic->setToolTip(tr("Promote when the check passes and roll back to shadow when a gate fails hard (a "
                               "non-inferiority failure, or a live gate failing after the stage's minimum samples). "
                               "Acts on each check."));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statistics->setWordWrap(true);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setWordWrap(true);
    m_samplesBar->setTextVisible(false);
    m_durationBar->setTextVisible(false);
    m_samplesLabel->setMinimumWidth(10);
    m_durationLabel->setMinimumWidth(10);
    m_check->setToolTip(tr("Run the promotion check on the imported logs and record it in the audit log "
                           "(Ctrl+Shift+K)."));
    m_refreshLive->setToolTip(tr("Pull the newest logs from Portkey's Log Export API (with the key of the gateway "
                                 "target or PORTKEY_API_KEY), then check; without a key, File ▸ Pull from Portkey… "
                                 "asks for one."));
    m_promote->setToolTip(tr("Move the challenger to the next stage; allowed only when every condition holds."));
    m_rollback->setToolTip(tr("Back to shadow: the challenger gets no live traffic. A reason is required."));
    m_kill->setToolTip(tr("Challenger weight 0 now, stage kept; promote or roll back to resume."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Experiment:"), this));
    top->addWidget(m_experimentBox, 1);
    top->addWidget(m_new);
    top->addWidget(m_stages);
    top->addWidget(m_automatic);

    auto *progress = new QGridLayout;
    progress->addWidget(m_samplesLabel, 0, 0);
    progress->addWidget(m_samplesBar, 0, 1);
    progress->addWidget(m_durationLabel, 1, 0);
    progress->addWidget(m_durationBar, 1, 1);
    progress->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_refreshLive);
    buttons->addStretch(1);
    buttons->addWidget(m_promote);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_kill);

    m_gates->setHorizontalHeaderLabels({ tr("State"), tr("Condition"), tr("Value"), tr("Threshold") });
    setUpTable(m_gates);
    auto *gatesTab = new QWidget(this);
    auto *gatesLayout = new QVBoxLayout(gatesTab);
    gatesLayout->addWidget(m_gates, 1);
    gatesLayout->addWidget(m_statistics);
    m_tabs->addTab(gatesTab, tr("&Gates"));

    m_audit->setHorizontalHeaderLabels({ tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Stages"), tr("Reason") });
    setUpTable(m_audit);
    m_audit->setToolTip(tr("The audit log is append-only: the project's database refuses to change or delete it."));
    m_tabs->addTab(m_audit, tr("&Audit log"));

    // Portkey config: one stage (or the kill switch or the rollback) at a time, as the user deploys it.
    m_configStage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sticky->setToolTip(tr("The open-source gateway load-balances each request on its own, so one user can meet both "
                            "models within a session. This variant routes on a bucket your application computes from "
                            "the user id and sends in x-portkey-metadata."));
    m_hosted->setToolTip(tr("Sticky sessions, @slug providers and saved config ids work on Portkey's hosted gateway "
                            "only; the open-source gateway ignores or rejects them."));
    m_configNote->setWordWrap(true);
    m_configNote->setTextFormat(Qt::RichText);
    m_configNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configView->setReadOnly(true);
    m_configView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_configView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setToolTip(tr("Copy the config JSON to the clipboard."));
    auto *configTab = new QWidget(this);
    auto *configRow = new QHBoxLayout;
    configRow->addWidget(new QLabel(tr("Stage:"), configTab));
    configRow->addWidget(m_configStage);
    configRow->addStretch(1);
    configRow->addWidget(m_copy);
    configRow->addWidget(m_save);
    auto *variantRow = new QHBoxLayout;
    variantRow->addWidget(m_sticky);
    variantRow->addWidget(m_hosted);
    variantRow->addStretch(1);
    auto *configLayout = new QVBoxLayout(configTab);
    configLayout->addLayout(configRow);
    configLayout->addLayout(variantRow);
    configLayout->addWidget(m_configNote);
    configLayout->addWidget(m_configView, 1);
    m_tabs->addTab(configTab, tr("Portkey &config"));

    // Rollout simulator: how long to full rollout at the measured (or an entered) volume.
    m_traffic->setRange(1, 100'000'000);
    m_traffic->setGroupSeparatorShown(true);
    m_traffic->setSuffix(tr(" requests/h"));
    m_traffic->setAccessibleName(tr("Production traffic per hour"));
    m_trafficSource->setWordWrap(true);
    m_simulation->setWordWrap(true);
    m_simulation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_simulationTable->setHorizontalHeaderLabels({ tr("Stage"), tr("Hours"), tr("Bounded by"), tr("Power") });
    setUpTable(m_simulationTable);
    auto *simulatorTab = new QWidget(this);
    auto *trafficRow = new QHBoxLayout;
    trafficRow->addWidget(new QLabel(tr("Traffic:"), simulatorTab));
    trafficRow->addWidget(m_traffic);
    trafficRow->addWidget(m_trafficSource, 1);
    auto *simulatorLayout = new QVBoxLayout(simulatorTab);
    simulatorLayout->addLayout(trafficRow);
    simulatorLayout->addWidget(m_simulation);
    m_timeline->setMinimumHeight(230); // below that QtCharts elides the axis labels to "…"
    simulatorLayout->addWidget(m_timeline, 1);
    simulatorLayout->addWidget(m_simulationTable);
    // On a 1280×800 screen the timeline, its table and the verdict need more height than the dock has: the tab
    // scrolls instead of growing the window past the screen.
    auto *simulatorScroll = new QScrollArea(this);
    simulatorScroll->setWidget(simulatorTab);
    simulatorScroll->setWidgetResizable(true);
    simulatorScroll->setFrameShape(QFrame::NoFrame);
    simulatorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(simulatorScroll, tr("&Simulator"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stepper);
    layout->addWidget(m_summary);
    layout->addLayout(progress);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLine);
    layout->addWidget(m_tabs, 1);
}

void RolloutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_gates->setHorizontalHeaderLabels({ tr("State"), tr("Condition"), tr("Value"), tr("Threshold") });
        m_audit->setHorizontalHeaderLabels({ tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Stages"), tr("Reason") });
    }
    QWidget::changeEvent(event);
}

QString RolloutPage::selectedExperiment() const
{
    return m_experimentBox->currentData().toString();
}

RolloutJob::Request RolloutPage::requestFor(RolloutJob::Action action) const
{
    RolloutJob::Request r;
    r.action = action;
    r.experiment = selectedExperiment();
    return r;
}

bool RolloutPage::isBusy() const
{
    return m_job->isRunning() || m_pull->isRunning();
}

void RolloutPage::refresh()
{
    if (m_session->projectPath().isEmpty()) {
        showStatus(RolloutStatus());
        return;
    }
    RolloutJob::Request r = requestFor(RolloutJob::Action::Status);
    start(r);
}

void RolloutPage::checkNow()
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::Check);
    start(r);
}

void RolloutPage::refreshLiveMetrics()
{
    QString key = m_session->target().portkeyApiKey;
    if (key.isEmpty())
        key = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PORTKEY_API_KEY"));
    if (key.isEmpty()) {
        emit pullRequested();
        return;
    }
    if (m_job->isRunning() || m_pull->isRunning())
        return;
    PullOptions options;
    options.apiKey = key;
    if (m_pullBaseUrl.isValid())
        options.baseUrl = m_pullBaseUrl;
    m_pull->setOptions(options);
    QString error;
    if (!m_pull->start(&error)) {
        emit message(error, true);
        return;
    }
    setRunning(true);
}

void RolloutPage::promote(const QString &reason)
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::Promote);
    r.reason = reason;
    start(r);
}

void RolloutPage::rollback(const QString &reason)
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::Rollback);
    r.reason = reason;
    start(r);
}

void RolloutPage::kill(const QString &reason)
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::Kill);
    r.reason = reason;
    start(r);
}

void RolloutPage::createExperiment(const RolloutExperiment &experiment)
{
    RolloutJob::Request r;
    r.action = RolloutJob::Action::Create;
    r.newExperiment = experiment;
    start(r);
}

void RolloutPage::setAutomatic(bool automatic)
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::SetAutomatic);
    r.automatic = automatic;
    start(r);
}

void RolloutPage::editPlan(const RolloutPlan &plan)
{
    RolloutJob::Request r = requestFor(RolloutJob::Action::EditPlan);
    r.plan = plan;
    start(r);
}

void RolloutPage::askStages()
{
    if (!m_status.hasExperiment)
        return;
    StageTableDialog dialog(m_status.experiment.plan, this);
    if (dialog.exec() == QDialog::Accepted && dialog.plan().size() > 0)
        editPlan(dialog.plan());
}

void RolloutPage::start(RolloutJob::Request request)
{
    if (m_session->projectPath().isEmpty()) {
        emit message(tr("Open or create a project first."), true);
        return;
    }
    if (m_job->isRunning()) {
        // A status read may wait for the move before it; a second move is refused rather than queued blindly.
        if (request.action == RolloutJob::Action::Status)
            m_refreshAgain = true;
        else
            emit message(tr("The rollout is busy with the previous action; try again in a moment."), true);
        return;
    }
    request.nowMs = m_nowMs;
    m_job->setRequest(request);
    QString error;
    if (!m_job->start(&error)) {
        emit message(error, true);
        return;
    }
    setRunning(true);
}

void RolloutPage::onFinished()
{
    setRunning(false);
    const RolloutJob::Action action = m_job->request().action;
    if (m_job->state() == Job::State::Succeeded) {
        showStatus(m_job->result());
        if (action != RolloutJob::Action::Status && !m_job->result().message.isEmpty())
            emit message(m_job->result().message, false);
    } else if (m_job->state() == Job::State::Failed) {
        m_statusLine->setText(m_job->errorText());
        if (action != RolloutJob::Action::Status)
            emit message(m_job->errorText(), true);
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void RolloutPage::setRunning(bool running)
{
    running = running || m_pull->isRunning();
    const bool has = m_status.hasExperiment && !running;
    const bool active = has && m_status.experiment.status == RolloutExperiment::Status::Active;
    m_check->setEnabled(has);
    m_refreshLive->setEnabled(has);
    m_promote->setEnabled(active && m_status.check.canPromote);
    m_rollback->setEnabled(active && (m_status.experiment.stageIndex > 0 || m_status.experiment.killed));
    m_kill->setEnabled(active && !m_status.experiment.killed && m_status.experiment.stage().challengerShare > 0);
    m_automatic->setEnabled(active);
    m_stages->setEnabled(active);
    m_new->setEnabled(!running && !m_session->projectPath().isEmpty());
    m_experimentBox->setEnabled(!running && m_status.experiments.size() > 1);
}

void RolloutPage::showStatus(const RolloutStatus &status)
{
    m_status = status;
    m_filling = true;
    m_experimentBox->clear();
    for (const RolloutExperiment &e : status.experiments) {
        const QString label = e.status == RolloutExperiment::Status::Active
            ? tr("%1 (%2)").arg(e.name, e.stage().displayName())
            : tr("%1 (%2)").arg(e.name, RolloutExperiment::statusKey(e.status));
        m_experimentBox->addItem(label, e.name);
        m_experimentBox->setItemData(m_experimentBox->count() - 1,
                                     tr("%1 → %2").arg(e.productionModel, e.challengerModel), Qt::ToolTipRole);
    }
    if (status.hasExperiment)
        m_experimentBox->setCurrentIndex(m_experimentBox->findData(status.experiment.name));
    m_filling = false;

    if (!status.hasExperiment) {
        m_stepper->setPlan(RolloutPlan::defaults(), -1, false);
        m_summary->setText(m_session->projectPath().isEmpty()
                               ? tr("Open a project to start a staged rollout.")
                               : tr("No rollout yet. Start one with New experiment…: the challenger goes through "
                                    "shadow, canary, graduated, ramping and majority to full, each stage promoted "
                                    "only on evidence."));
        m_samplesLabel->setText(tr("Samples"));
        m_durationLabel->setText(tr("Time in stage"));
        m_samplesBar->setRange(0, 1);
        m_samplesBar->setValue(0);
        m_durationBar->setRange(0, 1);
        m_durationBar->setValue(0);
        m_automatic->setChecked(false);
        m_gates->setRowCount(0);
        m_audit->setRowCount(0);
        m_statistics->clear();
        fillConfigStages();
        showSimulation();
        setRunning(false);
        emit statusChanged();
        return;
    }
    const RolloutExperiment &e = status.experiment;
    const RolloutCheck &c = status.check;
    const QLocale locale;
    m_stepper->setPlan(e.plan, e.stageIndex, e.killed);
    m_automatic->setChecked(e.automatic);
    m_summary->setText(c.summary);

    const RolloutStage &stage = e.stage();
    const qint64 neededSamples
        = std::max<qint64>(stage.minSamples, c.nonInferiorityTested ? c.samples + c.samplesStillNeeded : 0);
    m_samplesBar->setRange(0, 1000);
    m_samplesBar->setValue(neededSamples > 0 ? int(std::min<qint64>(1000, c.samples * 1000 / neededSamples)) : 1000);
    m_samplesLabel->setText(
        stage.isShadow()
            ? tr("Judged replays: %1 of %2").arg(locale.toString(c.samples), locale.toString(stage.minSamples))
            : tr("Challenger requests: %1 of %2").arg(locale.toString(c.samples), locale.toString(neededSamples)));
    m_durationBar->setRange(0, 1000);
    m_durationBar->setValue(
        stage.minDurationHours > 0 ? int(std::min(1000.0, c.hoursInStage * 1000.0 / stage.minDurationHours)) : 1000);
    m_durationLabel->setText(
        tr("Time in stage: %1 of %2 h")
            .arg(locale.toString(c.hoursInStage, 'f', 1), locale.toString(stage.minDurationHours, 'f', 0)));
    showGates();
    showAudit();
    fillConfigStages();
    showSimulation();
    setRunning(false);
    emit statusChanged();
}

void RolloutPage::showGates()
{
    const RolloutCheck &c = m_status.check;
    const QLocale locale;
    m_gates->setRowCount(int(c.items.size()));
    for (int row = 0; row < c.items.size(); ++row) {
        const RolloutCheckItem &item = c.items.at(row);
        QString state;
        QColor colour;
        switch (item.state) {
        case RolloutCheckItem::State::Pass:
            state = tr("Pass");
            colour = QColor(0x2e, 0xa0, 0x43);
            break;
        case RolloutCheckItem::State::Fail:
            state = item.hard ? tr("Fail (hard)") : tr("Fail");
            colour = QColor(0xc0, 0x39, 0x2b);
            break;
        case RolloutCheckItem::State::Pending:
            state = tr("Waiting");
            colour = QColor(0xe6, 0xa1, 0x17);
            break;
        }
        auto *lightItem = cell(state);
        lightItem->setIcon(light(colour));
        m_gates->setItem(row, LightColumn, lightItem);
        m_gates->setItem(row, ConditionColumn, cell(item.label));
        m_gates->setItem(row, ValueColumn, cell(item.valueText, true));
        m_gates->setItem(row, ThresholdColumn, cell(item.thresholdText, true));
        if (!item.detail.isEmpty())
            for (int column = 0; column < GateColumnCount; ++column)
                m_gates->item(row, column)->setToolTip(item.detail);
    }
    m_gates->resizeColumnsToContents();
    m_gates->horizontalHeader()->setStretchLastSection(false);
    m_gates->horizontalHeader()->setStretchLastSection(true);
    m_gates->setWordWrap(false);

    // What each open condition needs, in full sentences under the table rather than squeezed into a column.
    QStringList lines;
    for (const RolloutCheckItem &item : c.items)
        if (item.state != RolloutCheckItem::State::Pass && !item.detail.isEmpty())
            lines << tr("• %1: %2").arg(item.label, item.detail);
    const RolloutLiveMetrics &m = c.metrics;
    if (m.production.requests() + m.challenger.requests() > 0)
        lines << tr("Live traffic since the stage began: %1 requests to %2, %3 to %4 (%5 to the challenger)%6.")
                     .arg(locale.toString(m.production.requests()), m.production.model,
                          locale.toString(m.challenger.requests()), m.challenger.model,
                          std::isfinite(c.observedShare) ? percentText(c.observedShare) : tr("no data"),
                          m.taggedOnly ? tr(", rows tagged %1 only").arg(m_status.experiment.name) : QString());
    if (c.nonInferiorityTested && std::isfinite(c.difference))
        lines << tr("Success rate %1 vs %2: difference %3 points, anytime-valid 95 % interval %4 … %5 (margin −2 "
                    "points), verdict %6. Unit: %7 (design effect %8). Power now %9.")
                     .arg(percentText(m.challenger.successRate()), percentText(m.production.successRate()),
                          locale.toString(c.difference * 100.0, 'f', 2), locale.toString(c.lowerBound * 100.0, 'f', 2),
                          locale.toString(c.upperBound * 100.0, 'f', 2),
                          NonInferiorityResult::verdictToString(c.verdict),
                          c.unit == QLatin1String("user")          ? tr("users")
                              : c.unit == QLatin1String("session") ? tr("sessions")
                                                                   : tr("requests"),
                          locale.toString(c.designEffect, 'f', 2), percentText(c.power));
    if (m.shadowReplays > 0)
        lines << tr("Shadow evidence: %1 replays of %2, %3 judged.")
                     .arg(locale.toString(m.shadowReplays), m_status.experiment.challengerModel,
                          locale.toString(m.shadowJudged));
    if (m_status.trafficPerHour > 0)
        lines << tr("Production traffic in the logs: %1 requests per hour.")
                     .arg(locale.toString(m_status.trafficPerHour, 'f', 0));
    m_statistics->setText(lines.join(u'\n'));
}

void RolloutPage::showAudit()
{
    const QList<RolloutEvent> &events = m_status.events;
    m_audit->setRowCount(int(events.size()));
    // Newest first: the decision just taken is what the analyst looks for.
    for (int i = 0; i < events.size(); ++i) {
        const RolloutEvent &ev = events.at(events.size() - 1 - i);
        m_audit->setItem(
            i, TimeColumn,
            cell(QDateTime::fromMSecsSinceEpoch(ev.atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_audit->setItem(i, ActorColumn, cell(ev.actor));
        m_audit->setItem(i, ActionColumn, cell(RolloutEvent::actionName(ev.action)));
        m_audit->setItem(i, StagesColumn,
                         cell(ev.fromStage.isEmpty() || ev.fromStage == ev.toStage
                                  ? ev.toStage
                                  : ev.fromStage + QStringLiteral(" → ") + ev.toStage));
        m_audit->setItem(i, ReasonColumn, cell(ev.reason));
    }
    m_audit->resizeColumnsToContents();
    m_audit->horizontalHeader()->setStretchLastSection(false);
    m_audit->horizontalHeader()->setStretchLastSection(true);
}

void RolloutPage::askPromote()
{
    const RolloutExperiment &e = m_status.experiment;
    if (!m_status.hasExperiment || e.isAtFull())
        return;
    const RolloutStage &next = e.plan.at(e.stageIndex + 1);
    const auto answer = QMessageBox::question(
        this, tr("Promote %1").arg(e.challengerModel),
        tr("Promote %1 from %2 to %3? It will get %4 of live traffic. Deploy the %3 config from the Portkey config "
           "tab afterwards; the audit log records who promoted and the check it rested on.")
            .arg(e.challengerModel, e.stage().displayName(), next.displayName(), next.shareText()));
    if (answer == QMessageBox::Yes)
        promote();
}

void RolloutPage::askRollback()
{
    const RolloutExperiment &e = m_status.experiment;
    if (!m_status.hasExperiment)
        return;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, tr("Roll back %1").arg(e.challengerModel),
                                tr("Why roll %1 back from %2 to shadow? (required; it goes into the audit log)")
                                    .arg(e.challengerModel, e.stage().displayName()),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        emit message(tr("Rollback needs a reason; nothing was changed."), true);
        return;
    }
    rollback(reason);
}

void RolloutPage::askKill()
{
    const RolloutExperiment &e = m_status.experiment;
    if (!m_status.hasExperiment)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Kill switch for %1").arg(e.challengerModel),
        tr("Set %1's weight to 0 now? Production takes all traffic once you deploy the kill-switch config. Reason "
           "for the audit log:")
            .arg(e.challengerModel),
        QLineEdit::Normal, tr("Kill switch pulled."), &ok);
    if (ok)
        kill(reason);
}

void RolloutPage::proposeExperiment(const QString &production, const QString &challenger)
{
    askNewExperiment(production, challenger);
}

void RolloutPage::askNewExperiment(const QString &production, const QString &challenger)
{
    QStringList models = Session::simulatorModels();
    for (const RolloutExperiment &e : m_status.experiments)
        for (const QString &m : { e.productionModel, e.challengerModel })
            if (!models.contains(m))
                models.prepend(m);
    NewExperimentDialog dialog(models, this);
    dialog.setModels(production, challenger);
    if (dialog.exec() == QDialog::Accepted)
        createExperiment(dialog.experiment());
}

void RolloutPage::fillConfigStages()
{
    const bool had = m_filling;
    m_filling = true;
    const QString previous = m_configStage->currentData().toString();
    m_configStage->clear();
    if (m_status.hasExperiment) {
        const RolloutExperiment &e = m_status.experiment;
        for (const RolloutStage &stage : e.plan.stages())
            m_configStage->addItem(tr("%1 (%2)").arg(stage.displayName(), stage.shareText()), stage.name);
        m_configStage->addItem(tr("Kill switch"), QStringLiteral("kill_switch"));
        m_configStage->addItem(tr("Rollback"), QStringLiteral("rollback"));
        // The config to deploy now: the current stage's, or the kill switch once it is pulled.
        const QString current = e.killed ? QStringLiteral("kill_switch") : e.stageName();
        const int keep = m_configStage->findData(previous.isEmpty() ? current : previous);
        m_configStage->setCurrentIndex(keep >= 0 ? keep : m_configStage->findData(current));
    }
    m_filling = had;
    m_configStage->setEnabled(m_status.hasExperiment);
    showConfig();
}

QString RolloutPage::configText() const
{
    return m_configView->toPlainText();
}

void RolloutPage::showConfig()
{
    if (m_filling && m_configStage->count() > 0 && m_configStage->currentIndex() < 0)
        return;
    const bool has = m_status.hasExperiment;
    m_copy->setEnabled(has);
    m_save->setEnabled(has);
    if (!has) {
        m_configView->clear();
        m_configNote->setText(tr("Create an experiment to get the Portkey config of each stage."));
        m_sticky->setEnabled(false);
        m_hosted->setEnabled(false);
        return;
    }
    const RolloutExperiment &e = m_status.experiment;
    RolloutEndpoint production;
    production.model = e.productionModel;
    RolloutEndpoint challenger;
    challenger.model = e.challengerModel;
    const RolloutConfigBuilder builder(production, challenger, &m_session->catalog());
    const QString key = m_configStage->currentData().toString();
    const int index = e.plan.indexOf(key);
    const bool split = index >= 0 && !e.plan.at(index).isShadow() && !e.plan.at(index).isFull();
    m_sticky->setEnabled(split && !m_hosted->isChecked());
    m_hosted->setEnabled(index >= 0);
    QJsonObject config;
    QStringList note;
    if (key == QLatin1String("kill_switch")) {
        config = builder.killSwitchConfig();
        note << tr("Kill switch: %1 keeps its place with weight 0, so production takes every request.")
                    .arg(e.challengerModel);
    } else if (key == QLatin1String("rollback")) {
        config = builder.rollbackConfig();
        note << tr("Rollback: production only, as in shadow; the challenger is replayed, never served.");
    } else if (index >= 0 && m_hosted->isChecked() && m_hosted->isEnabled()) {
        config = builder.hostedConfig(e.plan.at(index), RolloutHostedOptions());
        note << tr("Hosted-only: sticky sessions, @slug providers and saved config ids work on Portkey's hosted "
                   "gateway; the open-source gateway ignores or rejects them.");
    } else if (index >= 0 && split && m_sticky->isChecked()) {
        config = builder.stickyConfig(e.plan.at(index).challengerShare);
        note << tr("Sticky users on the open-source gateway: requests whose rollout_bucket is below %1 go to %2. Your "
                   "application computes the bucket from the user id and sends it in x-portkey-metadata:")
                    .arg(RolloutConfigBuilder::bucketThreshold(e.plan.at(index).challengerShare))
                    .arg(e.challengerModel)
             << QStringLiteral("<pre>") + RolloutConfigBuilder::clientSnippet().toHtmlEscaped()
                + QStringLiteral("</pre>");
    } else if (index >= 0) {
        config = builder.config(e.plan.at(index));
        const RolloutStage &stage = e.plan.at(index);
        note << (stage.isShadow() ? tr("Shadow: production takes all live traffic; the challenger is only replayed.")
                     : stage.isFull()
                     ? tr("Full: %1 first, production as its fallback on any error.").arg(e.challengerModel)
                     : tr("Load balance: %1 of requests to %2, drawn per request (users can meet both models; tick "
                          "Sticky users to keep each user on one).")
                           .arg(stage.shareText(), e.challengerModel));
    }
    note << tr("Replace the api_key placeholders with your keys (or Portkey virtual keys) before deploying.");
    m_configNote->setText(note.join(QStringLiteral("<br>")));
    m_configView->setPlainText(QString::fromUtf8(RolloutConfigBuilder::toPretty(config)));
}

void RolloutPage::copyConfig()
{
    QApplication::clipboard()->setText(configText());
    emit message(tr("The %1 config is on the clipboard.").arg(m_configStage->currentText()), false);
}

void RolloutPage::saveConfig()
{
    const QString name
        = QStringLiteral("portkey-%1-%2.json").arg(m_status.experiment.name, m_configStage->currentData().toString());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Portkey config"), name, tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QJsonObject config = QJsonDocument::fromJson(configText().toUtf8()).object();
    if (!RolloutConfigBuilder::save(config, path, QJsonDocument::Indented, &error)) {
        emit message(error, true);
        return;
    }
    emit message(tr("Saved the %1 config to %2.").arg(m_configStage->currentText(), path), false);
}

void RolloutPage::showSimulation()
{
    const QLocale locale;
    const double measured = m_status.trafficPerHour;
    if (!m_trafficEdited && measured > 0) {
        const bool had = m_filling;
        m_filling = true;
        m_traffic->setValue(int(std::clamp(std::round(measured), 1.0, 100'000'000.0)));
        m_filling = had;
    }
    m_trafficSource->setText(measured > 0
                                 ? tr("measured in the logs: %1 requests per hour of %2")
                                       .arg(locale.toString(measured, 'f', 0), m_status.experiment.productionModel)
                                 : tr("enter your production volume (the logs do not show it)"));
    const RolloutPlan plan = m_status.hasExperiment ? m_status.experiment.plan : RolloutPlan::defaults();
    RolloutSimulationOptions options;
    if (m_status.hasExperiment && m_status.check.nonInferiorityTested)
        options.designEffect = std::max(1.0, m_status.check.designEffect);
    const RolloutSimulation sim = RolloutSimulator::simulate(plan, double(m_traffic->value()), options);
    if (!sim.isValid()) {
        m_simulation->setText(sim.error);
        m_timeline->clear();
        m_simulationTable->setRowCount(0);
        return;
    }
    m_simulation->setText(sim.verdict());
    QList<RolloutTimelineChart::Segment> segments;
    m_simulationTable->setRowCount(0);
    for (const RolloutStageForecast &s : sim.stages) {
        if (s.bound == RolloutStageForecast::Bound::None)
            continue;
        const int index = plan.indexOf(s.name);
        const QString name = index >= 0 ? plan.at(index).displayName() : s.name;
        QString bound;
        switch (s.bound) {
        case RolloutStageForecast::Bound::Duration:
            bound = tr("minimum duration (%1 h)").arg(locale.toString(s.minDurationHours, 'f', 0));
            break;
        case RolloutStageForecast::Bound::Samples:
            bound = tr("minimum samples (%1)").arg(locale.toString(s.minSamples));
            break;
        case RolloutStageForecast::Bound::Power:
            bound = tr("80 % power (%1 samples)").arg(locale.toString(s.samplesForPower));
            break;
        case RolloutStageForecast::Bound::None:
            break;
        }
        segments.append({ name, std::isfinite(s.hours) ? s.hours : 0.0, bound });
        const int row = m_simulationTable->rowCount();
        m_simulationTable->insertRow(row);
        m_simulationTable->setItem(row, 0, cell(name));
        m_simulationTable->setItem(row, 1,
                                   cell(std::isfinite(s.hours) ? locale.toString(s.hours, 'f', 1) : tr("never"), true));
        m_simulationTable->setItem(row, 2, cell(bound));
        m_simulationTable->setItem(
            row, 3, cell(s.hasCheck() ? tr("%1 %").arg(locale.toString(s.power * 100.0, 'f', 0)) : tr("—"), true));
    }
    m_simulationTable->resizeColumnsToContents();
    m_simulationTable->horizontalHeader()->setStretchLastSection(false);
    m_simulationTable->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows: the timeline gets the rest of the tab.
    int height = m_simulationTable->horizontalHeader()->sizeHint().height() + 2 * m_simulationTable->frameWidth();
    for (int row = 0; row < m_simulationTable->rowCount(); ++row)
        height += m_simulationTable->rowHeight(row);
    m_simulationTable->setFixedHeight(std::max(height, 60));
    m_timeline->setTimeline(segments, options.targetDays * 24.0);
}

} // namespace ShadowOptic
