// SPDX-License-Identifier: MIT
// The desktop application through the real open-source Portkey gateway: the Replay panel's target becomes the
// session's, and the Trade-off panel's evaluation and the Recommendation panel's verification go through it too.
// The only way to the upstream simulator is the gateway (its address travels as x-portkey-custom-host), so the
// upstream's request counters prove where every call went; the session's built-in simulator must never start.
#include "docks/recommendationpage.h"
#include "docks/replaypage.h"
#include "docks/tradeoffpage.h"
#include "gatewayprocess.h"
#include "mainwindow.h"
#include "replayedproject.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ShadowOptic;

class TestGuiGateway : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorThread m_upstreamThread { QStringLiteral("upstream-simulator") };
    SimulatedGateway *m_upstream = nullptr;
    GatewayProcess m_gateway;
    QString m_project;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ShadowOpticTest"));
        QStandardPaths::setTestModeEnabled(true);
        const QString missing = GatewayProcess::missing();
        if (!missing.isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("CI"))
                QFAIL(qPrintable(QStringLiteral("CI must run the Portkey gateway test, but ") + missing));
            QSKIP(qPrintable(QStringLiteral("Skipping the GUI gateway test: ") + missing));
        }
        QVERIFY(m_dir.isValid());
        m_upstream = m_upstreamThread.gateway();
        m_upstream->setRandomErrorsEnabled(false);
        m_upstream->setLatencyOverrideMs(3);
        QVERIFY(m_upstream->listen(0));
        ReplayedProject::Options o;
        o.rows = 80;
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("gui"), o, &m_project, &error),
                 qPrintable(error));
        QVERIFY2(m_gateway.start(m_dir.path(), &error), qPrintable(QStringLiteral("Portkey gateway: ") + error));
    }

    void panelsWorkThroughTheGateway()
    {
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(window.openProject(m_project, ProjectStore::OpenMode::OpenExisting));
        ReplayPage *replay = window.replayPage();
        QTRY_VERIFY_WITH_TIMEOUT(!replay->availableModels().isEmpty(), 10000);

        ReplayTarget target;
        target.kind = ReplayTarget::Kind::LocalGateway;
        target.routing = ReplayTarget::RoutingMode::Header;
        target.baseUrl = m_gateway.baseUrl();
        target.provider = QStringLiteral("openai");
        target.upstreamUrl = m_upstream->baseUrl();
        replay->setTarget(target);
        Session *session = window.session();
        QVERIFY2(session->targetError().isEmpty(), qPrintable(session->targetError()));
        QCOMPARE(session->target().kind, ReplayTarget::Kind::LocalGateway);
        auto *indicator = window.findChild<QToolButton *>(QStringLiteral("TargetIndicator"));
        QVERIFY(indicator);
        QVERIFY2(indicator->text().contains(m_gateway.baseUrl().toString()), qPrintable(indicator->text()));

        // Replay in the Replay panel.
        const SimulatedGateway::Stats start = m_upstream->stats();
        replay->setSelectedModels({ QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini") });
        replay->setSample(8, 3);
        QSignalSpy finished(replay, &ReplayPage::runFinished);
        replay->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(replay->runStatus(), RunStatus::Value::Completed);
        const SimulatedGateway::Stats replayed = m_upstream->stats();
        QCOMPARE(replayed.chatCompletions - start.chatCompletions, quint64(16));

        // Evaluate in the Trade-off panel: every judge call reaches the upstream through the gateway.
        TradeoffPage *tradeoff = window.tradeoffPage();
        QTRY_VERIFY_WITH_TIMEOUT(!tradeoff->isRunning(), 20000);
        QSignalSpy tradeoffMessages(tradeoff, &TradeoffPage::message);
        tradeoff->evaluate();
        QVERIFY(tradeoff->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!tradeoff->isRunning(), 60000);
        for (const QList<QVariant> &m : std::as_const(tradeoffMessages))
            QVERIFY2(!m.at(1).toBool(), qPrintable(m.at(0).toString()));
        QVERIFY(tradeoff->report().current());
        const SimulatedGateway::Stats evaluated = m_upstream->stats();
        // 8 prompts × 2 replayed models, plus the 8 logged answers as the "as logged" reference.
        QVERIFY2(evaluated.judgeRequests - replayed.judgeRequests >= 24,
                 qPrintable(QString::number(evaluated.judgeRequests - replayed.judgeRequests)));

        // Recommend in the Recommendation panel: verification replays and judge calls go the same way.
        RecommendationPage *recommendation = window.recommendationPage();
        QTRY_VERIFY_WITH_TIMEOUT(!recommendation->isRunning(), 20000);
        recommendation->setSampleSize(6);
        recommendation->recommend();
        QVERIFY(recommendation->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!recommendation->isRunning(), 90000);
        QVERIFY(recommendation->hasRecommendation());
        const SimulatedGateway::Stats recommended = m_upstream->stats();
        QVERIFY(recommended.chatCompletions > evaluated.chatCompletions);
        QVERIFY(recommended.judgeRequests > evaluated.judgeRequests);

        // Nothing was answered by a simulator of the application's own, and every stored run names the gateway.
        QVERIFY(!session->isSimulatorStarted());
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        const QList<ReplayRunInfo> runs = ReplayStore(store).runs();
        QVERIFY(runs.size() >= 3); // the replay, the judge runs, the verification
        for (const ReplayRunInfo &run : runs) {
            QCOMPARE(run.target.kind, ReplayTarget::Kind::LocalGateway);
            QCOMPARE(run.target.baseUrl, m_gateway.baseUrl());
        }
    }
};

QTEST_MAIN(TestGuiGateway)
#include "tst_guigateway.moc"
