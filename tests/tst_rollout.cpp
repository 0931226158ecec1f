// SPDX-License-Identifier: MIT
// Staged rollout (SPEC §9): the stage table, the append-only audit log enforced by the database, the promotion check
// on generated live traffic (a worse challenger fails and the automatic mode rolls back; a planted sample-ratio
// mismatch blocks promotion; a good challenger passes), the kill switch, and the `rollout` command.
#include "gen/rollouttrafficgenerator.h"
#include "import/logimporter.h"
#include "rollout/rolloutchecker.h"
#include "rollout/rolloutcontroller.h"
#include "rollout/rolloutplan.h"
#include "session/rolloutjob.h"
#include "session/session.h"
#include "store/projectstore.h"
#include "store/rolloutstore.h"
#include "store/storeaccess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {

constexpr qint64 hour = 3'600'000;

// A table small enough for a test to walk: shadow without gates, canary 5 % for 400 samples and an hour.
RolloutPlan quickPlan()
{
    RolloutPlan defaults = RolloutPlan::defaults();
    QList<RolloutStage> stages = defaults.stages();
    stages[0].gates.clear();
    stages[0].minSamples = 0;
    stages[0].minDurationHours = 0;
    stages[1].challengerShare = 0.05;
    stages[1].minSamples = 400;
    stages[1].minDurationHours = 1;
    stages[1].gates = { RolloutGate { RolloutGate::Metric::ErrorRate, 0.01 },
                        RolloutGate { RolloutGate::Metric::LatencyDelta, 0.2 } };
    return RolloutPlan(stages);
}

bool runJob(Session *session, const RolloutJob::Request &request, RolloutStatus *status, QString *error = nullptr)
{
    RolloutJob job(session);
    job.setRequest(request);
    QSignalSpy finished(&job, &Job::finished);
    QString why;
    if (!job.start(&why) || !finished.wait(60000)) {
        if (error)
            *error = why;
        return false;
    }
    if (error)
        *error = job.errorText();
    if (job.state() != Job::State::Succeeded)
        return false;
    *status = job.result();
    return true;
}

RolloutTrafficGenerator::Options traffic(qint64 start, qint64 end, double share, double challengerErrors)
{
    RolloutTrafficGenerator::Options o;
    o.production.model = QStringLiteral("gpt-4o");
    o.production.errorRate = 0.002;
    o.production.refusalRate = 0.0;
    o.production.latencyMs = 900;
    o.challenger.model = QStringLiteral("gpt-4o-mini");
    o.challenger.errorRate = challengerErrors;
    o.challenger.refusalRate = 0.0;
    o.challenger.latencyMs = 800;
    o.challengerShare = share;
    o.rows = 16000;
    o.startMs = start;
    o.endMs = end;
    o.users = 4000;
    o.experimentId = QStringLiteral("mini-rollout");
    return o;
}

} // namespace

class TestRollout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newProject(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        ProjectStore store;
        QString error;
        [&] { QVERIFY2(store.open(path, &error), qPrintable(error)); }();
        return path;
    }

    void importTraffic(const QString &project, const RolloutTrafficGenerator::Options &o, const QString &file)
    {
        QString error;
        const QString path = m_dir.filePath(file);
        QVERIFY2(RolloutTrafficGenerator::write(path, o, &error), qPrintable(error));
        ImportReport report;
        QVERIFY2(LogImporter::run(project, { path }, &report, &error), qPrintable(error));
        QCOMPARE(report.imported, o.rows);
    }

    // An experiment on the quick plan, promoted from shadow to canary at t0.
    void canaryAt(Session *session, qint64 t0, bool automatic)
    {
        RolloutJob::Request create;
        create.action = RolloutJob::Action::Create;
        create.newExperiment.productionModel = QStringLiteral("gpt-4o");
        create.newExperiment.challengerModel = QStringLiteral("gpt-4o-mini");
        create.newExperiment.name = QStringLiteral("mini-rollout");
        create.newExperiment.plan = quickPlan();
        create.newExperiment.automatic = automatic;
        create.nowMs = t0 - hour;
        RolloutStatus status;
        QString error;
        QVERIFY2(runJob(session, create, &status, &error), qPrintable(error));
        RolloutJob::Request promote;
        promote.action = RolloutJob::Action::Promote;
        promote.nowMs = t0;
        QVERIFY2(runJob(session, promote, &status, &error), qPrintable(error));
        QCOMPARE(status.experiment.stageName(), QStringLiteral("canary"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsAreTheSpecTable()
    {
        const RolloutPlan plan = RolloutPlan::defaults();
        QCOMPARE(plan.names().join(u','), QStringLiteral("shadow,canary,graduated,ramping,majority,full"));
        QCOMPARE(plan.at(1).challengerShare, 0.01);
        QCOMPARE(plan.at(2).minSamples, 5000);
        QCOMPARE(plan.at(4).minDurationHours, 48.0);
        QCOMPARE(plan.at(0).gates.size(), 2);
        QVERIFY(plan.validationError().isEmpty());
        QString error;
        const RolloutPlan back = RolloutPlan::fromJson(plan.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.toJson(), plan.toJson());

        QJsonArray broken = plan.toJson();
        QJsonObject canary = broken.at(1).toObject();
        canary.insert(QStringLiteral("challenger_share"), 0.6); // above ramping's 0.5
        broken.replace(1, canary);
        QVERIFY(RolloutPlan::fromJson(broken, &error).size() == 0);
        QVERIFY2(error.contains(QLatin1String("graduated")), qPrintable(error));
    }

    void auditLogIsAppendOnlyInTheDatabase()
    {
        const QString path = newProject(QStringLiteral("audit"));
        Session session;
        session.setProjectPath(path);
        RolloutJob::Request create;
        create.action = RolloutJob::Action::Create;
        create.newExperiment.productionModel = QStringLiteral("gpt-4o");
        create.newExperiment.challengerModel = QStringLiteral("gpt-4o-mini");
        RolloutStatus status;
        QString error;
        QVERIFY2(runJob(&session, create, &status, &error), qPrintable(error));
        QCOMPARE(status.experiment.name, QStringLiteral("gpt-4o-mini-vs-gpt-4o"));
        QCOMPARE(status.events.size(), 1);

        // A second active experiment for the same production model is refused.
        create.newExperiment.challengerModel = QStringLiteral("gpt-4.1-nano");
        QVERIFY(!runJob(&session, create, &status, &error));
        QVERIFY2(error.contains(QLatin1String("already rolling out")), qPrintable(error));

        RolloutJob::Request check;
        check.action = RolloutJob::Action::Check;
        QVERIFY2(runJob(&session, check, &status, &error), qPrintable(error));
        QCOMPARE(status.events.size(), 2);
        RolloutJob::Request rollback;
        rollback.action = RolloutJob::Action::Rollback;
        QVERIFY(!runJob(&session, rollback, &status, &error));
        QVERIFY2(error.contains(QLatin1String("reason")), qPrintable(error));

        ProjectStore store;
        QVERIFY(store.open(path, &error, ProjectStore::OpenMode::OpenExisting));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(!q.exec(QStringLiteral("UPDATE rollout_events SET reason = 'rewritten'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM rollout_events")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM rollout_experiments")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM rollout_events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QList<RolloutEvent> events;
        QVERIFY(RolloutStore(store).events(status.experiment.id, &events, &error));
        QCOMPARE(events.at(0).action, RolloutEvent::Action::Created);
        QCOMPARE(events.at(1).action, RolloutEvent::Action::Check);
        QVERIFY(events.at(1).metrics.contains(QLatin1String("items")));
    }

    void worseChallengerFailsAndAutomaticModeRollsBack()
    {
        const QString path = newProject(QStringLiteral("worse"));
        Session session;
        session.setProjectPath(path);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * hour;
        canaryAt(&session, t0, true);
        // The challenger fails 8 % of its requests against production's 0.2 %: beyond the 2-point margin.
        importTraffic(path, traffic(t0, t0 + 5 * hour, 0.05, 0.08), QStringLiteral("worse.jsonl"));

        RolloutJob::Request check;
        check.action = RolloutJob::Action::Check;
        check.nowMs = t0 + 5 * hour;
        RolloutStatus status;
        QString error;
        QVERIFY2(runJob(&session, check, &status, &error), qPrintable(error));
        // The check before the automatic move is in the audit log: it failed hard.
        const RolloutEvent checked = status.events.at(status.events.size() - 2);
        QCOMPARE(checked.action, RolloutEvent::Action::Check);
        const QJsonObject ni = checked.metrics.value(QLatin1String("non_inferiority")).toObject();
        QCOMPARE(ni.value(QLatin1String("verdict")).toString(), QStringLiteral("fail"));
        QVERIFY(ni.value(QLatin1String("upper_bound")).toDouble() < -0.02);
        qInfo("worse challenger: difference %.4f, anytime-valid %.4f … %.4f, fixed-sample p %.3g",
              ni.value(QLatin1String("difference")).toDouble(), ni.value(QLatin1String("lower_bound")).toDouble(),
              ni.value(QLatin1String("upper_bound")).toDouble(),
              ni.value(QLatin1String("fixed_sample_p_value")).toDouble());
        QCOMPARE(ni.value(QLatin1String("unit")).toString(), QStringLiteral("user"));
        QVERIFY(checked.metrics.value(QLatin1String("hard_failure")).toBool());
        QVERIFY(!checked.metrics.value(QLatin1String("can_promote")).toBool());

        QCOMPARE(status.events.last().action, RolloutEvent::Action::AutoRollback);
        QCOMPARE(status.events.last().fromStage, QStringLiteral("canary"));
        QCOMPARE(status.experiment.stageName(), QStringLiteral("shadow"));
        QCOMPARE(status.events.last().actor, QStringLiteral("automatic"));
    }

    void goodChallengerPassesAndIsPromoted()
    {
        const QString path = newProject(QStringLiteral("good"));
        Session session;
        session.setProjectPath(path);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * hour;
        canaryAt(&session, t0, false);
        importTraffic(path, traffic(t0, t0 + 3 * hour, 0.05, 0.002), QStringLiteral("good.jsonl"));

        RolloutJob::Request check;
        check.action = RolloutJob::Action::Check;
        check.nowMs = t0 + 30 * 60'000; // half an hour in: too early, whatever the numbers say
        RolloutStatus status;
        QString error;
        QVERIFY2(runJob(&session, check, &status, &error), qPrintable(error));
        QVERIFY(!status.check.canPromote);
        QCOMPARE(status.check.items.at(0).state, RolloutCheckItem::State::Pending);
        RolloutJob::Request promote;
        promote.action = RolloutJob::Action::Promote;
        promote.nowMs = check.nowMs;
        QVERIFY(!runJob(&session, promote, &status, &error));
        QVERIFY2(error.contains(QLatin1String("Time in stage")), qPrintable(error));

        check.nowMs = t0 + 3 * hour;
        QVERIFY2(runJob(&session, check, &status, &error), qPrintable(error));
        const RolloutCheck &c = status.check;
        QVERIFY2(c.canPromote, qPrintable(c.summary));
        QVERIFY(c.samples >= 400);
        QVERIFY(c.sampleRatioTested && !c.sampleRatioMismatch);
        QCOMPARE(c.verdict, NonInferiorityVerdict::Pass);
        QVERIFY(c.power > 0.5);
        qInfo("good challenger: %lld challenger requests, difference %.4f (%.4f … %.4f), power %.2f, SRM p %.3g",
              c.samples, c.difference, c.lowerBound, c.upperBound, c.power, c.sampleRatioP);
        QVERIFY(c.metrics.taggedOnly);
        promote.nowMs = check.nowMs;
        QVERIFY2(runJob(&session, promote, &status, &error), qPrintable(error));
        QCOMPARE(status.experiment.stageName(), QStringLiteral("graduated"));
        QCOMPARE(status.events.last().action, RolloutEvent::Action::Promote);
        QCOMPARE(status.events.last().toStage, QStringLiteral("graduated"));
    }

    void sampleRatioMismatchBlocksPromotion()
    {
        const QString path = newProject(QStringLiteral("srm"));
        Session session;
        session.setProjectPath(path);
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 10 * hour;
        canaryAt(&session, t0, true);
        // Configured 5 %, observed 8 %: everything else is fine.
        importTraffic(path, traffic(t0, t0 + 3 * hour, 0.08, 0.002), QStringLiteral("srm.jsonl"));
        RolloutJob::Request check;
        check.action = RolloutJob::Action::Check;
        check.nowMs = t0 + 3 * hour;
        RolloutStatus status;
        QString error;
        QVERIFY2(runJob(&session, check, &status, &error), qPrintable(error));
        const RolloutCheck &c = status.check;
        QVERIFY(c.sampleRatioMismatch);
        QVERIFY(c.sampleRatioP < 1e-6);
        qInfo("planted SRM: observed share %.4f against 0.05, chi2 %.1f, p %.3g", c.observedShare, c.sampleRatioChi2,
              c.sampleRatioP);
        QVERIFY(!c.canPromote);
        QVERIFY(!c.hardFailure);
        QCOMPARE(status.experiment.stageName(), QStringLiteral("canary")); // automatic mode does not promote
        bool explained = false;
        for (const RolloutCheckItem &item : c.items)
            if (item.key == QLatin1String("sample_ratio"))
                explained
                    = item.state == RolloutCheckItem::State::Fail && item.detail.contains(QLatin1String("blocked"));
        QVERIFY(explained);

        // The kill switch: the challenger's configured share is 0, so its live requests are a mismatch too.
        RolloutJob::Request kill;
        kill.action = RolloutJob::Action::Kill;
        kill.nowMs = check.nowMs;
        kill.reason = QStringLiteral("latency spike reported by support");
        QVERIFY2(runJob(&session, kill, &status, &error), qPrintable(error));
        QVERIFY(status.experiment.killed);
        QCOMPARE(status.experiment.configuredShare(), 0.0);
        QCOMPARE(status.events.last().action, RolloutEvent::Action::Kill);
        QCOMPARE(status.events.last().reason, QStringLiteral("latency spike reported by support"));
    }

    void command()
    {
        const QString path = newProject(QStringLiteral("cli"));
        auto run = [&](const QStringList &args, int expected) {
            QProcess p;
            p.start(QStringLiteral(SO_APP_BINARY), QStringList { QStringLiteral("rollout") } + args);
            [&] { QVERIFY(p.waitForFinished(60000)); }();
            const QByteArray out = p.readAllStandardOutput();
            const QByteArray err = p.readAllStandardError();
            [&] { QVERIFY2(p.exitCode() == expected, QByteArray(out + err).constData()); }();
            return std::make_pair(out, err);
        };
        const QStringList project { QStringLiteral("--project"), path };
        run(QStringList { QStringLiteral("create"), QStringLiteral("--production"), QStringLiteral("gpt-4o"),
                          QStringLiteral("--challenger"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--name"),
                          QStringLiteral("cli-exp") }
                + project,
            0);
        const auto [json, _] = run(QStringList { QStringLiteral("status"), QStringLiteral("--json") } + project, 0);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        for (const char *key : { "experiment", "check", "audit", "experiments", "traffic_per_hour" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("experiment")).toObject().value(QLatin1String("stage")).toString(),
                 QStringLiteral("shadow"));
        const QJsonArray items = o.value(QLatin1String("check")).toObject().value(QLatin1String("items")).toArray();
        QVERIFY(items.size() >= 4); // duration, samples, quality, faithfulness
        const auto text = run(QStringList { QStringLiteral("check") } + project, 0).first;
        QVERIFY2(text.contains("Promotion check:") && text.contains("Judged shadow replays"), text.constData());
        // Promotion without evidence is refused with what blocks it.
        const auto refused = run(QStringList { QStringLiteral("promote") } + project, 1).second;
        QVERIFY2(refused.contains("Not ready to leave"), refused.constData());
        run(QStringList { QStringLiteral("rollback") } + project, 2); // no reason
        run(QStringList { QStringLiteral("kill"), QStringLiteral("--reason"), QStringLiteral("test") } + project, 0);
        run(QStringList { QStringLiteral("auto"), QStringLiteral("maybe") } + project, 2);
        run(QStringList { QStringLiteral("frobnicate") } + project, 2);
        run({ QStringLiteral("status"), QStringLiteral("--project"), m_dir.filePath(QStringLiteral("nope.sqlite")) },
            1);
        // The configs and the simulator read the experiment.
        const QJsonObject canary
            = QJsonDocument::fromJson(
                  run(QStringList { QStringLiteral("config"), QStringLiteral("--stage"), QStringLiteral("canary") }
                          + project,
                      0)
                      .first)
                  .object();
        QCOMPARE(canary.value(QLatin1String("strategy")).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("loadbalance"));
        QCOMPARE(
            canary.value(QLatin1String("targets")).toArray().at(1).toObject().value(QLatin1String("weight")).toDouble(),
            0.01);
        const auto sticky = run(QStringList { QStringLiteral("config"), QStringLiteral("--stage"),
                                              QStringLiteral("canary"), QStringLiteral("--sticky") }
                                    + project,
                                0);
        QVERIFY(sticky.first.contains("conditional"));
        QVERIFY2(sticky.second.contains("rollout_bucket"), sticky.second.constData()); // the client line
        const QJsonObject kill
            = QJsonDocument::fromJson(
                  run(QStringList { QStringLiteral("config"), QStringLiteral("--kill-switch") } + project, 0).first)
                  .object();
        QCOMPARE(
            kill.value(QLatin1String("targets")).toArray().at(1).toObject().value(QLatin1String("weight")).toDouble(-1),
            0.0);
        run(QStringList { QStringLiteral("config"), QStringLiteral("--stage"), QStringLiteral("nope") } + project, 2);
        run(QStringList { QStringLiteral("config"), QStringLiteral("--stage"), QStringLiteral("shadow"),
                          QStringLiteral("--sticky") }
                + project,
            2);
        run(QStringList { QStringLiteral("simulate") } + project, 2); // the project has no logs: no measured volume
        const QJsonObject sim
            = QJsonDocument::fromJson(run(QStringList { QStringLiteral("simulate"), QStringLiteral("--rph"),
                                                        QStringLiteral("2000"), QStringLiteral("--json") }
                                              + project,
                                          0)
                                          .first)
                  .object();
        QCOMPARE(sim.value(QLatin1String("total_hours")).toDouble(), 171.0);
        QVERIFY(!sim.value(QLatin1String("meets_target")).toBool());
        const auto audit = run(QStringList { QStringLiteral("status"), QStringLiteral("--json") } + project, 0).first;
        const QJsonArray events = QJsonDocument::fromJson(audit).object().value(QLatin1String("audit")).toArray();
        QStringList actions;
        for (const QJsonValue &v : events)
            actions.append(v.toObject().value(QLatin1String("action")).toString());
        QCOMPARE(actions.join(u','), QStringLiteral("created,check,kill"));
    }
};

QTEST_MAIN(TestRollout)
#include "tst_rollout.moc"
