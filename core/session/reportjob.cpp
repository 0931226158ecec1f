// SPDX-License-Identifier: MIT
#include "reportjob.h"

#include "catalog/pricecatalog.h"
#include "costforecastjob.h"
#include "eval/judgerubric.h"
#include "eval/runevaluator.h"
#include "recommend/userprofile.h"
#include "refusalanalysisjob.h"
#include "rolloutjob.h"
#include "session.h"
#include "store/catalogstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"
#include "store/reportstore.h"
#include "store/threadstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

struct Outcome
{
    ReportData data;
    QString error;
    bool stopped = false;
};

} // namespace

ReportJob::ReportJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

bool ReportJob::evidence(ProjectStore &store, ReportEvidence *evidence, QString *error)
{
    UserProfile profile;
    ProfileStore(store).load(profile.name, &profile);
    return ReportStore(store).evidence(JudgeRubric().version(), profile.fingerprint(), evidence, error);
}

bool ReportJob::gather(ProjectStore &store, const QString &projectPath, const Request &request,
                       const QStringList &served, const std::function<bool()> &stop,
                       const std::function<void(int, const QString &)> &progress, ReportData *data, QString *error)
{
    error->clear();
    ReportData d;
    d.projectPath = projectPath;
    d.stamp.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    d.stamp.projectName = QFileInfo(projectPath).fileName();
    d.stamp.title = tr("Decision report: %1").arg(QFileInfo(projectPath).completeBaseName());
    progress(0, tr("Reading the evidence…"));
    if (!evidence(store, &d.stamp.evidence, error))
        return false;
    ReportStore reports(store);
    if (!reports.logPeriod(&d.periodFromMs, &d.periodToMs, &d.logCount, error))
        return false;

    UserProfile profile;
    qint64 profileId = 0;
    ProfileStore profiles(store);
    if (profiles.load(profile.name, &profile, &profileId)) {
        const QJsonObject stored = RecommendationStore(store).latest(profileId);
        if (!stored.isEmpty()) {
            d.recommendation = Recommendation::fromJson(stored);
            d.hasRecommendation = true;
        }
    }
    QString current = d.hasRecommendation ? d.recommendation.currentModel : profile.currentModel;
    if (current.isEmpty())
        current = profiles.mostLoggedModel();
    d.judgeModel = d.hasRecommendation ? d.recommendation.judgeModel : QString();

    progress(100, tr("Reading the evaluation…"));
    if (request.runId > 0 || !d.hasRecommendation || d.recommendation.evaluation.models.isEmpty()) {
        const qint64 run = request.runId > 0 ? request.runId : RunEvaluator::latestRun(store, current);
        if (run > 0 && !RunEvaluator::load(store, run, current, d.judgeModel, &d.evaluation, &d.evaluationError))
            d.evaluationError = tr("Cannot read run %1's evaluation: %2").arg(run).arg(d.evaluationError);
    } else {
        d.evaluation = d.recommendation.evaluation;
    }
    if (d.judgeModel.isEmpty())
        d.judgeModel = d.evaluation.judgeModel;
    if (stop())
        return false;

    progress(200, tr("Reconciling costs…"));
    PriceCatalog catalog;
    if (!CatalogStore(store).load(&catalog, &d.costsError)
        || !CostReport::compute(store, catalog, CostReport::Grouping::Model, {}, &d.costs, &d.costsError))
        d.costsError = tr("Cannot reconcile the costs: %1").arg(d.costsError);
    if (stop())
        return false;

    progress(300, tr("Analysing refusals…"));
    RefusalAnalysisJob::Request refusals;
    refusals.currentModel = current;
    RefusalAnalysisJob::analyse(store, refusals, stop, &d.refusals, &d.refusalsError);
    if (stop())
        return false;

    progress(450, tr("Forecasting costs…"));
    CostForecastJob::Request forecast;
    forecast.runId = d.evaluation.runIds.isEmpty() ? 0 : d.evaluation.runIds.constLast();
    const auto forecastProgress
        = [&progress](int permille, const QString &text) { progress(450 + permille * 400 / 1000, text); };
    if (!CostForecastJob::forecast(store, forecast, served, stop, forecastProgress, &d.forecast, &d.forecastError)
        && d.forecastError.isEmpty())
        return false; // stopped

    progress(900, tr("Reading the rollout…"));
    RolloutJob::Request rollout;
    rollout.action = RolloutJob::Action::Status;
    if (RolloutJob::execute(projectPath, rollout, &d.rollout, &d.rolloutError))
        d.hasRollout = d.rollout.hasExperiment;
    if (stop())
        return false;
    *data = d;
    return true;
}

bool ReportJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    m_result = ReportData();
    m_stop = std::make_shared<std::atomic_bool>(false);
    const Request request = m_request;
    const auto stop = m_stop;
    const QStringList served = session()->servedModels();
    const QString target = session()->targetDescription();
    QPointer<ReportJob> self(this);
    const quint64 generation = this->generation();
    const auto progress = [self, generation](int permille, const QString &text) {
        QMetaObject::invokeMethod(self, [self, generation, permille, text] {
            if (self && self->isRunning() && self->generation() == generation)
                self->reportProgress(permille, text);
        });
    };
    reportProgress(0, tr("Reading the evidence…"));
    whenReady(QtConcurrent::run([project, request, stop, served, progress, target] {
                  Outcome out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (store) {
                      out.stopped = !gather(
                                        *store, project, request, served, [stop] { return stop->load(); }, progress,
                                        &out.data, &out.error)
                          && out.error.isEmpty();
                      out.data.target = target;
                  }
                  return out;
              }),
              [this](const Outcome &out) {
                  if (!out.error.isEmpty()) {
                      complete(State::Failed, out.error);
                      return;
                  }
                  if (out.stopped) {
                      complete(State::Cancelled);
                      return;
                  }
                  m_result = out.data;
                  reportProgress(1000, tr("Report gathered"));
                  complete(State::Succeeded);
              });
    return true;
}

void ReportJob::abort()
{
    if (m_stop)
        m_stop->store(true);
    complete(State::Cancelled);
}

} // namespace ShadowOptic
