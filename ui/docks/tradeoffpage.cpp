// SPDX-License-Identifier: MIT
#include "tradeoffpage.h"

#include "charts/latencychart.h"
#include "charts/refusalchart.h"
#include "charts/tradeoffchart.h"
#include "eval/evaluator.h"
#include "eval/runevaluator.h"
#include "models/aggregatesmodel.h"
#include "store/profilestore.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace ShadowOptic {

struct TradeoffPage::Collected
{
    qint64 runId = 0;
    QString currentModel;
    QString error;
};

namespace {

QString profileCurrentModel(ProjectStore &store)
{
    UserProfile profile;
    return ProfileStore(store).load(profile.name, &profile) ? profile.currentModel : QString();
}

} // namespace

struct TradeoffPage::Evaluated
{
    qint64 runId = 0;
    EvaluatorReport report;
    QString error;
};

TradeoffPage::Evaluated TradeoffPage::evaluateLatest(const QString &path, const QString &judgeModel)
{
    TradeoffPage::Evaluated out;
    ProjectStore *store = ThreadStore::get(path, &out.error);
    if (!store)
        return out;
    const QList<qint64> runs = Evaluator::replayRuns(*store);
    if (runs.isEmpty())
        return out; // nothing replayed yet: an empty report, no error
    const QString current = profileCurrentModel(*store);
    out.runId = RunEvaluator::latestRun(*store, current);
    RunEvaluator::load(*store, out.runId, current, judgeModel, &out.report, &out.error);
    return out;
}

TradeoffPage::TradeoffPage(QWidget *parent)
    : QWidget(parent)
    , m_evaluator(new RunEvaluator(this))
    , m_model(new AggregatesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_evaluate(new QPushButton(tr("&Evaluate latest run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_judgeModel(new QLineEdit(QStringLiteral("gpt-4o-mini"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tradeoff(new TradeoffChart(this))
    , m_latency(new LatencyChart(this))
    , m_refusals(new RefusalChart(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
{
    m_simulator = std::make_unique<SimulatorThread>(QStringLiteral("TradeoffSimulator"));
    buildUi();
    connect(m_evaluate, &QPushButton::clicked, this, &TradeoffPage::evaluate);
    connect(m_cancel, &QPushButton::clicked, this, &TradeoffPage::cancel);
    connect(m_evaluator, &RunEvaluator::progressChanged, this, [this](int permille, const QString &text) {
        if (m_state != State::Judging)
            return;
        m_progress->setValue(permille);
        m_progress->setFormat(text);
    });
    connect(m_evaluator, &RunEvaluator::failed, this, [this](const QString &text) {
        if (m_state == State::Judging)
            emit message(tr("Evaluation failed: %1").arg(text), true);
    });
    connect(m_evaluator, &RunEvaluator::finished, this, &TradeoffPage::onRunEvaluated);
    connect(m_tradeoff, &TradeoffChart::modelClicked, this, &TradeoffPage::selectModel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
    setState(State::Idle);
}

TradeoffPage::~TradeoffPage()
{
    m_evaluator->cancel();
    m_simulator.reset();
}

void TradeoffPage::buildUi()
{
    m_judgeModel->setToolTip(tr("The judge model that scores every answer (SPEC rubric, strict JSON)."));
    m_judgeModel->setMaximumWidth(180);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(220);
    m_evaluate->setToolTip(tr("Judge the newest replay run against the current model replayed on the same prompts "
                              "(replaying it first where the run lacks it), with the logged answers as an \"as logged\" "
                              "reference, then aggregate per model."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_evaluate);
    bar->addWidget(m_cancel);
    bar->addWidget(new QLabel(tr("Judge:"), this));
    bar->addWidget(m_judgeModel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status, 1);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AggregatesModel::SortRole);
    m_proxy->setSortLocaleAware(false);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // keep the report's order (current first) until asked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sideCharts = new QSplitter(Qt::Vertical, this);
    sideCharts->addWidget(m_latency);
    sideCharts->addWidget(m_refusals);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_tradeoff);
    charts->addWidget(sideCharts);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_details);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("tradeoffSplitter"));
    split->addWidget(charts);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 540, 240 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void TradeoffPage::setState(State state)
{
    const bool wasBusy = m_state != State::Idle;
    m_state = state;
    const bool busy = state != State::Idle;
    m_evaluate->setEnabled(!busy && !m_project.isEmpty());
    m_cancel->setEnabled(state == State::Collecting || state == State::Judging || state == State::Evaluating);
    m_judgeModel->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (state == State::Idle) {
        m_progress->setValue(0);
    } else if (state != State::Judging) {
        m_progress->setRange(0, 0); // busy indicator while reading or aggregating
    } else {
        m_progress->setRange(0, 1000);
    }
    if (busy != wasBusy)
        emit busyChanged(busy);
}

void TradeoffPage::setProject(const QString &path)
{
    cancel();
    m_project = path;
    m_report = {};
    m_model->clear();
    m_tradeoff->clear();
    m_latency->clear();
    m_refusals->clear();
    m_details->clear();
    m_status->clear();
    setState(State::Idle);
    refresh();
}

void TradeoffPage::refresh()
{
    if (m_project.isEmpty() || m_state == State::Collecting || m_state == State::Judging)
        return;
    loadEvaluation(State::Loading);
}

void TradeoffPage::setTarget(const ReplayTarget &target)
{
    m_target = target;
}

void TradeoffPage::setJudgeModel(const QString &model)
{
    m_judgeModel->setText(model);
}

void TradeoffPage::loadEvaluation(State state)
{
    const quint64 generation = ++m_generation;
    setState(state);
    m_status->setText(state == State::Loading ? tr("Reading the evaluation…") : tr("Aggregating…"));
    const QString path = m_project;
    const QString judgeModel = m_judgeModel->text().trimmed();
    thenQueued(QtConcurrent::run(&TradeoffPage::evaluateLatest, path, judgeModel), this,
               [this, generation](const Evaluated &evaluated) {
                   if (generation != m_generation)
                       return;
                   onEvaluated(evaluated);
               });
}

void TradeoffPage::evaluate()
{
    if (m_project.isEmpty() || isRunning())
        return;
    const quint64 generation = ++m_generation;
    setState(State::Collecting);
    m_status->setText(tr("Collecting answers to judge…"));
    const QString path = m_project;
    auto task = QtConcurrent::run([path] {
        Collected out;
        ProjectStore *store = ThreadStore::get(path, &out.error);
        if (!store)
            return out;
        const QList<qint64> runs = Evaluator::replayRuns(*store);
        if (runs.isEmpty()) {
            out.error = tr("The project has no replay runs yet: replay a sample first (Replay panel).");
            return out;
        }
        out.currentModel = profileCurrentModel(*store);
        out.runId = RunEvaluator::latestRun(*store, out.currentModel);
        return out;
    });
    thenQueued(task, this, [this, generation](const Collected &collected) {
        if (generation != m_generation)
            return;
        onCollected(collected);
    });
}

void TradeoffPage::onCollected(const Collected &collected)
{
    if (!collected.error.isEmpty()) {
        setState(State::Idle);
        m_status->setText(collected.error);
        emit message(collected.error, true);
        return;
    }
    ReplayTarget target;
    QString error;
    if (!buildTarget(&target, &error)) {
        setState(State::Idle);
        m_status->setText(error);
        emit message(error, true);
        return;
    }
    RunEvaluator::Options o;
    o.currentModel = collected.currentModel;
    o.judgeModel = m_judgeModel->text().trimmed().isEmpty() ? QStringLiteral("gpt-4o-mini") : m_judgeModel->text().trimmed();
    setState(State::Judging);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Evaluating run %1").arg(collected.runId));
    m_status->setText(tr("Evaluating run %1 with %2").arg(collected.runId).arg(o.judgeModel));
    if (!m_evaluator->start(m_project, collected.runId, target, o, &error)) {
        setState(State::Idle);
        m_status->setText(error);
        emit message(tr("The evaluation could not start: %1").arg(error), true);
    }
}

void TradeoffPage::onRunEvaluated()
{
    if (m_state != State::Judging)
        return;
    const JudgeSummary &summary = m_evaluator->judgeSummary();
    m_lastJudgeText = summary.toText().trimmed();
    if (m_evaluator->baselineReplayed() + m_evaluator->baselineReused() > 0)
        m_lastJudgeText += QLatin1Char(' ')
            + tr("The baseline %1 was replayed on %2 of the run's prompts and reused on %3.")
                  .arg(m_evaluator->currentModel())
                  .arg(m_evaluator->baselineReplayed())
                  .arg(m_evaluator->baselineReused());
    if (summary.status == QLatin1String("cancelled") || m_evaluator->report().runIds.isEmpty()) {
        setState(State::Idle);
        m_status->setText(tr("Evaluation cancelled or failed."));
        return;
    }
    loadEvaluation(State::Evaluating);
}

void TradeoffPage::onEvaluated(const Evaluated &evaluated)
{
    const bool afterJudging = m_state == State::Evaluating;
    setState(State::Idle);
    if (!evaluated.error.isEmpty()) {
        m_status->setText(evaluated.error);
        emit message(tr("The evaluation of '%1' failed: %2").arg(m_project, evaluated.error), true);
        return;
    }
    showReport(evaluated.report);
    if (evaluated.runId == 0) {
        m_status->setText(tr("No replay runs yet: replay a sample, then evaluate it."));
    } else {
        qint64 judged = 0;
        for (const ModelAggregate &a : evaluated.report.models)
            judged += a.judged;
        m_status->setText(judged == 0 ? tr("Run %1 is not judged yet: press “Evaluate latest run”.").arg(evaluated.runId)
                                      : tr("Run %1: %n model(s), %2 judged answers.", nullptr,
                                           int(evaluated.report.models.size()))
                                            .arg(evaluated.runId)
                                            .arg(judged));
    }
    if (afterJudging)
        emit message(tr("Evaluation of run %1 finished. %2").arg(evaluated.runId).arg(m_lastJudgeText), false);
}

void TradeoffPage::showReport(const EvaluatorReport &report)
{
    const int selectedRow = m_view->currentIndex().isValid() ? m_proxy->mapToSource(m_view->currentIndex()).row() : -1;
    const QString selectedLabel
        = selectedRow >= 0 && selectedRow < m_model->rowCount() ? m_model->aggregate(selectedRow).label() : QString();
    m_report = report;
    m_model->setReport(report);
    m_tradeoff->setAggregates(report.models);
    // Latency and refusals compare the replays; logged production latencies (seconds, other load) would dwarf them.
    QList<ModelAggregate> replayed;
    for (const ModelAggregate &a : report.models)
        if (a.source == QLatin1String("replay"))
            replayed.append(a);
    m_latency->setAggregates(replayed);
    m_refusals->setAggregates(replayed);
    m_details->clear();
    if (!selectedLabel.isEmpty())
        selectModel(selectedLabel);
    else if (const ModelAggregate *current = report.current())
        selectModel(current->label());
    emit reportChanged();
}

void TradeoffPage::selectModel(const QString &label)
{
    const int row = m_model->rowOf(label);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AggregatesModel::ModelColumn));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TradeoffPage::showDetails(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_details->clear();
        return;
    }
    const ModelAggregate &a = m_model->aggregate(m_proxy->mapToSource(proxyIndex).row());
    const QLocale l;
    QString text = tr("<b>%1</b>: quality %2 [%3, %4] on %5 judged answers (%6 judge failures); "
                      "$%7 per request; latency mean %8 ms, p99 %9 ms.")
                       .arg(a.label().toHtmlEscaped(), l.toString(a.quality.estimate, 'f', 1),
                            l.toString(a.quality.lower, 'f', 1), l.toString(a.quality.upper, 'f', 1))
                       .arg(a.judged)
                       .arg(a.judgeFailures)
                       .arg(l.toString(a.costPerRequest, 'f', 6), l.toString(a.latencyMeanMs, 'f', 0),
                            l.toString(a.latencyP99Ms, 'f', 0));
    if (a.isCurrent) {
        text += QLatin1Char(' ') + tr("The current model, replayed on the same prompts: every comparison is paired "
                                      "against it.");
    } else if (a.source == QLatin1String("baseline")) {
        text += QLatin1Char(' ') + tr("The answers as logged in production, judged by the same judge: a reference "
                                      "only, never the baseline of a comparison.");
    } else if (const ModelAggregateComparison *c
               = a.source == QLatin1String("replay") ? m_report.comparison(a.model) : nullptr) {
        text += QStringLiteral("<br/>")
            + tr("Against %1 on %2 paired prompts: quality %3 points (95% CI [%4, %5], %6%), cost saving %7%; "
                 "McNemar p = %8 for refusals, p = %9 for successes.")
                  .arg(c->baseline.toHtmlEscaped())
                  .arg(c->qualityPairs)
                  .arg(l.toString(c->qualityDelta.estimate, 'f', 1), l.toString(c->qualityDelta.lower, 'f', 1),
                       l.toString(c->qualityDelta.upper, 'f', 1), l.toString(c->qualityDeltaPercent, 'f', 1),
                       l.toString(c->costSavingPercent, 'f', 1), l.toString(c->refusal.pValue, 'f', 3),
                       l.toString(c->success.pValue, 'f', 3));
    }
    if (!a.refusalsByType.isEmpty()) {
        QStringList types;
        for (auto it = a.refusalsByType.cbegin(); it != a.refusalsByType.cend(); ++it)
            types.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        text += QStringLiteral("<br/>") + tr("Refusals by type: %1").arg(types.join(QStringLiteral(", ")));
    }
    m_details->setText(text);
}

void TradeoffPage::cancel()
{
    if (m_state == State::Idle)
        return;
    ++m_generation;
    const bool judging = m_state == State::Judging;
    setState(State::Idle);
    if (judging)
        m_evaluator->cancel();
    m_status->setText(tr("Cancelled."));
}

SimulatedGateway *TradeoffPage::simulator()
{
    return m_simulator->gateway();
}

bool TradeoffPage::buildTarget(ReplayTarget *target, QString *error)
{
    if (!m_target.baseUrl.isEmpty()) {
        *target = m_target;
        return true;
    }
    return m_simulator->target(target, error);
}

} // namespace ShadowOptic
