// SPDX-License-Identifier: MIT
#include "rolloutstore.h"

#include "evaluationstore.h"
#include "projectstore.h"
#include "refusal/refusaldetector.h"
#include "sqldialect.h"
#include "storeaccess.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString experimentColumns
    = QStringLiteral("id, name, production_model, challenger_model, stage, created_at, data_json, status");

RolloutExperiment experimentOf(const QSqlQuery &q)
{
    RolloutExperiment e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.productionModel = q.value(2).toString();
    e.challengerModel = q.value(3).toString();
    e.createdAtMs = q.value(5).toLongLong();
    e.applyDataJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    e.stageIndex = std::max(0, e.plan.indexOf(q.value(4).toString()));
    e.status = RolloutExperiment::statusFromKey(q.value(7).toString());
    return e;
}

bool insertEvent(QSqlDatabase &db, const RolloutEvent &event, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rollout_events (experiment_id, at, actor, from_stage, to_stage, action, "
                             "reason, metrics_json) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(event.experimentId);
    q.addBindValue(event.atMs);
    q.addBindValue(event.actor);
    q.addBindValue(event.fromStage);
    q.addBindValue(event.toStage);
    q.addBindValue(RolloutEvent::actionKey(event.action));
    q.addBindValue(event.reason);
    q.addBindValue(compact(event.metrics));
    if (!q.exec()) {
        *error = RolloutStore::tr("Cannot append to the rollout audit log: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace

RolloutStore::RolloutStore(const ProjectStore &store)
    : m_store(store)
{
}

bool RolloutStore::create(RolloutExperiment *experiment, RolloutEvent event, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM rollout_experiments WHERE production_model = ? AND status = "
                                 "'active'"));
        q.addBindValue(experiment->productionModel);
        if (q.exec() && q.next()) {
            *error = tr("Experiment %1 is already rolling out a challenger to %2's traffic; finish or stop it first.")
                         .arg(q.value(0).toString(), experiment->productionModel);
            return false;
        }
        q.prepare(QStringLiteral("SELECT id FROM rollout_experiments WHERE name = ?"));
        q.addBindValue(experiment->name);
        if (q.exec() && q.next()) {
            *error = tr("An experiment called %1 exists already.").arg(experiment->name);
            return false;
        }
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rollout_experiments (name, production_model, challenger_model, stage, "
                             "created_at, data_json, status) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(experiment->name);
    q.addBindValue(experiment->productionModel);
    q.addBindValue(experiment->challengerModel);
    q.addBindValue(experiment->stageName());
    q.addBindValue(experiment->createdAtMs);
    q.addBindValue(compact(experiment->dataJson()));
    q.addBindValue(RolloutExperiment::statusKey(experiment->status));
    if (!q.exec()) {
        *error = tr("Cannot store experiment %1: %2").arg(experiment->name, q.lastError().text());
        db.rollback();
        return false;
    }
    experiment->id = q.lastInsertId().toLongLong();
    event.experimentId = experiment->id;
    if (!insertEvent(db, event, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool RolloutStore::apply(const RolloutExperiment &experiment, const RolloutEvent &event, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE rollout_experiments SET stage = ?, data_json = ?, status = ? WHERE id = ?"));
    q.addBindValue(experiment.stageName());
    q.addBindValue(compact(experiment.dataJson()));
    q.addBindValue(RolloutExperiment::statusKey(experiment.status));
    q.addBindValue(experiment.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("Cannot update experiment %1: %2")
                     .arg(experiment.name,
                          q.lastError().text().isEmpty() ? tr("it no longer exists") : q.lastError().text());
        db.rollback();
        return false;
    }
    if (!insertEvent(db, event, error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool RolloutStore::append(const RolloutEvent &event, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    return insertEvent(db, event, error);
}

bool RolloutStore::experiments(QList<RolloutExperiment> *list, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM rollout_experiments ORDER BY CASE WHEN status = 'active' THEN 0 ELSE "
                               "1 END, id DESC")
                    .arg(experimentColumns))) {
        *error = tr("Cannot read the rollout experiments: %1").arg(q.lastError().text());
        return false;
    }
    list->clear();
    while (q.next())
        list->append(experimentOf(q));
    return true;
}

bool RolloutStore::find(const QString &key, RolloutExperiment *experiment, QString *error) const
{
    QList<RolloutExperiment> all;
    if (!experiments(&all, error))
        return false;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    for (const RolloutExperiment &e : all)
        if (e.name == key || (isNumber && e.id == id)) {
            *experiment = e;
            return true;
        }
    if (key.isEmpty()) {
        for (const RolloutExperiment &e : all)
            if (e.status == RolloutExperiment::Status::Active) {
                *experiment = e;
                return true;
            }
        *error = tr("The project has no active rollout experiment; create one first.");
        return false;
    }
    QStringList names;
    for (const RolloutExperiment &e : all)
        names.append(e.name);
    *error = names.isEmpty() ? tr("The project has no rollout experiment called %1 (it has none yet).").arg(key)
                             : tr("The project has no rollout experiment called %1 (it has: %2).")
                                   .arg(key, names.join(QStringLiteral(", ")));
    return false;
}

bool RolloutStore::events(qint64 experimentId, QList<RolloutEvent> *list, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, experiment_id, at, actor, from_stage, to_stage, action, reason, metrics_json "
                             "FROM rollout_events WHERE experiment_id = ? ORDER BY id"));
    q.addBindValue(experimentId);
    if (!q.exec()) {
        *error = tr("Cannot read the rollout audit log: %1").arg(q.lastError().text());
        return false;
    }
    list->clear();
    while (q.next()) {
        RolloutEvent e;
        e.id = q.value(0).toLongLong();
        e.experimentId = q.value(1).toLongLong();
        e.atMs = q.value(2).toLongLong();
        e.actor = q.value(3).toString();
        e.fromStage = q.value(4).toString();
        e.toStage = q.value(5).toString();
        e.action = RolloutEvent::actionFromKey(q.value(6).toString());
        e.reason = q.value(7).toString();
        e.metrics = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        list->append(e);
    }
    return true;
}

bool RolloutStore::liveMetrics(const RolloutExperiment &experiment, qint64 fromMs, qint64 toMs,
                               RolloutLiveMetrics *metrics, QString *error) const
{
    RolloutLiveMetrics m;
    m.windowStartMs = fromMs;
    m.windowEndMs = toMs;
    m.production.model = experiment.productionModel;
    m.challenger.model = experiment.challengerModel;

    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT model, is_success, status_code, latency_ms, refusal, experiment_id, %1, CASE WHEN "
                             "refusal IS NULL THEN response_text END FROM logs WHERE created_at >= ? AND created_at "
                             "<= ? AND model IN (?, ?)")
                  .arg(SqlDialect::senderExpression(QStringLiteral("metadata_json"))));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(experiment.productionModel);
    q.addBindValue(experiment.challengerModel);
    if (!q.exec()) {
        *error = tr("Cannot read the live logs: %1").arg(q.lastError().text());
        return false;
    }
    struct Row
    {
        bool challenger;
        bool ok;
        bool refused;
        qint64 latency;
        QString experimentId;
        QString unit;
    };
    QList<Row> rows;
    const RefusalDetector detector;
    bool anyUser = false;
    while (q.next()) {
        Row r;
        r.challenger = q.value(0).toString() == experiment.challengerModel;
        const int status = q.value(2).toInt();
        r.ok = q.value(1).isNull() ? (status == 0 || (status >= 200 && status < 300)) : q.value(1).toInt() != 0;
        r.latency = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        if (q.value(4).isNull()) {
            const QString text = q.value(7).toString();
            r.refused = r.ok && !text.isEmpty() && detector.detect(text).kind == RefusalKind::Full;
        } else {
            r.refused = q.value(4).toString().startsWith(QLatin1String("full"));
        }
        r.experimentId = q.value(5).toString();
        r.unit = q.value(6).toString();
        anyUser = anyUser || r.unit.startsWith(QLatin1String("user:"));
        rows.append(std::move(r));
    }
    for (const Row &r : rows)
        if (r.experimentId == experiment.name) {
            m.taggedOnly = true;
            break;
        }
    bool anySession = false;
    for (const Row &r : rows) {
        if (m.taggedOnly && r.experimentId != experiment.name) {
            ++m.untaggedLeftOut;
            continue;
        }
        if (r.unit.startsWith(QLatin1String("session:")))
            anySession = true;
        (r.challenger ? m.challenger : m.production).add(r.ok, r.refused, r.latency, r.unit);
    }
    m.unit = anyUser ? QStringLiteral("user") : anySession ? QStringLiteral("session") : QStringLiteral("request");

    EvaluationStore evaluations(m_store);
    QList<EvaluationStore::SampleRow> samples;
    QString sampleError;
    if (evaluations.replaySamples(evaluations.replayRunIds(), &samples, &sampleError)) {
        double quality = 0.0, accuracy = 0.0;
        for (const EvaluationStore::SampleRow &s : samples) {
            if (s.model != experiment.challengerModel)
                continue;
            ++m.shadowReplays;
            if (!s.judgeOk)
                continue;
            ++m.shadowJudged;
            quality += (s.accuracy + s.helpfulness + s.clarity + s.completeness) / 4.0;
            accuracy += s.accuracy;
        }
        if (m.shadowJudged > 0) {
            m.shadowQuality = quality / double(m.shadowJudged) / 100.0;
            m.shadowFaithfulness = accuracy / double(m.shadowJudged) / 100.0;
        }
    }
    *metrics = m;
    return true;
}

double RolloutStore::trafficPerHour(const QString &model) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT MIN(created_at), MAX(created_at) FROM logs WHERE model = ? AND created_at > 0"));
    q.addBindValue(model);
    if (!q.exec() || !q.next() || q.value(1).isNull())
        return 0.0;
    const qint64 last = q.value(1).toLongLong();
    const qint64 first = std::max(q.value(0).toLongLong(), last - 7 * 24 * 3'600'000LL);
    QSqlQuery n(StoreAccess::database(m_store));
    n.prepare(QStringLiteral("SELECT COUNT(*) FROM logs WHERE model = ? AND created_at >= ? AND created_at <= ?"));
    n.addBindValue(model);
    n.addBindValue(first);
    n.addBindValue(last);
    if (!n.exec() || !n.next())
        return 0.0;
    const double hours = std::max(1.0, double(last - first) / 3'600'000.0);
    return double(n.value(0).toLongLong()) / hours;
}

} // namespace ShadowOptic
