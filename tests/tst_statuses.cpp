// SPDX-License-Identifier: MIT
#include "domain/answersource.h"
#include "eval/judgestatus.h"
#include "replay/runstatus.h"
#include "store/projectstore.h"
#include "store/replaystore.h"
#include "store/storeaccess.h"

#include <QMetaEnum>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

// The texts are what replay_runs.status and the CLI's --json output have always held: they must not change.
class TestStatuses : public QObject
{
    Q_OBJECT

    template <typename Enum>
    static int keyCount()
    {
        return QMetaEnum::fromType<Enum>().keyCount();
    }

    static void runStatusRows(bool withNone)
    {
        QTest::addColumn<RunStatus::Value>("status");
        QTest::addColumn<QString>("name");
        if (withNone)
            QTest::newRow("none") << RunStatus::Value::None << QString();
        QTest::newRow("planning") << RunStatus::Value::Planning << QStringLiteral("planning");
        QTest::newRow("running") << RunStatus::Value::Running << QStringLiteral("running");
        QTest::newRow("completed") << RunStatus::Value::Completed << QStringLiteral("completed");
        QTest::newRow("cancelled") << RunStatus::Value::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("budget") << RunStatus::Value::Budget << QStringLiteral("budget");
        QTest::newRow("failed") << RunStatus::Value::Failed << QStringLiteral("failed");
        QTest::newRow("interrupted") << RunStatus::Value::Interrupted << QStringLiteral("interrupted");
    }

private slots:
    void runStatusNames_data() { runStatusRows(true); }
    void runStatusNames()
    {
        QFETCH(RunStatus::Value, status);
        QFETCH(QString, name);
        QCOMPARE(RunStatus::name(status), name);
        bool ok = false;
        QCOMPARE(RunStatus::fromName(name, &ok), status);
        QVERIFY(ok);
        QCOMPARE(RunStatus::fromName(name), status);
    }

    void everyRunStatusHasItsOwnName()
    {
        // A value added to the enum needs a row above and a text no other value has.
        QSet<QString> names;
        const QMetaEnum values = QMetaEnum::fromType<RunStatus::Value>();
        for (int i = 0; i < values.keyCount(); ++i) {
            const auto status = RunStatus::Value(values.value(i));
            const QString name = RunStatus::name(status);
            QVERIFY2(!names.contains(name), values.key(i));
            names.insert(name);
            QCOMPARE(RunStatus::fromName(name), status);
        }
        QCOMPARE(keyCount<RunStatus::Value>(), 8);
    }

    void unknownRunStatusIsReported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("nonsense") << QStringLiteral("bogus");
        QTest::newRow("enum key, not the stored text") << QStringLiteral("Completed");
        QTest::newRow("upper case") << QStringLiteral("RUNNING");
        QTest::newRow("padded") << QStringLiteral(" failed");
        QTest::newRow("judge-only text") << QStringLiteral("no_recommendation");
    }
    void unknownRunStatusIsReported()
    {
        QFETCH(QString, name);
        bool ok = true;
        QCOMPARE(RunStatus::fromName(name, &ok), RunStatus::Value::None);
        QVERIFY(!ok);
        QCOMPARE(RunStatus::fromName(name), RunStatus::Value::None); // no ok pointer: no crash
    }

    void judgeStatusNames_data()
    {
        QTest::addColumn<JudgeStatus::Value>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("none") << JudgeStatus::Value::None << QString();
        QTest::newRow("completed") << JudgeStatus::Value::Completed << QStringLiteral("completed");
        QTest::newRow("cancelled") << JudgeStatus::Value::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("budget") << JudgeStatus::Value::Budget << QStringLiteral("budget");
        QTest::newRow("failed") << JudgeStatus::Value::Failed << QStringLiteral("failed");
    }
    void judgeStatusNames()
    {
        QFETCH(JudgeStatus::Value, status);
        QFETCH(QString, name);
        QCOMPARE(JudgeStatus::name(status), name);
        bool ok = false;
        QCOMPARE(JudgeStatus::fromName(name, &ok), status);
        QVERIFY(ok);
    }

    void everyJudgeStatusHasItsOwnName()
    {
        QSet<QString> names;
        const QMetaEnum values = QMetaEnum::fromType<JudgeStatus::Value>();
        for (int i = 0; i < values.keyCount(); ++i) {
            const auto status = JudgeStatus::Value(values.value(i));
            const QString name = JudgeStatus::name(status);
            QVERIFY2(!names.contains(name), values.key(i));
            names.insert(name);
            QCOMPARE(JudgeStatus::fromName(name), status);
        }
        QCOMPARE(keyCount<JudgeStatus::Value>(), 5);
    }

    void unknownJudgeStatusIsReported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("nonsense") << QStringLiteral("bogus");
        QTest::newRow("enum key, not the stored text") << QStringLiteral("Cancelled");
        QTest::newRow("a run status the judge never ends with") << QStringLiteral("running");
        QTest::newRow("interrupted") << QStringLiteral("interrupted");
    }
    void unknownJudgeStatusIsReported()
    {
        QFETCH(QString, name);
        bool ok = true;
        QCOMPARE(JudgeStatus::fromName(name, &ok), JudgeStatus::Value::None);
        QVERIFY(!ok);
    }

    void judgeStatusFollowsTheRunItsPassEndedWith_data()
    {
        QTest::addColumn<RunStatus::Value>("run");
        QTest::addColumn<JudgeStatus::Value>("judge");
        QTest::newRow("completed") << RunStatus::Value::Completed << JudgeStatus::Value::Completed;
        QTest::newRow("cancelled") << RunStatus::Value::Cancelled << JudgeStatus::Value::Cancelled;
        QTest::newRow("budget") << RunStatus::Value::Budget << JudgeStatus::Value::Budget;
        QTest::newRow("failed") << RunStatus::Value::Failed << JudgeStatus::Value::Failed;
        // Not ends of a run: the engine never reports them as finished.
        QTest::newRow("none") << RunStatus::Value::None << JudgeStatus::Value::Failed;
        QTest::newRow("planning") << RunStatus::Value::Planning << JudgeStatus::Value::Failed;
        QTest::newRow("running") << RunStatus::Value::Running << JudgeStatus::Value::Failed;
        QTest::newRow("interrupted") << RunStatus::Value::Interrupted << JudgeStatus::Value::Failed;
    }
    void judgeStatusFollowsTheRunItsPassEndedWith()
    {
        QFETCH(RunStatus::Value, run);
        QFETCH(JudgeStatus::Value, judge);
        QCOMPARE(JudgeStatus::fromRunStatus(run), judge);
        // Where both enums have the value, the text is the same.
        if (judge != JudgeStatus::Value::Failed || run == RunStatus::Value::Failed)
            QCOMPARE(JudgeStatus::name(judge), RunStatus::name(run));
    }

    void answerSourceNames_data()
    {
        QTest::addColumn<AnswerSource::Value>("source");
        QTest::addColumn<QString>("name");
        QTest::newRow("replay") << AnswerSource::Value::Replay << QStringLiteral("replay");
        QTest::newRow("baseline") << AnswerSource::Value::Baseline << QStringLiteral("baseline");
    }
    void answerSourceNames()
    {
        QFETCH(AnswerSource::Value, source);
        QFETCH(QString, name);
        QCOMPARE(AnswerSource::name(source), name);
        bool ok = false;
        QCOMPARE(AnswerSource::fromName(name, &ok), source);
        QVERIFY(ok);
    }

    void everyAnswerSourceHasItsOwnName()
    {
        QSet<QString> names;
        const QMetaEnum values = QMetaEnum::fromType<AnswerSource::Value>();
        for (int i = 0; i < values.keyCount(); ++i) {
            const QString name = AnswerSource::name(AnswerSource::Value(values.value(i)));
            QVERIFY2(!name.isEmpty() && !names.contains(name), values.key(i));
            names.insert(name);
        }
        QCOMPARE(keyCount<AnswerSource::Value>(), 2);
    }

    void unknownAnswerSourceIsReported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("nonsense") << QStringLiteral("bogus");
        QTest::newRow("enum key, not the stored text") << QStringLiteral("Baseline");
        QTest::newRow("a role, not a source") << QStringLiteral("judge:baseline");
    }
    void unknownAnswerSourceIsReported()
    {
        QFETCH(QString, name);
        bool ok = true;
        QCOMPARE(AnswerSource::fromName(name, &ok), AnswerSource::Value::Replay);
        QVERIFY(!ok);
    }

    // The storage boundary: replay_runs.status holds the text, and loads back as the same value.
    void storedRunStatusKeepsItsText_data() { runStatusRows(false); } // a stored run always has a status
    void storedRunStatusKeepsItsText()
    {
        QFETCH(RunStatus::Value, status);
        QFETCH(QString, name);
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ReplayStore replays(store);
        ReplayRunInfo run;
        QVERIFY2(replays.createRun(ReplayTarget(), { QStringLiteral("gpt-4o") }, 0.0, 1, {}, &run, &error),
                 qPrintable(error));
        QCOMPARE(run.status, RunStatus::Value::Running);
        QVERIFY(replays.setRunStatus(run.id, status, 0.5));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT status, finished_at FROM replay_runs WHERE id = %1").arg(run.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), name);
        QCOMPARE(q.value(1).isNull(), status == RunStatus::Value::Running); // a running run has not finished
        ReplayRunInfo back;
        QVERIFY2(replays.loadRun(run.id, &back, &error), qPrintable(error));
        QCOMPARE(back.status, status);
    }

    void runningRunsAreMarkedInterrupted()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ReplayStore replays(store);
        ReplayRunInfo running, done;
        QVERIFY(replays.createRun(ReplayTarget(), { QStringLiteral("a") }, 0.0, 1, {}, &running, &error));
        QVERIFY(replays.createRun(ReplayTarget(), { QStringLiteral("b") }, 0.0, 1, {}, &done, &error));
        QVERIFY(replays.setRunStatus(done.id, RunStatus::Value::Completed, 0.0));
        const QList<ReplayRunInfo> interrupted = replays.markInterruptedRuns();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().id, running.id);
        QCOMPARE(interrupted.first().status, RunStatus::Value::Interrupted);
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM replay_runs ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("interrupted"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
        // Marked once: still offered, not marked again.
        QCOMPARE(replays.markInterruptedRuns().size(), 1);
    }

    void unknownStoredTextLoadsAsNone()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ReplayStore replays(store);
        ReplayRunInfo run;
        QVERIFY(replays.createRun(ReplayTarget(), { QStringLiteral("a") }, 0.0, 1, {}, &run, &error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("UPDATE replay_runs SET status = 'paused' WHERE id = %1").arg(run.id)));
        ReplayRunInfo back;
        QVERIFY(replays.loadRun(run.id, &back, &error));
        QCOMPARE(back.status, RunStatus::Value::None);
        QVERIFY(replays.markInterruptedRuns().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
