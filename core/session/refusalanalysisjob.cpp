// SPDX-License-Identifier: MIT
#include "refusalanalysisjob.h"

#include "recommend/userprofile.h"
#include "refusal/refusaldetector.h"
#include "session.h"
#include "store/evaluationstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/refusalstore.h"
#include "store/threadstore.h"

#include <QtConcurrent>

namespace ShadowOptic {

namespace {

struct Outcome
{
    RefusalReport report;
    QString error;
};

RefusalAnswer toAnswer(const RefusalStore::Answer &a, const RefusalDetector &detector)
{
    RefusalAnswer out;
    out.logId = a.logId;
    out.model = a.model;
    out.logged = a.logged;
    out.prompt = a.prompt;
    out.answer = a.answer;
    bool ok = false;
    const RefusalKind kind = RefusalVerdict::kindFromString(a.refusalKind, &ok);
    if (ok) {
        out.verdict.kind = kind;
        out.verdict.type = RefusalVerdict::typeFromString(a.refusalType);
        out.verdict.rule = a.refusalRule;
        return out;
    }
    RefusalDetector::Input in;
    in.responseText = a.answer;
    in.finishReason = a.finishReason;
    in.httpStatus = a.statusCode;
    in.promptText = a.prompt;
    out.verdict = detector.detect(in);
    return out;
}

} // namespace

RefusalAnalysisJob::RefusalAnalysisJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

bool RefusalAnalysisJob::analyse(ProjectStore &store, const Request &request, const std::function<bool()> &stop,
                                 RefusalReport *report, QString *error)
{
    QString current = request.currentModel;
    if (current.isEmpty()) {
        UserProfile profile;
        if (ProfileStore(store).load(profile.name, &profile))
            current = profile.currentModel;
    }
    const RefusalStore refusals(store);
    QList<RefusalStore::Answer> stored;
    if (!refusals.replayedAnswers(&stored, error) || !refusals.loggedAnswersOfReplayedPrompts(&stored, error)) {
        *error = tr("Cannot read the answers: %1").arg(*error);
        return false;
    }
    if (current.isEmpty())
        current = EvaluationStore(store).mostReplayedLoggedModel(EvaluationStore(store).replayRunIds());
    const RefusalDetector detector;
    QList<RefusalAnswer> answers;
    answers.reserve(stored.size());
    for (const RefusalStore::Answer &a : std::as_const(stored))
        answers.append(toAnswer(a, detector));
    *report = RefusalAnalysis::analyse(answers, current, request.options, stop);
    return true;
}

bool RefusalAnalysisJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    m_result = RefusalReport();
    m_stop = std::make_shared<std::atomic_bool>(false);
    const Request request = m_request;
    const auto stop = m_stop;
    reportProgress(0, tr("Reading answers…"));
    whenReady(QtConcurrent::run([project, request, stop] {
                  Outcome out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (store)
                      analyse(
                          *store, request, [stop] { return stop->load(); }, &out.report, &out.error);
                  return out;
              }),
              [this](const Outcome &out) {
                  if (!out.error.isEmpty()) {
                      complete(State::Failed, out.error);
                      return;
                  }
                  m_result = out.report;
                  reportProgress(
                      1000,
                      tr("%n refusal(s) in %1 answers", nullptr, int(m_result.refusals.size())).arg(m_result.answers));
                  complete(State::Succeeded);
              });
    return true;
}

void RefusalAnalysisJob::abort()
{
    if (m_stop)
        m_stop->store(true);
    complete(State::Cancelled);
}

} // namespace ShadowOptic
