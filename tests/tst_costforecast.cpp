// SPDX-License-Identifier: MIT
// The cost forecast of SPEC §7: the trees, the budget sampler, the token calibration, and the whole forecast on a
// generated project of 20,000 logs with a replay run on the built-in simulator.
#include "catalog/pricecatalog.h"
#include "forecast/budgetsampler.h"
#include "forecast/costregressor.h"
#include "forecast/gradientboostedtrees.h"
#include "forecast/prompttokenestimator.h"
#include "replayedproject.h"
#include "session/costforecastjob.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "store/projectstore.h"
#include "store/replaystore.h"
#include "tokenize/bpeencoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator64>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

bool runJob(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    QString error;
    if (!job->start(&error)) {
        qWarning() << error;
        return false;
    }
    if (!finished.wait(180000))
        return false;
    if (job->state() != Job::State::Succeeded)
        qWarning() << job->errorText();
    return job->state() == Job::State::Succeeded;
}

QByteArray messages(const QString &system, const QString &user)
{
    return QJsonDocument(QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                                                    { QStringLiteral("content"), system } },
                                      QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                    { QStringLiteral("content"), user } } })
        .toJson(QJsonDocument::Compact);
}

/** Varied prompt text: prose, code, CJK, digits. */
QString text(QRandomGenerator64 &rng)
{
    static const QStringList pieces {
        QStringLiteral("The quarterly revenue grew by 12% while operating costs fell."),
        QStringLiteral("def add(a, b):\n    return a + b\n"),
        QStringLiteral("请总结这份报告的主要结论。"),
        QStringLiteral("Customer #48213 reported an outage at 03:14 UTC; ticket INC-2291."),
        QStringLiteral("for (int i = 0; i < n; ++i) { sum += v[i]; }"),
        QStringLiteral("Можете ли вы объяснить разницу между TCP и UDP?"),
        QStringLiteral("   indented    text with    runs of spaces\n\n\n"),
    };
    QString out;
    const int n = 1 + int(rng.bounded(12));
    for (int i = 0; i < n; ++i)
        out += pieces.at(int(rng.bounded(quint64(pieces.size())))) + QLatin1Char(' ');
    return out;
}

} // namespace

class TestCostForecast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        ReplayedProject::Options o;
        o.rows = 20000;
        o.tokenScale = 0.05;
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("forecast"), o, &m_project, &error),
                 qPrintable(error));
    }

    // The trees learn a step and a slope that a mean (or a line) cannot, and the same seed gives the same model.
    void treesLearnAFunction()
    {
        QRandomGenerator64 rng(3);
        const auto truth = [](float x1, float x2) { return 50.0 * x1 + (x2 >= 2.0f ? 200.0 : 0.0); };
        std::vector<float> x;
        std::vector<double> y;
        for (int i = 0; i < 4000; ++i) {
            const float x1 = float(rng.generateDouble() * 10.0);
            const float x2 = float(rng.bounded(3));
            x.push_back(x1);
            x.push_back(x2);
            y.push_back(truth(x1, x2) + (rng.generateDouble() - 0.5) * 20.0);
        }
        GradientBoostedTrees::Options options;
        options.trees = 200;
        GradientBoostedTrees a, b;
        a.fit(x, 2, y, options);
        b.fit(x, 2, y, options);
        double error = 0.0, meanError = 0.0;
        const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(y.size());
        for (int i = 0; i < 500; ++i) {
            const float p[2] = { float(i % 100) / 10.0f, float(i % 3) };
            QCOMPARE(a.predict(p), b.predict(p));
            error += std::abs(a.predict(p) - truth(p[0], p[1]));
            meanError += std::abs(mean - truth(p[0], p[1]));
        }
        error /= 500;
        meanError /= 500;
        QVERIFY2(error < 15.0, qPrintable(QString::number(error)));
        QVERIFY(error < meanError / 10);
    }

    // ≥ 95 % of the budget and never over it, over many budgets and seeds; every stratum covered once the budget
    // allows; the cap and the stop reason.
    void samplerFillsTheBudgetAndNeverGoesOver()
    {
        double worst = 1.0;
        int runs = 0;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            QRandomGenerator64 rng(seed);
            QList<BudgetSampler::Item> items;
            double total = 0.0;
            for (int i = 0; i < 800; ++i) {
                BudgetSampler::Item item;
                item.useCase = QStringLiteral("uc%1").arg(rng.bounded(5));
                item.lengthBand = BudgetSampler::lengthBand(qint64(std::exp(rng.generateDouble() * 9.0)));
                item.cluster = rng.bounded(20) == 0 ? QStringLiteral("full:safety") : QString();
                item.distinguishing = !item.cluster.isEmpty();
                item.costUsd = 0.0005 * std::exp(rng.generateDouble() * 4.0); // $0.0005 – $0.027
                total += item.costUsd;
                items.append(item);
            }
            for (double budget = 0.6; budget < total; budget *= 1.7) {
                const BudgetSampler::Result r = BudgetSampler::choose(items, budget, 0, seed);
                ++runs;
                QVERIFY2(r.spentUsd <= budget + 1e-12,
                         qPrintable(QStringLiteral("%1 > %2").arg(r.spentUsd).arg(budget)));
                worst = qMin(worst, r.spentUsd / budget);
                QCOMPARE(r.stop, BudgetSampler::Stop::BudgetReached);
                double sum = 0.0;
                for (int i : r.chosen)
                    sum += items.at(i).costUsd;
                QVERIFY(std::abs(sum - r.spentUsd) < 1e-9);
                QCOMPARE(QSet<int>(r.chosen.cbegin(), r.chosen.cend()).size(), r.chosen.size());
                if (budget > 0.2 * total)
                    for (const ForecastStratum &s : r.strata)
                        QVERIFY2(s.chosen > 0, qPrintable(s.useCase + QLatin1Char(' ') + s.lengthBand + s.cluster));
            }
            const BudgetSampler::Result all = BudgetSampler::choose(items, total * 2, 0, seed);
            QCOMPARE(all.chosen.size(), items.size());
            QCOMPARE(all.stop, BudgetSampler::Stop::PoolExhausted);
            const BudgetSampler::Result capped = BudgetSampler::choose(items, total, 25, seed);
            QCOMPARE(capped.chosen.size(), 25);
            QCOMPARE(capped.stop, BudgetSampler::Stop::CapReached);
        }
        qInfo("%d budgets: lowest utilisation %.4f", runs, worst);
        QVERIFY2(worst >= 0.95, qPrintable(QString::number(worst)));
    }

    void samplerTakesDistinguishingPromptsFirst()
    {
        QList<BudgetSampler::Item> items;
        for (int i = 0; i < 50; ++i)
            items.append({ QStringLiteral("support"), QStringLiteral("short"), QString(), 0.01, i == 37 });
        const BudgetSampler::Result r = BudgetSampler::choose(items, 0.015, 0, 9);
        QCOMPARE(r.chosen, QList<int> { 37 });
    }

    // Each prefix of the verification order is a proportional stratified sample.
    void stratifiedOrderIsProportional()
    {
        QList<BudgetSampler::Item> items;
        for (int i = 0; i < 1000; ++i)
            items.append({ i < 600       ? QStringLiteral("a")
                               : i < 900 ? QStringLiteral("b")
                                         : QStringLiteral("c"),
                           QStringLiteral("short"), QString(), 1.0, false });
        const QList<int> order = BudgetSampler::stratifiedOrder(items, 4);
        QCOMPARE(order.size(), 1000);
        int a = 0, b = 0, c = 0;
        for (int i : order.mid(0, 100))
            (i < 600 ? a : i < 900 ? b : c)++;
        QVERIFY2(std::abs(a - 60) <= 1 && std::abs(b - 30) <= 1 && std::abs(c - 10) <= 1,
                 qPrintable(QStringLiteral("%1/%2/%3").arg(a).arg(b).arg(c)));
    }

    // The calibration finds how a gateway counts: exact BPE (OpenAI), characters (the simulator), or a ratio to
    // cl100k (another provider); models that were not logged borrow from their encoding or provider.
    void calibrationFindsTheCounting()
    {
        QRandomGenerator64 rng(5);
        QList<ForecastRow> rows;
        QList<PromptTokenEstimator::Counts> counts;
        const BpeEncoding *o200k = BpeEncoding::o200kBase();
        const BpeEncoding *cl100k = BpeEncoding::cl100kBase();
        QVERIFY(o200k && cl100k);
        for (int i = 0; i < 300; ++i) {
            const QString system = QStringLiteral("You are a helpful assistant.");
            const QString user = text(rng);
            const PromptTokenEstimator::Counts c = PromptTokenEstimator::count(messages(system, user), true, true);
            QVERIFY(c.valid);
            QCOMPARE(c.messages, 2);
            QCOMPARE(c.o200k, qint64(o200k->count(system) + o200k->count(user)));
            ForecastRow r;
            r.provider = QStringLiteral("openai");
            if (i % 3 == 0) {
                r.model = QStringLiteral("gpt-4o");
                r.promptTokens = c.o200k + 2 * PromptTokenEstimator::MessageOverhead;
            } else if (i % 3 == 1) {
                r.model = QStringLiteral("claude-3-5-haiku-20241022");
                r.provider = QStringLiteral("anthropic");
                r.promptTokens = qint64(std::llround(1.1 * double(c.cl100k))) + 8;
            } else {
                r.model = QStringLiteral("gpt-3.5-turbo");
                r.promptTokens = (c.chars + 3) / 4 + 8;
            }
            rows.append(r);
            counts.append(c);
        }
        PromptTokenEstimator estimator;
        estimator.calibrate(rows, counts);
        const PriceCatalog catalog = PriceCatalog::defaultCatalog();
        const TokenizerCalibration gpt4o = estimator.calibration(QStringLiteral("gpt-4o"), catalog);
        QVERIFY(gpt4o.exact);
        QCOMPARE(gpt4o.encoding, QStringLiteral("o200k_base"));
        QCOMPARE(gpt4o.rows, 100);
        QVERIFY2(std::abs(gpt4o.ratio - 1.0) < 0.01 && gpt4o.perChar < 0.01, qPrintable(QString::number(gpt4o.ratio)));
        QVERIFY(gpt4o.errorPercent < 0.5);
        const TokenizerCalibration claude = estimator.calibration(QStringLiteral("claude-3-5-haiku-20241022"), catalog);
        QVERIFY(!claude.exact);
        QCOMPARE(claude.encoding, QStringLiteral("cl100k_base"));
        QVERIFY2(std::abs(claude.ratio - 1.1) < 0.02, qPrintable(QString::number(claude.ratio)));
        const TokenizerCalibration turbo = estimator.calibration(QStringLiteral("gpt-3.5-turbo"), catalog);
        QVERIFY2(std::abs(turbo.perChar - 0.25) < 0.01, qPrintable(QString::number(turbo.perChar)));
        QVERIFY(turbo.errorPercent < 3.0);
        // gpt-4.1-mini was not logged: it borrows gpt-4o's fit (same encoding); claude-3-5-sonnet borrows haiku's.
        const TokenizerCalibration mini = estimator.calibration(QStringLiteral("gpt-4.1-mini"), catalog);
        QCOMPARE(mini.source, QStringLiteral("gpt-4o"));
        QVERIFY(std::abs(mini.ratio - 1.0) < 0.01);
        const TokenizerCalibration sonnet
            = estimator.calibration(QStringLiteral("claude-3-5-sonnet-20241022"), catalog);
        QCOMPARE(sonnet.source, QStringLiteral("claude-3-5-haiku-20241022"));
        const double estimate = PromptTokenEstimator::estimate(sonnet, counts.at(1));
        QVERIFY(std::abs(estimate - double(rows.at(1).promptTokens)) <= 0.05 * double(rows.at(1).promptTokens) + 2);
        // Unreadable messages count as nothing, never as zero tokens.
        QVERIFY(!PromptTokenEstimator::count("not json", true, true).valid);
        QCOMPARE(PromptTokenEstimator::estimate(gpt4o, PromptTokenEstimator::Counts()), -1.0);
    }

    // The proof the issue asks for: 5-fold cross-validated MAE below $0.001 and below the naive estimate on a
    // generated project of 20,000 rows; the JSON carries every figure; an unknown model is unpriced, not $0.
    void forecastOnTwentyThousandLogs()
    {
        Session session;
        session.setProjectPath(m_project);
        CostForecastJob job(&session);
        CostForecastJob::Request request;
        request.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("no-such-model") };
        request.budgetUsd = 0.05;
        request.sampleSize = 0;
        job.setRequest(request);
        QVERIFY(runJob(&job));
        const ForecastReport &r = job.result();
        QVERIFY(r.logRows >= 18000);
        const RegressorQuality &q = r.regressor;
        qInfo("CV on %d rows: MAE $%.6f, naive $%.6f (mean cost $%.6f); tokens %.1f vs %.1f", q.rows, q.maeUsd,
              q.naiveMaeUsd, q.meanCostUsd, q.maeTokens, q.naiveMaeTokens);
        QCOMPARE(q.folds, 5);
        QVERIFY(q.rows >= 15000);
        QVERIFY(q.maeUsd >= 0 && q.maeUsd < 0.001);
        QVERIFY(q.maeUsd < q.naiveMaeUsd / 2);

        QCOMPARE(r.costs.size(), 3);
        QVERIFY(r.cost(QStringLiteral("gpt-4o"))->priced);
        QVERIFY(r.cost(QStringLiteral("gpt-4o"))->expectedUsd > r.cost(QStringLiteral("gpt-4o-mini"))->expectedUsd);
        QVERIFY(!r.cost(QStringLiteral("no-such-model"))->priced);
        QVERIFY(r.sample.prompts > 0);
        QVERIFY(r.sample.predictedUsd <= 0.05 + 1e-12);
        QVERIFY2(r.sample.utilization >= 0.95, qPrintable(QString::number(r.sample.utilization)));
        QCOMPARE(r.sample.logIds.size(), r.sample.prompts);

        const WhatIf *w = r.whatIfFor(QStringLiteral("gpt-4o-mini"));
        QVERIFY(w && w->priced && w->sampledRows > 100);
        QVERIFY(w->lowUsd <= w->estimateUsd && w->estimateUsd <= w->highUsd && w->estimateUsd > 0);
        QVERIFY(w->estimateUsd < w->actualUsd); // the cheap model is cheaper than the logged mix
        QVERIFY(!w->byMonth.isEmpty() && !w->byUseCase.isEmpty());
        double cells = 0.0;
        for (const WhatIfCell &c : w->byUseCase)
            cells += c.estimateUsd;
        QVERIFY(std::abs(cells - w->estimateUsd) < 1e-9);
        QVERIFY(!r.whatIfFor(QStringLiteral("no-such-model"))->priced);

        const QJsonObject json = r.toJson();
        QVERIFY(json.value(QLatin1String("budget_utilization")).toDouble() >= 0.95);
        QCOMPARE(json.value(QLatin1String("mae_usd")).toDouble(), q.maeUsd);
        QCOMPARE(json.value(QLatin1String("naive_mae_usd")).toDouble(), q.naiveMaeUsd);
        QCOMPARE(json.value(QLatin1String("sample")).toObject().value(QLatin1String("log_ids")).toArray().size(),
                 r.sample.prompts);
        const QJsonArray predicted = json.value(QLatin1String("predicted")).toArray();
        QVERIFY(predicted.at(2).toObject().value(QLatin1String("expected_usd")).isNull());
        QCOMPARE(json.value(QLatin1String("what_if")).toArray().size(), 3);
    }

    // A replay of the sampler's choice spends within the budget, and the forecast then compares predicted with
    // actual on that run with a model that has not seen it.
    void predictedAgainstActualAfterAReplay()
    {
        Session session;
        session.setProjectPath(m_project);
        ReplayRunJob replay(&session);
        ReplayRunJob::Request request;
        request.models = { QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-5-haiku-20241022") };
        request.options.budgetUsd = 0.03;
        request.options.concurrency = 16;
        request.sampleForBudget = true;
        replay.setRequest(request);
        session.setSimulatorLatencyMs(5);
        QVERIFY(runJob(&replay));
        const ReplayProgress run = replay.result();
        QVERIFY(run.runId > 0);
        QVERIFY(run.spentUsd <= 0.03 + 1e-9);
        QVERIFY2(run.done >= 20, qPrintable(QString::number(run.done)));

        CostForecastJob job(&session);
        CostForecastJob::Request fr;
        fr.models = request.models;
        job.setRequest(fr);
        QVERIFY(runJob(&job));
        const ForecastAccuracy &a = job.result().accuracy;
        QCOMPARE(a.runId, run.runId);
        qInfo("run %lld: predicted $%.5f, actual $%.5f over %d answers; MAE $%.6f (naive $%.6f), median %.1f%%",
              a.runId, a.predictedUsd, a.actualUsd, a.answers, a.maeUsd, a.naiveMaeUsd, a.medianAbsPercent);
        QVERIFY(a.answers >= 20);
        QCOMPARE(a.points.size(), a.answers);
        QVERIFY(a.maeUsd < a.naiveMaeUsd);
        QVERIFY2(std::abs(a.predictedUsd - a.actualUsd) < 0.25 * a.actualUsd, "total off by more than 25 %");
    }

    void commandLine()
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("forecast"), QStringLiteral("--project"), m_project, QStringLiteral("--models"),
                  QStringLiteral("gpt-4o-mini,gpt-4.1-mini"), QStringLiteral("--budget"), QStringLiteral("0.02"),
                  QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const double utilization = o.value(QLatin1String("budget_utilization")).toDouble();
        QVERIFY2(utilization >= 0.95 && utilization <= 1.0, qPrintable(QString::number(utilization)));
        QVERIFY(o.value(QLatin1String("mae_usd")).toDouble() < o.value(QLatin1String("naive_mae_usd")).toDouble());
        QCOMPARE(o.value(QLatin1String("what_if")).toArray().size(), 2);

        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("forecast"), QStringLiteral("--project"), m_project, QStringLiteral("--budget"),
                  QStringLiteral("-1") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--budget"));

        const QString notProject = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notProject);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        p.start(QStringLiteral(SO_APP_BINARY), { QStringLiteral("forecast"), QStringLiteral("--project"), notProject });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(TestCostForecast)
#include "tst_costforecast.moc"
