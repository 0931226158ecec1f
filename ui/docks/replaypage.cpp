// SPDX-License-Identifier: MIT
#include "replaypage.h"

#include "models/replaycountsmodel.h"
#include "models/replayresultsmodel.h"
#include "settings.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "replay/apikeys.h"
#include "replay/replayoptions.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "store/logstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <limits>
#include <optional>

namespace ShadowOptic {

struct ReplayPage::ProjectInfo
{
    QString path;
    QList<ReplayRunInfo> interrupted; // newest first
    QString error;
};

namespace {

enum CandidateRoles { ModelIdRole = Qt::UserRole, SimulatedRole };

struct OriginalLog
{
    bool found = false;
    QString model;
    QString prompt;
    QString response;
    QString finishReason;
    QString error;
};

// Runs on the pool with the thread's own connection.
OriginalLog fetchOriginal(const QString &project, const QString &logId)
{
    OriginalLog out;
    ProjectStore *store = ThreadStore::get(project, &out.error);
    if (!store)
        return out;
    const LogStore::OriginalLog log = LogStore(*store).originalLog(logId);
    if (!log.found)
        return out;
    out.found = true;
    out.model = log.model;
    out.response = log.response;
    out.finishReason = log.finishReason;
    out.prompt = ChatMessages::lastUserText(QJsonDocument::fromJson(log.messagesJson).array());
    return out;
}

QString esc(const QString &s, qsizetype limit = 100000)
{
    QString text = s.size() > limit ? s.left(limit) + QStringLiteral(" …") : s;
    return text.toHtmlEscaped();
}

QString textBlock(const QString &s)
{
    return QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(esc(s));
}

double pricePerMillion(double per1k)
{
    return per1k * 1000.0;
}

} // namespace

ReplayPage::ReplayPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_projectLoad(this)
    , m_detailLoad(this)
    , m_job(new ReplayRunJob(session, this))
    , m_results(new ReplayResultsModel(this))
    , m_counts(new ReplayCountsModel(this))
    , m_resultsProxy(new QSortFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_routing(new QComboBox(this))
    , m_provider(new QLineEdit(this))
    , m_upstream(new QLineEdit(this))
    , m_configBox(new QWidget(this))
    , m_config(new QPlainTextEdit(m_configBox))
    , m_portkeyKey(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_targetForm(nullptr)
    , m_candidates(new QListWidget(this))
    , m_candidateCount(new QLabel(this))
    , m_allLogs(new QRadioButton(tr("All logs"), this))
    , m_randomLogs(new QRadioButton(tr("Random"), this))
    , m_budgetLogs(new QRadioButton(tr("Best for the budget"), this))
    , m_forecastLogs(new QRadioButton(this))
    , m_sampleSize(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resume(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_spent(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_countsView(new QTableView(this))
    , m_resultsView(new QTableView(this))
    , m_original(new QTextBrowser(this))
    , m_replayed(new QTextBrowser(this))
{
    m_start->setObjectName(QStringLiteral("startButton"));
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    buildUi();

    connect(m_job, &ReplayRunJob::replayProgress, this, &ReplayPage::onProgress);
    connect(m_job, &ReplayRunJob::resultReady, m_results, &ReplayResultsModel::append);
    connect(m_job, &ReplayRunJob::runStarted, this, [this] {
        m_runTarget = m_job->target();
        m_runTarget.apiKey.clear();
        m_runTarget.portkeyApiKey.clear();
        setState(State::Running);
        showProgress(m_job->result());
    });
    connect(m_job, &Job::finished, this, [this](Job::State state) {
        if (m_job->result().runId > 0) {
            onFinished(m_job->result());
            return;
        }
        // Ended before a run existed: planning failed or was cancelled.
        setState(State::Idle);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        if (state == Job::State::Cancelled) {
            m_runStatus = RunStatus::Value::Cancelled;
            m_status->setText(tr("Cancelled before the run started"));
            m_progress->setFormat(tr("Cancelled"));
        } else {
            m_runStatus = RunStatus::Value::Failed;
            m_status->setText(statusName(m_runStatus));
            m_progress->setFormat(tr("Failed"));
            fail(m_job->errorText());
        }
    });
    connect(m_job, &Job::warning, this, [this](const QString &text) { emit message(text, true); });
    connect(m_session, &Session::projectChanged, this, &ReplayPage::onProjectChanged);
    connect(m_session, &Session::catalogChanged, this, &ReplayPage::onCatalogChanged);

    fillCandidates({});
    ReplayTarget keys;
    ApiKeys::fillFromEnvironment(&keys);
    m_portkeyKey->setText(keys.portkeyApiKey);
    m_apiKey->setText(keys.apiKey);
    onTargetKindChanged();
    setState(State::Idle);
}

ReplayPage::~ReplayPage()
{
    m_job->cancel();
}

void ReplayPage::buildUi()
{
    // Target
    m_kind->addItem(tr("Built-in simulator"), int(ReplayTarget::Kind::Simulator));
    m_kind->addItem(tr("Local Portkey gateway"), int(ReplayTarget::Kind::LocalGateway));
    m_kind->addItem(tr("Portkey hosted"), int(ReplayTarget::Kind::PortkeyHosted));
    m_kind->addItem(tr("Custom OpenAI-compatible URL"), int(ReplayTarget::Kind::OpenAiCompatible));
    m_kind->setToolTip(tr("Where the replays are sent. The built-in simulator answers offline, without API keys."));
    m_baseUrl->setToolTip(tr("Base URL of the OpenAI-compatible API, ending in /v1."));
    m_routing->addItem(tr("Header (provider)"), int(ReplayTarget::RoutingMode::Header));
    m_routing->addItem(tr("Config (JSON)"), int(ReplayTarget::RoutingMode::Config));
    m_routing->setToolTip(tr("Route with x-portkey-provider, or with a Portkey config (x-portkey-config)."));
    m_provider->setPlaceholderText(QStringLiteral("openai"));
    m_provider->setText(QStringLiteral("openai"));
    m_provider->setToolTip(tr("Sent as x-portkey-provider."));
    m_upstream->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8000/v1"));
    m_upstream->setToolTip(tr("Sent as x-portkey-custom-host: the upstream the local gateway forwards to."));
    m_config->setPlaceholderText(
        tr("{\"strategy\": {\"mode\": \"loadbalance\"}, \"targets\": [...]} or a saved config id"));
    m_config->setTabChangesFocus(true);
    m_config->setFixedHeight(fontMetrics().lineSpacing() * 5 + 10);
    auto *loadConfig = new QPushButton(tr("Load config file…"), m_configBox);
    auto *configLayout = new QVBoxLayout(m_configBox);
    configLayout->setContentsMargins(0, 0, 0, 0);
    configLayout->addWidget(m_config);
    configLayout->addWidget(loadConfig, 0, Qt::AlignLeft);
    const QString keyTip = tr("Kept in memory for this session only: never saved to the project, the settings, "
                              "logs or reports.");
    for (QLineEdit *key : { m_portkeyKey, m_apiKey }) {
        key->setEchoMode(QLineEdit::Password);
        key->setClearButtonEnabled(true);
    }
    m_portkeyKey->setToolTip(keyTip + QLatin1Char(' ')
                             + tr("Prefilled from PORTKEY_API_KEY; sent as x-portkey-api-key."));
    m_portkeyKey->setPlaceholderText(tr("PORTKEY_API_KEY is not set"));
    m_apiKey->setToolTip(keyTip + QLatin1Char(' ')
                         + tr("Prefilled from OPENAI_API_KEY; sent as Authorization: Bearer."));
    m_apiKey->setPlaceholderText(tr("OPENAI_API_KEY is not set"));

    auto *targetBox = new QGroupBox(tr("Target"), this);
    m_targetForm = new QFormLayout(targetBox);
    m_targetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_targetForm->addRow(tr("Send to:"), m_kind);
    m_targetForm->addRow(tr("Base URL:"), m_baseUrl);
    m_targetForm->addRow(tr("Routing:"), m_routing);
    m_targetForm->addRow(tr("Provider:"), m_provider);
    m_targetForm->addRow(tr("Custom host:"), m_upstream);
    m_targetForm->addRow(tr("Config:"), m_configBox);
    m_targetForm->addRow(tr("Portkey key:"), m_portkeyKey);
    m_targetForm->addRow(tr("Provider key:"), m_apiKey);

    // Candidates
    auto *candidateBox = new QGroupBox(tr("Candidate models"), this);
    auto *candidateLayout = new QVBoxLayout(candidateBox);
    m_candidates->setMinimumHeight(fontMetrics().height() * 8);
    m_candidates->setToolTip(tr("Prices in USD per million input / output tokens, from the project's catalog."));
    candidateLayout->addWidget(m_candidates, 1);
    candidateLayout->addWidget(m_candidateCount);

    // Sample and limits
    auto *limitsBox = new QGroupBox(tr("Sample and limits"), this);
    auto *limits = new QFormLayout(limitsBox);
    limits->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *sampleGroup = new QButtonGroup(this);
    sampleGroup->addButton(m_allLogs);
    sampleGroup->addButton(m_randomLogs);
    sampleGroup->addButton(m_budgetLogs);
    sampleGroup->addButton(m_forecastLogs);
    m_randomLogs->setChecked(true);
    m_budgetLogs->setToolTip(tr("The most informative sample that fits the budget: stratified by use case, prompt "
                                "length and refusals, priced by the cost forecast before anything is sent."));
    m_forecastLogs->setToolTip(tr("Exactly the prompts the Cost forecast panel chose."));
    m_forecastLogs->setVisible(false);
    m_sampleSize->setRange(1, 10000000);
    m_sampleSize->setValue(100);
    m_sampleSize->setSuffix(tr(" logs"));
    m_sampleSize->setGroupSeparatorShown(true);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed picks the same logs."));
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_allLogs);
    sampleRow->addWidget(m_randomLogs);
    sampleRow->addWidget(m_sampleSize, 1);
    auto *sampleRow2 = new QHBoxLayout;
    sampleRow2->addWidget(m_budgetLogs);
    sampleRow2->addWidget(m_forecastLogs);
    sampleRow2->addStretch(1);
    auto *sampleRows = new QVBoxLayout;
    sampleRows->addLayout(sampleRow);
    sampleRows->addLayout(sampleRow2);
    limits->addRow(tr("Sample:"), sampleRows);
    limits->addRow(tr("Seed:"), m_seed);
    m_budget->setRange(0.0, 1000000.0);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("No limit"));
    m_budget->setValue(5.0);
    m_budget->setToolTip(tr("The run stops scheduling requests once spent plus in-flight estimates would exceed it."));
    m_concurrency->setRange(1, ReplayOptions::MaxConcurrency);
    m_concurrency->setValue(ReplayOptions().concurrency);
    m_concurrency->setToolTip(tr("Requests in flight at once."));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(ReplayOptions().timeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(
        tr("Per request, for the whole reply: a server that sends a byte now and then does not extend it; "
           "timed-out requests are retried."));
    limits->addRow(tr("Budget:"), m_budget);
    limits->addRow(tr("Concurrency:"), m_concurrency);
    limits->addRow(tr("Timeout:"), m_timeout);

    auto *settings = new QWidget(this);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 4, 0);
    settingsLayout->addWidget(targetBox);
    settingsLayout->addWidget(candidateBox, 1);
    settingsLayout->addWidget(limitsBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(settings->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // Run controls and progress
    m_start->setToolTip(tr("Plan the sample and start replaying (Ctrl+Return)."));
    m_start->setDefault(false);
    m_cancel->setToolTip(tr("Abort every request in flight (Esc). A cancelled run can be resumed."));
    m_resume->setToolTip(tr("Continue the run with what it has not stored yet; nothing stored is sent again."));
    m_resume->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_spent);
    progressRow->addWidget(m_eta);

    auto setupTable = [this](QTableView *view) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
        view->horizontalHeader()->setHighlightSections(false);
    };
    setupTable(m_countsView);
    m_countsView->setModel(m_counts);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setStretchLastSection(true); // one row per model: measuring is cheap
    m_countsView->setMinimumHeight(fontMetrics().height() * 4);

    m_resultsProxy->setSourceModel(m_results);
    m_resultsProxy->setSortRole(ReplayResultsModel::SortRole);
    m_resultsProxy->setSortLocaleAware(false);
    setupTable(m_resultsView);
    m_resultsView->setModel(m_resultsProxy);
    m_resultsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // arrival order until sorted
    m_resultsView->setSortingEnabled(true);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: ResizeToContents would measure every row on each append.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths {
        { ReplayResultsModel::LogIdColumn, 11 },  { ReplayResultsModel::ModelColumn, 16 },
        { ReplayResultsModel::StatusColumn, 8 },  { ReplayResultsModel::LatencyColumn, 8 },
        { ReplayResultsModel::CostColumn, 9 },    { ReplayResultsModel::TokensColumn, 10 },
        { ReplayResultsModel::RefusalColumn, 8 }, { ReplayResultsModel::CacheColumn, 4 }
    };
    for (const auto &[column, chars] : widths) {
        const QString title = m_results->headerData(column, Qt::Horizontal).toString();
        m_resultsView->setColumnWidth(column, qMax(digit * chars, fontMetrics().horizontalAdvance(title) + 3 * digit));
    }
    // What came back first, the log id (a long UUID, elided anyway) after it: at 1600×1000 the id took the room the
    // status, cost and refusal columns needed.
    m_resultsView->horizontalHeader()->moveSection(ReplayResultsModel::LogIdColumn, ReplayResultsModel::CacheColumn);

    m_original->setOpenLinks(false);
    m_original->setPlaceholderText(tr("Select a result to see the logged prompt and original answer."));
    m_replayed->setOpenLinks(false);
    m_replayed->setPlaceholderText(tr("…and the replayed answer here."));
    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_original);
    detail->addWidget(m_replayed);
    detail->setChildrenCollapsible(false);

    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(m_countsView);
    tables->addWidget(m_resultsView);
    tables->addWidget(detail);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 3);
    tables->setStretchFactor(2, 2);
    tables->setChildrenCollapsible(false);

    auto *run = new QWidget(this);
    auto *runLayout = new QVBoxLayout(run);
    runLayout->setContentsMargins(4, 0, 0, 0);
    runLayout->addLayout(buttons);
    runLayout->addLayout(progressRow);
    runLayout->addWidget(tables, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(scroll);
    main->addWidget(run);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(main);

    // Shortcuts only act while focus is inside this panel, so Esc elsewhere never cancels a run.
    for (const QKeySequence &key :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReplayPage::start);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ReplayPage::cancel);

    connect(m_start, &QPushButton::clicked, this, &ReplayPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayPage::cancel);
    connect(m_resume, &QPushButton::clicked, this, &ReplayPage::resume);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReplayPage::onTargetKindChanged);
    connect(m_routing, &QComboBox::currentIndexChanged, this, &ReplayPage::updateTargetRows);
    connect(loadConfig, &QPushButton::clicked, this, &ReplayPage::loadConfigFile);
    connect(m_randomLogs, &QRadioButton::toggled, m_sampleSize, &QWidget::setEnabled);
    const auto updateSeed = [this] { m_seed->setEnabled(m_randomLogs->isChecked() || m_budgetLogs->isChecked()); };
    connect(m_randomLogs, &QRadioButton::toggled, this, updateSeed);
    connect(m_budgetLogs, &QRadioButton::toggled, this, updateSeed);
    connect(m_candidates, &QListWidget::itemChanged, this, &ReplayPage::updateCandidateCount);
    // Every edit of the form is the session's target at once: the status bar, Trade-off and Recommendation use it.
    auto apply = [this] { applyTarget(); };
    connect(m_routing, &QComboBox::currentIndexChanged, this, apply);
    for (QLineEdit *field : { m_baseUrl, m_provider, m_upstream, m_portkeyKey, m_apiKey })
        connect(field, &QLineEdit::textChanged, this, apply);
    connect(m_config, &QPlainTextEdit::textChanged, this, apply);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showResult(current); });
}

void ReplayPage::setProject(const QString &path)
{
    m_session->setProjectPath(path);
}

void ReplayPage::onProjectChanged(const QString &path)
{
    if (m_state != State::Idle)
        cancel();
    m_project = path;
    m_projectLoad.reset();
    setForecastSample({}, 0.0); // another project's log ids
    clearResumeOffer();
    m_results->clear();
    m_counts->clear();
    m_original->clear();
    m_replayed->clear();
    m_lastProgress = ReplayProgress();
    m_runStatus = RunStatus::Value::None;
    m_status->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Idle"));
    m_spent->clear();
    m_eta->clear();
    m_catalogReady = false;
    setState(m_state);
    m_runsReady = false;
    if (path.isEmpty()) {
        fillCandidates({});
        return;
    }
    // The candidates come from the session's catalog (catalogChanged), the resume offer from here.
    m_session->reloadCatalog();
    m_projectLoad.startJob(
        [path]() {
            ProjectInfo info;
            info.path = path;
            ProjectStore *store = ThreadStore::get(path, &info.error);
            if (!store)
                return info;
            info.interrupted = ReplayStore(*store).markInterruptedRuns();
            return info;
        },
        [this](const ProjectInfo &info) { applyProjectInfo(info); });
}

void ReplayPage::applyProjectInfo(const ProjectInfo &info)
{
    if (!info.error.isEmpty()) {
        emit message(tr("The Replay panel cannot read the project '%1': %2").arg(info.path, info.error), true);
        return;
    }
    if (!info.interrupted.isEmpty())
        offerResume(info.interrupted.constFirst());
    m_runsReady = true;
    if (m_catalogReady)
        emit projectLoaded();
}

void ReplayPage::onCatalogChanged()
{
    if (m_project.isEmpty())
        return;
    if (!m_session->catalogError().isEmpty())
        emit message(tr("The Replay panel cannot read the project '%1': %2").arg(m_project, m_session->catalogError()),
                     true);
    fillCandidates(m_session->catalog().models());
    const bool first = !m_catalogReady;
    m_catalogReady = true;
    if (first && m_runsReady)
        emit projectLoaded();
}

void ReplayPage::fillCandidates(const QList<ModelInfo> &catalog)
{
    QHash<QString, Qt::CheckState> previous;
    for (int i = 0; i < m_candidates->count(); ++i)
        previous.insert(m_candidates->item(i)->data(ModelIdRole).toString(), m_candidates->item(i)->checkState());

    QList<ModelInfo> models;
    for (const ModelInfo &m : catalog)
        if (m.active && m.candidate && m.isChat())
            models.append(m);
    const QStringList simulated = Session::simulatorModels();
    std::optional<PriceCatalog> defaults;
    for (const QString &id : simulated) {
        const bool known
            = std::any_of(models.cbegin(), models.cend(), [&](const ModelInfo &m) { return m.modelId == id; });
        if (!known) {
            if (!defaults)
                defaults = PriceCatalog::defaultCatalog();
            ModelInfo m;
            m.modelId = id;
            if (const ModelInfo *d = defaults->find(id))
                m = *d;
            models.append(m);
        }
    }
    std::stable_sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) {
        return a.inputPer1k + a.outputPer1k < b.inputPer1k + b.outputPer1k;
    });

    m_candidates->blockSignals(true);
    m_candidates->clear();
    const QLocale locale;
    int checkedByDefault = 0;
    for (const ModelInfo &m : std::as_const(models)) {
        const bool isSimulated = simulated.contains(m.modelId);
        QString text = m.modelId;
        if (m.isPriced())
            text += QStringLiteral("  ($%1 / $%2)")
                        .arg(locale.toString(pricePerMillion(m.inputPer1k), 'f', 2),
                             locale.toString(pricePerMillion(m.outputPer1k), 'f', 2));
        auto *item = new QListWidgetItem(text, m_candidates);
        item->setData(ModelIdRole, m.modelId);
        item->setData(SimulatedRole, isSimulated);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QString tip = m.displayName.isEmpty() ? m.modelId : m.displayName;
        if (!m.provider.isEmpty())
            tip += QStringLiteral(" · ") + m.provider;
        tip += m.isPriced() ? tr("\nUSD per million tokens: %1 input, %2 output")
                                  .arg(pricePerMillion(m.inputPer1k))
                                  .arg(pricePerMillion(m.outputPer1k))
                            : tr("\nNot priced in the catalog: its cost counts as zero.");
        if (isSimulated)
            tip += tr("\nThe built-in simulator answers this model.");
        item->setToolTip(tip);
        Qt::CheckState state = previous.value(m.modelId, Qt::Unchecked);
        // First fill: a few of the cheapest models the simulator can answer, so Start works out of the box.
        if (previous.isEmpty() && isSimulated && checkedByDefault < 3) {
            state = Qt::Checked;
            ++checkedByDefault;
        }
        item->setCheckState(state);
    }
    m_candidates->blockSignals(false);
    updateTargetRows();
    updateCandidateCount();
}

void ReplayPage::updateCandidateCount()
{
    m_candidateCount->setText(
        tr("%1 of %n model(s) selected", nullptr, m_candidates->count()).arg(selectedModels().size()));
}

QStringList ReplayPage::availableModels() const
{
    QStringList out;
    for (int i = 0; i < m_candidates->count(); ++i)
        out.append(m_candidates->item(i)->data(ModelIdRole).toString());
    return out;
}

QStringList ReplayPage::selectedModels() const
{
    QStringList out;
    for (int i = 0; i < m_candidates->count(); ++i)
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            out.append(m_candidates->item(i)->data(ModelIdRole).toString());
    return out;
}

void ReplayPage::setSelectedModels(const QStringList &models)
{
    m_candidates->blockSignals(true);
    for (int i = 0; i < m_candidates->count(); ++i) {
        QListWidgetItem *item = m_candidates->item(i);
        item->setCheckState(models.contains(item->data(ModelIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_candidates->blockSignals(false);
    updateCandidateCount();
}

void ReplayPage::setSample(int size, quint64 seed)
{
    if (size > 0) {
        m_randomLogs->setChecked(true);
        m_sampleSize->setValue(size);
    } else {
        m_allLogs->setChecked(true);
    }
    m_seed->setValue(int(qMin<quint64>(seed, quint64(m_seed->maximum()))));
}

void ReplayPage::setForecastSample(const QStringList &logIds, double budgetUsd)
{
    m_forecastSample = logIds;
    m_forecastLogs->setText(tr("From the forecast (%n prompt(s))", nullptr, int(logIds.size())));
    m_forecastLogs->setVisible(!logIds.isEmpty());
    if (!logIds.isEmpty())
        m_forecastLogs->setChecked(true);
    else if (m_forecastLogs->isChecked())
        m_randomLogs->setChecked(true);
    if (budgetUsd > 0)
        m_budget->setValue(budgetUsd);
}

void ReplayPage::setBudget(double usd)
{
    m_budget->setValue(usd);
}

void ReplayPage::setSampleForBudget(bool on)
{
    if (on)
        m_budgetLogs->setChecked(true);
    else if (m_budgetLogs->isChecked())
        m_randomLogs->setChecked(true);
}

void ReplayPage::setTargetKind(ReplayTarget::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReplayPage::onTargetKindChanged()
{
    // Each kind remembers what the user typed, so switching back and forth keeps an edited URL.
    if (m_lastKind >= 0 && m_lastKind != int(ReplayTarget::Kind::Simulator))
        m_urlPerKind.insert(m_lastKind, m_baseUrl->text());
    const auto kind = ReplayTarget::Kind(m_kind->currentData().toInt());
    m_lastKind = int(kind);
    if (kind == ReplayTarget::Kind::Simulator) {
        m_baseUrl->setReadOnly(true);
        m_baseUrl->setText(m_session->simulatorUrl().toString());
        m_baseUrl->setPlaceholderText(tr("started on 127.0.0.1 when the run starts"));
    } else {
        m_baseUrl->setReadOnly(false);
        m_baseUrl->setPlaceholderText(ReplayTarget::defaultBaseUrl(kind).toString());
        m_baseUrl->setText(m_urlPerKind.value(int(kind), ReplayTarget::defaultBaseUrl(kind).toString()));
    }
    updateTargetRows();
    applyTarget();
}

void ReplayPage::updateTargetRows()
{
    const auto kind = ReplayTarget::Kind(m_kind->currentData().toInt());
    const bool portkey = kind == ReplayTarget::Kind::LocalGateway || kind == ReplayTarget::Kind::PortkeyHosted;
    const bool config = m_routing->currentData().toInt() == int(ReplayTarget::RoutingMode::Config);
    m_targetForm->setRowVisible(m_routing, portkey);
    m_targetForm->setRowVisible(m_provider, portkey && !config);
    m_targetForm->setRowVisible(m_upstream, kind == ReplayTarget::Kind::LocalGateway && !config);
    m_targetForm->setRowVisible(m_configBox, portkey && config);
    m_targetForm->setRowVisible(m_portkeyKey, kind == ReplayTarget::Kind::PortkeyHosted);
    m_targetForm->setRowVisible(m_apiKey, kind != ReplayTarget::Kind::Simulator);

    // The simulator only answers its own models; others stay visible but cannot be picked for it.
    const bool simulator = kind == ReplayTarget::Kind::Simulator;
    m_candidates->blockSignals(true);
    for (int i = 0; i < m_candidates->count(); ++i) {
        QListWidgetItem *item = m_candidates->item(i);
        const bool usable = !simulator || item->data(SimulatedRole).toBool();
        item->setFlags(usable ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    m_candidates->blockSignals(false);
}

void ReplayPage::loadConfigFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Portkey config"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit message(tr("Cannot read the config file '%1': %2").arg(path, f.errorString()), true);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        emit message(tr("The config file '%1' is not a JSON object: %2").arg(path, pe.errorString()), true);
        return;
    }
    m_config->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

SimulatedGateway *ReplayPage::simulator()
{
    return m_session->simulator();
}

void ReplayPage::focusTarget()
{
    m_kind->setFocus(Qt::OtherFocusReason);
}

ReplayTarget ReplayPage::formTarget() const
{
    ReplayTarget target;
    target.kind = ReplayTarget::Kind(m_kind->currentData().toInt());
    if (target.kind == ReplayTarget::Kind::Simulator)
        return target; // the session's built-in one
    target.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    target.trustedCertificates = m_trustedCertificates;
    target.apiKey = m_apiKey->text().trimmed();
    target.portkeyApiKey = m_portkeyKey->text().trimmed();
    const bool portkey
        = target.kind == ReplayTarget::Kind::LocalGateway || target.kind == ReplayTarget::Kind::PortkeyHosted;
    if (!portkey)
        return target;
    target.routing = ReplayTarget::RoutingMode(m_routing->currentData().toInt());
    if (target.routing == ReplayTarget::RoutingMode::Config) {
        target.configJson = m_config->toPlainText().trimmed();
    } else {
        target.provider = m_provider->text().trimmed();
        if (target.kind == ReplayTarget::Kind::LocalGateway)
            target.upstreamUrl = QUrl(m_upstream->text().trimmed(), QUrl::StrictMode);
    }
    return target;
}

bool ReplayPage::applyTarget(QString *error)
{
    if (m_showingTarget)
        return true;
    QString problem;
    const bool ok = m_session->setTarget(formTarget(), &problem);
    if (error)
        *error = problem;
    return ok;
}

void ReplayPage::setConcurrency(int requests)
{
    m_concurrency->setValue(requests);
}

QString ReplayPage::portkeyKey() const
{
    return m_portkeyKey->text().trimmed();
}

QString ReplayPage::providerKey() const
{
    return m_apiKey->text().trimmed();
}

void ReplayPage::setKeys(const QString &portkeyKey, const QString &providerKey)
{
    if (!portkeyKey.isEmpty())
        m_portkeyKey->setText(portkeyKey);
    if (!providerKey.isEmpty())
        m_apiKey->setText(providerKey);
}

void ReplayPage::setTarget(const ReplayTarget &target)
{
    m_showingTarget = true;
    m_trustedCertificates = target.trustedCertificates;
    m_kind->setCurrentIndex(m_kind->findData(int(target.kind)));
    if (target.kind != ReplayTarget::Kind::Simulator) {
        m_baseUrl->setText(target.baseUrl.toString());
        m_routing->setCurrentIndex(m_routing->findData(int(target.routing)));
        if (target.routing == ReplayTarget::RoutingMode::Config)
            m_config->setPlainText(target.configJson);
        else
            m_provider->setText(target.provider);
        m_upstream->setText(target.upstreamUrl.toString());
    }
    if (!target.apiKey.isEmpty())
        m_apiKey->setText(target.apiKey);
    if (!target.portkeyApiKey.isEmpty())
        m_portkeyKey->setText(target.portkeyApiKey);
    m_showingTarget = false;
    applyTarget();
}

ReplayOptions ReplayPage::options() const
{
    ReplayOptions o;
    o.concurrency = m_concurrency->value();
    o.timeoutMs = m_timeout->value() * 1000;
    o.budgetUsd = m_budget->value();
    o.cacheTtlSeconds = Settings::instance()->cacheTtlSeconds();
    return o;
}

void ReplayPage::start()
{
    if (m_state != State::Idle)
        return;
    if (m_project.isEmpty()) {
        fail(tr("Open or create a project before replaying."));
        return;
    }
    const QStringList models = selectedModels();
    if (models.isEmpty()) {
        fail(tr("Choose at least one candidate model to replay."));
        return;
    }
    QString error;
    if (!applyTarget(&error)) {
        fail(error);
        return;
    }
    const QStringList served = m_session->servedModels();
    QStringList unknown;
    for (const QString &m : models)
        if (!served.isEmpty() && !served.contains(m))
            unknown.append(m);
    if (!unknown.isEmpty()) {
        fail(tr("The built-in simulator does not answer %1. Uncheck them or choose another target.")
                 .arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    ReplayRunJob::Request request;
    request.models = models;
    request.sample.size = m_randomLogs->isChecked() ? m_sampleSize->value() : 0;
    request.sample.seed = quint64(m_seed->value());
    request.sampleForBudget = m_budgetLogs->isChecked();
    if (request.sampleForBudget && m_budget->value() <= 0) {
        fail(tr("Set a budget to choose the sample for it."));
        return;
    }
    if (m_forecastLogs->isChecked())
        request.sample.logIds = m_forecastSample;
    request.options = options();
    m_job->setRequest(request);
    startJob();
}

void ReplayPage::startJob()
{
    clearResumeOffer();
    m_results->clear();
    m_counts->clear();
    m_original->clear();
    m_replayed->clear();
    m_lastProgress = ReplayProgress();
    setState(State::Planning);
    m_runStatus = RunStatus::Value::Planning;
    m_status->setText(statusName(m_runStatus));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Planning…"));
    m_spent->clear();
    m_eta->clear();
    QString error;
    if (!m_job->start(&error)) {
        setState(State::Idle);
        m_runStatus = RunStatus::Value::Failed;
        m_status->setText(statusName(m_runStatus));
        m_progress->setRange(0, 1);
        m_progress->setFormat(tr("Failed"));
        fail(error);
    }
}

void ReplayPage::resume()
{
    if (m_state != State::Idle || m_resumable.id <= 0)
        return;
    const ReplayRunInfo run = m_resumable;
    // The run continues on the target it was started with; the form (and so the session) switches to it, with the
    // keys typed here or set in the environment.
    setTarget(run.target);
    QString error;
    if (!applyTarget(&error)) {
        fail(tr("Run %1 could not be resumed: %2").arg(run.id).arg(error));
        return;
    }
    ReplayRunJob::Request request;
    request.resumeRunId = run.id;
    request.options = options();
    request.options.budgetUsd = run.budgetUsd; // the run keeps the budget it was started with
    m_job->setRequest(request);
    startJob();
    if (m_state == State::Idle && m_job->state() == Job::State::Failed)
        offerResume(run);
}

void ReplayPage::cancel()
{
    if (m_state != State::Idle)
        m_job->cancel();
}

void ReplayPage::setState(State state)
{
    const bool wasBusy = m_state != State::Idle;
    m_state = state;
    const bool busy = state != State::Idle;
    m_start->setEnabled(!busy && !m_project.isEmpty()); // nothing to replay without a project
    m_cancel->setEnabled(busy);
    m_resume->setEnabled(!busy);
    if (busy != wasBusy)
        emit busyChanged(busy);
}

void ReplayPage::fail(const QString &text)
{
    emit message(text, true);
}

void ReplayPage::onProgress(const ReplayProgress &progress)
{
    if (m_state != State::Running)
        return;
    showProgress(progress);
}

void ReplayPage::showProgress(const ReplayProgress &p)
{
    m_lastProgress = p;
    m_runStatus = p.status;
    m_counts->setProgress(p);
    const QLocale locale;
    m_progress->setRange(0, int(qMin<qint64>(qMax<qint64>(p.total, 1), std::numeric_limits<int>::max())));
    m_progress->setValue(int(qMin<qint64>(p.done, m_progress->maximum())));
    m_progress->setFormat(tr("%1 / %2 done").arg(locale.toString(p.done), locale.toString(p.total)));
    QString spent = p.budgetUsd > 0 ? tr("Spent $%1 of $%2").arg(p.spentUsd, 0, 'f', 4).arg(p.budgetUsd, 0, 'f', 2)
                                    : tr("Spent $%1 (no budget)").arg(p.spentUsd, 0, 'f', 4);
    if (p.budgetReached)
        spent += tr(" — budget reached");
    if (const qint64 unpriced = p.totals().unpriced; unpriced > 0)
        spent += tr(" · %n answer(s) unpriced", nullptr, int(unpriced));
    m_spent->setText(spent);
    const bool running = p.status == RunStatus::Value::Running;
    m_eta->setText(running && p.etaMs() > 0 ? tr("ETA %1").arg(formatDuration(p.etaMs())) : QString());
    QString status = tr("Run %1: %2").arg(p.runId).arg(statusName(p.status));
    if (running && p.inFlight > 0)
        status += QStringLiteral(", ") + p.inFlightText(); // "5 in flight, waiting 12–40 s" on a silent server
    m_status->setText(status);
}

void ReplayPage::onFinished(const ReplayProgress &progress)
{
    showProgress(progress);
    setState(State::Idle);
    const ModelReplayCounts totals = progress.totals();
    const QString summary = tr("Replay run %1 %2: %3 of %4 stored, %5 failed, $%6 spent.")
                                .arg(progress.runId)
                                .arg(statusName(progress.status).toLower())
                                .arg(progress.done)
                                .arg(progress.total)
                                .arg(totals.failed)
                                .arg(progress.spentUsd, 0, 'f', 4);
    QString details;
    if (!progress.failureReasons.isEmpty())
        details += QLatin1Char(' ') + progress.failureText().trimmed().replace(QLatin1Char('\n'), QStringLiteral("; "))
            + QLatin1Char('.');
    if (progress.budgetReached)
        details += QLatin1Char(' ')
            + tr("The next request could cost up to $%1 (its prompt and max_tokens at catalog prices), more than the "
                 "budget has left.")
                  .arg(progress.blockedWorstCaseUsd, 0, 'f', 4);
    emit message(summary + details, progress.status == RunStatus::Value::Failed || totals.failed > 0);
    if (progress.status == RunStatus::Value::Cancelled && progress.done < progress.total) {
        ReplayRunInfo run;
        run.id = progress.runId;
        run.uuid = progress.runUuid;
        run.status = progress.status;
        run.planned = progress.total;
        run.completed = progress.done;
        run.budgetUsd = progress.budgetUsd;
        run.spentUsd = progress.spentUsd;
        run.target = m_runTarget;
        offerResume(run);
    }
    emit runFinished(progress.runId, progress.status);
}

void ReplayPage::offerResume(const ReplayRunInfo &run)
{
    m_resumable = run;
    const QLocale locale;
    const QString text = run.status == RunStatus::Value::Cancelled
        ? tr("Run %1 was cancelled: %2 of %3 stored — Resume")
        : tr("Run %1 was interrupted: %2 of %3 stored — Resume");
    m_resume->setText(text.arg(run.id).arg(locale.toString(run.completed), locale.toString(run.planned)));
    m_resume->setToolTip(tr("Continue run %1 against %2 with what it has not stored yet; nothing stored is sent "
                            "again.")
                             .arg(run.id)
                             .arg(run.target.describe()));
    m_resume->show();
    m_resume->setEnabled(m_state == State::Idle);
}

void ReplayPage::clearResumeOffer()
{
    m_resumable = ReplayRunInfo();
    m_resume->hide();
}

void ReplayPage::showResult(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_resultsProxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const ReplayResult r = m_results->result(index.row());
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Replayed answer — %1").arg(r.model.toHtmlEscaped()));
    QStringList facts;
    facts << tr("status %1").arg(r.statusCode ? QString::number(r.statusCode) : tr("none"));
    if (!r.finishReason.isEmpty())
        facts << tr("finish %1").arg(r.finishReason.toHtmlEscaped());
    facts << tr("%1 ms").arg(r.latencyMs) << tr("%1 / %2 tokens").arg(r.promptTokens).arg(r.completionTokens)
          << (r.cacheHit ? tr("cache hit") : QStringLiteral("$") + QString::number(r.costUsd, 'f', 6));
    if (r.attempts > 1)
        facts << tr("%1 attempts").arg(r.attempts);
    if (!r.refusalKind.isEmpty() && r.refusalKind != QLatin1String("none"))
        facts << tr("refusal: %1 %2").arg(r.refusalKind, r.refusalType).toHtmlEscaped();
    html += QStringLiteral("<p><i>%1</i></p>").arg(facts.join(QStringLiteral(" · ")));
    if (!r.error.isEmpty())
        html += QStringLiteral("<p style=\"color:#c0392b\"><b>%1</b> %2</p>").arg(tr("Error:"), esc(r.error));
    html += r.responseText.isEmpty() && r.error.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("(empty answer)"))
                                                          : textBlock(r.responseText);
    m_replayed->setHtml(html);

    m_original->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Loading the original log…")));
    const QString project = m_project;
    const QString logId = r.logId;
    m_detailLoad.startJob(
        [project, logId] { return fetchOriginal(project, logId); },
        [this, logId](const OriginalLog &log) {
            if (!log.found) {
                const QString text = log.error.isEmpty() ? tr("Log %1 is no longer in the project.").arg(logId)
                                                         : tr("Cannot load log %1: %2").arg(logId, log.error);
                m_original->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped()));
                return;
            }
            QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Original answer — %1").arg(log.model).toHtmlEscaped());
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("log %1").arg(logId).toHtmlEscaped());
            html += log.response.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("(no logged answer)"))
                                           : textBlock(log.response);
            html += QStringLiteral("<h4>%1</h4>").arg(tr("Prompt (last user message)"));
            html += textBlock(log.prompt.size() > 4000 ? log.prompt.left(4000) + QStringLiteral(" …") : log.prompt);
            m_original->setHtml(html);
        });
}

QString ReplayPage::formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString ReplayPage::statusName(RunStatus::Value status)
{
    switch (status) {
    case RunStatus::Value::None:
        return QString();
    case RunStatus::Value::Planning:
        return tr("Planning…");
    case RunStatus::Value::Running:
        return tr("Running");
    case RunStatus::Value::Completed:
        return tr("Completed");
    case RunStatus::Value::Cancelled:
        return tr("Cancelled");
    case RunStatus::Value::Budget:
        return tr("Stopped at the budget");
    case RunStatus::Value::Failed:
        return tr("Failed");
    case RunStatus::Value::Interrupted:
        return tr("Interrupted");
    }
    return QString();
}

} // namespace ShadowOptic
