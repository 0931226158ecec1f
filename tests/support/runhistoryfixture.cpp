// SPDX-License-Identifier: MIT
#include "runhistoryfixture.h"

#include "eval/judgerubric.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ShadowOptic {

namespace {

struct Answer
{
    qint64 run;
    const char *log;
    const char *model;
    bool ok;
    qint64 prompt, completion, latency;
    double quality; // < 0: not judged
    const char *refusal;
};

} // namespace

bool RunHistoryFixture::create(const QString &path, QString *error)
{
    ProjectStore store;
    if (!store.open(path, error))
        return false;
    QSqlQuery q(StoreAccess::database(store));
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        return true;
    };
    const QString target = QStringLiteral(R"({"kind":"simulator"})");
    for (const char *log : { "l1", "l2", "l3", "l4" })
        if (!exec(QStringLiteral("INSERT INTO logs (log_id, created_at, provider, model, is_success, prompt_preview, "
                                 "response_text, prompt_tokens, completion_tokens, cost_usd, latency_ms, raw_json) "
                                 "VALUES (?, 1700000000000, 'openai', 'gpt-4o', 1, 'hi', 'hello', 1000, 100, 0.01, "
                                 "900, '{}')"),
                  { QString::fromLatin1(log) }))
            return false;
    struct Run
    {
        qint64 id;
        const char *status;
        const char *models;
        double spent;
        const char *role;
    };
    for (const Run &r : { Run { 1, "completed", "gpt-4o-mini,gpt-4o", 0.02, "replay" },
                          Run { 2, "completed", "gpt-4o-mini,gpt-3.5-turbo", 0.01, "replay" },
                          Run { 3, "completed", "gpt-4o-mini", 0.001, "judge:gpt-4o-mini" },
                          Run { 4, "running", "gpt-4o-mini", 0.0, "replay" } }) {
        if (!exec(QStringLiteral("INSERT INTO replay_runs (id, run_uuid, created_at, finished_at, status, target_json, "
                                 "models, budget_usd, spent_usd, catalog_version, options_json) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, 1.0, ?, 1, '{}')"),
                  { r.id, QStringLiteral("uuid-%1").arg(r.id), qint64(1700000000000) + r.id * 60000,
                    QString::fromLatin1(r.status) == QLatin1String("running")
                        ? QVariant(QMetaType(QMetaType::LongLong))
                        : QVariant(qint64(1700000000000) + r.id * 60000 + 30000),
                    QString::fromLatin1(r.status), target, QString::fromLatin1(r.models), r.spent }))
            return false;
    }
    const QString rubric = JudgeRubric().version();
    const QList<Answer> answers {
        { 1, "l1", "gpt-4o-mini", true, 1000, 100, 400, 80, "none" },
        { 1, "l2", "gpt-4o-mini", true, 2000, 200, 600, 70, "none" },
        { 1, "l3", "gpt-4o-mini", true, 500, 50, 200, 60, "full" },
        { 1, "l4", "gpt-4o-mini", false, 0, 0, 100, -1, nullptr },
        { 1, "l1", "gpt-4o", true, 1000, 100, 1000, 90, "none" },
        { 1, "l2", "gpt-4o", true, 1000, 100, 1200, 86, "none" },
        { 2, "l1", "gpt-4o-mini", true, 1000, 50, 300, 75, "none" },
        { 2, "l2", "gpt-4o-mini", true, 1000, 50, 400, 71, "none" },
        { 2, "l1", "gpt-3.5-turbo", true, 1000, 100, 500, 50, "none" },
    };
    for (const Answer &a : answers) {
        if (!exec(QStringLiteral("INSERT INTO replay_items (run_id, log_id, model, role) VALUES (?, ?, ?, 'replay')"),
                  { a.run, QString::fromLatin1(a.log), QString::fromLatin1(a.model) })
            || !exec(QStringLiteral("INSERT INTO completions (run_id, log_id, model, role, status_code, ok, "
                                    "response_text, prompt_tokens, completion_tokens, cost_usd, latency_ms, attempts, "
                                    "cache_hit, created_at) VALUES (?, ?, ?, 'replay', ?, ?, 'answer', ?, ?, 0.001, ?, "
                                    "1, 0, 1700000000000)"),
                     { a.run, QString::fromLatin1(a.log), QString::fromLatin1(a.model), a.ok ? 200 : 500, a.ok ? 1 : 0,
                       a.prompt, a.completion, a.latency }))
            return false;
        if (a.quality < 0)
            continue;
        if (!exec(QStringLiteral("INSERT INTO evaluations (run_id, log_id, model, source, refusal_kind, judge_ok, "
                                 "accuracy, helpfulness, clarity, completeness, overall, judge_model, rubric_version, "
                                 "created_at) VALUES (?, ?, ?, 'replay', ?, 1, ?, ?, ?, ?, ?, 'gpt-4o-mini', ?, 1)"),
                  { a.run, QString::fromLatin1(a.log), QString::fromLatin1(a.model), QString::fromLatin1(a.refusal),
                    a.quality, a.quality, a.quality, a.quality, a.quality, rubric }))
            return false;
    }
    return exec(QStringLiteral("INSERT INTO evaluations (run_id, log_id, model, source, refusal_kind, judge_ok, "
                               "accuracy, helpfulness, clarity, completeness, overall, judge_model, rubric_version, "
                               "created_at) VALUES (1, 'l1', 'gpt-4o', 'baseline', 'none', 1, 85, 85, 85, 85, 85, "
                               "'gpt-4o-mini', ?, 1)"),
                { rubric })
        && exec(QStringLiteral("INSERT INTO replay_items (run_id, log_id, model, role) VALUES "
                               "(3, 'l1', 'gpt-4o-mini', 'judge:gpt-4o-mini'), (4, 'l1', 'gpt-4o-mini', 'replay')"))
        && exec(QStringLiteral("INSERT INTO completions (run_id, log_id, model, role, status_code, ok, response_text, "
                               "prompt_tokens, completion_tokens, cost_usd, latency_ms, created_at) VALUES (3, 'l1', "
                               "'gpt-4o-mini', 'judge:gpt-4o-mini', 200, 1, '{}', 300, 40, 0.001, 200, 1)"))
        && exec(QStringLiteral("INSERT INTO recommendations (profile_id, created_at, catalog_version, data_json) "
                               "VALUES (1, 1, 1, '{\"runIds\":[1,2],\"verdict\":\"switch\"}')"));
}

qint64 RunHistoryFixture::count(const QString &path, const QString &table, qint64 runId)
{
    ProjectStore store;
    QString error;
    if (!store.open(path, &error, ProjectStore::OpenMode::OpenExisting))
        return -1;
    QSqlQuery q(StoreAccess::database(store));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                  .arg(table, table == QLatin1String("replay_runs") ? QStringLiteral("id") : QStringLiteral("run_id")));
    q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 RunHistoryFixture::count(const QString &path, const QString &table)
{
    ProjectStore store;
    QString error;
    if (!store.open(path, &error, ProjectStore::OpenMode::OpenExisting))
        return -1;
    QSqlQuery q(StoreAccess::database(store));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace ShadowOptic
