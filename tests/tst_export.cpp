// SPDX-License-Identifier: MIT
// Data exports (issue 16): the redactor (what it removes and what must survive), the CSV and JSON writers, every
// dataset on a generated, replayed and judged project, planted API keys that must never reach a file, --redact on
// planted personal data, and the command's exit codes and messages. Set SO_SCREENSHOT_DIR to also save a render of
// the dialog after an export.
#include "dialogs/exportdialog.h"
#include "eval/evaluatorreport.h"
#include "export/csvwriter.h"
#include "export/exportdataset.h"
#include "export/exportrows.h"
#include "export/jsonwriter.h"
#include "export/redactor.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "recommend/recommendation.h"
#include "refusal/refusalcsvreader.h"
#include "replayedproject.h"
#include "rollout/rolloutevent.h"
#include "rollout/rolloutexperiment.h"
#include "session/evaluationjob.h"
#include "session/exportjob.h"
#include "session/session.h"
#include "store/exportstore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"
#include "store/replaystore.h"
#include "store/rolloutstore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace ShadowOptic;

namespace {

// Planted secrets: one in the environment, one in the replay target. Neither looks like a key to the patterns, so
// only the session's own knowledge of its secrets can keep them out of a file.
const QString EnvKey = QStringLiteral("portkey-planted-env-secret-42");
const QString TargetKey = QStringLiteral("openai-planted-target-secret-77");
// Planted personal data, prepended to every logged user prompt, with things that must survive redaction.
const QString Email = QStringLiteral("jane.doe@example.com");
const QString Card = QStringLiteral("4111 1111 1111 1111");
const QString Phone = QStringLiteral("+44 20 7946 0958");
const QString Survivors = QStringLiteral("order 1234 5678 9012 3456 of 2024 for $1,299.99");

struct Cli
{
    int code = -1;
    QString out;
    QString err;
};

Cli cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(SO_APP_BINARY), QStringList { QStringLiteral("export") } + arguments);
    Cli r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool runJob(Job *job, QString *error)
{
    QSignalSpy finished(job, &Job::finished);
    if (!job->start(error))
        return false;
    if (finished.isEmpty() && !finished.wait(180000)) {
        *error = QStringLiteral("the job did not finish");
        return false;
    }
    *error = job->errorText();
    return job->state() == Job::State::Succeeded;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QStringList> readCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RefusalCsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    return records;
}

QStringList keysOf(ExportDataset::Value dataset)
{
    QStringList keys;
    for (const ExportDataset::Column &c : ExportDataset::columns(dataset))
        keys.append(c.key);
    return keys;
}

// Puts the planted text in front of every plain user prompt of a generated export.
bool plant(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = f.readAll();
    f.close();
    const QByteArray marker("{\"role\":\"user\",\"content\":\"");
    data.replace(marker, QByteArray(marker + text.toUtf8() + ' '));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<Session> m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool exportWith(const ExportJob::Request &request, ExportJob::Result *result, QString *error)
    {
        ExportJob job(m_session.get());
        job.setRequest(request);
        const bool ok = runJob(&job, error);
        if (result)
            *result = job.result();
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PORTKEY_API_KEY", EnvKey.toUtf8());
        QString error;
        const QString logs = path(QStringLiteral("logs.jsonl"));
        LogGenerator::Options g;
        g.rows = 80;
        g.seed = 7;
        g.tokenScale = 0.05;
        g.sensitiveShare = 0.4;
        g.benignSensitiveShare = 0.5;
        QVERIFY2(LogGenerator::write(logs, g, &error), qPrintable(error));
        // The user pasted their key into a prompt: without redaction only the session's secrets keep it out.
        QVERIFY(plant(
            logs,
            QStringLiteral("Mail %1, call %2, card %3 (%4), key %5.").arg(Email, Phone, Card, Survivors, EnvKey)));
        m_project = path(QStringLiteral("export.sqlite"));
        const ImportReport imported = LogImporter::run(m_project, { logs });
        QCOMPARE(imported.imported, g.rows);

        m_session = std::make_unique<Session>();
        m_session->setProjectPath(m_project);
        ReplayTarget target;
        target.apiKey = TargetKey;
        QVERIFY(m_session->setTarget(target, &error));
        ReplayTarget resolved;
        QVERIFY2(m_session->resolveTarget(&resolved, &error), qPrintable(error));
        QCOMPARE(resolved.apiKey, TargetKey);
        ReplayedProject::Options o;
        o.rows = g.rows;
        o.seed = g.seed;
        o.sample = 30;
        o.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") };
        ReplayProgress progress;
        QVERIFY2(ReplayedProject::replay(m_project, resolved, o, &progress, &error), qPrintable(error));

        EvaluationJob evaluation(m_session.get());
        EvaluationJob::Request r;
        r.currentModel = QStringLiteral("gpt-4o");
        evaluation.setRequest(r);
        QVERIFY2(runJob(&evaluation, &error), qPrintable(error));

        ProjectStore store;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        // A stored recommendation: one verified candidate and one excluded in discovery (no measured cost).
        Recommendation rec;
        rec.status = Recommendation::Status::Recommended;
        rec.currentModel = QStringLiteral("gpt-4o");
        rec.createdAtMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        RecommendationCandidate verified;
        verified.model = QStringLiteral("gpt-4o-mini");
        verified.stage = RecommendationCandidate::Stage::Verified;
        verified.samples = 40;
        verified.qualityPairs = 40;
        verified.quality = 80.0;
        verified.baselineQuality = 82.0;
        verified.qualityDelta = { -2.0, -4.0, 0.5, 0.95 };
        verified.qualityDeltaPercent = -2.4;
        verified.costPerRequest = 0.0004;
        verified.estimatedCostPerRequest = 0.0005;
        verified.measuredSavingPercent = 91.0;
        verified.verdict = NonInferiorityVerdict::Pass;
        verified.passed = true;
        RecommendationCandidate excluded;
        excluded.model = QStringLiteral("gpt-4.1-nano");
        excluded.stage = RecommendationCandidate::Stage::Excluded;
        excluded.estimatedCostPerRequest = 0.0001;
        rec.candidates = { verified, excluded };
        rec.recommended = verified;
        rec.sentence = Recommendation::summarySentence(rec.currentModel, verified.model, 91.0, 2.4);
        QVERIFY2(RecommendationStore(store).save(1, 1, rec.toJson(), nullptr, &error), qPrintable(error));

        // A rollout with a note that quotes the key and an address.
        RolloutExperiment experiment;
        experiment.name = QStringLiteral("mini-rollout");
        experiment.productionModel = QStringLiteral("gpt-4o");
        experiment.challengerModel = QStringLiteral("gpt-4o-mini");
        experiment.createdAtMs = rec.createdAtMs;
        RolloutEvent created;
        created.atMs = rec.createdAtMs;
        created.actor = QStringLiteral("analyst");
        created.action = RolloutEvent::Action::Created;
        created.toStage = experiment.stageName();
        const RolloutStore rollouts(store);
        QVERIFY2(rollouts.create(&experiment, created, &error), qPrintable(error));
        RolloutEvent rollback;
        rollback.experimentId = experiment.id;
        rollback.atMs = rec.createdAtMs + 3600000;
        rollback.actor = QStringLiteral("analyst");
        rollback.action = RolloutEvent::Action::Rollback;
        rollback.fromStage = experiment.stageName();
        rollback.toStage = experiment.stageName();
        rollback.reason = QStringLiteral("Complaint from %1; rotated key %2").arg(Email, EnvKey);
        rollback.metrics = QJsonObject { { QStringLiteral("error_rate"), 0.12 } };
        QVERIFY2(rollouts.append(rollback, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_session.reset(); }

    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Positives.
        QTest::newRow("email") << QStringLiteral("write to jane.doe+news@mail.example.co.uk today")
                               << QStringLiteral("write to [EMAIL] today");
        QTest::newRow("email unicode") << QStringLiteral("josé@exämple.de") << QStringLiteral("[EMAIL]");
        QTest::newRow("card spaced") << QStringLiteral("card 4111 1111 1111 1111 exp 12/27")
                                     << QStringLiteral("card [CARD] exp 12/27");
        QTest::newRow("card dashed") << QStringLiteral("5555-5555-5555-4444") << QStringLiteral("[CARD]");
        QTest::newRow("card plain") << QStringLiteral("pay with 4012888888881881.")
                                    << QStringLiteral("pay with [CARD].");
        QTest::newRow("card amex") << QStringLiteral("amex 3782 822463 10005") << QStringLiteral("amex [CARD]");
        QTest::newRow("phone uk") << QStringLiteral("call +44 20 7946 0958 now") << QStringLiteral("call [PHONE] now");
        QTest::newRow("phone us intl") << QStringLiteral("+1 (555) 123-4567") << QStringLiteral("[PHONE]");
        QTest::newRow("phone us") << QStringLiteral("ring (555) 123-4567 or 555-123-4567 or 555.123.4567")
                                  << QStringLiteral("ring [PHONE] or [PHONE] or [PHONE]");
        QTest::newRow("phone de") << QStringLiteral("Tel. 030 1234567, mobil 0171-1234567, +4915112345678")
                                  << QStringLiteral("Tel. [PHONE], mobil [PHONE], [PHONE]");
        QTest::newRow("phone fr") << QStringLiteral("appelez le 01 23 45 67 89")
                                  << QStringLiteral("appelez le [PHONE]");
        QTest::newRow("phone uk national") << QStringLiteral("07700 900123") << QStringLiteral("[PHONE]");
        QTest::newRow("openai key") << QStringLiteral("key sk-abcdefghijklmnop1234567890ABCD ok")
                                    << QStringLiteral("key [KEY] ok");
        QTest::newRow("project key") << QStringLiteral("sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")
                                     << QStringLiteral("[KEY]");
        QTest::newRow("anthropic key") << QStringLiteral("sk-ant-api03-Zx9_Yw8-Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe")
                                       << QStringLiteral("[KEY]");
        QTest::newRow("pk key") << QStringLiteral("pk-live-9f8e7d6c5b4a39281706") << QStringLiteral("[KEY]");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc")
                                << QStringLiteral("Authorization: Bearer [KEY]");
        QTest::newRow("aws") << QStringLiteral("AKIAIOSFODNN7EXAMPLE") << QStringLiteral("[KEY]");
        QTest::newRow("github") << QStringLiteral("ghp_1234567890abcdefghijABCDEFGHIJ123456 and "
                                                  "gho_abcdefghijklmnopqrstuvwxyz0123456789")
                                << QStringLiteral("[KEY] and [KEY]");
        QTest::newRow("slack") << QStringLiteral("xoxb-1234567890-abcdefghij") << QStringLiteral("[KEY]");
        QTest::newRow("high entropy") << QStringLiteral("token=Qm9vb2xlYW5UcnVlRmFsc2U3Mjk4NTYxMjM0NTY3OA ok")
                                      << QStringLiteral("token=[KEY] ok");
        // Negatives: must survive.
        const QStringList survive {
            QStringLiteral("In 2024 we sold 1,234,567 units at $1,299.99 each (up 12.5%)."),
            QStringLiteral("order 1234 5678 9012 3456 failed"), // 16 digits, not Luhn-valid
            QStringLiteral("at 1735689600005 ms, order 1234567812345670"), // Luhn-valid, but no issuer's prefix
            QStringLiteral("the years 2023 2024 2025 2026"), // Luhn-valid, but years
            QStringLiteral("ISBN 978-3-16-148410-0, version 1.2.3, build 20240115"),
            QStringLiteral("2026-12-04 13:50:00 and 04/12/2026 10:30"),
            QStringLiteral("uuid 550e8400-e29b-41d4-a716-446655440000"),
            QStringLiteral("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            QStringLiteral("log id 01HF3M2Q8Z, request #123456789, invoice 000123"),
            QStringLiteral("a task-oriented, risk-free plan; user@localhost; @mention"),
            QStringLiteral("call me at 3pm, room 101, 3 + 4 = 7, -5 degrees"),
            QStringLiteral("IP 192.168.1.100 port 8787"),
            QStringLiteral("internationalizationLocalizationSupportFrameworkHelper"),
            QStringLiteral("snake_case_identifier_that_is_quite_long_indeed_v2"),
        };
        for (const QString &s : survive)
            QTest::newRow(qPrintable(QStringLiteral("keep: ") + s.left(30))) << s << s;
    }

    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redactor(true).redact(input), expected);
        QCOMPARE(Redactor(false).redact(input), input); // off: only known secrets go
    }

    void secretsAlwaysGo()
    {
        const Redactor off(false, { QStringLiteral("my-very-secret-value"), QStringLiteral("short") });
        Redactor::Counts counts;
        QCOMPARE(off.redact(QStringLiteral("x my-very-secret-value y short"), &counts),
                 QStringLiteral("x [KEY] y short")); // secrets under 8 characters are not matched (false positives)
        QCOMPARE(counts.keys, 1);
        QVERIFY(Redactor::luhnValid(u"4111111111111111"));
        QVERIFY(!Redactor::luhnValid(u"4111111111111112"));
    }

    void csvRoundTrip()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        QVERIFY(w.begin({ QStringLiteral("text"), QStringLiteral("number") }));
        const QList<QPair<QVariant, QString>> cells {
            { QStringLiteral("plain"), QStringLiteral("plain") },
            { QStringLiteral("a, b"), QStringLiteral("a, b") },
            { QStringLiteral("say \"hi\""), QStringLiteral("say \"hi\"") },
            { QStringLiteral("two\nlines\r\nhere"), QStringLiteral("two\nlines\r\nhere") },
            { QStringLiteral("Grüße 東京 🙂"), QStringLiteral("Grüße 東京 🙂") },
            { QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
              QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")") },
            { QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("'+1+cmd|' /C calc'!A0") },
            { QStringLiteral("-2+3"), QStringLiteral("'-2+3") },
            { QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)") },
            { QStringLiteral("\tTAB"), QStringLiteral("'\tTAB") },
            { QString(), QString() },
        };
        for (const auto &c : cells)
            QVERIFY(w.writeRow({ c.first, -1.5 }));
        QVERIFY(w.writeRow({ QVariant(), std::nan("") })); // unknown: empty, never 0
        QVERIFY(w.writeRow({ true, qint64(-42) }));
        QVERIFY(w.finish());
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFtext,number\r\n"));
        QVERIFY(bytes.contains("\"a, b\",-1.5\r\n"));
        const QList<QStringList> records = readCsv(bytes);
        QCOMPARE(records.size(), cells.size() + 3);
        QCOMPARE(records.first(), (QStringList { QStringLiteral("text"), QStringLiteral("number") }));
        for (int i = 0; i < cells.size(); ++i) {
            QCOMPARE(records.at(i + 1).value(0), cells.at(i).second);
            QCOMPARE(records.at(i + 1).value(1), QStringLiteral("-1.5")); // a number stays a number
        }
        QCOMPARE(records.at(cells.size() + 1), (QStringList { QString(), QString() }));
        QCOMPARE(records.at(cells.size() + 2), (QStringList { QStringLiteral("true"), QStringLiteral("-42") }));
    }

    void jsonWriter()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonWriter w(&buffer);
        QVERIFY(w.begin({ QStringLiteral("z_first"), QStringLiteral("a_second"), QStringLiteral("c") }));
        QVERIFY(w.writeRow({ QStringLiteral("q\"uo\\te\n\x01"), 0.1, QVariant() }));
        QVERIFY(w.writeRow({ QStringLiteral("=1+1"), std::nan(""), qint64(7) }));
        QVERIFY(w.finish());
        const QByteArray bytes = buffer.data();
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(bytes, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 2);
        QVERIFY(bytes.indexOf("z_first") < bytes.indexOf("a_second")); // column order kept
        QCOMPARE(rows.at(0)[QStringLiteral("z_first")].toString(), QStringLiteral("q\"uo\\te\n\x01"));
        QCOMPARE(rows.at(0)[QStringLiteral("a_second")].toDouble(), 0.1);
        QVERIFY(rows.at(0)[QStringLiteral("c")].isNull());
        QCOMPARE(rows.at(1)[QStringLiteral("z_first")].toString(), QStringLiteral("=1+1")); // JSON needs no guard
        QVERIFY(rows.at(1)[QStringLiteral("a_second")].isNull());
        QCOMPARE(rows.at(1)[QStringLiteral("c")].toInteger(), 7);

        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        JsonWriter e(&empty);
        QVERIFY(e.begin({ QStringLiteral("a") }) && e.finish());
        QCOMPARE(QJsonDocument::fromJson(empty.data()).array().size(), 0);
    }

    // Unpriced and unknown values are null, never 0.
    void unknownIsNull()
    {
        EvaluatorReport report;
        ModelAggregate priced;
        priced.model = QStringLiteral("gpt-4o");
        priced.samples = 10;
        priced.successes = 10;
        priced.costPerRequest = 0.002;
        ModelAggregate unpriced = priced;
        unpriced.model = QStringLiteral("private-deployment");
        unpriced.priced = false;
        unpriced.costPerRequest = 0.0;
        unpriced.unpricedRequests = 10;
        report.models = { priced, unpriced };
        const QList<QVariantList> rows = ExportRows::models(report, 3);
        const int cost = int(keysOf(ExportDataset::Value::Models).indexOf(QStringLiteral("cost_per_request_usd")));
        const int quality = int(keysOf(ExportDataset::Value::Models).indexOf(QStringLiteral("quality")));
        QCOMPARE(rows.at(0).at(cost).toDouble(), 0.002);
        QVERIFY(rows.at(1).at(cost).isNull());
        QVERIFY(rows.at(0).at(quality).isNull()); // nothing judged
        for (const QVariantList &row : rows)
            QCOMPARE(row.size(), keysOf(ExportDataset::Value::Models).size());
    }

    void datasets_data()
    {
        QTest::addColumn<ExportDataset::Value>("dataset");
        QTest::addColumn<ExportFormat::Value>("format");
        for (ExportDataset::Value d : ExportDataset::all())
            for (ExportFormat::Value f : { ExportFormat::Value::Csv, ExportFormat::Value::Json })
                QTest::addRow("%s %s", qPrintable(ExportDataset::name(d)), qPrintable(ExportFormat::name(f))) << d << f;
    }

    void datasets()
    {
        QFETCH(ExportDataset::Value, dataset);
        QFETCH(ExportFormat::Value, format);
        ExportJob::Request request;
        request.dataset = dataset;
        request.format = format;
        request.redact = false;
        request.path = path(ExportDataset::name(dataset) + u'.' + ExportFormat::extension(format));
        ExportJob::Result result;
        QString error;
        QVERIFY2(exportWith(request, &result, &error), qPrintable(error));
        QVERIFY(result.rows > 0);
        const QStringList keys = keysOf(dataset);
        const QByteArray bytes = readAll(request.path);
        QList<QJsonObject> rows;
        if (format == ExportFormat::Value::Csv) {
            const QList<QStringList> records = readCsv(bytes);
            QCOMPARE(records.value(0), keys);
            QCOMPARE(records.size() - 1, result.rows);
            for (const QStringList &r : records.mid(1))
                QCOMPARE(r.size(), keys.size());
        } else {
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(array.size(), result.rows);
            for (const QJsonValue &v : array) {
                QCOMPARE(v.toObject().keys().size(), keys.size());
                rows.append(v.toObject());
            }
            // The same columns, in the same order, as the CSV header.
            QVERIFY(bytes.indexOf(keys.first().toUtf8()) < bytes.indexOf(keys.last().toUtf8()));
        }
        if (format != ExportFormat::Value::Json)
            return;
        ProjectStore store;
        QVERIFY(store.open(m_project, &error));
        switch (dataset) {
        case ExportDataset::Value::Models: {
            QVERIFY(result.runId > 0);
            const QJsonObject current = rows.first();
            QCOMPARE(current[QStringLiteral("model")].toString(), QStringLiteral("gpt-4o"));
            QVERIFY(current[QStringLiteral("is_current")].toBool());
            QVERIFY(current[QStringLiteral("samples")].isDouble());
            QVERIFY(current[QStringLiteral("quality")].isDouble()); // judged in initTestCase
            QVERIFY(current[QStringLiteral("quality_ci_lower")].toDouble()
                    <= current[QStringLiteral("quality")].toDouble());
            bool compared = false;
            for (const QJsonObject &r : rows)
                compared = compared || r[QStringLiteral("quality_delta_points")].isDouble();
            QVERIFY(compared);
            break;
        }
        case ExportDataset::Value::Replays: {
            QCOMPARE(result.rows, ExportStore(store).replayCount(0));
            bool judged = false;
            int planted = 0;
            for (const QJsonObject &r : rows) {
                QVERIFY(r[QStringLiteral("run_id")].isDouble());
                QVERIFY(r[QStringLiteral("ok")].isBool());
                QVERIFY(!r[QStringLiteral("prompt")].toString().isEmpty());
                planted += r[QStringLiteral("prompt")].toString().contains(Email) ? 1 : 0;
                QVERIFY(r[QStringLiteral("cost_usd")].isNull() || r[QStringLiteral("cost_usd")].isDouble());
                judged = judged || r[QStringLiteral("overall")].isDouble();
            }
            QVERIFY(judged);
            QVERIFY(planted > 0);
            break;
        }
        case ExportDataset::Value::Recommendations: {
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.at(0)[QStringLiteral("verdict")].toString(), QStringLiteral("switch"));
            QCOMPARE(rows.at(0)[QStringLiteral("candidate")].toString(), QStringLiteral("gpt-4o-mini"));
            QCOMPARE(rows.at(0)[QStringLiteral("quality_delta_ci_lower")].toDouble(), -4.0);
            QCOMPARE(rows.at(0)[QStringLiteral("cost_per_request_usd")].toDouble(), 0.0004);
            QCOMPARE(rows.at(0)[QStringLiteral("created_at")].toString(), QStringLiteral("2026-03-01T12:00:00.000Z"));
            QVERIFY(rows.at(1)[QStringLiteral("cost_per_request_usd")].isNull()); // never measured: not 0
            QCOMPARE(rows.at(1)[QStringLiteral("estimated_cost_per_request_usd")].toDouble(), 0.0001);
            break;
        }
        case ExportDataset::Value::Clusters:
            for (const QJsonObject &r : rows) {
                QVERIFY(r[QStringLiteral("size")].toInt() >= 2);
                QVERIFY(!r[QStringLiteral("representative_prompt")].toString().isEmpty());
            }
            break;
        case ExportDataset::Value::Audit:
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows.at(0)[QStringLiteral("action")].toString(), QStringLiteral("created"));
            QCOMPARE(rows.at(1)[QStringLiteral("action")].toString(), QStringLiteral("rollback"));
            QCOMPARE(rows.at(1)[QStringLiteral("experiment")].toString(), QStringLiteral("mini-rollout"));
            QVERIFY(rows.at(1)[QStringLiteral("metrics")].toString().contains(QStringLiteral("error_rate")));
            break;
        }
    }

    // The planted keys are in the project's text (a prompt, an audit note), yet in no export, redacted or not.
    void plantedKeysNeverExported()
    {
        QString error;
        {
            ProjectStore store;
            QVERIFY(store.open(m_project, &error));
            bool inPrompts = false;
            QVERIFY(ExportStore(store).forEachReplay(
                0,
                [&](const ExportStore::ReplayRow &r) {
                    inPrompts = r.prompt.contains(EnvKey);
                    return !inPrompts;
                },
                &error));
            QVERIFY2(inPrompts, "the fixture must hold the key where an export could copy it");
        }
        for (ExportDataset::Value d : ExportDataset::all())
            for (ExportFormat::Value f : { ExportFormat::Value::Csv, ExportFormat::Value::Json })
                for (bool redact : { false, true }) {
                    ExportJob::Request request;
                    request.dataset = d;
                    request.format = f;
                    request.redact = redact;
                    request.path = path(QStringLiteral("keys.") + ExportFormat::extension(f));
                    QVERIFY2(exportWith(request, nullptr, &error), qPrintable(error));
                    const QByteArray bytes = readAll(request.path);
                    QVERIFY(!bytes.isEmpty());
                    QVERIFY2(!bytes.contains(EnvKey.toUtf8()), qPrintable(ExportDataset::name(d)));
                    QVERIFY2(!bytes.contains(TargetKey.toUtf8()), qPrintable(ExportDataset::name(d)));
                }
        // The command as well: a new process with the key in its environment.
        const QString out = path(QStringLiteral("cli-keys.json"));
        const Cli r = cli({ QStringLiteral("--project"), m_project, QStringLiteral("--what"), QStringLiteral("audit"),
                            QStringLiteral("--out"), out });
        QCOMPARE(r.code, 0);
        QVERIFY(!readAll(out).contains(EnvKey.toUtf8()));
        QVERIFY(readAll(out).contains("[KEY]"));
    }

    void redactOption()
    {
        const QString plain = path(QStringLiteral("replays-plain.csv"));
        const QString redacted = path(QStringLiteral("replays-redacted.csv"));
        Cli r = cli({ QStringLiteral("--project"), m_project, QStringLiteral("--what"), QStringLiteral("replays"),
                      QStringLiteral("--out"), plain });
        QCOMPARE(r.code, 0);
        const QByteArray before = readAll(plain);
        QVERIFY(before.contains(Email.toUtf8()));
        QVERIFY(before.contains(Card.toUtf8()));
        QVERIFY(before.contains(Phone.toUtf8()));
        r = cli({ QStringLiteral("--project"), m_project, QStringLiteral("--what"), QStringLiteral("replays"),
                  QStringLiteral("--redact"), QStringLiteral("--out"), redacted });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("e-mail")), qPrintable(r.err));
        const QByteArray after = readAll(redacted);
        QVERIFY(!after.contains(Email.toUtf8()));
        QVERIFY(!after.contains(Card.toUtf8()));
        QVERIFY(!after.contains(Phone.toUtf8()));
        QVERIFY(after.contains("[EMAIL]") && after.contains("[CARD]") && after.contains("[PHONE]"));
        QVERIFY(after.contains(Survivors.toUtf8()));
        QCOMPARE(readCsv(after).size(), readCsv(before).size());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString p = QStringLiteral("--project");
        const QString proj = QStringLiteral("@PROJECT@");
        const QString w = QStringLiteral("--what");
        const QString o = QStringLiteral("--out");
        const QString csv = QStringLiteral("@DIR@/x.csv");
        QTest::newRow("no what") << QStringList { p, proj, o, csv } << 2 << QStringLiteral("usage:");
        QTest::newRow("no out") << QStringList { p, proj, w, QStringLiteral("models") } << 2
                                << QStringLiteral("usage:");
        QTest::newRow("unknown what") << QStringList { p, proj, w, QStringLiteral("users"), o, csv } << 2
                                      << QStringLiteral("--what must be");
        QTest::newRow("bad format") << QStringList {
            p, proj, w, QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("xml"), o, csv
        } << 2 << QStringLiteral("--format must be csv or json");
        QTest::newRow("no extension") << QStringList {
            p, proj, w, QStringLiteral("models"), o, QStringLiteral("@DIR@/x.txt")
        } << 2 << QStringLiteral("Cannot tell the format");
        QTest::newRow("bad run") << QStringList {
            p, proj, w, QStringLiteral("models"), QStringLiteral("--run"), QStringLiteral("0"), o, csv
        } << 2 << QStringLiteral("--run must be");
        QTest::newRow("run for audit") << QStringList {
            p, proj, w, QStringLiteral("audit"), QStringLiteral("--run"), QStringLiteral("1"), o, csv
        } << 2 << QStringLiteral("--run applies to models and replays only");
        QTest::newRow("not a project") << QStringList {
            p, QStringLiteral("@DIR@/logs.jsonl"), w, QStringLiteral("models"), o, csv
        } << 1 << QStringLiteral("logs.jsonl");
        QTest::newRow("missing project") << QStringList {
            p, QStringLiteral("@DIR@/nothing.sqlite"), w, QStringLiteral("models"), o, csv
        } << 1 << QStringLiteral("nothing.sqlite");
        QTest::newRow("missing folder") << QStringList {
            p, proj, w, QStringLiteral("models"), o, QStringLiteral("@DIR@/no/such/dir/x.csv")
        } << 1 << QStringLiteral("does not exist");
        QTest::newRow("folder") << QStringList {
            p, proj, w, QStringLiteral("models"), o, QStringLiteral("@DIR@/a-folder.csv")
        } << 1 << QStringLiteral("it is a folder");
        QTest::newRow("unknown run") << QStringList {
            p, proj, w, QStringLiteral("replays"), QStringLiteral("--run"), QStringLiteral("999"), o, csv
        } << 1 << QStringLiteral("Replay run 999 does not exist");
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QDir(m_dir.path()).mkpath(QStringLiteral("a-folder.csv"));
        for (QString &a : arguments)
            a.replace(QStringLiteral("@PROJECT@"), m_project).replace(QStringLiteral("@DIR@"), m_dir.path());
        const Cli r = cli(arguments);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    }

    void toStandardOutput()
    {
        const Cli r
            = cli({ QStringLiteral("--project"), m_project, QStringLiteral("--what"), QStringLiteral("audit"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        const Cli csv = cli({ QStringLiteral("--project"), m_project, QStringLiteral("--what"), QStringLiteral("audit"),
                              QStringLiteral("--out"), QStringLiteral("-") });
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("event_id,"))); // csv by default, and no byte-order mark in a pipe
        QCOMPARE(readCsv(csv.out.toUtf8()).size(), 3);
    }

    // A failed export leaves the file it would have replaced as it was.
    void failureKeepsTheOldFile()
    {
        const QString out = path(QStringLiteral("keep.csv"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old content\n");
        }
        ExportJob::Request request;
        request.dataset = ExportDataset::Value::Replays;
        request.runId = 999;
        request.path = out;
        QString error;
        QVERIFY(!exportWith(request, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
        QCOMPARE(readAll(out), QByteArray("old content\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("keep.csv*") }, QDir::Files | QDir::Hidden).size(), 1);
    }

    void cancelLeavesNothing()
    {
        const QString out = path(QStringLiteral("cancelled.csv"));
        ExportJob job(m_session.get());
        ExportJob::Request request;
        request.dataset = ExportDataset::Value::Replays;
        request.path = out;
        job.setRequest(request);
        QSignalSpy finished(&job, &Job::finished);
        QString error;
        QVERIFY2(job.start(&error), qPrintable(error));
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000)); // the writer has stopped
        QVERIFY(
            QDir(m_dir.path()).entryList({ QStringLiteral("cancelled.csv*") }, QDir::Files | QDir::Hidden).isEmpty());
    }

    void dialog()
    {
        ExportDialog dialog(m_session.get());
        auto *redact = dialog.findChild<QCheckBox *>(QStringLiteral("redact"));
        auto *dataset = dialog.findChild<QComboBox *>(QStringLiteral("dataset"));
        auto *run = dialog.findChild<QComboBox *>(QStringLiteral("run"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("export"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("result"));
        QVERIFY(redact && dataset && run && format && file && exportButton && result);
        QVERIFY(redact->isChecked()); // on by default
        dataset->setCurrentIndex(dataset->findData(QVariant::fromValue(ExportDataset::Value::Replays)));
        QVERIFY(run->isEnabled());
        QTRY_VERIFY(run->count() > 1); // the runs load in the background
        format->setCurrentIndex(format->findData(QVariant::fromValue(ExportFormat::Value::Json)));
        QVERIFY(file->text().endsWith(QStringLiteral("-replays.json")));
        const QString out = path(QStringLiteral("dialog.json"));
        file->setText(out);
        exportButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Exported")), 60000);
        const QByteArray bytes = readAll(out);
        QVERIFY(!QJsonDocument::fromJson(bytes).array().isEmpty());
        QVERIFY(!bytes.contains(Email.toUtf8()));
        QVERIFY(bytes.contains("[EMAIL]"));
        if (const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
        }

        // A clear error: an audit export into a folder that does not exist.
        dataset->setCurrentIndex(dataset->findData(QVariant::fromValue(ExportDataset::Value::Audit)));
        QVERIFY(!run->isEnabled());
        file->setText(path(QStringLiteral("missing/audit.json")));
        exportButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("does not exist")), 60000);
        QVERIFY(exportButton->isEnabled());
    }

    // Personal data in the answers goes too, not only in the prompts, and the same in CSV and JSON: an answer that
    // repeats the user's address, phone and card and a key-like string nobody planted as a secret. Runs last: it
    // adds a run to the shared project.
    void redactionCoversAnswersInCsvAndJson()
    {
        const QString answerEmail = QStringLiteral("max.muster@beispiel.de");
        const QString answerPhone = QStringLiteral("+49 30 1234567");
        const QString answerCard = QStringLiteral("5555-5555-5555-4444");
        const QString answerKey = QStringLiteral("sk-proj-Zz9yXx8wVv7uUt6sSr5qQp4oOn3m");
        QString error;
        qint64 runId = 0;
        {
            ProjectStore store;
            QVERIFY2(store.open(m_project, &error), qPrintable(error));
            QString logId;
            QVERIFY(ExportStore(store).forEachReplay(
                0,
                [&](const ExportStore::ReplayRow &r) {
                    if (r.prompt.contains(Email))
                        logId = r.logId;
                    return logId.isEmpty();
                },
                &error));
            QVERIFY2(!logId.isEmpty(), "a replayed prompt that holds the planted e-mail address");
            ReplayJob job;
            job.logId = logId;
            job.model = QStringLiteral("gpt-4o");
            ReplayTarget simulator;
            ReplayRunInfo run;
            ReplayStore replays(store);
            QVERIFY2(replays.createRun(simulator, { job.model }, 0.0, 0, { job }, &run, &error), qPrintable(error));
            ReplayResult answer;
            answer.logId = logId;
            answer.model = job.model;
            answer.role = job.role;
            answer.statusCode = 200;
            answer.ok = true;
            answer.responseText = QStringLiteral("Noted: %1, %2, card %3, and your key %4.")
                                      .arg(answerEmail, answerPhone, answerCard, answerKey);
            QVERIFY2(replays.storeResults(run.id, { answer }, simulator.fingerprint(), 0.0, &error), qPrintable(error));
            runId = run.id;
        }
        for (ExportFormat::Value f : { ExportFormat::Value::Csv, ExportFormat::Value::Json })
            for (bool redact : { false, true }) {
                ExportJob::Request request;
                request.dataset = ExportDataset::Value::Replays;
                request.runId = runId;
                request.format = f;
                request.redact = redact;
                request.path = path(QStringLiteral("answers%1.%2").arg(int(redact)).arg(ExportFormat::extension(f)));
                QVERIFY2(exportWith(request, nullptr, &error), qPrintable(error));
                const QByteArray bytes = readAll(request.path);
                const QString where = request.path;
                for (const QString &personal : { Email, Phone, Card, answerEmail, answerPhone, answerCard, answerKey })
                    QVERIFY2(bytes.contains(personal.toUtf8()) != redact,
                             qPrintable(where + QLatin1Char(' ') + personal));
                if (redact) {
                    for (const char *mark : { "[EMAIL]", "[PHONE]", "[CARD]", "[KEY]" })
                        QVERIFY2(bytes.count(mark) >= 2, qPrintable(where + QLatin1Char(' ') + QLatin1String(mark)));
                    QVERIFY(bytes.contains("Noted: [EMAIL], [PHONE], card [CARD], and your key [KEY]."));
                    QVERIFY(bytes.contains(Survivors.toUtf8()));
                }
            }
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
