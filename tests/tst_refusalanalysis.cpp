// SPDX-License-Identifier: MIT
// Refusal analysis: per-model rates, the refusal delta with McNemar's test and by cluster (hand-computed), the same
// numbers from a replayed project as the evaluation reports, the Logs table's refusal verdicts and filter, and the
// `refusals` command.
#include "refusal/refusalanalysis.h"
#include "refusal/refusaldetector.h"
#include "replayedproject.h"
#include "session/evaluationjob.h"
#include "session/refusalanalysisjob.h"
#include "session/refusalscanjob.h"
#include "session/session.h"
#include "stats/statistics.h"
#include "store/logquery.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {

RefusalAnswer answer(const QString &logId, const QString &model, RefusalKind kind, const QString &prompt,
                     RefusalType type = RefusalType::Overcautious, bool logged = false)
{
    RefusalAnswer a;
    a.logId = logId;
    a.model = model;
    a.logged = logged;
    a.prompt = prompt;
    a.answer = kind == RefusalKind::None ? QStringLiteral("Here is how: run kill -9 on the process id.")
                                         : QStringLiteral("I'm sorry, but I can't help with that.");
    a.verdict.kind = kind;
    a.verdict.type = kind == RefusalKind::None ? RefusalType::None : type;
    return a;
}

bool runJob(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    QString error;
    if (!job->start(&error)) {
        qWarning() << error;
        return false;
    }
    return finished.wait(60000) && job->state() == Job::State::Succeeded;
}

} // namespace

class TestRefusalAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        ReplayedProject::Options o;
        o.rows = 300;
        o.sample = 120;
        o.sensitiveShare = 0.3;
        o.benignSensitiveShare = 0.6;
        o.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") };
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("refusals"), o, &m_project, &error),
                 qPrintable(error));
        Session session;
        session.setProjectPath(m_project);
        ReplayTarget target;
        QVERIFY2(session.resolveTarget(&target, &error), qPrintable(error));
        ReplayProgress progress;
        QVERIFY2(ReplayedProject::replay(m_project, target, o, &progress, &error), qPrintable(error));
    }

    // Ten prompts: the candidate newly refuses three (two in the "kill" cluster), newly answers one.
    void deltaByHand()
    {
        const QString base = QStringLiteral("gpt-4o");
        const QString cand = QStringLiteral("gpt-4o-mini");
        QList<RefusalAnswer> answers;
        const QString kill = QStringLiteral("How do I kill a zombie process on Linux?");
        const QString lock = QStringLiteral("How do I pick the lock of my own shed?");
        for (int i = 0; i < 10; ++i) {
            const QString id = QStringLiteral("log-%1").arg(i);
            const bool baseRefuses = i == 9;
            const bool candRefuses = i == 0 || i == 1 || i == 2;
            const QString prompt = i < 2 ? kill : i == 2 ? QStringLiteral("Summarise this quarterly report") : lock;
            answers.append(answer(id, base, baseRefuses ? RefusalKind::Full : RefusalKind::None, prompt));
            answers.append(answer(id, cand, candRefuses ? RefusalKind::Full : RefusalKind::None, prompt));
        }
        // A partial refusal is not "refused"; a logged answer counts apart; a prompt only one side has is unpaired.
        answers.append(answer(QStringLiteral("log-10"), cand, RefusalKind::Partial, lock));
        answers.append(answer(QStringLiteral("log-3"), base, RefusalKind::Full, lock, RefusalType::Safety, true));
        answers.append(answer(QStringLiteral("log-11"), cand, RefusalKind::Full, kill));

        const RefusalReport r = RefusalAnalysis::analyse(answers, base);
        QCOMPARE(r.answers, 23);
        QCOMPARE(r.models.size(), 3);
        QCOMPARE(r.models.at(0).model, base); // the current model first, then its logged answers
        QCOMPARE(r.models.at(0).full, 1);
        QCOMPARE(r.models.at(1).model, base);
        QVERIFY(r.models.at(1).logged && !r.models.at(0).logged);
        QCOMPARE(r.models.at(1).full, 1);
        QCOMPARE(r.models.at(2).full, 4);
        QCOMPARE(r.models.at(2).partial, 1);
        QCOMPARE(r.models.at(2).types.value(RefusalType::Overcautious), 5);

        QCOMPARE(r.deltas.size(), 1);
        const RefusalDelta &d = r.deltas.first();
        QCOMPARE(d.candidate, cand);
        QCOMPARE(d.pairs, 10); // log-10 and log-11 have no answer of the current model
        QCOMPARE(d.baselineRefused, 1);
        QCOMPARE(d.candidateRefused, 3);
        QCOMPARE(d.newlyRefused,
                 (QStringList { QStringLiteral("log-0"), QStringLiteral("log-1"), QStringLiteral("log-2") }));
        QCOMPARE(d.newlyAnswered, QStringList { QStringLiteral("log-9") });
        QCOMPARE(d.deltaPoints(), 20.0);
        // Exact McNemar with b = 1, c = 3: 2 × P(X ≤ 1), X ~ Binomial(4, ½) = 2 × 5/16.
        QVERIFY(d.test.exact);
        QCOMPARE(d.test.b, 1);
        QCOMPARE(d.test.c, 3);
        QVERIFY(qAbs(d.test.pValue - 0.625) < 1e-9);

        // The two "kill" refusals (and log-11) fall in one cluster, which holds both newly refused kill prompts.
        int killCluster = 0;
        for (int i = 0; i < r.refusals.size(); ++i)
            if (r.refusals.at(i).logId == QLatin1String("log-0"))
                killCluster = r.clusterOf(i);
        QVERIFY(killCluster > 0);
        QCOMPARE(d.newlyRefusedByCluster.value(killCluster), 2);
        qint64 byCluster = 0;
        for (qint64 n : d.newlyRefusedByCluster)
            byCluster += n;
        QCOMPARE(byCluster, 3);

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("deltas"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("mcnemar_p"))
                     .toDouble(),
                 d.test.pValue);
        QVERIFY(!json.value(QLatin1String("clusters")).toArray().isEmpty());
    }

    void noBaselineNoDelta()
    {
        const RefusalReport r = RefusalAnalysis::analyse(
            { answer(QStringLiteral("a"), QStringLiteral("x"), RefusalKind::Full, QStringLiteral("p")) }, QString());
        QCOMPARE(r.answers, 1);
        QVERIFY(r.deltas.isEmpty());
        QVERIFY(RefusalAnalysis::analyse({}, QStringLiteral("x")).isEmpty());
    }

    // The panel's and the command's rates are the evaluation's: the same full refusals per replayed model.
    void projectMatchesEvaluation()
    {
        Session session;
        session.setProjectPath(m_project);
        RefusalAnalysisJob job(&session);
        RefusalAnalysisJob::Request request;
        request.currentModel = QStringLiteral("gpt-4o");
        job.setRequest(request);
        QVERIFY(runJob(&job));
        const RefusalReport &r = job.result();
        QCOMPARE(r.baselineModel, QStringLiteral("gpt-4o"));

        EvaluationJob eval(&session);
        EvaluationJob::Request er;
        er.judge = false;
        er.currentModel = QStringLiteral("gpt-4o");
        eval.setRequest(er);
        QVERIFY(runJob(&eval));
        int compared = 0;
        qint64 refusals = 0;
        for (const ModelAggregate &a : eval.result().report.models) {
            if (a.source != AnswerSource::Value::Replay)
                continue;
            for (const RefusalModelStats &m : r.models)
                if (m.model == a.model && !m.logged) {
                    QCOMPARE(m.full, a.fullRefusals);
                    QCOMPARE(m.partial, a.partialRefusals);
                    refusals += m.full;
                    ++compared;
                }
        }
        QCOMPARE(compared, 3);
        QVERIFY2(refusals >= 10, "the sensitive prompts should draw refusals");
        QVERIFY(!r.clustering.clusters.isEmpty());
        QCOMPARE(r.deltas.size(), 2);
        for (const RefusalDelta &d : r.deltas) {
            QCOMPARE(d.pairs, 120);
            QCOMPARE(d.test.b, qint64(d.newlyAnswered.size()));
            QCOMPARE(d.test.c, qint64(d.newlyRefused.size()));
            QCOMPARE(d.candidateRefused - d.baselineRefused, qint64(d.newlyRefused.size() - d.newlyAnswered.size()));
        }
    }

    // Every logged answer gets a verdict, the same the detector gives, and the filter counts them.
    void scanFillsLogsColumn()
    {
        Session session;
        session.setProjectPath(m_project);
        RefusalScanJob scan(&session);
        QVERIFY(runJob(&scan));
        QCOMPARE(scan.scanned(), 300);
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        qint64 n = -1;
        LogFilter f;
        f.refusal = LogFilter::Refusal::Unscanned;
        QVERIFY(LogQuery::count(store, f, &n, &error));
        QCOMPARE(n, 0);
        f.refusal = LogFilter::Refusal::Refusals;
        QVERIFY(LogQuery::count(store, f, &n, &error));
        QCOMPARE(n, scan.refusals());
        QVERIFY(n > 0);
        qint64 full = -1, partial = -1;
        f.refusal = LogFilter::Refusal::Full;
        QVERIFY(LogQuery::count(store, f, &full, &error));
        f.refusal = LogFilter::Refusal::Partial;
        QVERIFY(LogQuery::count(store, f, &partial, &error));
        QCOMPARE(full + partial, n);

        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT response_text, finish_reason, status_code, prompt_preview, refusal FROM "
                                      "logs")));
        int checked = 0;
        while (q.next()) {
            QCOMPARE(q.value(4).toString(),
                     RefusalScanJob::storedVerdict(q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                                   q.value(3).toString()));
            ++checked;
        }
        QCOMPARE(checked, 300);

        // Nothing left: a second scan stores nothing.
        RefusalScanJob again(&session);
        QVERIFY(runJob(&again));
        QCOMPARE(again.scanned(), 0);
    }

    void storedVerdicts()
    {
        QCOMPARE(RefusalScanJob::storedVerdict(QString(), QString(), 500, QString()), QStringLiteral(""));
        QCOMPARE(RefusalScanJob::storedVerdict(QString(), QString(), 446, QString()), QStringLiteral("full:POLICY"));
        QCOMPARE(RefusalScanJob::storedVerdict(QStringLiteral("Paris is the capital of France, on the Seine."),
                                               QString(), 200, QStringLiteral("Capital of France?")),
                 QStringLiteral("none"));
        QVERIFY(RefusalScanJob::storedVerdict(QStringLiteral("I'm sorry, but I can't help with that."), QString(), 200,
                                              QStringLiteral("How do I build a pipe bomb?"))
                    .startsWith(QLatin1String("full:")));
    }

    void command()
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("refusals"), QStringLiteral("--project"), m_project, QStringLiteral("--current"),
                  QStringLiteral("gpt-4o"), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("baseline_model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(o.value(QLatin1String("deltas")).toArray().size(), 2);
        QVERIFY(!o.value(QLatin1String("clusters")).toArray().isEmpty());
        const QJsonObject c = o.value(QLatin1String("clusters")).toArray().first().toObject();
        for (const char *key : { "id", "size", "top_terms", "trigger_phrases", "models", "types", "overcautious_share",
                                 "representatives" })
            QVERIFY2(c.contains(QLatin1String(key)), key);

        p.start(QStringLiteral(SO_APP_BINARY), { QStringLiteral("refusals"), QStringLiteral("--project"), m_project });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Refusal delta against")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("McNemar p = ")));

        // Tuning an over-cautious cluster ends with a verdict on the proposal: accepted (0) or rejected (3).
        int overcautious = 0, safety = 0;
        for (const QJsonValue &v : o.value(QLatin1String("clusters")).toArray()) {
            const QJsonObject types = v.toObject().value(QLatin1String("types")).toObject();
            const int id = v.toObject().value(QLatin1String("id")).toInt();
            if (!overcautious && types.contains(QLatin1String("OVERCAUTIOUS")))
                overcautious = id;
            if (!safety && types.size() == 1 && types.contains(QLatin1String("SAFETY")))
                safety = id;
        }
        QVERIFY(overcautious > 0);
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("refusals"), QStringLiteral("tune"), QStringLiteral("--project"), m_project,
                  QStringLiteral("--current"), QStringLiteral("gpt-4o"), QStringLiteral("--cluster"),
                  QString::number(overcautious), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(120000));
        const QByteArray tuned = p.readAllStandardOutput();
        const QJsonObject t = QJsonDocument::fromJson(tuned).object();
        QVERIFY2(!t.isEmpty(), tuned.constData());
        QCOMPARE(p.exitCode(), t.value(QLatin1String("accepted")).toBool() ? 0 : 3);
        QVERIFY(!t.value(QLatin1String("proposedPrompt")).toString().isEmpty());
        if (safety > 0) { // nothing over-cautious to tune: a clear error
            p.start(QStringLiteral(SO_APP_BINARY),
                    { QStringLiteral("refusals"), QStringLiteral("tune"), QStringLiteral("--project"), m_project,
                      QStringLiteral("--current"), QStringLiteral("gpt-4o"), QStringLiteral("--cluster"),
                      QString::number(safety) });
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(p.readAllStandardError().contains("no over-cautious refusals"));
        }

        // The optional LLM layer over the project's verdicts: every verdict counted, only ambiguous ones asked.
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("refusals"), QStringLiteral("classify"), QStringLiteral("--llm"),
                  QStringLiteral("--project"), m_project, QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject llm = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(llm.value(QLatin1String("verdicts")).toInt() > 0);
        QVERIFY(llm.value(QLatin1String("asked")).toInt() <= llm.value(QLatin1String("verdicts")).toInt());

        // Usage and input errors say so and exit non-zero.
        p.start(QStringLiteral(SO_APP_BINARY), { QStringLiteral("refusals") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("refusals"), QStringLiteral("--project"), m_project, QStringLiteral("--eps"),
                  QStringLiteral("2") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString notProject = m_dir.filePath(QStringLiteral("refusals.jsonl"));
        p.start(QStringLiteral(SO_APP_BINARY), { QStringLiteral("refusals"), QStringLiteral("--project"), notProject });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefusalAnalysis)
#include "tst_refusalanalysis.moc"
