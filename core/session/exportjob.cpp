// SPDX-License-Identifier: MIT
#include "exportjob.h"

#include "evaluationjob.h"
#include "export/exportoutput.h"
#include "export/exportrows.h"
#include "refusalanalysisjob.h"
#include "rollout/rolloutevent.h"
#include "rollout/rolloutexperiment.h"
#include "session.h"
#include "store/exportstore.h"
#include "store/projectstore.h"
#include "store/rolloutstore.h"
#include "store/threadstore.h"

#include <QProcessEnvironment>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

constexpr qint64 ProgressEvery = 2000; // rows between progress reports

} // namespace

struct ExportJob::Outcome
{
    Result result;
    QString error;
    bool stopped = false;
};

ExportJob::ExportJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

ExportJob::~ExportJob()
{
    if (m_stop)
        m_stop->store(true);
}

QStringList ExportJob::knownSecrets(const Session *session)
{
    QStringList secrets;
    if (session)
        secrets << session->target().apiKey << session->target().portkeyApiKey;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.endsWith(QLatin1String("API_KEY")) || name.endsWith(QLatin1String("_TOKEN"))
            || name.endsWith(QLatin1String("_SECRET")))
            secrets << env.value(name);
    }
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    return secrets;
}

QList<QPair<qint64, qint64>> ExportJob::answerRuns(const QString &project, QString *error)
{
    ProjectStore *store = ThreadStore::get(project, error);
    return store ? ExportStore(*store).answerRuns() : QList<QPair<qint64, qint64>>();
}

std::function<void(int, const QString &)> ExportJob::progressFunction()
{
    QPointer<ExportJob> self(this);
    const quint64 generation = this->generation();
    return [self, generation](int permille, const QString &text) {
        QMetaObject::invokeMethod(self, [self, generation, permille, text] {
            if (self && self->isRunning() && self->generation() == generation)
                self->reportProgress(permille, text);
        });
    };
}

bool ExportJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    if (m_request.path.trimmed().isEmpty()) {
        *error = tr("Choose the file to export to.");
        return false;
    }
    if (m_request.runId < 0) {
        *error = tr("The run id must be positive.");
        return false;
    }
    m_result = Result();
    m_result.path = m_request.path;
    m_secrets = knownSecrets(session());
    m_stop = std::make_shared<std::atomic_bool>(false);
    reportProgress(0, tr("Reading the project…"));
    switch (m_request.dataset) {
    case ExportDataset::Value::Models: {
        auto *job = new EvaluationJob(session(), this);
        EvaluationJob::Request r;
        r.runId = m_request.runId;
        r.judge = false;
        job->setRequest(r);
        startChild(job);
        return true;
    }
    case ExportDataset::Value::Clusters:
        startChild(new RefusalAnalysisJob(session(), this));
        return true;
    default:
        writeOnPool({}, m_request.runId);
        return true;
    }
}

void ExportJob::startChild(Job *child)
{
    m_child = child;
    connect(child, &Job::finished, this, &ExportJob::onChildFinished);
    connect(child, &Job::progressChanged, this, [this](int permille, const QString &text) {
        reportProgress(permille / 2, text); // reading is the first half
    });
    QString error;
    if (!child->start(&error)) {
        child->deleteLater();
        m_child = nullptr;
        // finished() must follow a successful start(): fail from the event loop.
        QMetaObject::invokeMethod(
            this, [this, error] { complete(State::Failed, error); }, Qt::QueuedConnection);
    }
}

void ExportJob::onChildFinished()
{
    Job *child = m_child;
    if (!child || sender() != child)
        return;
    child->deleteLater();
    m_child = nullptr;
    if (!isRunning())
        return;
    if (child->state() == State::Cancelled) {
        complete(State::Cancelled);
        return;
    }
    if (child->state() != State::Succeeded) {
        complete(State::Failed, child->errorText());
        return;
    }
    if (auto *evaluation = qobject_cast<EvaluationJob *>(child)) {
        const EvaluationJob::Result &r = evaluation->result();
        if (r.runId == 0) {
            complete(State::Failed, tr("The project has no replay runs yet: replay a sample first."));
            return;
        }
        writeOnPool(ExportRows::models(r.report, r.runId), r.runId);
    } else if (auto *refusals = qobject_cast<RefusalAnalysisJob *>(child)) {
        writeOnPool(ExportRows::clusters(refusals->result()), 0);
    }
}

void ExportJob::writeOnPool(const QList<QVariantList> &ready, qint64 runId)
{
    const QString project = session()->projectPath();
    const Request request = m_request;
    const QStringList secrets = m_secrets;
    const auto stop = m_stop;
    const auto progress = progressFunction();
    whenReady(QtConcurrent::run([project, request, secrets, stop, progress, ready, runId] {
                  Outcome out;
                  out.result.path = request.path;
                  out.result.runId = runId;
                  const Redactor redactor(request.redact, secrets);
                  ExportOutput output(request.dataset, request.format, redactor);
                  const bool streamed = request.dataset == ExportDataset::Value::Replays
                      || request.dataset == ExportDataset::Value::Recommendations
                      || request.dataset == ExportDataset::Value::Audit;
                  ProjectStore *store = nullptr;
                  if (streamed) {
                      store = ThreadStore::get(project, &out.error);
                      if (!store)
                          return out;
                  }
                  if (!output.open(request.path, &out.error))
                      return out;
                  qint64 total = ready.size();
                  const auto write = [&](const QVariantList &row) {
                      if (stop->load()) {
                          out.stopped = true;
                          return false;
                      }
                      if (!output.write(row, &out.error))
                          return false;
                      // Rows read by a panel's job fill the second half of the bar, rows streamed here all of it.
                      if (output.rows() % ProgressEvery == 0 && total > 0)
                          progress(streamed ? int(1000 * qMin(output.rows(), total) / total)
                                            : 500 + int(500 * qMin(output.rows(), total) / total),
                                   tr("%1 of %2 rows written…").arg(output.rows()).arg(total));
                      return true;
                  };
                  bool ok = true;
                  switch (request.dataset) {
                  case ExportDataset::Value::Replays: {
                      const ExportStore exports(*store);
                      if (request.runId > 0 && !exports.runExists(request.runId)) {
                          out.error = tr("Replay run %1 does not exist.").arg(request.runId);
                          return out;
                      }
                      total = exports.replayCount(request.runId);
                      QString readError;
                      ok = exports.forEachReplay(
                          request.runId, [&](const ExportStore::ReplayRow &r) { return write(ExportRows::replay(r)); },
                          &readError);
                      if (!ok)
                          out.error = tr("Cannot read the replays: %1").arg(readError);
                      break;
                  }
                  case ExportDataset::Value::Recommendations: {
                      QList<ExportStore::StoredRecommendation> stored;
                      QString readError;
                      if (!ExportStore(*store).recommendations(&stored, &readError)) {
                          out.error = tr("Cannot read the recommendations: %1").arg(readError);
                          return out;
                      }
                      for (const ExportStore::StoredRecommendation &s : std::as_const(stored))
                          for (const QVariantList &row : ExportRows::recommendation(s))
                              if (!(ok = write(row)))
                                  break;
                      break;
                  }
                  case ExportDataset::Value::Audit: {
                      const RolloutStore rollouts(*store);
                      QList<RolloutExperiment> experiments;
                      QString readError;
                      if (!rollouts.experiments(&experiments, &readError)) {
                          out.error = tr("Cannot read the rollouts: %1").arg(readError);
                          return out;
                      }
                      // Oldest experiment first, each with its events in order: the log reads as it happened.
                      std::sort(experiments.begin(), experiments.end(),
                                [](const RolloutExperiment &a, const RolloutExperiment &b) { return a.id < b.id; });
                      for (const RolloutExperiment &e : std::as_const(experiments)) {
                          QList<RolloutEvent> events;
                          if (!rollouts.events(e.id, &events, &readError)) {
                              out.error = tr("Cannot read the audit log of '%1': %2").arg(e.name, readError);
                              return out;
                          }
                          for (const RolloutEvent &ev : std::as_const(events))
                              if (!(ok = write(ExportRows::auditEvent(e, ev))))
                                  break;
                          if (!ok)
                              break;
                      }
                      break;
                  }
                  case ExportDataset::Value::Models:
                  case ExportDataset::Value::Clusters:
                      for (const QVariantList &row : ready)
                          if (!(ok = write(row)))
                              break;
                      break;
                  }
                  out.stopped = out.stopped || stop->load(); // a cancelled export leaves no file, not even a whole one
                  if (!ok || out.stopped || !out.error.isEmpty())
                      return out; // the temporary file is dropped
                  if (!output.commit(&out.error))
                      return out;
                  out.result.rows = output.rows();
                  out.result.redactions = output.redactions();
                  return out;
              }),
              [this](const Outcome &out) { onWritten(out); });
}

void ExportJob::onWritten(const Outcome &out)
{
    if (out.stopped) {
        complete(State::Cancelled);
        return;
    }
    if (!out.error.isEmpty()) {
        complete(State::Failed, out.error);
        return;
    }
    m_result = out.result;
    reportProgress(1000, tr("%n row(s) exported", nullptr, int(qMin<qint64>(m_result.rows, INT_MAX))));
    complete(State::Succeeded);
}

void ExportJob::abort()
{
    if (m_stop)
        m_stop->store(true);
    if (m_child && m_child->isRunning())
        m_child->cancel();
    complete(State::Cancelled);
}

} // namespace ShadowOptic
