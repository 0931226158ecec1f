// SPDX-License-Identifier: MIT
#pragma once

#include "store/projectstore.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace ShadowOptic {

class ActivityLogPage;
class KeyStore;
class EmptyStateHint;
class CostsPage;
class ForecastPage;
class RolloutPage;
class RefusalsPage;
class RefusalScanJob;
class RunsPage;
class LogsPage;
class ReplayPage;
class RecommendationPage;
class ImportJob;
class Session;
class TradeoffPage;
class MessageBar;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** File ▸ Open, recent projects and dropped files open existing projects only; New and Import may create one. */
    bool openProject(const QString &path, ProjectStore::OpenMode mode = ProjectStore::OpenMode::CreateOrOpen);
    QString projectPath() const { return m_project; }
    /** Imports in the background; the summary dialog appears unless quiet. */
    void importFiles(const QStringList &files, bool quiet = false);
    bool isBusy() const;
    void showMessage(const QString &text, bool error = false);
    QString currentMessage() const;
    void log(const QString &text);
    LogsPage *logsPage() const { return m_logs; }
    ReplayPage *replayPage() const { return m_replay; }
    TradeoffPage *tradeoffPage() const { return m_tradeoff; }
    RecommendationPage *recommendationPage() const { return m_recommendation; }
    CostsPage *costsPage() const { return m_costs; }
    RefusalsPage *refusalsPage() const { return m_refusals; }
    ForecastPage *forecastPage() const { return m_forecast; }
    RolloutPage *rolloutPage() const { return m_rollout; }
    RunsPage *runsPage() const { return m_runs; }
    /** The one session behind every panel: project, target, simulator, judge model, catalog. */
    Session *session() const { return m_session; }
    QDockWidget *dock(const QString &objectName) const;
    /** The project to open at start: the one named on the command line, else the most recent one that still
     *  exists (a relaunch carries on where the analyst left off), else none. */
    static QString startupProject(const QString &named);
    /** Shows a panel, brings its tab to the front and focuses it (what Alt+N does). */
    void showDock(QDockWidget *dock);
    /** The API keys for this session; remember: also into the OS keychain, saying where they went. */
    void useKeys(const QString &portkeyKey, const QString &providerKey, bool remember);
    void resetLayout();

signals:
    void projectOpened(const QString &path);
    void importFinished(const ShadowOptic::ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyLogsShare();

private slots:
    void onPageMessage(const QString &text, bool error);

private:
    QDockWidget *dockify(QWidget *page, const QString &id, const char *title, const QKeySequence &shortcut,
                         Qt::DockWidgetArea area);
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void newProject();
    void openProjectDialog();
    void importDialog();
    void pullDialog();
    void reportDialog();
    void exportDialog();
    void settingsDialog();
    /** Settings' replay defaults, judge model and gateway target, unless a replay is running. */
    void applyDefaults();
    /** Each panel's hint: open a project, import logs, or nothing once there are logs. */
    void updateEmptyStates();
    void showCatalog();
    void setBusy(bool busy, const QString &text = QString());
    void updateTargetIndicator();
    void onImportFinished();

    QString m_project;
    Session *m_session;
    KeyStore *m_keys;
    QList<EmptyStateHint *> m_hints; // one per panel but the activity log
    qint64 m_logCount = -1; // -1: no project
    ImportJob *m_import;
    bool m_importQuiet = false;
    MessageBar *m_messageBar;
    QWidget *m_messageStrip = nullptr;
    LogsPage *m_logs;
    ActivityLogPage *m_activity;
    ReplayPage *m_replay = nullptr;
    TradeoffPage *m_tradeoff = nullptr;
    RecommendationPage *m_recommendation = nullptr;
    CostsPage *m_costs = nullptr;
    RefusalsPage *m_refusals = nullptr;
    ForecastPage *m_forecast = nullptr;
    RolloutPage *m_rollout = nullptr;
    RunsPage *m_runs = nullptr;
    RefusalScanJob *m_refusalScan = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_windowMenu = nullptr;
    QAction *m_windowSeparator = nullptr;
    QList<QAction *> m_dockActions; // Alt+N: show, raise and focus a panel
    QMenu *m_recentMenu = nullptr;
    QProgressBar *m_progress;
    QLabel *m_statusText;
    QToolButton *m_cancel;
    QToolButton *m_target;
    QByteArray m_defaultState;
    bool m_busy = false;
    bool m_defaultSplitPending = false;
    static constexpr double DefaultLogsShare = 0.4;
    double m_logsShare = DefaultLogsShare; // of the window's width, kept across resizes
    int m_layoutWidth = 0;
};

} // namespace ShadowOptic
