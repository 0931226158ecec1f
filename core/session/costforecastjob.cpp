// SPDX-License-Identifier: MIT
#include "costforecastjob.h"

#include "forecast/costforecast.h"
#include "recommend/candidatediscovery.h"
#include "recommend/userprofile.h"
#include "session.h"
#include "store/catalogstore.h"
#include "store/forecaststore.h"
#include "store/logstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"

#include <QPointer>
#include <QRandomGenerator64>
#include <QtConcurrent>

#include <algorithm>

namespace ShadowOptic {

namespace {

// The sampler considers at most this many prompts (a seeded random subset of larger projects): the prompt text of
// each is read and counted.
constexpr int PoolSize = 4000;
constexpr int DefaultCandidates = 3;

struct Outcome
{
    ForecastReport report;
    QString error;
    bool stopped = false;
};

} // namespace

CostForecastJob::CostForecastJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

bool CostForecastJob::forecast(ProjectStore &store, const Request &request, const QStringList &served,
                               const std::function<bool()> &stop,
                               const std::function<void(int, const QString &)> &progress, ForecastReport *report,
                               QString *error)
{
    error->clear();
    PriceCatalog catalog;
    if (!CatalogStore(store).load(&catalog, error)) {
        *error = tr("Cannot read the price catalog: %1").arg(*error);
        return false;
    }
    CostForecast::Input input;
    const ForecastStore forecasts(store);
    const LogStore logs(store);
    if (!forecasts.loggedRows(&input.logged, error) || !forecasts.replayedRows(&input.replayed, error)) {
        *error = tr("Cannot read the logs: %1").arg(*error);
        return false;
    }
    if (input.logged.isEmpty()) {
        *error = tr("No successful logged requests with token counts to learn from: import Portkey logs "
                    "first.");
        return false;
    }
    UserProfile profile;
    ProfileStore(store).load(profile.name, &profile);
    input.currentModel = profile.currentModel;
    if (input.currentModel.isEmpty())
        input.currentModel = logs.modelsByLogCount().value(0);
    input.models = request.models;
    if (input.models.isEmpty()) {
        // The current model and the first band's best candidates, as the recommendation would verify
        // them.
        profile.currentModel = input.currentModel;
        const CandidateDiscovery::Result found = CandidateDiscovery::discover(catalog, profile, served, 6);
        input.models.append(input.currentModel);
        for (int i : CandidateDiscovery::topOfBand(found.eligible, 0, DefaultCandidates))
            input.models.append(found.eligible.at(i).model);
    }
    input.models.removeAll(QString());
    input.models.removeDuplicates();
    if (input.models.isEmpty()) {
        *error = tr("Name the models to forecast.");
        return false;
    }
    // The replay planner's order for this seed, so the plain sample is exactly the one a replay would
    // send.
    QList<qint64> ids;
    if (!logs.replayableLogIds(QString(), QString(), &ids, error)) {
        *error = tr("Cannot read the logs: %1").arg(*error);
        return false;
    }
    input.replayable = ids.size();
    QRandomGenerator64 rng(request.seed);
    std::shuffle(ids.begin(), ids.end(), rng);
    const int poolSize = qMax(PoolSize, request.sampleSize);
    if (ids.size() > poolSize)
        ids.resize(poolSize);
    input.pool = ids;
    input.runId = request.runId > 0 ? request.runId : forecasts.newestRunWithAnswers();
    if (input.runId > 0 && !forecasts.runRows(input.runId, &input.runRows, error)) {
        *error = tr("Cannot read replay run %1: %2").arg(input.runId).arg(*error);
        return false;
    }
    QList<qint64> textIds = ids;
    for (const ForecastRow &r : std::as_const(input.runRows))
        textIds.append(r.id);
    std::sort(textIds.begin(), textIds.end());
    textIds.erase(std::unique(textIds.begin(), textIds.end()), textIds.end());
    QList<LogStore::Prompt> prompts;
    if (!logs.prompts(textIds, &prompts, error)) {
        *error = tr("Cannot read the prompts: %1").arg(*error);
        return false;
    }
    for (qsizetype i = 0; i < prompts.size() && i < textIds.size(); ++i)
        input.prompts.insert(textIds.at(i), prompts.at(i));
    CostForecast::Options options;
    options.budgetUsd = request.budgetUsd;
    options.sampleSize = request.sampleSize;
    options.p90 = request.p90;
    options.seed = request.seed;
    options.folds = request.folds;
    return CostForecast::compute(input, catalog, options, stop, progress, report);
}

bool CostForecastJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    if (m_request.budgetUsd < 0 || m_request.sampleSize < 0 || m_request.folds < 2) {
        *error = tr("The budget and the sample size cannot be negative, and cross-validation needs 2 folds or more.");
        return false;
    }
    m_result = ForecastReport();
    m_stop = std::make_shared<std::atomic_bool>(false);
    const Request request = m_request;
    const auto stop = m_stop;
    const QStringList served = session()->servedModels();
    QPointer<CostForecastJob> self(this);
    const quint64 generation = this->generation();
    const auto progress = [self, generation](int permille, const QString &text) {
        QMetaObject::invokeMethod(self, [self, generation, permille, text] {
            if (self && self->isRunning() && self->generation() == generation)
                self->reportProgress(permille, text);
        });
    };
    reportProgress(0, tr("Reading the logs…"));
    whenReady(QtConcurrent::run([project, request, stop, served, progress] {
                  Outcome out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (store)
                      out.stopped = !forecast(
                                        *store, request, served, [stop] { return stop->load(); }, progress, &out.report,
                                        &out.error)
                          && out.error.isEmpty();
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
                  m_result = out.report;
                  complete(State::Succeeded);
              });
    return true;
}

void CostForecastJob::abort()
{
    if (m_stop)
        m_stop->store(true);
    complete(State::Cancelled);
}

} // namespace ShadowOptic
