// SPDX-License-Identifier: MIT
#include "tradeoffpage.h"

#include "charts/latencychart.h"
#include "charts/refusalchart.h"
#include "charts/tradeoffchart.h"
#include "models/aggregatesmodel.h"
#include "session/evaluationjob.h"
#include "session/runsjob.h"
#include "session/session.h"

#include <QComboBox>
#include <QDateTime>
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
#include <QVBoxLayout>

#include <cmath>

namespace ShadowOptic {

TradeoffPage::TradeoffPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new EvaluationJob(session, this))
    , m_runsJob(new RunsJob(session, this))
    , m_model(new AggregatesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runPicker(new QComboBox(this))
    , m_evaluate(new QPushButton(tr("&Evaluate latest run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_judgeModel(new QLineEdit(session->judgeModel(), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_tradeoff(new TradeoffChart(this))
    , m_latency(new LatencyChart(this))
    , m_refusals(new RefusalChart(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
{
    buildUi();
    connect(m_evaluate, &QPushButton::clicked, this, &TradeoffPage::evaluate);
    connect(m_cancel, &QPushButton::clicked, this, &TradeoffPage::cancel);
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        if (m_state != State::Judging)
            return;
        m_progress->setValue(permille);
        m_progress->setFormat(text);
    });
    connect(m_job, &Job::warning, this, [this](const QString &text) {
        if (m_state == State::Judging)
            emit message(tr("Evaluation failed: %1").arg(text), true);
    });
    connect(m_job, &Job::finished, this, &TradeoffPage::onJobFinished);
    connect(m_runsJob, &Job::finished, this, &TradeoffPage::onRunsLoaded);
    connect(m_runPicker, &QComboBox::activated, this,
            [this](int index) { setRunId(m_runPicker->itemData(index).toLongLong()); });
    connect(m_judgeModel, &QLineEdit::editingFinished, this,
            [this] { m_session->setJudgeModel(m_judgeModel->text()); });
    connect(m_session, &Session::judgeModelChanged, this, [this](const QString &model) {
        if (m_judgeModel->text().trimmed() != model)
            m_judgeModel->setText(model);
    });
    connect(m_session, &Session::projectChanged, this, &TradeoffPage::onProjectChanged);
    connect(m_tradeoff, &TradeoffChart::modelClicked, this, &TradeoffPage::selectModel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
    setState(State::Idle);
}

TradeoffPage::~TradeoffPage()
{
    m_job->cancel();
    m_runsJob->cancel();
}

void TradeoffPage::buildUi()
{
    m_judgeModel->setToolTip(tr("The judge model that scores every answer (SPEC rubric, strict JSON)."));
    m_judgeModel->setMaximumWidth(180);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(220);
    m_evaluate->setToolTip(
        tr("Judge the newest replay run against the current model replayed on the same prompts "
           "(replaying it first where the run lacks it), with the logged answers as an \"as logged\" "
           "reference, then aggregate per model."));

    m_runPicker->setObjectName(QStringLiteral("tradeoffRunPicker"));
    m_runPicker->setToolTip(tr("The replay run to show and evaluate: the latest, or an earlier one."));
    m_runPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runPicker->addItem(tr("Latest run"), qint64(0));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Run:"), this));
    bar->addWidget(m_runPicker);
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
    m_cancel->setEnabled(busy);
    m_judgeModel->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (state == State::Idle) {
        m_progress->setValue(0);
    } else if (state == State::Loading) {
        m_progress->setRange(0, 0); // busy indicator while reading
    } else {
        m_progress->setRange(0, 1000);
    }
    if (busy != wasBusy)
        emit busyChanged(busy);
}

void TradeoffPage::setProject(const QString &path)
{
    m_session->setProjectPath(path);
}

void TradeoffPage::onProjectChanged(const QString &path)
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
    m_runId = 0;
    m_runPicker->clear();
    m_runPicker->addItem(tr("Latest run"), qint64(0));
    updateEvaluateText();
    setState(State::Idle);
    refresh();
}

void TradeoffPage::refresh()
{
    reloadRuns();
    if (m_project.isEmpty() || m_state == State::Judging)
        return;
    m_job->cancel(); // an older read
    startJob(false);
}

void TradeoffPage::reloadRuns()
{
    if (m_project.isEmpty())
        return;
    m_runsJob->cancel(); // an older list
    RunsJob::Request request;
    request.action = RunsJob::Action::List;
    m_runsJob->setRequest(request);
    QString error;
    if (!m_runsJob->start(&error))
        emit message(error, true);
}

void TradeoffPage::onRunsLoaded()
{
    if (m_runsJob->state() != Job::State::Succeeded)
        return;
    m_runPicker->clear();
    m_runPicker->addItem(tr("Latest run"), qint64(0));
    for (const RunSummary &run : m_runsJob->result().runs) {
        if (run.isJudgePass())
            continue;
        m_runPicker->addItem(run.label(), run.id());
        m_runPicker->setItemData(
            m_runPicker->count() - 1,
            tr("%1: %2, started %3")
                .arg(run.label(), run.info.models.join(QStringLiteral(", ")),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.info.createdAtMs), QLocale::ShortFormat)),
            Qt::ToolTipRole);
    }
    const int index = m_runPicker->findData(m_runId);
    m_runPicker->setCurrentIndex(qMax(0, index));
    emit runsLoaded();
    if (index < 0 && m_runId != 0) {
        // The picked run was deleted: back to the latest.
        m_runId = 0;
        updateEvaluateText();
        refresh();
    }
}

void TradeoffPage::setRunId(qint64 runId)
{
    if (const int index = m_runPicker->findData(runId); index >= 0)
        m_runPicker->setCurrentIndex(index);
    if (runId == m_runId)
        return;
    m_runId = runId;
    updateEvaluateText();
    if (m_project.isEmpty() || m_state == State::Judging)
        return;
    m_job->cancel();
    startJob(false);
}

void TradeoffPage::updateEvaluateText()
{
    m_evaluate->setText(m_runId == 0 ? tr("&Evaluate latest run") : tr("&Evaluate run %1").arg(m_runId));
}

void TradeoffPage::setJudgeModel(const QString &model)
{
    m_session->setJudgeModel(model);
}

void TradeoffPage::evaluate()
{
    if (m_project.isEmpty() || m_state == State::Judging)
        return;
    m_job->cancel(); // a read still on its way
    m_session->setJudgeModel(m_judgeModel->text());
    startJob(true);
}

void TradeoffPage::startJob(bool judge)
{
    EvaluationJob::Request request;
    request.judge = judge;
    request.runId = m_runId;
    m_job->setRequest(request);
    setState(judge ? State::Judging : State::Loading);
    if (judge) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Collecting answers to judge…"));
        m_status->setText(m_runId == 0 ? tr("Evaluating the latest run with %1").arg(m_session->judgeModel())
                                       : tr("Evaluating run %1 with %2").arg(m_runId).arg(m_session->judgeModel()));
    } else {
        m_status->setText(tr("Reading the evaluation…"));
    }
    QString error;
    if (!m_job->start(&error)) {
        setState(State::Idle);
        m_status->setText(error);
        emit message(error, true);
    }
}

void TradeoffPage::onJobFinished()
{
    const bool judged = m_job->request().judge;
    const EvaluationJob::Result &r = m_job->result();
    setState(State::Idle);
    switch (m_job->state()) {
    case Job::State::Cancelled:
        if (judged)
            m_status->setText(tr("Cancelled."));
        return;
    case Job::State::Failed:
        m_status->setText(m_job->errorText());
        emit message(judged ? tr("The evaluation failed: %1").arg(m_job->errorText())
                            : tr("The evaluation of '%1' failed: %2").arg(m_project, m_job->errorText()),
                     true);
        return;
    default:
        break;
    }
    showReport(r.report);
    if (r.runId == 0) {
        m_status->setText(tr("No replay runs yet: replay a sample, then evaluate it."));
        return;
    }
    qint64 judgedAnswers = 0;
    for (const ModelAggregate &a : r.report.models)
        judgedAnswers += a.judged;
    m_status->setText(judgedAnswers == 0
                          ? (m_runId == 0 ? tr("Run %1 is not judged yet: press “Evaluate latest run”.").arg(r.runId)
                                          : tr("Run %1 is not judged yet: press “Evaluate run %1”.").arg(r.runId))
                          : tr("Run %1: %n model(s), %2 judged answers.", nullptr, int(r.report.models.size()))
                                .arg(r.runId)
                                .arg(judgedAnswers));
    if (!judged)
        return;
    QString text = r.judge.toText().trimmed();
    if (r.baselineReplayed + r.baselineReused > 0)
        text += QLatin1Char(' ')
            + tr("The baseline %1 was replayed on %2 of the run's prompts and reused on %3.")
                  .arg(r.currentModel)
                  .arg(r.baselineReplayed)
                  .arg(r.baselineReused);
    emit message(tr("Evaluation of run %1 finished. %2").arg(r.runId).arg(text), false);
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
        if (a.source == AnswerSource::Value::Replay)
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
        text += QLatin1Char(' ')
            + tr("The current model, replayed on the same prompts: every comparison is paired "
                 "against it.");
    } else if (a.source == AnswerSource::Value::Baseline) {
        text += QLatin1Char(' ')
            + tr("The answers as logged in production, judged by the same judge: a reference "
                 "only, never the baseline of a comparison.");
    } else if (const ModelAggregateComparison *c
               = a.source == AnswerSource::Value::Replay ? m_report.comparison(a.model) : nullptr) {
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
    m_job->cancel();
}

SimulatedGateway *TradeoffPage::simulator()
{
    return m_session->simulator();
}

} // namespace ShadowOptic
