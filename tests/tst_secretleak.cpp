// SPDX-License-Identifier: MIT
// API keys never reach a file, a log line or the terminal. Distinctive fake keys are planted where a user puts
// them — PORTKEY_API_KEY and OPENAI_API_KEY in the environment, a provider key inside an inline Portkey config, and
// the session's key fields the GUI's Replay form fills — and proven to be in use: the recording relay in front of
// the simulator sees each of them in request headers. Then replay, evaluate, recommend, a rollout, the PDF report
// and every export (CSV and JSON, with and without --redact) run through the real binary and through the session's
// jobs, and every byte they leave behind is searched for each key, its base64, its random part and a 12-character
// prefix: the project with its -wal and -shm (held open so SQLite keeps them), exports, the report (raw, every
// Flate stream inflated, pdftotext), the settings and cache files under HOME, stdout and stderr of every command,
// and the jobs' progress, warning and error texts (what the Activity log dock shows).
#include "recordingproxy.h"
#include "session/evaluationjob.h"
#include "session/exportjob.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "settings.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestSecretLeak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_project;
    ProjectStore m_holder; // keeps the -wal and -shm files alive while the commands run
    SimulatorThread m_simThread { QStringLiteral("leak-simulator") };
    RecordingProxy *m_proxy = nullptr;
    QHash<QString, QString> m_keys; // where planted → key
    QString m_transcript; // every command's stdout and stderr, every job text
    QStringList m_scanned;
    qint64 m_scannedBytes = 0;

    static QString fakeKey()
    {
        return QStringLiteral("sk-SOLEAKTEST-")
            + QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                  + QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    }

    // What must never appear, by name: each key raw, as UTF-16, in base64, its random part, and the shared prefix.
    QList<QPair<QString, QByteArray>> needles() const
    {
        QList<QPair<QString, QByteArray>> n;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            const QByteArray key = it.value().toUtf8();
            n.append({ it.key() + QStringLiteral(" key"), key });
            n.append({ it.key() + QStringLiteral(" key (UTF-16)"),
                       QByteArray(reinterpret_cast<const char *>(it.value().utf16()), it.value().size() * 2) });
            n.append({ it.key() + QStringLiteral(" key (base64)"), key.toBase64() });
            n.append({ it.key() + QStringLiteral(" key (base64 of the header value)"),
                       QByteArray("Bearer " + key).toBase64() });
            n.append({ it.key() + QStringLiteral(" key's random part"), key.mid(14) });
        }
        n.append({ QStringLiteral("12-character key prefix"), QByteArrayLiteral("sk-SOLEAKTES") });
        return n;
    }

    QStringList leaksIn(const QByteArray &data, const QString &where) const
    {
        QStringList found;
        for (const auto &[name, bytes] : needles())
            if (data.contains(bytes))
                found << QStringLiteral("%1 in %2").arg(name, where);
        return found;
    }

    // Every Flate stream of a PDF, inflated (qUncompress wants zlib data behind a 4-byte size hint).
    static QByteArray pdfStreamsInflated(const QByteArray &pdf)
    {
        QByteArray out;
        qsizetype from = 0;
        while ((from = pdf.indexOf("stream", from)) >= 0) {
            qsizetype start = from + 6;
            if (pdf.mid(start, 2) == "\r\n")
                start += 2;
            else if (pdf.mid(start, 1) == "\n")
                start += 1;
            else {
                from = start;
                continue;
            }
            const qsizetype end = pdf.indexOf("endstream", start);
            if (end < 0)
                break;
            const qsizetype dictionary = pdf.lastIndexOf(" obj", from);
            const bool flate = dictionary >= 0 && pdf.mid(dictionary, from - dictionary).contains("/FlateDecode");
            const QByteArray body = pdf.mid(start, end - start);
            from = end + 9;
            if (!flate) {
                out += body + '\n';
                continue;
            }
            const quint32 hint = quint32(qMin<qsizetype>(body.size() * 20 + 4096, 64 * 1024 * 1024));
            QByteArray zlib(4, '\0');
            zlib[0] = char(hint >> 24);
            zlib[1] = char(hint >> 16);
            zlib[2] = char(hint >> 8);
            zlib[3] = char(hint);
            const QByteArray inflated = qUncompress(zlib + body);
            out += inflated.isEmpty() ? body : inflated;
            out += '\n';
        }
        return out;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTKEY_API_KEY"), m_keys.value(QStringLiteral("PORTKEY_API_KEY")));
        env.insert(QStringLiteral("OPENAI_API_KEY"), m_keys.value(QStringLiteral("OPENAI_API_KEY")));
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
        return env;
    }

    // The binary, waited for with the event loop running (the relay lives in this thread); rc, or -1.
    int cli(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(m_dir.path());
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(SO_APP_BINARY), arguments);
        if (!done.wait(300000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        m_transcript += QStringLiteral("$ %1\n%2%3").arg(arguments.join(QLatin1Char(' ')), out, err);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning().noquote() << arguments.join(QLatin1Char(' ')) << "→" << p.exitCode() << err.right(600);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QStringList targetOptions() const
    {
        return { QStringLiteral("--target"),   QStringLiteral("portkey"),
                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_proxy->port()),
                 QStringLiteral("--config"),   m_dir.filePath(QStringLiteral("config.json")) };
    }

    // Runs a job of the session to its end, its texts into the transcript as the Activity log would get them.
    bool runJob(Job *job)
    {
        connect(job, &Job::progressChanged, this,
                [this](int, const QString &text) { m_transcript += text + QLatin1Char('\n'); });
        connect(job, &Job::warning, this, [this](const QString &text) { m_transcript += text + QLatin1Char('\n'); });
        QSignalSpy finished(job, &Job::finished);
        QString error;
        if (!job->start(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        if (!finished.wait(300000))
            return false;
        m_transcript += job->errorText() + QLatin1Char('\n');
        return job->state() == Job::State::Succeeded;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/.config")));
        // This process's own settings (the GUI's Settings object) go under the same HOME.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home + QStringLiteral("/.config")));
        for (const QString &where :
             { QStringLiteral("PORTKEY_API_KEY"), QStringLiteral("OPENAI_API_KEY"), QStringLiteral("inline config"),
               QStringLiteral("session Portkey field"), QStringLiteral("session provider field") })
            m_keys.insert(where, fakeKey());

        SimulatedGateway *sim = m_simThread.gateway();
        sim->setRandomErrorsEnabled(false);
        sim->setLatencyOverrideMs(2);
        QVERIFY(sim->listen(0));
        m_proxy = new RecordingProxy(this);
        QString error;
        QVERIFY2(m_proxy->listen(sim->port(), &error), qPrintable(error));

        QFile config(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(QJsonObject { { QStringLiteral("provider"), QStringLiteral("openai") },
                                        { QStringLiteral("api_key"), m_keys.value(QStringLiteral("inline config")) } })
                .toJson());
        config.close();

        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        m_project = m_dir.filePath(QStringLiteral("leak.sqlite"));
        QCOMPARE(cli({ QStringLiteral("generate-logs"), QStringLiteral("--rows"), QStringLiteral("80"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--token-scale"),
                       QStringLiteral("0.05"), QStringLiteral("--out"), logs }),
                 0);
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--project"), m_project, logs }), 0);
        QVERIFY(QFile::remove(logs)); // holds no key, but is no output of the commands under test either
        QVERIFY2(m_holder.open(m_project, &error), qPrintable(error));
    }

    void commandLineLeavesNoKeyBehind()
    {
        const QStringList project { QStringLiteral("--project"), m_project };
        QCOMPARE(cli(QStringList { QStringLiteral("replay") } + project + targetOptions()
                     + QStringList { QStringLiteral("--models"), QStringLiteral("gpt-4o,gpt-4o-mini,gpt-4.1-mini"),
                                     QStringLiteral("--sample"), QStringLiteral("12"), QStringLiteral("--seed"),
                                     QStringLiteral("1") }),
                 0);
        // The keys were in use: the gateway got each of them.
        const QByteArray wire = m_proxy->received();
        QVERIFY(wire.contains(
            QByteArray("x-portkey-api-key: " + m_keys.value(QStringLiteral("PORTKEY_API_KEY")).toUtf8())));
        QVERIFY(wire.contains(
            QByteArray("Authorization: Bearer " + m_keys.value(QStringLiteral("OPENAI_API_KEY")).toUtf8())));
        QVERIFY(wire.contains(m_keys.value(QStringLiteral("inline config")).toUtf8()));
        QCOMPARE(cli(QStringList { QStringLiteral("evaluate") } + project + targetOptions()), 0);
        QCOMPARE(cli(QStringList { QStringLiteral("recommend") } + project + targetOptions()
                     + QStringList { QStringLiteral("--current"), QStringLiteral("gpt-4o"), QStringLiteral("--sample"),
                                     QStringLiteral("10"), QStringLiteral("--max-prompts"), QStringLiteral("20") }),
                 0);
        QCOMPARE(cli(QStringList { QStringLiteral("runs") } + project + QStringList { QStringLiteral("--json") }), 0);
        QCOMPARE(cli(QStringList { QStringLiteral("rollout"), QStringLiteral("create") } + project
                     + QStringList { QStringLiteral("--production"), QStringLiteral("gpt-4o"),
                                     QStringLiteral("--challenger"), QStringLiteral("gpt-4o-mini") }),
                 0);
        QCOMPARE(cli(QStringList { QStringLiteral("report") } + project
                     + QStringList { QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("report.pdf")) }),
                 0);
        for (const QString &what :
             { QStringLiteral("models"), QStringLiteral("replays"), QStringLiteral("recommendations"),
               QStringLiteral("clusters"), QStringLiteral("audit") })
            for (const QString &format : { QStringLiteral("csv"), QStringLiteral("json") })
                for (const bool redact : { false, true }) {
                    QStringList args = QStringList { QStringLiteral("export") } + project
                        + QStringList { QStringLiteral("--what"),
                                        what,
                                        QStringLiteral("--format"),
                                        format,
                                        QStringLiteral("--out"),
                                        m_dir.filePath(
                                            QStringLiteral("export-%1%2.%3")
                                                .arg(what, redact ? QStringLiteral("-redacted") : QString(), format)) };
                    if (redact)
                        args << QStringLiteral("--redact");
                    QCOMPARE(cli(args), 0);
                }
        QCOMPARE(cli(QStringList { QStringLiteral("export") } + project
                     + QStringList { QStringLiteral("--what"), QStringLiteral("replays"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-") }),
                 0); // to stdout, which the transcript holds
    }

    // The GUI's path: keys typed into the Replay form's fields go to the session's target, which the Settings
    // object also sees when the target is saved.
    void sessionLeavesNoKeyBehind()
    {
        m_proxy->clear();
        Session session;
        session.setProjectPath(m_project);
        ReplayTarget target;
        target.kind = ReplayTarget::Kind::PortkeyHosted;
        target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_proxy->port()));
        target.portkeyApiKey = m_keys.value(QStringLiteral("session Portkey field"));
        target.apiKey = m_keys.value(QStringLiteral("session provider field"));
        QString error;
        QVERIFY2(session.setTarget(target, &error), qPrintable(error));
        m_transcript += session.targetDescription() + QLatin1Char('\n');
        Settings::instance()->setGatewayTarget(session.target());

        ReplayRunJob replay(&session);
        ReplayRunJob::Request request;
        request.models = { QStringLiteral("gpt-4.1-nano"), QStringLiteral("gpt-4o") };
        request.sample.size = 8;
        request.sample.seed = 9;
        replay.setRequest(request);
        connect(&replay, &ReplayRunJob::replayProgress, this,
                [this](const ReplayProgress &p) { m_transcript += p.failureText() + QLatin1Char('\n'); });
        QVERIFY(runJob(&replay));
        QVERIFY(m_proxy->received().contains(target.portkeyApiKey.toUtf8()));
        QVERIFY(m_proxy->received().contains(QByteArray("Bearer " + target.apiKey.toUtf8())));

        EvaluationJob evaluate(&session);
        QVERIFY(runJob(&evaluate));
        for (const bool redact : { false, true }) {
            ExportJob exportJob(&session);
            ExportJob::Request e;
            e.dataset = ExportDataset::Value::Replays;
            e.format = ExportFormat::Value::Json;
            e.redact = redact;
            e.path = m_dir.filePath(QStringLiteral("session-replays%1.json").arg(redact ? 1 : 0));
            exportJob.setRequest(e);
            QVERIFY(runJob(&exportJob));
        }
    }

    void nothingHoldsAKey()
    {
        // The search finds what it looks for: a key as such, in base64, and inside a Flate stream of a PDF.
        const QByteArray key = m_keys.value(QStringLiteral("OPENAI_API_KEY")).toUtf8();
        QVERIFY(!leaksIn("x" + key + "x", QString()).isEmpty());
        QVERIFY(!leaksIn(key.toBase64(), QString()).isEmpty());
        const QByteArray pdf = "1 0 obj << /Filter /FlateDecode >>\nstream\n" + qCompress(key).mid(4) + "\nendstream";
        QVERIFY(!pdf.contains(key));
        QVERIFY(!leaksIn(pdfStreamsInflated(pdf), QString()).isEmpty());

        QSettings().sync();
        QVERIFY(QFile::exists(m_project + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(m_project + QStringLiteral("-shm")));
        QStringList leaks = leaksIn(m_transcript.toUtf8(), QStringLiteral("stdout/stderr and job texts"));
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(QLatin1String("config.json")) && !path.contains(QLatin1String("/home/")))
                continue; // the planted inline config itself
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = f.readAll();
            m_scanned << QDir(m_dir.path()).relativeFilePath(path);
            m_scannedBytes += data.size();
            qInfo().noquote() << QStringLiteral("  %1: %2 bytes").arg(m_scanned.last()).arg(data.size());
            // The scan reads what the commands wrote: the project and its WAL hold the target's address.
            if (path.endsWith(QLatin1String(".sqlite-wal")))
                QVERIFY(data.contains(QByteArray("127.0.0.1:" + QByteArray::number(m_proxy->port()))));
            leaks += leaksIn(data, m_scanned.last());
            if (path.endsWith(QLatin1String(".pdf"))) {
                leaks += leaksIn(pdfStreamsInflated(data), m_scanned.last() + QStringLiteral(" (inflated streams)"));
                QVERIFY(data.contains("<x:xmpmeta") || pdfStreamsInflated(data).contains("xmpmeta"));
                if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
                    QProcess text;
                    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
                    QVERIFY(text.waitForFinished(60000));
                    const QByteArray words = text.readAllStandardOutput();
                    QVERIFY(words.contains("gpt-4o"));
                    leaks += leaksIn(words, m_scanned.last() + QStringLiteral(" (pdftotext)"));
                }
            }
        }
        qInfo().noquote() << QStringLiteral("scanned %1 files, %2 bytes, and %3 characters of output and job texts:")
                                 .arg(m_scanned.size())
                                 .arg(m_scannedBytes)
                                 .arg(m_transcript.size())
                          << m_scanned.join(QStringLiteral(", "));
        QVERIFY(m_scanned.contains(QStringLiteral("report.pdf")));
        QVERIFY(m_scanned.contains(QStringLiteral("leak.sqlite-wal")));
        QVERIFY(m_scanned.filter(QStringLiteral("home/")).size() >= 1); // the settings file
        QVERIFY(m_scanned.filter(QStringLiteral("export-")).size() == 20);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
