// SPDX-License-Identifier: MIT
// TLS errors are never ignored: a gateway with a self-signed certificate fails every request with the host and
// QSslError's reason, and sends it nothing (no prompt, no key), until the user trusts that certificate explicitly
// (--ca-cert FILE, Settings ▸ Gateway ▸ Trusted certificate). The key and certificate are made at test time.
#include "recordingproxy.h"
#include "replayedproject.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestGatewayTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_cert; // self-signed for IP 127.0.0.1
    QString m_key;
    QString m_otherCert; // another self-signed certificate: trusting it must not help
    SimulatorThread m_simThread { QStringLiteral("tls-simulator") };
    SimulatedGateway *m_sim = nullptr;
    RecordingProxy *m_tls = nullptr;

    bool makeCertificate(const QString &name, QString *cert, QString *key)
    {
        *cert = m_dir.filePath(name + QStringLiteral("-cert.pem"));
        *key = m_dir.filePath(name + QStringLiteral("-key.pem"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"),
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert,
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=shadow-optic test only"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=IP:127.0.0.1") });
        const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
        if (!ok)
            qWarning("openssl: %s", p.readAll().constData());
        return ok && QFile::exists(*cert);
    }

    ReplayTarget httpsTarget() const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::OpenAiCompatible;
        t.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_tls->port()));
        t.apiKey = QStringLiteral("sk-tls-test-key");
        return t;
    }

    // Replays 6 prompts through target; the job's final state and its failure text.
    Job::State replay(const ReplayTarget &target, ReplayProgress *progress, QString *error)
    {
        Session session;
        session.setProjectPath(m_project);
        if (!session.setTarget(target, error))
            return Job::State::Idle;
        ReplayRunJob job(&session);
        ReplayRunJob::Request request;
        request.models = { QStringLiteral("gpt-4o-mini") };
        request.sample.size = 6;
        request.sample.seed = 1;
        request.options.maxRetries = 2; // an untrusted certificate must not be retried
        request.options.timeoutMs = 20000;
        job.setRequest(request);
        QSignalSpy finished(&job, &Job::finished);
        if (!job.start(error))
            return Job::State::Idle;
        if (!finished.wait(60000))
            return Job::State::Running;
        *progress = job.result();
        *error = job.errorText();
        return job.state();
    }

    struct Run
    {
        int code = -1;
        QString err;
    };
    // The CLI binary, waited for with a running event loop (the TLS relay lives in this thread).
    static Run cli(const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(SO_APP_BINARY), arguments);
        Run r;
        if (!done.wait(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (qt6 openssl plugin missing)");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not on PATH: cannot make the test-only certificate");
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificate(QStringLiteral("gateway"), &m_cert, &m_key));
        QString otherKey;
        QVERIFY(makeCertificate(QStringLiteral("other"), &m_otherCert, &otherKey));
        ReplayedProject::Options o;
        o.rows = 40;
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("tls"), o, &m_project, &error),
                 qPrintable(error));
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(5);
        QVERIFY(m_sim->listen(0));
        m_tls = new RecordingProxy(this);
        QVERIFY2(m_tls->listenTls(m_sim->port(), m_cert, m_key, &error), qPrintable(error));
    }
    void init() { m_tls->clear(); }

    void selfSignedGatewayFailsWithHostAndReason()
    {
        ReplayProgress progress;
        QString error;
        QCOMPARE(replay(httpsTarget(), &progress, &error), Job::State::Failed);
        const QString expected = QStringLiteral("6 failed: the TLS certificate of 127.0.0.1:%1 is not trusted (The "
                                                "certificate is self-signed, and untrusted); trust it explicitly "
                                                "with --ca-cert FILE or Settings ▸ Gateway ▸ Trusted certificate")
                                     .arg(m_tls->port());
        QVERIFY2(progress.failureText().contains(expected), qPrintable(progress.failureText()));
        QCOMPARE(progress.failureReasons.size(), 1); // one reason for every request: it groups
        QCOMPARE(progress.models.value(QStringLiteral("gpt-4o-mini")).retries, 0); // never retried
        QVERIFY2(m_tls->received().isEmpty(), m_tls->received().left(200).constData()); // nothing was sent
        qInfo().noquote() << "untrusted:" << progress.failureText();
    }

    void anotherTrustedCertificateDoesNotHelp()
    {
        ReplayTarget t = httpsTarget();
        t.trustedCertificates = m_otherCert;
        ReplayProgress progress;
        QString error;
        QCOMPARE(replay(t, &progress, &error), Job::State::Failed);
        QVERIFY2(progress.failureText().contains(QLatin1String("is not trusted")), qPrintable(progress.failureText()));
        QVERIFY(m_tls->received().isEmpty());
    }

    void trustingTheCertificateExplicitlyWorks()
    {
        ReplayTarget t = httpsTarget();
        t.trustedCertificates = m_cert;
        ReplayProgress progress;
        QString error;
        QCOMPARE(replay(t, &progress, &error), Job::State::Succeeded);
        QCOMPARE(progress.done, 6);
        QVERIFY2(progress.failureReasons.isEmpty(), qPrintable(progress.failureText()));
        QVERIFY(m_tls->received().contains("POST /v1/chat/completions"));
        QVERIFY(m_tls->received().contains("Bearer sk-tls-test-key"));
    }

    void aTrustedCertificateFileMustHoldACertificate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ca.pem") << QStringLiteral("cannot be read");
        QTest::newRow("a key, not a certificate") << QStringLiteral("KEY") << QStringLiteral("holds no PEM or DER");
    }
    void aTrustedCertificateFileMustHoldACertificate()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        if (file == QLatin1String("KEY"))
            file = m_key;
        ReplayTarget t = httpsTarget();
        t.trustedCertificates = file;
        QString problem;
        QVERIFY(!Session::validate(&t, &problem));
        QVERIFY2(problem.contains(error) && problem.contains(file), qPrintable(problem));
    }

    void commandLineTrustsOnlyWithCaCert()
    {
        const QStringList replay { QStringLiteral("replay"),
                                   QStringLiteral("--project"),
                                   m_project,
                                   QStringLiteral("--models"),
                                   QStringLiteral("gpt-4o"),
                                   QStringLiteral("--sample"),
                                   QStringLiteral("4"),
                                   QStringLiteral("--seed"),
                                   QStringLiteral("2"),
                                   QStringLiteral("--base-url"),
                                   QStringLiteral("https://127.0.0.1:%1/v1").arg(m_tls->port()) };
        Run r = cli(replay);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("4 failed: the TLS certificate of 127.0.0.1:%1 is not trusted (The "
                                               "certificate is self-signed, and untrusted)")
                                    .arg(m_tls->port())),
                 qPrintable(r.err));
        QVERIFY(m_tls->received().isEmpty());

        r = cli(replay + QStringList { QStringLiteral("--ca-cert"), m_cert });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(m_tls->received().contains("POST /v1/chat/completions"));

        r = cli(replay + QStringList { QStringLiteral("--ca-cert"), m_dir.filePath(QStringLiteral("none.pem")) });
        QVERIFY2(r.code != 0 && r.err.contains(QLatin1String("none.pem' cannot be read")), qPrintable(r.err));
    }

    // Pulling logs from a Portkey API behind a certificate nobody trusts: the key is never sent, no retries, and the
    // message names the host and the reason.
    void pullNamesAnUntrustedCertificate()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTKEY_API_KEY"), QStringLiteral("pk-tls-test-key"));
        const QString base = QStringLiteral("https://127.0.0.1:%1/v1").arg(m_tls->port());
        const Run r = cli(
            { QStringLiteral("pull"), QStringLiteral("--project"), m_project, QStringLiteral("--base-url"), base },
            env);
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("Portkey cannot be reached at %1: the TLS certificate of 127.0.0.1:%2 is "
                                          "not trusted (The certificate is self-signed, and untrusted)")
                               .arg(base)
                               .arg(m_tls->port())),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("retrying")), qPrintable(r.err));
        QVERIFY(m_tls->received().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGatewayTls)
#include "tst_gatewaytls.moc"
