// SPDX-License-Identifier: MIT
// The Refusals panel on a replayed project: the clusters table and chart are filled from the session's analysis, the
// headline states the chosen candidate's refusal delta, a cluster's detail shows its representatives with the
// trigger phrases marked, and "Tune system prompt…" runs guardrail tuning end to end on the simulator.
#include "docks/refusalspage.h"
#include "models/refusalclustersmodel.h"
#include "replayedproject.h"
#include "session/session.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ShadowOptic;

class TestRefusalsPage : public QObject
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
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("page"), o, &m_project, &error),
                 qPrintable(error));
        Session session;
        session.setProjectPath(m_project);
        ReplayTarget target;
        QVERIFY2(session.resolveTarget(&target, &error), qPrintable(error));
        ReplayProgress progress;
        QVERIFY2(ReplayedProject::replay(m_project, target, o, &progress, &error), qPrintable(error));
    }

    void showsAndTunes()
    {
        Session session;
        RefusalsPage page(&session);
        page.resize(1280, 800);
        page.show();
        QSignalSpy changed(&page, &RefusalsPage::reportChanged);
        session.setProjectPath(m_project);
        QVERIFY(changed.wait(30000));
        const RefusalReport &r = page.report();
        QVERIFY(r.answers > 0);
        QVERIFY(!r.clustering.clusters.isEmpty());
        QCOMPARE(page.clustersView()->model()->rowCount(), int(r.clustering.clusters.size()));
        QCOMPARE(page.selectedCluster(), 1); // the biggest cluster is shown at once

        // The headline names the candidate and its delta.
        QVERIFY(!page.candidate().isEmpty());
        const RefusalDelta *d = r.deltaFor(page.candidate());
        QVERIFY(d);
        QVERIFY2(page.headlineLabel()->text().contains(page.candidate()), qPrintable(page.headlineLabel()->text()));
        QVERIFY(page.headlineLabel()->text().contains(QString::number(d->newlyRefused.size())));

        // An over-cautious cluster: representatives with their trigger phrases marked, and tuning enabled.
        int overcautious = 0;
        for (const RefusalCluster &c : r.clustering.clusters)
            if (!overcautious && c.types.value(RefusalType::Overcautious) > 0)
                overcautious = c.id;
        QVERIFY(overcautious > 0);
        page.selectCluster(overcautious);
        QCOMPARE(page.selectedCluster(), overcautious);
        const RefusalCluster &c = r.clustering.clusters.at(overcautious - 1);
        const QString html = page.detailView()->toHtml();
        QVERIFY(page.detailView()->toPlainText().contains(r.refusals.at(c.representatives.first()).model));
        if (!c.triggerPhrases.isEmpty())
            QVERIFY2(html.contains(QLatin1String("#ffe08a")), "trigger phrases are highlighted");
        QVERIFY(page.tuneButton()->isEnabled());

        QSignalSpy messages(&page, &RefusalsPage::message);
        page.tune(overcautious, false);
        QVERIFY(page.isTuning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTuning(), 120000);
        const QString text = page.detailView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("accepted:")) || text.contains(QLatin1String("rejected:")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Safety suite pass rate")));
        QVERIFY(!messages.isEmpty());

        // The optional LLM layer: its share of calls and cost is stated.
        page.classifyAmbiguous();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(page.classifyButton()->isEnabled(), 10000);
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("verdicts")));
    }
};

QTEST_MAIN(TestRefusalsPage)
#include "tst_refusalspage.moc"
