// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalog/pricecatalog.h"
#include "dialogs/catalogdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/pulldialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/settingsdialog.h"
#include "docks/activitylogpage.h"
#include "docks/costspage.h"
#include "docks/forecastpage.h"
#include "docks/logspage.h"
#include "docks/recommendationpage.h"
#include "docks/refusalspage.h"
#include "docks/replaypage.h"
#include "docks/rolloutpage.h"
#include "docks/runspage.h"
#include "docks/tradeoffpage.h"
#include "import/logimporter.h"
#include "keystore.h"
#include "models/logsmodel.h"
#include "session/importjob.h"
#include "session/refusalscanjob.h"
#include "session/session.h"
#include "settings.h"
#include "store/logsummary.h"
#include "store/projectstore.h"
#include "widgets/emptystatehint.h"
#include "widgets/messagebar.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScreen>
#include <QShowEvent>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ShadowOptic {

namespace {
// 2: the Refusals panel; 3: the Cost forecast panel; 4: the Rollout panel; 5: the Runs panel
constexpr int LayoutVersion = 5;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_keys(new KeyStore(this))
    , m_import(new ImportJob(m_session, this))
    , m_messageBar(new MessageBar(this))
    , m_logs(new LogsPage(this))
    , m_activity(new ActivityLogPage(this))
    , m_progress(new QProgressBar(this))
    , m_statusText(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_target(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    qRegisterMetaType<ImportReport>();
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setDockNestingEnabled(true);

    // Every panel is a dock; the inline message bar sits in a fixed strip above them.
    auto *messages = new QToolBar(tr("Messages"), this);
    messages->setObjectName(QStringLiteral("MessageStrip"));
    messages->setMovable(false);
    messages->setFloatable(false);
    messages->toggleViewAction()->setVisible(false);
    messages->addWidget(m_messageBar);
    connect(m_messageBar, &MessageBar::dismissed, messages, &QWidget::hide);
    messages->hide();
    m_messageStrip = messages;
    addToolBar(Qt::TopToolBarArea, messages);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_import->cancel();
        m_statusText->setText(tr("Cancelling…"));
    });
    connect(m_import, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_statusText->setText(text);
    });
    connect(m_import, &Job::finished, this, &MainWindow::onImportFinished);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    // One place that says where replays, judge and verification calls go; a click leads to the form that changes it.
    m_target->setObjectName(QStringLiteral("TargetIndicator"));
    m_target->setAutoRaise(true);
    m_target->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(m_target);
    connect(m_session, &Session::targetChanged, this, &MainWindow::updateTargetIndicator);
    connect(m_target, &QToolButton::clicked, this, [this] {
        QDockWidget *replay = dock(QStringLiteral("ReplayDock"));
        replay->show();
        replay->raise();
        m_replay->focusTarget();
    });

    dockify(m_logs, QStringLiteral("LogsDock"), QT_TR_NOOP("Logs"), QKeySequence(Qt::ALT | Qt::Key_1),
            Qt::LeftDockWidgetArea);
    connect(m_session, &Session::projectChanged, m_logs, &LogsPage::setProject);
    m_replay = new ReplayPage(m_session, this);
    dockify(m_replay, QStringLiteral("ReplayDock"), QT_TR_NOOP("Replay"), QKeySequence(Qt::ALT | Qt::Key_2),
            Qt::RightDockWidgetArea);
    connect(m_replay, &ReplayPage::message, this, [this](const QString &t, bool error) {
        if (error)
            showMessage(t, true);
        else
            log(t);
    });
    connect(m_replay, &ReplayPage::runFinished, this, [this](qint64 runId, RunStatus::Value status) {
        log(tr("Replay run %1 finished: %2").arg(runId).arg(RunStatus::name(status)));
        m_logs->reload();
    });
    m_tradeoff = new TradeoffPage(m_session, this);
    dockify(m_tradeoff, QStringLiteral("TradeoffDock"), QT_TR_NOOP("Trade-off"), QKeySequence(Qt::ALT | Qt::Key_3),
            Qt::RightDockWidgetArea);
    m_recommendation = new RecommendationPage(m_session, this);
    dockify(m_recommendation, QStringLiteral("RecommendationDock"), QT_TR_NOOP("Recommendation"),
            QKeySequence(Qt::ALT | Qt::Key_4), Qt::RightDockWidgetArea);
    m_costs = new CostsPage(m_session, this);
    dockify(m_costs, QStringLiteral("CostsDock"), QT_TR_NOOP("Costs"), QKeySequence(Qt::ALT | Qt::Key_5),
            Qt::RightDockWidgetArea);
    m_refusals = new RefusalsPage(m_session, this);
    dockify(m_refusals, QStringLiteral("RefusalsDock"), QT_TR_NOOP("Refusals"), QKeySequence(Qt::ALT | Qt::Key_6),
            Qt::RightDockWidgetArea);
    m_forecast = new ForecastPage(m_session, this);
    dockify(m_forecast, QStringLiteral("ForecastDock"), QT_TR_NOOP("Cost forecast"), QKeySequence(Qt::ALT | Qt::Key_7),
            Qt::RightDockWidgetArea);
    m_rollout = new RolloutPage(m_session, this);
    dockify(m_rollout, QStringLiteral("RolloutDock"), QT_TR_NOOP("Rollout"), QKeySequence(Qt::ALT | Qt::Key_8),
            Qt::RightDockWidgetArea);
    m_runs = new RunsPage(m_session, this);
    dockify(m_runs, QStringLiteral("RunsDock"), QT_TR_NOOP("Runs"), QKeySequence(Qt::ALT | Qt::Key_9),
            Qt::RightDockWidgetArea);
    tabifyDockWidget(dock(QStringLiteral("ReplayDock")), dock(QStringLiteral("TradeoffDock")));
    tabifyDockWidget(dock(QStringLiteral("TradeoffDock")), dock(QStringLiteral("RecommendationDock")));
    tabifyDockWidget(dock(QStringLiteral("RecommendationDock")), dock(QStringLiteral("CostsDock")));
    tabifyDockWidget(dock(QStringLiteral("CostsDock")), dock(QStringLiteral("RefusalsDock")));
    tabifyDockWidget(dock(QStringLiteral("RefusalsDock")), dock(QStringLiteral("ForecastDock")));
    tabifyDockWidget(dock(QStringLiteral("ForecastDock")), dock(QStringLiteral("RolloutDock")));
    tabifyDockWidget(dock(QStringLiteral("RolloutDock")), dock(QStringLiteral("RunsDock")));
    dock(QStringLiteral("ReplayDock"))->raise();
    for (auto *page :
         { static_cast<QObject *>(m_tradeoff), static_cast<QObject *>(m_recommendation),
           static_cast<QObject *>(m_costs), static_cast<QObject *>(m_refusals), static_cast<QObject *>(m_forecast),
           static_cast<QObject *>(m_rollout), static_cast<QObject *>(m_runs) })
        connect(page, SIGNAL(message(QString, bool)), this, SLOT(onPageMessage(QString, bool)));
    connect(m_replay, &ReplayPage::runFinished, m_tradeoff, &TradeoffPage::refresh);
    connect(m_replay, &ReplayPage::runFinished, m_runs, &RunsPage::refresh);
    // An evaluation changes which runs are judged; a renamed or deleted run changes the Trade-off run picker.
    connect(m_tradeoff, &TradeoffPage::reportChanged, m_runs, &RunsPage::refresh);
    connect(m_runs, &RunsPage::runsChanged, m_tradeoff, &TradeoffPage::refresh);
    connect(m_runs, &RunsPage::replayPanelRequested, this, [this] { showDock(dock(QStringLiteral("ReplayDock"))); });
    connect(m_runs, &RunsPage::tradeoffRunRequested, this, [this](qint64 runId) {
        m_tradeoff->setRunId(runId);
        showDock(dock(QStringLiteral("TradeoffDock")));
    });
    connect(m_replay, &ReplayPage::runFinished, m_costs, &CostsPage::refresh);
    connect(m_replay, &ReplayPage::runFinished, m_refusals, &RefusalsPage::refresh);
    // The finished run brings predicted vs actual, and its answers teach the output lengths.
    connect(m_replay, &ReplayPage::runFinished, m_forecast, &ForecastPage::refresh);
    // "Replay this sample": the forecast's models, prompts and budget in the Replay panel, shown and ready to start.
    connect(m_forecast, &ForecastPage::useSampleRequested, this, [this](const QStringList &logIds, double budgetUsd) {
        m_replay->setSelectedModels(m_forecast->report().models);
        m_replay->setForecastSample(logIds, budgetUsd);
        QDockWidget *replay = dock(QStringLiteral("ReplayDock"));
        replay->show();
        replay->raise();
        showMessage(tr("The Replay panel holds the forecast's %n prompt(s); press Start to replay them.", nullptr,
                       int(logIds.size())),
                    false);
    });
    connect(m_tradeoff, &TradeoffPage::reportChanged, m_refusals, &RefusalsPage::refresh);
    // The Logs table's refusal column is filled in the background after a project opens or an import ends.
    m_refusalScan = new RefusalScanJob(m_session, this);
    connect(m_refusalScan, &Job::progressChanged, this, [this](int, const QString &text) {
        if (!m_busy)
            m_statusText->setText(text);
    });
    connect(m_refusalScan, &Job::finished, this, [this](Job::State state) {
        if (state == Job::State::Failed)
            showMessage(m_refusalScan->errorText(), true);
        if (m_refusalScan->scanned() == 0)
            return;
        if (!m_busy)
            m_statusText->clear();
        log(tr("Refusal verdicts for %1 logged answers: %2 refusals")
                .arg(m_refusalScan->scanned())
                .arg(m_refusalScan->refusals()));
        m_logs->reload();
    });
    connect(m_session, &Session::projectChanged, this, [this] {
        m_refusalScan->cancel();
        QString error;
        m_refusalScan->start(&error);
    });
    connect(this, &MainWindow::importFinished, m_costs, &CostsPage::refresh);
    connect(m_recommendation, &RecommendationPage::rolloutRequested, this,
            [this](const QString &production, const QString &challenger) {
                QDockWidget *rollout = dock(QStringLiteral("RolloutDock"));
                rollout->show();
                rollout->raise();
                m_rollout->proposeExperiment(production, challenger);
            });
    connect(m_rollout, &RolloutPage::pullRequested, this, &MainWindow::pullDialog);
    // Newly imported live logs move the promotion check.
    connect(this, &MainWindow::importFinished, m_rollout, &RolloutPage::refresh);
    connect(m_costs, &CostsPage::catalogRequested, this, &MainWindow::showCatalog);
    dockify(m_activity, QStringLiteral("ActivityLogDock"), QT_TR_NOOP("Activity log"),
            QKeySequence(Qt::ALT | Qt::Key_0), Qt::LeftDockWidgetArea);
    splitDockWidget(dock(QStringLiteral("LogsDock")), dock(QStringLiteral("ActivityLogDock")), Qt::Vertical);
    connect(m_logs, &LogsPage::message, this, [this](const QString &t) { showMessage(t, true); });
    connect(m_logs->model(), &LogsModel::firstPageLoaded, this,
            [this](qint64 ms) { log(tr("Logs table: first page in %1 ms").arg(ms)); });

    createMenus();
    // The default size fits the screen (a 1280×800 laptop gets all of the window, not a clipped part).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    resize(qMin(1400, available.width()), qMin(900, available.height()));
    resizeDocks({ dock(QStringLiteral("LogsDock")), dock(QStringLiteral("ReplayDock")) }, { 560, 840 }, Qt::Horizontal);
    resizeDocks({ dock(QStringLiteral("LogsDock")), dock(QStringLiteral("ActivityLogDock")) }, { 700, 140 },
                Qt::Vertical);
    m_defaultState = saveState(LayoutVersion);
    restoreGeometry(Settings::instance()->windowGeometry());
    // A saved layout keeps its own split; the default one gives Logs 40 % of the width once the window has its size.
    dock(QStringLiteral("LogsDock"))->installEventFilter(this);
    m_defaultSplitPending = !restoreState(Settings::instance()->windowState(LayoutVersion), LayoutVersion);
    retranslate();
    applyDefaults();
    connect(Settings::instance(), &Settings::defaultsChanged, this, &MainWindow::applyDefaults);
    updateEmptyStates();
    // Keys in the OS keychain fill the Replay panel's key fields the environment left empty.
    m_keys->read(KeyStore::portkeyKeyName(), [this](const QString &key) {
        if (m_replay->portkeyKey().isEmpty())
            m_replay->setKeys(key, QString());
    });
    m_keys->read(KeyStore::providerKeyName(), [this](const QString &key) {
        if (m_replay->providerKey().isEmpty())
            m_replay->setKeys(QString(), key);
    });
    log(tr("Shadow Optic started"));
}

MainWindow::~MainWindow()
{
    // The panels' jobs stop before the session (and its simulator) they work through.
    qDeleteAll(m_docks);
    m_docks.clear();
    delete m_session;
}

void MainWindow::updateTargetIndicator()
{
    const QString description = m_session->targetDescription();
    const QString error = m_session->targetError();
    m_target->setText(error.isEmpty() ? tr("Target: %1").arg(description)
                                      : tr("Target: %1 (not usable)").arg(description));
    m_target->setToolTip(
        error.isEmpty() ? tr("Replays, judge calls and verification go here. Click to change it in the Replay panel.")
                        : tr("%1 Click to fix it in the Replay panel.").arg(error));
    QPalette palette = m_target->palette();
    palette.setColor(QPalette::ButtonText,
                     error.isEmpty() ? QApplication::palette().color(QPalette::ButtonText) : QColor(0xc0, 0x39, 0x2b));
    m_target->setPalette(palette);
}

QDockWidget *MainWindow::dockify(QWidget *page, const QString &id, const char *title, const QKeySequence &shortcut,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(tr(title), this);
    dock->setObjectName(id);
    dock->setProperty("titleSource", QString::fromUtf8(title));
    dock->setWidget(page);
    if (id != QLatin1String("ActivityLogDock")) {
        auto *hint = new EmptyStateHint(page);
        connect(hint, &EmptyStateHint::newProjectRequested, this, &MainWindow::newProject);
        connect(hint, &EmptyStateHint::openProjectRequested, this, &MainWindow::openProjectDialog);
        connect(hint, &EmptyStateHint::importRequested, this, &MainWindow::importDialog);
        connect(hint, &EmptyStateHint::pullRequested, this, &MainWindow::pullDialog);
        m_hints.append(hint);
    }
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    // Alt+N shows the panel, brings its tab to the front and focuses it; it never hides it (a toggle hid a tabbed
    // panel that was merely behind another tab). The menu entry is checked while the panel is open; its close button
    // hides it.
    auto *show = new QAction(tr(title), dock);
    show->setObjectName(id + QStringLiteral("Action"));
    show->setShortcut(shortcut);
    show->setCheckable(true);
    connect(show, &QAction::triggered, this, [this, dock, show] {
        showDock(dock);
        show->setChecked(true);
    });
    connect(dock, &QDockWidget::visibilityChanged, show, [dock, show] { show->setChecked(!dock->isHidden()); });
    addAction(show);
    m_dockActions.append(show);
    if (m_windowMenu)
        m_windowMenu->insertAction(m_windowSeparator, show);
    return dock;
}

QString MainWindow::startupProject(const QString &named)
{
    if (!named.isEmpty())
        return named;
    for (const QString &recent : Settings::instance()->recentProjects())
        if (QFileInfo::exists(recent))
            return recent;
    return {};
}

void MainWindow::showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    dock->activateWindow();
    if (QWidget *page = dock->widget())
        page->setFocus(Qt::ShortcutFocusReason);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(Settings::instance(), &Settings::recentProjectsChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Import Logs…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importDialog);
    file->addAction(tr("&Pull from Portkey…"), this, &MainWindow::pullDialog);
    file->addAction(tr("Model &Catalog…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    &MainWindow::showCatalog);
    file->addSeparator();
    file->addAction(tr("E&xport Report…"), QKeySequence::Print, this, &MainWindow::reportDialog);
    file->addAction(tr("&Export Data…"), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::settingsDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark Palette"));
    dark->setCheckable(true);
    dark->setChecked(Settings::instance()->darkPalette());
    connect(dark, &QAction::toggled, Settings::instance(), &Settings::setDarkPalette);
    QMenu *language = view->addMenu(tr("&Language"));
    const QList<QPair<QString, QString>> languages = { { QString(), tr("System default") },
                                                       { QStringLiteral("en"), QStringLiteral("English") },
                                                       { QStringLiteral("de"), QStringLiteral("Deutsch") } };
    auto *group = new QActionGroup(this);
    for (const auto &l : languages) {
        QAction *a = language->addAction(l.second);
        a->setCheckable(true);
        a->setChecked(Settings::instance()->language() == l.first);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [code = l.first] { Settings::instance()->setLanguage(code); });
    }
    view->addAction(tr("&Reload Logs"), QKeySequence::Refresh, m_logs, &LogsPage::reload);

    m_windowMenu = menuBar()->addMenu(tr("&Window"));
    m_windowSeparator = m_windowMenu->addSeparator();
    m_windowMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    // In shortcut order: Alt+1 … Alt+9, then Alt+0.
    QList<QAction *> ordered = m_dockActions;
    std::stable_sort(ordered.begin(), ordered.end(), [](const QAction *a, const QAction *b) {
        const auto key = [](const QAction *x) {
            const QString text = x->shortcut().toString();
            const int digit = text.isEmpty() ? 99 : text.back().digitValue();
            return digit == 0 ? 10 : digit;
        };
        return key(a) < key(b);
    });
    for (QAction *a : std::as_const(ordered))
        m_windowMenu->insertAction(m_windowSeparator, a);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shadow Optic"), this, [this] {
        QMessageBox box(QMessageBox::Information, tr("About Shadow Optic"),
                        tr("<h3>Shadow Optic %1</h3><p>Replays your Portkey traffic against cheaper models, scores "
                           "cost, quality and refusals, and tells you which model to use and how to switch safely.</p>")
                                .arg(QCoreApplication::applicationVersion())
                            + tr("<p>Bundled price data: %1. Its licence is under Show Details.</p>")
                                  .arg(PriceCatalog::bundledSource().toHtmlEscaped()),
                        QMessageBox::Ok, this);
        QFile licence(QStringLiteral(":/portkey-models/LICENSE"));
        if (licence.open(QIODevice::ReadOnly))
            box.setDetailedText(QString::fromUtf8(licence.readAll()));
        box.exec();
    });
}

void MainWindow::retranslate()
{
    updateTargetIndicator();
    // Dock titles were created with tr(); look the English source up again in the current catalog.
    for (QDockWidget *d : std::as_const(m_docks)) {
        const QByteArray source = d->property("titleSource").toString().toUtf8();
        if (!source.isEmpty())
            d->setWindowTitle(tr(source.constData()));
    }
    for (QAction *a : std::as_const(m_dockActions))
        if (auto *d = qobject_cast<QDockWidget *>(a->parent()))
            a->setText(d->windowTitle());
    setWindowTitle(m_project.isEmpty() ? tr("Shadow Optic")
                                       : tr("%1 — Shadow Optic").arg(QFileInfo(m_project).fileName()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Menus are rebuilt so every action picks up the new catalog.
        menuBar()->clear();
        m_windowMenu = nullptr;
        createMenus();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_layoutWidth = width();
    if (std::exchange(m_defaultSplitPending, false)) {
        m_logsShare = DefaultLogsShare;
        applyLogsShare();
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (isVisible() && width() != m_layoutWidth) {
        m_layoutWidth = width();
        applyLogsShare();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The Logs dock changing width under a pressed mouse in a window that kept its width is the user moving the
    // separator: remember the share. (Without the mouse it is the layout, e.g. holding the Replay panel's minimum.)
    if (event->type() == QEvent::Resize && watched == dock(QStringLiteral("LogsDock")) && isVisible()
        && width() == m_layoutWidth && width() > 0 && (QGuiApplication::mouseButtons() & Qt::LeftButton))
        m_logsShare = double(static_cast<QWidget *>(watched)->width()) / width();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyLogsShare()
{
    // The Logs column keeps its share of the width, as a splitter would: a dock layout gives all new width to one
    // side, and the Replay panel at 1600×1000 got half the window and lost its results table's right-hand columns.
    // Deferred, because a resizeDocks before the layout has taken the new size is overruled by it.
    QTimer::singleShot(0, this, [this] {
        QDockWidget *logs = dock(QStringLiteral("LogsDock"));
        QDockWidget *right = dock(QStringLiteral("ReplayDock"));
        if (!logs->isVisible() || logs->isFloating() || right->isFloating())
            return;
        const int logsWidth = qRound(m_logsShare * width());
        resizeDocks({ logs, right }, { logsWidth, width() - logsWidth }, Qt::Horizontal);
    });
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::instance()->recentProjects();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  (") + path + QLatin1Char(')'), this,
                                [this, path] { openProject(path, ProjectStore::OpenMode::OpenExisting); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::resetLayout()
{
    for (QDockWidget *d : std::as_const(m_docks))
        d->setFloating(false);
    restoreState(m_defaultState, LayoutVersion);
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    m_logsShare = DefaultLogsShare;
    applyLogsShare();
    log(tr("Layout reset"));
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_messageBar->showMessage(text, error ? MessageBar::Level::Error : MessageBar::Level::Info);
    m_messageStrip->show();
    log(text);
}

bool MainWindow::isBusy() const
{
    return m_busy || m_replay->isRunning() || m_tradeoff->isRunning() || m_recommendation->isRunning()
        || m_costs->isBusy() || m_refusals->isBusy() || m_forecast->isBusy() || m_rollout->isBusy() || m_runs->isBusy()
        || m_refusalScan->isRunning();
}

void MainWindow::onPageMessage(const QString &text, bool error)
{
    if (error)
        showMessage(text, true);
    else
        log(text);
}

QString MainWindow::currentMessage() const
{
    return m_messageStrip->isVisible() ? m_messageBar->text() : QString();
}

void MainWindow::log(const QString &text)
{
    m_activity->append(text);
}

bool MainWindow::openProject(const QString &path, ProjectStore::OpenMode mode)
{
    ProjectStore store;
    QString error;
    if (!store.open(path, &error, mode)) {
        showMessage(error, true);
        return false;
    }
    const qint64 logs = store.logCount();
    QString unfinishedError; // the project opened; a failed look at its import history is not worth a message
    const QList<ImportStore::Unfinished> unfinished = ImportStore::unfinishedImports(store, &unfinishedError);
    store.close();
    m_project = QFileInfo(path).absoluteFilePath();
    m_logCount = logs;
    updateEmptyStates();
    // A message about the state before ("Open or create a project before replaying.") is stale now.
    m_messageStrip->hide();
    Settings::instance()->addRecentProject(m_project);
    m_session->setProjectPath(m_project);
    retranslate();
    log(tr("Opened project %1 (%n log record(s))", nullptr, int(logs)).arg(m_project));
    for (const ImportStore::Unfinished &u : unfinished)
        log(LogSummary::unfinishedText(u));
    if (!unfinished.isEmpty())
        showMessage(LogSummary::unfinishedText(unfinished.constFirst()), false);
    emit projectOpened(m_project);
    return true;
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), Settings::instance()->lastDirectory(),
                                                      tr("Shadow Optic projects (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".sqlite")) ? path : path + QStringLiteral(".sqlite");
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        QMessageBox::warning(this, tr("New project"), tr("Cannot replace '%1'.").arg(file));
        return;
    }
    Settings::instance()->setLastDirectory(QFileInfo(file).absolutePath());
    openProject(file);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), Settings::instance()->lastDirectory(),
                                                      tr("Shadow Optic projects (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        Settings::instance()->setLastDirectory(QFileInfo(path).absolutePath());
        openProject(path, ProjectStore::OpenMode::OpenExisting);
    }
}

void MainWindow::importDialog()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Portkey logs"), Settings::instance()->lastDirectory(),
                                        tr("Portkey exports (*.jsonl *.json *.csv *.ndjson);;All files (*)"));
    if (!files.isEmpty()) {
        Settings::instance()->setLastDirectory(QFileInfo(files.first()).absolutePath());
        importFiles(files);
    }
}

void MainWindow::pullDialog()
{
    auto *dialog = findChild<PullDialog *>();
    if (!dialog) {
        dialog = new PullDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::reportDialog()
{
    if (m_project.isEmpty()) {
        showMessage(tr("Open or create a project first (File ▸ New Project)."), true);
        return;
    }
    auto *dialog = findChild<ReportDialog *>();
    if (!dialog) {
        dialog = new ReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportDialog::reportWritten, this, [this](const QString &path) {
            log(tr("Decision report written to %1").arg(QDir::toNativeSeparators(path)));
            m_recommendation->refresh(); // it says whether the report is current
        });
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::exportDialog()
{
    auto *dialog = findChild<ExportDialog *>();
    if (!dialog) {
        dialog = new ExportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(m_replay->portkeyKey(), m_replay->providerKey(), this);
    connect(&dialog, &SettingsDialog::keysChanged, this, &MainWindow::useKeys);
    dialog.exec();
}

void MainWindow::updateEmptyStates()
{
    const EmptyStateHint::State state = m_logCount < 0 ? EmptyStateHint::State::NoProject
        : m_logCount == 0                              ? EmptyStateHint::State::NoLogs
                                                       : EmptyStateHint::State::HasLogs;
    for (EmptyStateHint *hint : std::as_const(m_hints))
        hint->setState(state);
}

void MainWindow::applyDefaults()
{
    const Settings *s = Settings::instance();
    m_session->setJudgeModel(s->judgeModel());
    if (m_replay->isRunning())
        return;
    m_replay->setBudget(s->replayBudgetUsd());
    m_replay->setConcurrency(s->replayConcurrency());
    ReplayTarget target = s->gatewayTarget();
    target.portkeyApiKey = m_replay->portkeyKey();
    target.apiKey = m_replay->providerKey();
    m_replay->setTarget(target);
}

void MainWindow::useKeys(const QString &portkeyKey, const QString &providerKey, bool remember)
{
    m_replay->setKeys(portkeyKey, providerKey);
    if (!remember)
        return;
    // Two writes, one message once both have answered.
    auto pending = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    const auto done = [this, pending, failure](bool ok, const QString &error) {
        if (!ok && failure->isEmpty())
            *failure = error;
        if (--*pending > 0)
            return;
        if (failure->isEmpty())
            showMessage(tr("The keys are saved in the OS keychain."));
        else
            showMessage(tr("No keychain took the keys (%1): they are kept for this session only. Set "
                           "PORTKEY_API_KEY and OPENAI_API_KEY to avoid entering them again.")
                            .arg(*failure),
                        true);
    };
    m_keys->write(KeyStore::portkeyKeyName(), portkeyKey, done);
    m_keys->write(KeyStore::providerKeyName(), providerKey, done);
}

void MainWindow::showCatalog()
{
    if (m_project.isEmpty()) {
        showMessage(tr("Open or create a project first (File ▸ New Project)."), true);
        return;
    }
    CatalogDialog dialog(m_project, this);
    if (dialog.exec() == QDialog::Accepted) {
        log(tr("Catalog saved (version %1)").arg(dialog.catalog().version()));
        m_session->reloadCatalog(); // the Replay panel's candidates and prices follow
    }
}

void MainWindow::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    m_statusText->setText(text);
}

void MainWindow::importFiles(const QStringList &files, bool quiet)
{
    if (m_busy) {
        showMessage(tr("Another job is running; wait for it or cancel it first."), true);
        return;
    }
    if (m_project.isEmpty()) {
        // Importing with no project open creates one next to the first file.
        const QFileInfo fi(files.first());
        if (!openProject(fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".sqlite")))
            return;
    }
    m_refusalScan->cancel(); // one writer at a time; the import's new rows are scanned after it
    setBusy(true, tr("Importing…"));
    log(tr("Importing %1").arg(files.join(QStringLiteral(", "))));
    m_importQuiet = quiet;
    m_import->setFiles(files);
    QString error;
    if (!m_import->start(&error)) {
        setBusy(false);
        showMessage(error, true);
    }
}

void MainWindow::onImportFinished()
{
    setBusy(false);
    if (m_import->state() == Job::State::Failed) {
        showMessage(m_import->errorText(), true);
        return;
    }
    const ImportReport report = m_import->result();
    log(report.summaryText());
    for (const ImportStore::Unfinished &u : m_import->unfinishedImports())
        log(LogSummary::unfinishedText(u));
    for (const QString &e : report.fileErrors)
        showMessage(e, true);
    m_logs->reload();
    m_logCount = std::max<qint64>(m_logCount, 0) + report.imported;
    updateEmptyStates();
    emit importFinished(report);
    QString error;
    m_refusalScan->start(&error);
    if (!m_importQuiet) {
        ImportSummaryDialog dialog(report, this);
        dialog.exec();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_replay->isRunning()) {
        const auto answer
            = QMessageBox::question(this, tr("Replay running"),
                                    tr("A replay is still running. Cancel it and quit? Everything already "
                                       "replayed is saved and the run can be resumed later."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_replay->cancel();
    }
    m_import->cancel();
    Settings::instance()->setWindowLayout(saveGeometry(), saveState(LayoutVersion), LayoutVersion);
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList logs;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".sqlite")))
            openProject(path, ProjectStore::OpenMode::OpenExisting);
        else
            logs.append(path);
    }
    if (!logs.isEmpty())
        importFiles(logs);
    event->acceptProposedAction();
}

} // namespace ShadowOptic
