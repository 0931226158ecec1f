// SPDX-License-Identifier: MIT
#include "recommendationpage.h"

#include "catalog/pricecatalog.h"
#include "charts/forestplot.h"
#include "charts/precisionchart.h"
#include "recommend/recommendation.h"
#include "recommend/recommender.h"
#include "session/recommendationjob.h"
#include "session/reportjob.h"
#include "session/session.h"
#include "store/catalogstore.h"
#include "store/logstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"
#include "store/reportstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <optional>

namespace ShadowOptic {

struct RecommendationPage::ProjectInfo
{
    QString path;
    UserProfile profile;
    QStringList models; // logged models first, then the catalog's
    std::optional<Recommendation> latest;
    std::optional<VerificationPlan> plan;
    QString error;
    // The last report exported from the project, and what changed in its evidence since.
    bool hasReport = false;
    QString reportPath;
    qint64 reportMadeMs = 0;
    QStringList reportChanges;
};

namespace {

QString money(double usd)
{
    return u'$' + QLocale().toString(usd, 'f', usd != 0.0 && std::abs(usd) < 1.0 ? 4 : 2);
}

QString percentText(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 1) + u'%' : QStringLiteral("–");
}

} // namespace

RecommendationPage::RecommendationPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_projectLoad(this)
    , m_job(new RecommendationJob(session, this))
    , m_currentModel(new QComboBox(this))
    , m_useCase(new QComboBox(this))
    , m_maxCost(new QDoubleSpinBox(this))
    , m_maxLatency(new QSpinBox(this))
    , m_minQuality(new QDoubleSpinBox(this))
    , m_volume(new QSpinBox(this))
    , m_sampleSize(new QSpinBox(this))
    , m_maxPrompts(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_plan(new QLabel(this))
    , m_save(new QPushButton(tr("&Save profile"), this))
    , m_recommend(new QPushButton(tr("&Recommend"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_reportStatus(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_continue(new QPushButton(tr("Co&ntinue verification"), this))
    , m_continueNote(new QLabel(this))
    , m_evidence(new QTabWidget(this))
    , m_forest(new ForestPlot(this))
    , m_precision(new PrecisionChart(this))
    , m_currentCost(new QLabel(this))
    , m_projectedCost(new QLabel(this))
    , m_monthlySavings(new QLabel(this))
    , m_annualSavings(new QLabel(this))
    , m_volumeLabel(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_fallback(new QLabel(this))
    , m_segments(new QTableWidget(this))
    , m_whyNot(new QTreeWidget(this))
    , m_config(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy config"), this))
    , m_startRollout(new QPushButton(tr("Start staged &rollout…"), this))
{
    buildUi();
    setProfile(UserProfile()); // SPEC §6's defaults until a project brings its own profile
    connect(m_save, &QPushButton::clicked, this, &RecommendationPage::saveProfile);
    connect(m_recommend, &QPushButton::clicked, this, &RecommendationPage::recommend);
    connect(m_cancel, &QPushButton::clicked, this, &RecommendationPage::cancel);
    connect(m_continue, &QPushButton::clicked, this, &RecommendationPage::continueVerification);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &RecommendationPage::updateContinuation);
    connect(m_maxPrompts, &QSpinBox::valueChanged, this, &RecommendationPage::updateContinuation);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &RecommendationPage::showPlan);
    connect(m_maxPrompts, &QSpinBox::valueChanged, this, &RecommendationPage::showPlan);
    connect(m_sampleSize, &QSpinBox::valueChanged, this, &RecommendationPage::showPlan);
    connect(m_startRollout, &QPushButton::clicked, this, [this] {
        if (m_shown.recommended)
            emit rolloutRequested(m_shown.currentModel, m_shown.recommended->model);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_config->toPlainText());
        emit message(tr("The Portkey config is on the clipboard."), false);
    });
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        if (m_state != State::Running)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
        m_status->setText(text);
    });
    connect(m_job, &Job::warning, this, [this](const QString &text) { m_status->setText(text); });
    connect(m_job, &Job::finished, this, &RecommendationPage::onFinished);
    connect(m_session, &Session::projectChanged, this, &RecommendationPage::onProjectChanged);
    clearRecommendation();
    setState(State::Idle);
}

RecommendationPage::~RecommendationPage()
{
    m_job->cancel();
}

void RecommendationPage::buildUi()
{
    m_currentModel->setEditable(true);
    m_currentModel->setInsertPolicy(QComboBox::NoInsert);
    m_currentModel->setToolTip(tr("The model in production today (empty = the most logged model)."));
    const QList<std::pair<QString, QString>> useCases {
        { QStringLiteral("general"), tr("General") },     { QStringLiteral("coding"), tr("Coding") },
        { QStringLiteral("reasoning"), tr("Reasoning") }, { QStringLiteral("summarization"), tr("Summarization") },
        { QStringLiteral("creative"), tr("Creative") },   { QStringLiteral("support"), tr("Support") },
    };
    for (const auto &[id, name] : useCases)
        m_useCase->addItem(name, id);
    m_maxCost->setRange(0.0, 100.0);
    m_maxCost->setDecimals(4);
    m_maxCost->setSingleStep(0.01);
    m_maxCost->setPrefix(QStringLiteral("$ "));
    m_maxLatency->setRange(100, 600000);
    m_maxLatency->setSingleStep(500);
    m_maxLatency->setSuffix(tr(" ms"));
    m_minQuality->setRange(0.0, 100.0);
    m_minQuality->setDecimals(0);
    m_volume->setRange(0, 2000000000);
    m_volume->setSpecialValueText(tr("Measured from the logs"));
    m_volume->setSingleStep(1000);
    m_volume->setGroupSeparatorShown(true);
    m_volume->setToolTip(
        tr("Requests per month of the current model. Leave at \"Measured from the logs\" (0) to use the "
           "rate of its logged requests when they span at least an hour (else 10,000); a value "
           "set here overrides the measured rate."));
    m_sampleSize->setRange(5, 1000);
    m_sampleSize->setValue(20);
    m_sampleSize->setToolTip(
        tr("Prompts of the first verification round, replayed and judged on each verified candidate. Rounds double "
           "(20, 40, 80 …) while a candidate is not decisive, until its verdict is decisive, the budget is used up "
           "or the prompt cap is reached."));
    const RecommendationThresholds defaults;
    m_maxPrompts->setRange(5, int(CandidateEvidence::planCap));
    m_maxPrompts->setSingleStep(40);
    m_maxPrompts->setGroupSeparatorShown(true);
    m_maxPrompts->setValue(defaults.maxPrompts);
    m_maxPrompts->setToolTip(tr("The most prompts one verification replays on each candidate, over all rounds."));
    m_budget->setRange(0.01, 10000.0);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.5);
    m_budget->setPrefix(QStringLiteral("$ "));
    m_budget->setValue(defaults.verificationBudgetUsd);
    m_budget->setToolTip(tr("The most one verification may spend on replays and judging (stored replays that are "
                            "reused cost nothing)."));
    m_progress->setRange(0, 1000);
    m_status->setWordWrap(true);

    auto *profileBox = new QGroupBox(tr("Profile"), this);
    auto *form = new QFormLayout(profileBox);
    form->addRow(tr("Current model:"), m_currentModel);
    form->addRow(tr("Use case:"), m_useCase);
    form->addRow(tr("Max cost/request:"), m_maxCost);
    form->addRow(tr("Max latency:"), m_maxLatency);
    form->addRow(tr("Min quality:"), m_minQuality);
    form->addRow(tr("Monthly volume:"), m_volume);
    form->addRow(tr("First round:"), m_sampleSize);
    form->addRow(tr("Max prompts:"), m_maxPrompts);
    form->addRow(tr("Budget:"), m_budget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    form->addRow(buttons);

    auto *runBox = new QGroupBox(tr("Verification"), this);
    auto *run = new QVBoxLayout(runBox);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_recommend);
    runButtons->addWidget(m_cancel);
    runButtons->addStretch(1);
    run->addLayout(runButtons);
    run->addWidget(m_progress);
    run->addWidget(m_status);
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan->setToolTip(tr("Catalog prices at the profile's token mix; after a run the panel plans from what it "
                          "measured."));
    run->addWidget(m_plan);
    m_reportStatus->setWordWrap(true);
    m_reportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportStatus->setVisible(false);
    run->addWidget(m_reportStatus);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(profileBox);
    leftLayout->addWidget(runBox);
    leftLayout->addStretch(1);

    // Outcome
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_sentence->setFont(big);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continueNote->setWordWrap(true);
    m_continueNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue->setToolTip(tr("Run the verification again with the budget and prompt cap that would settle it. "
                              "Stored replays are reused, so it pays only for the new prompts."));
    auto *continueRow = new QHBoxLayout;
    continueRow->addWidget(m_continue, 0, Qt::AlignTop);
    continueRow->addWidget(m_continueNote, 1);

    m_evidence->setObjectName(QStringLiteral("evidenceTabs"));
    m_evidence->addTab(m_forest, tr("Intervals"));
    m_evidence->addTab(m_precision, tr("Precision over spend"));
    m_evidence->setTabToolTip(0, tr("The quality change of each verified candidate against the margin"));
    m_evidence->setTabToolTip(1, tr("How the intervals narrowed round by round, against the verification spend"));
    m_evidence->setMinimumHeight(260);
    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidence = new QVBoxLayout(evidenceBox);
    evidence->addWidget(m_evidence);

    auto *impactBox = new QGroupBox(tr("Business impact"), this);
    m_impactBox = impactBox;
    auto *impact = new QGridLayout(impactBox);
    const QList<std::pair<QString, QLabel *>> figures { { tr("Current monthly cost"), m_currentCost },
                                                        { tr("Projected monthly cost"), m_projectedCost },
                                                        { tr("Monthly savings"), m_monthlySavings },
                                                        { tr("Annual savings"), m_annualSavings } };
    // Two by two: four figures side by side forced a horizontal scroll bar (and cut text) on a narrow dock.
    int index = 0;
    for (const auto &[caption, label] : figures) {
        auto *captionLabel = new QLabel(caption, impactBox);
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 1.35);
        f.setBold(true);
        label->setFont(f);
        impact->addWidget(captionLabel, (index / 2) * 2, index % 2);
        impact->addWidget(label, (index / 2) * 2 + 1, index % 2);
        ++index;
    }
    impact->addWidget(m_volumeLabel, 4, 0, 1, 2);
    m_volumeLabel->setWordWrap(true);

    auto *reasonsBox = new QGroupBox(tr("Reasons and fallback"), this);
    auto *reasons = new QVBoxLayout(reasonsBox);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_fallback->setWordWrap(true);
    reasons->addWidget(m_reasons);
    reasons->addWidget(m_fallback);

    auto *segmentsBox = new QGroupBox(tr("Per segment (metadata.use_case)"), this);
    auto *segments = new QVBoxLayout(segmentsBox);
    m_segments->setColumnCount(6);
    m_segments->setHorizontalHeaderLabels(
        { tr("Segment"), tr("Samples"), tr("Model"), tr("Saving"), tr("Δ quality"), tr("Reason") });
    m_segments->verticalHeader()->hide();
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segments->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive); // the reason wraps
    m_segments->horizontalHeader()->resizeSection(5, 320);
    m_segments->horizontalHeader()->setStretchLastSection(true);
    m_segments->setWordWrap(true);
    m_segments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segments->setMinimumHeight(150);
    segments->addWidget(m_segments);

    auto *whyNotBox = new QGroupBox(tr("Why not the other candidates"), this);
    auto *whyNot = new QVBoxLayout(whyNotBox);
    m_whyNot->setHeaderLabels({ tr("Candidate"), tr("Stage"), tr("Verdict"), tr("Saving") });
    m_whyNot->setRootIsDecorated(true);
    m_whyNot->setWordWrap(true);
    m_whyNot->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_whyNot->header()->setStretchLastSection(false);
    m_whyNot->setMinimumHeight(200);
    whyNot->addWidget(m_whyNot);

    auto *configBox = new QGroupBox(tr("Portkey conditional config"), this);
    auto *config = new QVBoxLayout(configBox);
    m_config->setReadOnly(true);
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setMinimumHeight(120);
    m_config->setPlaceholderText(tr("Shown when the segments are routed to different models."));
    auto *copyRow = new QHBoxLayout;
    m_startRollout->setToolTip(tr("Take the recommended model to production in stages (shadow, canary 1 %, … full) "
                                  "in the Rollout panel, each stage promoted only on evidence."));
    m_startRollout->setEnabled(false);
    copyRow->addWidget(m_startRollout);
    copyRow->addStretch(1);
    copyRow->addWidget(m_copy);
    config->addWidget(m_config);
    config->addLayout(copyRow);

    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(segmentsBox);
    tables->addWidget(whyNotBox);

    auto *outcome = new QWidget(this);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->addWidget(m_sentence);
    outcomeLayout->addWidget(m_summary);
    outcomeLayout->addLayout(continueRow);
    outcomeLayout->addWidget(evidenceBox);
    outcomeLayout->addWidget(impactBox);
    outcomeLayout->addWidget(reasonsBox);
    outcomeLayout->addWidget(tables, 1);
    outcomeLayout->addWidget(configBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(outcome);
    scroll->setWidgetResizable(true);
    // Text wraps to the dock's width; only a dock narrower than the content's minimum scrolls instead of cutting it.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("recommendationSplitter"));
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 320, 880 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void RecommendationPage::setState(State state)
{
    const bool wasBusy = m_state != State::Idle;
    m_state = state;
    const bool busy = state != State::Idle;
    m_recommend->setEnabled(!busy && !m_project.isEmpty());
    m_save->setEnabled(!busy && !m_project.isEmpty());
    m_cancel->setEnabled(state == State::Running);
    updateContinuation();
    m_progress->setVisible(state == State::Running);
    if (busy != wasBusy)
        emit busyChanged(busy);
}

void RecommendationPage::setProject(const QString &path)
{
    m_session->setProjectPath(path);
}

void RecommendationPage::onProjectChanged(const QString &path)
{
    cancel();
    m_project = path;
    m_profile = {};
    clearRecommendation();
    m_status->clear();
    setState(State::Idle);
    refresh();
}

void RecommendationPage::refresh()
{
    if (m_project.isEmpty() || m_state == State::Running)
        return;
    setState(State::Loading);
    const QString path = m_project;
    RecommendationThresholds limits;
    limits.firstRoundPrompts = m_sampleSize->value();
    limits.maxPrompts = m_maxPrompts->value();
    limits.verificationBudgetUsd = m_budget->value();
    const QString judgeModel = m_session->judgeModel();
    const QStringList served = m_session->servedModels();
    m_projectLoad.startJob(
        [path, limits, judgeModel, served] {
            ProjectInfo info;
            info.path = path;
            ProjectStore *store = ThreadStore::get(path, &info.error);
            if (!store)
                return info;
            ProfileStore profiles(*store);
            qint64 profileId = 0;
            if (profiles.load(info.profile.name, &info.profile, &profileId)) {
                const QJsonObject stored = RecommendationStore(*store).latest(profileId);
                if (!stored.isEmpty())
                    info.latest = Recommendation::fromJson(stored);
            }
            if (info.profile.currentModel.isEmpty())
                info.profile.currentModel = profiles.mostLoggedModel();
            ReportStamp stamp;
            ReportEvidence now;
            QString ignored;
            if (ReportStore(*store).lastReport(&info.reportPath, &stamp)
                && ReportJob::evidence(*store, &now, &ignored)) {
                info.hasReport = true;
                info.reportMadeMs = stamp.createdAtMs;
                info.reportChanges = ReportEvidence::changes(stamp.evidence, now);
            }
            info.models.append(LogStore(*store).modelsByLogCount());
            PriceCatalog catalog;
            if (CatalogStore(*store).load(&catalog, &info.error)) {
                for (const ModelInfo &m : catalog.models()) {
                    if (m.candidate && !info.models.contains(m.modelId))
                        info.models.append(m.modelId);
                }
                UserProfile measured = info.profile;
                QString ignored; // without a measurement the plan uses the profile's token mix
                profiles.measure(&measured, &ignored);
                if (!measured.currentModel.isEmpty())
                    info.plan = VerificationPlan::compute(catalog, measured, limits, judgeModel, served);
            }
            return info;
        },
        [this](const ProjectInfo &info) {
            setState(State::Idle);
            applyProjectInfo(info);
        });
}

void RecommendationPage::showPlan()
{
    if (!m_verificationPlan || !m_verificationPlan->error.isEmpty()) {
        m_plan->setText(m_verificationPlan ? m_verificationPlan->error : QString());
        return;
    }
    // The limits come from the form; the costs were read from the catalog with the project.
    VerificationPlan &plan = *m_verificationPlan;
    plan.thresholds.firstRoundPrompts = m_sampleSize->value();
    plan.thresholds.maxPrompts = m_maxPrompts->value();
    plan.thresholds.verificationBudgetUsd = m_budget->value();
    plan.affordablePrompts = plan.costPerPromptUsd > 0
        ? qint64(std::floor(plan.thresholds.verificationBudgetUsd / plan.costPerPromptUsd))
        : 0;
    m_plan->setText(plan.toText().trimmed());
}

void RecommendationPage::applyProjectInfo(const ProjectInfo &info)
{
    m_verificationPlan = info.plan;
    showPlan();
    if (!info.error.isEmpty()) {
        emit message(tr("The Recommendation panel cannot read the project '%1': %2").arg(info.path, info.error), true);
        return;
    }
    m_currentModel->clear();
    m_currentModel->addItems(info.models);
    setProfile(info.profile);
    m_reportStatus->setVisible(info.hasReport);
    if (info.hasReport) {
        const QString made
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.reportMadeMs), QLocale::ShortFormat);
        const QString name = QFileInfo(info.reportPath).fileName();
        m_reportStatus->setText(
            info.reportChanges.isEmpty()
                ? tr("The report %1 (made %2) is current: its evidence has not changed.").arg(name, made)
                : tr("The report %1 (made %2) is out of date: %3 Export it again (File ▸ Export Report…).")
                      .arg(name, made, info.reportChanges.join(QLatin1Char(' '))));
        m_reportStatus->setToolTip(QDir::toNativeSeparators(info.reportPath));
    }
    if (!info.latest) {
        clearRecommendation();
        m_status->setText(tr("No recommendation yet for this profile: press “Recommend”."));
    } else {
        showRecommendation(*info.latest);
        m_status->setText(tr("Showing the stored recommendation of %1.")
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.latest->createdAtMs),
                                                      QLocale::ShortFormat)));
    }
}

UserProfile RecommendationPage::profile() const
{
    UserProfile p = m_profile;
    p.currentModel = m_currentModel->currentText().trimmed();
    p.useCase = m_useCase->currentData().toString();
    p.maxCostPerRequestUsd = m_maxCost->value();
    p.maxLatencyMs = m_maxLatency->value();
    p.minQuality = m_minQuality->value();
    p.volumeSet = m_volume->value() > 0;
    if (p.volumeSet) {
        p.monthlyVolume = m_volume->value();
        p.volumeMeasured = false;
    }
    return p;
}

void RecommendationPage::setProfile(const UserProfile &profile)
{
    m_profile = profile;
    m_currentModel->setCurrentText(profile.currentModel);
    const int useCase = m_useCase->findData(profile.useCase);
    m_useCase->setCurrentIndex(useCase >= 0 ? useCase : 0);
    m_maxCost->setValue(profile.maxCostPerRequestUsd);
    m_maxLatency->setValue(profile.maxLatencyMs);
    m_minQuality->setValue(profile.minQuality);
    m_volume->setValue(profile.volumeSet ? int(std::min(profile.monthlyVolume, 2.0e9)) : 0);
}

void RecommendationPage::setSampleSize(int size)
{
    m_sampleSize->setValue(size);
}

void RecommendationPage::setVerificationBudget(double usd)
{
    m_budget->setValue(usd);
}

void RecommendationPage::setMaxPrompts(int prompts)
{
    m_maxPrompts->setValue(prompts);
}

double RecommendationPage::verificationBudget() const
{
    return m_budget->value();
}

int RecommendationPage::maxPrompts() const
{
    return m_maxPrompts->value();
}

void RecommendationPage::saveProfile()
{
    if (m_project.isEmpty())
        return;
    const UserProfile p = profile();
    const QString path = m_project;
    auto task = QtConcurrent::run([path, p] {
        QString error;
        ProjectStore *store = ThreadStore::get(path, &error);
        qint64 id = 0;
        bool changed = false;
        if (store)
            ProfileStore(*store).save(p, &id, &error, &changed);
        return std::make_pair(error, changed);
    });
    thenQueued(task, this, [this, p](const std::pair<QString, bool> &result) {
        if (!result.first.isEmpty()) {
            emit message(tr("The profile could not be saved: %1").arg(result.first), true);
            return;
        }
        m_profile = p;
        emit message(result.second ? tr("Profile saved; its earlier recommendations no longer apply.")
                                   : tr("Profile saved."),
                     false);
    });
}

void RecommendationPage::recommend()
{
    if (m_project.isEmpty() || m_state == State::Running)
        return;
    m_projectLoad.reset(); // a pending project load would overwrite the profile being used
    Recommender::Options o;
    o.profile = profile();
    o.sampleSize = m_sampleSize->value();
    o.thresholds.verificationBudgetUsd = m_budget->value();
    o.thresholds.maxPrompts = m_maxPrompts->value();
    m_job->setOptions(o);
    setState(State::Running);
    m_progress->setValue(0);
    m_status->setText(tr("Starting…"));
    QString error;
    if (!m_job->start(&error)) {
        setState(State::Idle);
        m_status->setText(error);
        emit message(tr("The recommendation could not start: %1").arg(error), true);
    }
}

void RecommendationPage::continueVerification()
{
    updateContinuation();
    if (!m_continuation.possible || m_state != State::Idle)
        return;
    m_budget->setValue(m_continuation.budgetUsd);
    m_maxPrompts->setValue(m_continuation.maxPrompts);
    recommend();
}

void RecommendationPage::updateContinuation()
{
    m_continuation = {};
    const RecommendationCandidate *open
        = m_hasShown && m_shown.status == Recommendation::Status::NotDecisive ? m_shown.openCandidate() : nullptr;
    m_continue->setVisible(open != nullptr);
    m_continueNote->setVisible(open != nullptr);
    if (!open) {
        m_continueNote->clear();
        return;
    }
    if (open->morePrompts < 0) {
        m_continue->setEnabled(false);
        m_continueNote->setText(tr("%1 sits on the margin: even %L2 prompts would likely not settle it, so "
                                   "continuing is not offered.")
                                    .arg(open->model)
                                    .arg(CandidateEvidence::planCap));
        return;
    }
    const qint64 promptsSoFar = std::max<qint64>(m_shown.sampleSize, open->evidence.pairs);
    const double moreCost = std::isfinite(open->moreCostUsd) ? open->moreCostUsd : 0.0;
    m_continuation.possible = true;
    m_continuation.budgetUsd
        = std::min(m_budget->maximum(), std::max(m_budget->value(), m_shown.verificationCostUsd + 1.25 * moreCost));
    // Whole cents, rounded up: the spin box shows two decimals and must not round the budget below the need.
    m_continuation.budgetUsd
        = std::min(m_budget->maximum(), std::ceil(m_continuation.budgetUsd * 100.0 - 1e-6) / 100.0);
    m_continuation.maxPrompts = int(std::min<qint64>(
        m_maxPrompts->maximum(), std::max<qint64>(m_maxPrompts->value(), promptsSoFar + open->morePrompts)));
    m_continue->setEnabled(m_state == State::Idle && !m_project.isEmpty());
    m_continueNote->setText(tr("About %L1 more prompts on %2. Continuing raises the budget to %3 and the prompt cap "
                               "to %L4; stored replays are reused, so it pays only for the new prompts.")
                                .arg(open->morePrompts)
                                .arg(open->model, money(m_continuation.budgetUsd))
                                .arg(m_continuation.maxPrompts));
}

void RecommendationPage::cancel()
{
    if (m_state == State::Loading) {
        m_projectLoad.reset();
        setState(State::Idle);
        return;
    }
    if (m_state != State::Running)
        return;
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void RecommendationPage::onFinished()
{
    if (m_state != State::Running)
        return;
    setState(State::Idle);
    if (m_job->state() == Job::State::Cancelled) {
        m_status->setText(tr("Cancelled."));
        return;
    }
    if (m_job->state() == Job::State::Failed) {
        m_status->setText(m_job->errorText());
        emit message(tr("The recommendation failed: %1").arg(m_job->errorText()), true);
        return;
    }
    const Recommendation &recommendation = m_job->result();
    m_profile = recommendation.profile.currentModel.isEmpty() ? m_profile : recommendation.profile;
    if (!recommendation.profile.currentModel.isEmpty())
        setProfile(recommendation.profile);
    showRecommendation(recommendation);
    m_status->setText(tr("Done: %1 iteration(s), %2 sampled prompts, $%3 spent on verification (%4 stored replays "
                         "reused, %5 new).")
                          .arg(recommendation.iterations)
                          .arg(recommendation.sampleSize)
                          .arg(QLocale().toString(recommendation.verificationCostUsd, 'f', 4))
                          .arg(recommendation.reusedReplays)
                          .arg(recommendation.newReplays));
    // The stored sentence is the SPEC's fixed English one for reports; the activity log speaks the UI language.
    const bool recommended = recommendation.status == Recommendation::Status::Recommended && recommendation.recommended;
    emit message(recommended ? Recommendation::displaySentence(
                     recommendation.currentModel, recommendation.recommended->model,
                     recommendation.recommended->savingPercent(), -recommendation.recommended->qualityDeltaPercent)
                     : recommendation.status == Recommendation::Status::NotDecisive
                     ? recommendation.reason
                     : tr("No recommendation: %1").arg(recommendation.reason),
                 false);
}

void RecommendationPage::clearRecommendation()
{
    m_shown = Recommendation();
    m_hasShown = false;
    m_sentence->setText(tr("No recommendation yet."));
    m_summary->clear();
    for (QLabel *l : { m_currentCost, m_projectedCost, m_monthlySavings, m_annualSavings })
        l->setText(QStringLiteral("–"));
    m_volumeLabel->clear();
    m_reasons->clear();
    m_fallback->clear();
    m_segments->setRowCount(0);
    m_whyNot->clear();
    m_config->clear();
    m_copy->setEnabled(false);
    m_startRollout->setEnabled(false);
    m_sentence->setPalette(QPalette());
    m_impactBox->setVisible(true);
    m_forest->clear();
    m_precision->clear();
    updateContinuation();
}

void RecommendationPage::showRecommendation(const Recommendation &r)
{
    clearRecommendation();
    m_shown = r;
    m_hasShown = true;
    m_startRollout->setEnabled(r.status == Recommendation::Status::Recommended && r.recommended);
    const QLocale l;
    if (r.status == Recommendation::Status::Recommended && r.recommended) {
        const RecommendationCandidate &c = *r.recommended;
        m_sentence->setText(
            Recommendation::displaySentence(r.currentModel, c.model, c.savingPercent(), -c.qualityDeltaPercent));
        const ConfidenceInterval &q = c.evidence.quality.interval;
        m_summary->setText(
            tr("Quality %1 vs %2 on %5 paired prompts: a change between %3% and %4% (95% anytime-valid interval, "
               "margin −%11%); confidence %6 (display only). Refusals %7%, judge format failures %8%, errors %9%, "
               "p95 latency %10 ms.")
                .arg(l.toString(c.quality, 'f', 1), l.toString(c.baselineQuality, 'f', 1), l.toString(q.lower, 'f', 1),
                     l.toString(q.upper, 'f', 1))
                .arg(c.evidence.qualityPairs)
                .arg(l.toString(c.confidence, 'f', 2), l.toString(c.refusalRate * 100.0, 'f', 1),
                     l.toString(c.formatFailureRate * 100.0, 'f', 1), l.toString(c.errorRate * 100.0, 'f', 1),
                     l.toString(c.latencyP95Ms, 'f', 0), l.toString(r.thresholds.maxQualityDropPercent, 'f', 1)));
        const BusinessImpact &b = r.businessImpact;
        m_currentCost->setText(money(b.currentMonthlyCost));
        m_projectedCost->setText(money(b.projectedMonthlyCost));
        m_monthlySavings->setText(money(b.monthlySavings));
        m_annualSavings->setText(money(b.annualSavings));
        m_volumeLabel->setText(
            tr("At %1 requests a month (%2) and %3 per request today (%4).")
                .arg(l.toString(b.monthlyVolume, 'f', 0), b.volumeText(), money(b.currentCostPerRequest),
                     b.costMeasured ? tr("mean logged cost") : tr("catalog price at the token mix")));
        QString reasons = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &reason : r.reasons)
            reasons += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        m_reasons->setText(reasons + QStringLiteral("</ul>"));
        m_fallback->setText(!r.fallback ? tr("Fallback: none (no runner-up passed the thresholds).")
                                        : tr("Fallback: %1, saving %2 with a %3 quality impact.")
                                              .arg(r.fallback->model, percentText(r.fallback->savingPercent()),
                                                   percentText(r.fallback->qualityDeltaPercent)));
    } else if (r.status == Recommendation::Status::NotDecisive) {
        // Rebuilt in the UI language (the stored reason is in the language it was made in).
        const RecommendationCandidate *open = r.openCandidate();
        m_sentence->setText(open ? Recommender::notDecisiveSentence(*open, r.currentModel) : r.reason);
        QPalette amber = m_sentence->palette();
        amber.setColor(QPalette::WindowText, ForestPlot::verdictColor(NonInferiorityVerdict::Inconclusive, palette()));
        m_sentence->setPalette(amber);
        m_impactBox->setVisible(false);
        m_summary->setText(tr("The current model %1 stays for now. %2 iteration(s), %3 sampled prompts, %4 spent on "
                              "verification.")
                               .arg(r.currentModel)
                               .arg(r.iterations)
                               .arg(r.sampleSize)
                               .arg(money(r.verificationCostUsd)));
        QString reasons = tr("Verification stopped because:") + QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &reason : r.reasons)
            reasons += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        if (r.reasons.isEmpty())
            reasons += QStringLiteral("<li>%1</li>").arg(tr("the evidence is not decisive yet").toHtmlEscaped());
        m_reasons->setText(reasons + QStringLiteral("</ul>"));
    } else {
        m_sentence->setText(tr("No recommendation: %1").arg(r.reason));
        m_summary->setText(tr("The current model %1 stays. %2 iteration(s), %3 sampled prompts.")
                               .arg(r.currentModel)
                               .arg(r.iterations)
                               .arg(r.sampleSize));
        m_reasons->setText(tr("See why each candidate was rejected below."));
    }
    // The routing sentence ties the headline, the per-segment table and the Portkey config together.
    if (!r.routing.isEmpty())
        m_summary->setText(m_summary->text() + u'\n' + tr("Routing: %1").arg(r.routing));

    m_segments->setRowCount(int(r.segments.size()));
    for (int row = 0; row < r.segments.size(); ++row) {
        const SegmentRecommendation &seg = r.segments.at(row);
        const QStringList cells {
            seg.segment,
            l.toString(seg.samples),
            seg.keepCurrent ? tr("%1 (keep)").arg(seg.model) : seg.model,
            percentText(seg.savingPercent),
            percentText(seg.qualityDeltaPercent),
            seg.reason,
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 1 || c == 3 || c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_segments->setItem(row, c, item);
        }
    }

    using Verdict = NonInferiorityVerdict;
    for (const RecommendationCandidate &c : r.candidates) {
        if (c.whyNot.isEmpty() && !c.notDecisive())
            continue;
        auto *item = new QTreeWidgetItem(m_whyNot);
        item->setText(0, c.model);
        using Stage = RecommendationCandidate::Stage;
        item->setText(1,
                      c.stage == Stage::Excluded       ? tr("excluded")
                          : c.stage == Stage::Verified ? tr("verified")
                                                       : tr("not verified"));
        if (c.stage == Stage::Verified) {
            item->setText(2, Recommendation::verdictText(c.verdict));
            item->setForeground(2, ForestPlot::verdictColor(c.verdict, palette()));
            if (c.verdict == Verdict::Inconclusive && c.morePrompts >= 0)
                item->setToolTip(2, tr("About %L1 more prompts would settle it.").arg(c.morePrompts));
        }
        item->setText(3, percentText(c.savingPercent()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        for (const QString &reason : c.whyNot) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, reason);
            child->setToolTip(0, reason);
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(c.stage == Stage::Verified);
    }
    m_whyNot->resizeColumnToContents(1);
    m_whyNot->resizeColumnToContents(2);
    m_whyNot->resizeColumnToContents(3);
    m_forest->setRecommendation(r);
    m_precision->setRecommendation(r);
    updateContinuation();

    if (!r.portkeyConfig.isEmpty()) {
        m_config->setPlainText(QString::fromUtf8(QJsonDocument(r.portkeyConfig).toJson(QJsonDocument::Indented)));
        m_copy->setEnabled(true);
    }
    emit recommendationChanged();
}

SimulatedGateway *RecommendationPage::simulator()
{
    return m_session->simulator();
}

} // namespace ShadowOptic
