// SPDX-License-Identifier: MIT
#include "runspage.h"

#include "models/runcomparisonmodel.h"
#include "models/runsmodel.h"
#include "session/session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ShadowOptic {

RunsPage::RunsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new RunsJob(session, this))
    , m_model(new RunsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_comparisonModel(new RunComparisonModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(this))
    , m_view(new QTableView(this))
    , m_comparisonBox(new QWidget(this))
    , m_comparisonText(new QLabel(this))
    , m_comparisonView(new QTableView(this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_showInTradeoff(new QPushButton(tr("Show in &Trade-off"), this))
    , m_status(new QLabel(this))
{
    buildUi();
    connect(m_job, &Job::finished, this, &RunsPage::onJobFinished);
    connect(m_model, &RunsModel::renameRequested, this, &RunsPage::renameRun);
    connect(m_session, &Session::projectChanged, this, [this] {
        m_comparisonModel->clear();
        m_comparisonBox->hide();
        m_status->clear();
        m_model->setRuns({});
        updateActions();
        refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::updateActions);
    connect(m_rename, &QPushButton::clicked, this, &RunsPage::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &RunsPage::deleteSelected);
    connect(m_compare, &QPushButton::clicked, this, &RunsPage::compareSelected);
    connect(m_showInTradeoff, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedRuns();
        if (ids.size() == 1)
            emit tradeoffRunRequested(ids.first());
    });
    updateActions();
}

RunsPage::~RunsPage()
{
    m_job->cancel();
}

void RunsPage::buildUi()
{
    m_rename->setToolTip(tr("Give the selected run a name (F2, or double-click its name)."));
    m_delete->setToolTip(tr("Delete the selected run with its answers and grades (Delete); asks first."));
    m_compare->setToolTip(tr("Compare the two selected replay runs model by model (the older one is A)."));
    m_showInTradeoff->setToolTip(tr("Show the selected run's evaluation in the Trade-off panel."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rename);
    bar->addWidget(m_delete);
    bar->addWidget(m_compare);
    bar->addWidget(m_showInTradeoff);
    bar->addWidget(m_status, 1);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunsModel::SortRole);
    m_proxy->setSortLocaleAware(false);
    m_view->setObjectName(QStringLiteral("runsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunsModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    // On the table only: F2 and Delete typed into the name editor belong to the editor.
    auto *renameAction = new QAction(tr("Rename"), m_view);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(renameAction, &QAction::triggered, this, &RunsPage::renameSelected);
    m_view->addAction(renameAction);
    auto *deleteAction = new QAction(tr("Delete…"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &RunsPage::deleteSelected);
    m_view->addAction(deleteAction);

    m_comparisonModel->setObjectName(QStringLiteral("runComparison"));
    auto *comparisonProxy = new QSortFilterProxyModel(this);
    comparisonProxy->setSourceModel(m_comparisonModel);
    comparisonProxy->setSortRole(RunComparisonModel::SortRole);
    comparisonProxy->setSortLocaleAware(false);
    m_comparisonView->setModel(comparisonProxy);
    m_comparisonView->setSortingEnabled(true);
    m_comparisonView->sortByColumn(-1, Qt::AscendingOrder);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonText->setWordWrap(true);
    m_comparisonText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *comparisonLayout = new QVBoxLayout(m_comparisonBox);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(m_comparisonText);
    comparisonLayout->addWidget(m_comparisonView, 1);
    m_comparisonBox->hide();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("runsSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_comparisonBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *showReplay = new QPushButton(tr("Show the Replay panel"), m_empty);
    connect(showReplay, &QPushButton::clicked, this, &RunsPage::replayPanelRequested);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(showReplay, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
}

QMessageBox *RunsPage::confirmation() const
{
    return m_confirmation;
}

bool RunsPage::isBusy() const
{
    return m_job->isRunning();
}

void RunsPage::refresh()
{
    if (m_session->projectPath().isEmpty()) {
        showRuns({});
        return;
    }
    RunsJob::Request request;
    request.action = RunsJob::Action::List;
    start(request);
}

void RunsPage::start(const RunsJob::Request &request)
{
    if (m_job->isRunning()) {
        if (request.action == RunsJob::Action::List) {
            m_refreshPending = true; // the list follows the running action
            return;
        }
        emit message(tr("The Runs panel is still busy; try again in a moment."), true);
        return;
    }
    m_job->setRequest(request);
    QString error;
    if (!m_job->start(&error)) {
        m_status->setText(error);
        emit message(error, true);
        return;
    }
    updateActions();
    emit busyChanged(true);
}

void RunsPage::renameRun(qint64 runId, const QString &name)
{
    RunsJob::Request request;
    request.action = RunsJob::Action::Rename;
    request.runId = runId;
    request.name = name;
    start(request);
}

void RunsPage::deleteRun(qint64 runId)
{
    RunsJob::Request request;
    request.action = RunsJob::Action::Footprint; // the confirmation says what goes with it
    request.runId = runId;
    start(request);
}

void RunsPage::compareRuns(qint64 runA, qint64 runB)
{
    RunsJob::Request request;
    request.action = RunsJob::Action::Compare;
    request.runId = runA;
    request.otherRunId = runB;
    start(request);
}

void RunsPage::onJobFinished()
{
    const RunsJob::Result &r = m_job->result();
    const RunsJob::Action action = m_job->request().action;
    switch (m_job->state()) {
    case Job::State::Failed:
        m_status->setText(m_job->errorText());
        emit message(m_job->errorText(), true);
        if (action == RunsJob::Action::Rename)
            showRuns(m_model->runs()); // the edited cell goes back to the stored name
        break;
    case Job::State::Succeeded:
        switch (action) {
        case RunsJob::Action::List:
            showRuns(r.runs);
            emit runsLoaded();
            break;
        case RunsJob::Action::Rename:
        case RunsJob::Action::Delete: {
            const QList<qint64> selected = selectedRuns();
            showRuns(r.runs);
            if (action == RunsJob::Action::Rename)
                selectRuns(selected);
            const RunComparison &shown = m_comparisonModel->comparison();
            if (action == RunsJob::Action::Delete && (shown.a.id() == r.run.id() || shown.b.id() == r.run.id())) {
                m_comparisonModel->clear();
                m_comparisonBox->hide();
            }
            m_status->setText(r.message);
            emit message(r.message, false);
            emit runsLoaded();
            emit runsChanged();
            break;
        }
        case RunsJob::Action::Footprint:
            confirmDelete(r);
            break;
        case RunsJob::Action::Compare: {
            m_comparisonModel->setComparison(r.comparison);
            const QStringList sentences = r.comparison.sentences();
            m_comparisonText->setText(sentences.isEmpty()
                                          ? tr("%1 and %2 replayed no model in common.")
                                                .arg(r.comparison.b.displayName(), r.comparison.a.displayName())
                                          : sentences.join(QLatin1Char('\n')));
            m_comparisonBox->show();
            m_status->setText(tr("Comparing %1 (B) with %2 (A); differences are B − A.")
                                  .arg(r.comparison.b.label(), r.comparison.a.label()));
            emit comparisonShown();
            break;
        }
        }
        break;
    default:
        break;
    }
    updateActions();
    emit busyChanged(false);
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

void RunsPage::showRuns(const QList<RunSummary> &runs)
{
    m_model->setRuns(runs);
    m_emptyText->setText(m_session->projectPath().isEmpty()
                             ? tr("No project open — open or create one (File ▸ New Project), then replay a sample "
                                  "in the Replay panel.")
                             : tr("No replay runs yet — start one in the Replay panel."));
    m_stack->setCurrentIndex(runs.isEmpty() ? 0 : 1);
    updateActions();
}

void RunsPage::confirmDelete(const RunsJob::Result &result)
{
    const RunSummary &run = result.run;
    const RunFootprint &f = result.footprint;
    if (m_confirmation)
        m_confirmation->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete %1").arg(run.label()),
                                tr("Delete %1 (%2, %3)?")
                                    .arg(run.label(), run.isJudgePass() ? tr("a judge pass") : tr("a replay"),
                                         run.info.models.join(QStringLiteral(", "))),
                                QMessageBox::NoButton, this);
    QString details = tr("It removes %1. This cannot be undone.").arg(f.removedText());
    for (const QString &t : f.referenceTexts())
        details += QLatin1Char('\n') + t;
    box->setInformativeText(details);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const qint64 runId = run.id();
    connect(box, &QMessageBox::finished, this, [this, box, remove, runId] {
        if (box->clickedButton() != remove)
            return;
        RunsJob::Request request;
        request.action = RunsJob::Action::Delete;
        request.runId = runId;
        start(request);
    });
    m_confirmation = box;
    box->open();
}

QList<qint64> RunsPage::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(RunsModel::RunIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunsPage::selectRuns(const QList<qint64> &runIds)
{
    QItemSelection selection;
    for (qint64 id : runIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().constLast(), QItemSelectionModel::NoUpdate);
    updateActions();
}

void RunsPage::updateActions()
{
    const bool busy = m_job->isRunning();
    QList<const RunSummary *> selected;
    for (qint64 id : selectedRuns())
        if (const int row = m_model->rowOf(id); row >= 0)
            selected.append(&m_model->run(row));
    const bool one = selected.size() == 1;
    const bool replays
        = std::none_of(selected.cbegin(), selected.cend(), [](const RunSummary *s) { return s->isJudgePass(); });
    m_rename->setEnabled(!busy && one);
    m_delete->setEnabled(!busy && one && selected.first()->info.status != RunStatus::Value::Running);
    m_compare->setEnabled(!busy && selected.size() == 2 && replays);
    m_showInTradeoff->setEnabled(one && replays);
}

void RunsPage::renameSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.first());
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, RunsModel::NameColumn));
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void RunsPage::deleteSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 1 && m_delete->isEnabled())
        deleteRun(ids.first());
}

void RunsPage::compareSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.size() == 2)
        compareRuns(ids.at(0), ids.at(1));
}

} // namespace ShadowOptic
