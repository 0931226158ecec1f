// SPDX-License-Identifier: MIT
#pragma once

#include "session/runsjob.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace ShadowOptic {

class RunComparisonModel;
class RunsModel;
class Session;

/**
 * The Runs panel: the project's run history as a sortable table; Rename (F2, a double-click on the name), Delete…
 * (Delete key, after a confirmation that names the run and what goes with it and what else refers to it), Compare
 * (two selected replay runs, model by model, differences coloured by direction and said in a sentence), and Show
 * in Trade-off. The session's RunsJob does every action; a replay that finishes and a project that opens refresh
 * the list.
 */
class RunsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPage(Session *session, QWidget *parent = nullptr);
    ~RunsPage() override;

    /** Reads the runs again (after a project opens or a replay or evaluation ends). */
    void refresh();
    /** Without a dialog: the name edit and the Rename button end here. */
    void renameRun(qint64 runId, const QString &name);
    /** Asks for confirmation (a window-modal box naming the run and what goes with it), then deletes. */
    void deleteRun(qint64 runId);
    void compareRuns(qint64 runA, qint64 runB);
    /** Selects these runs' rows (older first becomes A when compared). */
    void selectRuns(const QList<qint64> &runIds);
    QList<qint64> selectedRuns() const;
    bool isBusy() const;

    RunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RunComparisonModel *comparisonModel() const { return m_comparisonModel; }
    QTableView *comparisonView() const { return m_comparisonView; }
    QLabel *comparisonSummary() const { return m_comparisonText; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *emptyState() const { return m_empty; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *tradeoffButton() const { return m_showInTradeoff; }
    /** The open delete confirmation, if any. */
    QMessageBox *confirmation() const;

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A list arrived (after refresh() or an action). */
    void runsLoaded();
    /** A run was renamed or deleted: the Trade-off run picker reloads. */
    void runsChanged();
    void comparisonShown();
    /** The empty state's button: show the Replay panel. */
    void replayPanelRequested();
    /** Show in Trade-off: the Trade-off panel switches to this run. */
    void tradeoffRunRequested(qint64 runId);

private:
    void buildUi();
    void start(const RunsJob::Request &request);
    void onJobFinished();
    void showRuns(const QList<RunSummary> &runs);
    void confirmDelete(const RunsJob::Result &result);
    void updateActions();
    void renameSelected();
    void deleteSelected();
    void compareSelected();

    Session *m_session;
    RunsJob *m_job;
    RunsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    RunComparisonModel *m_comparisonModel;
    bool m_refreshPending = false;
    QPointer<QMessageBox> m_confirmation;

    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QTableView *m_view;
    QWidget *m_comparisonBox;
    QLabel *m_comparisonText;
    QTableView *m_comparisonView;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_compare;
    QPushButton *m_showInTradeoff;
    QLabel *m_status;
};

} // namespace ShadowOptic
