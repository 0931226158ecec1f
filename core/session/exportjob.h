// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportdataset.h"
#include "export/exportformat.h"
#include "export/redactor.h"
#include "job.h"

#include <QPointer>

#include <atomic>
#include <memory>

namespace ShadowOptic {

/**
 * Exports one dataset of the session's project (ExportDataset) as CSV or JSON, for File ▸ Export Data… and
 * `shadow-optic export`. Per-model results come from EvaluationJob (stored evaluation only) and refusal clusters
 * from RefusalAnalysisJob, so the file shows what the panels show; replays are streamed row by row from one
 * forward-only query. The file is written under a temporary name and renamed at the end: a failed or cancelled
 * export leaves nothing. API keys the session or the environment holds never reach the file; with redact, prompts,
 * answers and notes lose e-mail addresses, phone and card numbers and key-like strings. Reads only.
 */
class ExportJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        ExportDataset::Value dataset = ExportDataset::Value::Models;
        qint64 runId = 0; // models: 0 = the newest run; replays: 0 = every run; otherwise ignored
        ExportFormat::Value format = ExportFormat::Value::Csv;
        bool redact = true;
        QString path; // "-" = standard output
    };
    struct Result
    {
        QString path;
        qint64 rows = 0;
        qint64 runId = 0; // the run the models came from
        Redactor::Counts redactions;
    };

    explicit ExportJob(Session *session, QObject *parent = nullptr);
    ~ExportJob() override;

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const Result &result() const { return m_result; }

    /** The secrets that must never reach a file: the session target's keys and API keys and tokens in the
     *  environment (PORTKEY_API_KEY, OPENAI_API_KEY, any *_API_KEY, *_TOKEN, *_SECRET). */
    static QStringList knownSecrets(const Session *session);
    /** The project's replay runs that replayed answers, newest first, as (id, created at ms); for the dialog's
     *  run choice. Runs on any thread. */
    static QList<QPair<qint64, qint64>> answerRuns(const QString &project, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Outcome;
    void startChild(Job *child);
    void onChildFinished();
    void writeOnPool(const QList<QVariantList> &rows, qint64 runId);
    void onWritten(const Outcome &outcome);
    std::function<void(int, const QString &)> progressFunction();

    Request m_request;
    Result m_result;
    QStringList m_secrets;
    QPointer<Job> m_child;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace ShadowOptic
