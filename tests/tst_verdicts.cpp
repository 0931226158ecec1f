// SPDX-License-Identifier: MIT
// Issue 12's proof in small (bench_verdicts runs it in full): on the simulator, sequential verification with the
// product's decision code seldom recommends a candidate truly 8 % worse than the current model, usually recommends one
// truly 1 % worse, and falsely accepts a candidate beyond the margin less often than the old 20-prompt rule.
#include "verdictsimulation.h"

#include <QTest>

using namespace ShadowOptic;

class TestVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VerdictSimulation::Options o;
        o.prompts = 1500;
        QString error;
        QVERIFY2(m_sim.build(o, &error), qPrintable(error));
        m_worse8 = m_sim.calibrate(QStringLiteral("8 % worse"), -8.0, true);
        m_worse6 = m_sim.calibrate(QStringLiteral("6 % worse"), -6.0, true);
        m_worse1 = m_sim.calibrate(QStringLiteral("1 % worse"), -1.0, false);
        qInfo("pool %lld, truths %.2f %% (level %d+%lld) and %.2f %% (level %d+%lld)", m_sim.poolSize(),
              m_worse8.trueDeltaPercent, m_worse8.level, m_worse8.upper, m_worse1.trueDeltaPercent, m_worse1.level,
              m_worse1.upper);
        QVERIFY(m_worse8.trueDeltaPercent <= -8.0 && m_worse8.trueDeltaPercent > -8.5);
        QVERIFY(std::abs(m_worse1.trueDeltaPercent + 1.0) < 0.25);
    }

    void worseCandidateIsSeldomRecommended()
    {
        const VerdictSimulation::Scenario s = m_sim.run(m_worse8, Repetitions, 8);
        qInfo("8 %% worse: accepted %.3f, failed %.3f, capped %.3f; old rule %.3f", s.acceptRate, s.failRate, s.capRate,
              s.oldRuleAcceptRate);
        // ≤ 5 % in bench_verdicts; with 60 repetitions the rate's own noise needs the slack.
        QVERIFY2(s.acceptRate <= 0.10, qPrintable(QString::number(s.acceptRate)));
    }

    // The old rule's heuristic confidence (≥ 0.3) seldom lets an 8 % worse candidate through on 20 prompts (about 2 %
    // in bench_verdicts, often 0 of 60 here), but it accepts one truly 6 % worse, beyond the 5 % margin, far more often
    // than the sequential verdict does: that is the comparison that can fail.
    void oldRuleFalselyAcceptsMore()
    {
        const VerdictSimulation::Scenario s = m_sim.run(m_worse6, Repetitions, 6);
        qInfo("6 %% worse (truth %.2f %%): accepted %.3f, old rule %.3f", m_worse6.trueDeltaPercent, s.acceptRate,
              s.oldRuleAcceptRate);
        QVERIFY2(s.acceptRate <= 0.10, qPrintable(QString::number(s.acceptRate)));
        QVERIFY2(s.oldRuleAcceptRate > s.acceptRate + 0.03,
                 qPrintable(QStringLiteral("old %1, new %2").arg(s.oldRuleAcceptRate).arg(s.acceptRate)));
    }

    void nearlyAsGoodCandidateIsRecommended()
    {
        const VerdictSimulation::Scenario s = m_sim.run(m_worse1, Repetitions, 1);
        qInfo("1 %% worse: accepted %.3f after median %d (p90 %d) prompts, capped %.3f; old rule %.3f", s.acceptRate,
              s.medianPrompts, s.p90Prompts, s.capRate, s.oldRuleAcceptRate);
        QVERIFY2(s.acceptRate >= 0.70, qPrintable(QString::number(s.acceptRate)));
        QVERIFY(s.medianPrompts >= 20 && s.medianPrompts <= 640);
    }

private:
    static constexpr int Repetitions = 60;
    VerdictSimulation m_sim;
    VerdictSimulation::Candidate m_worse8, m_worse6, m_worse1;
};

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
