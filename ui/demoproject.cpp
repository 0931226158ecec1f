// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "docks/recommendationpage.h"
#include "docks/replaypage.h"
#include "docks/rolloutpage.h"
#include "docks/tradeoffpage.h"
#include "domain/importreport.h"
#include "gen/loggenerator.h"
#include "mainwindow.h"
#include "session/session.h"
#include "store/logstore.h"
#include "store/profilestore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace ShadowOptic {

QString DemoProject::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

void DemoProject::start(MainWindow *window)
{
    const QString dir = defaultDirectory();
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/demo.sqlite");
    const QString logs = dir + QStringLiteral("/sample-portkey-logs.jsonl");
    const bool fresh = !QFile::exists(project);
    if (!window->openProject(project))
        return;
    if (!fresh)
        return;
    window->log(QApplication::translate("DemoProject", "Generating 2,000 sample Portkey log rows in %1").arg(logs));
    auto *watcher = new QFutureWatcher<QString>(window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, window, [window, watcher, logs] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            window->showMessage(error, true);
            return;
        }
        // Once the sample is in, show the whole loop on the built-in simulator: replay the current model (the
        // baseline) with a few cheaper candidates, evaluate the run, then recommend on the judged replays.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(window, &MainWindow::importFinished, window, [window, connection] {
            QObject::disconnect(*connection);
            const QString project = window->replayPage()->project();
            auto measured = QtConcurrent::run([project] {
                QString error;
                ProjectStore *store = ThreadStore::get(project, &error);
                return store
                    ? std::make_pair(ProfileStore(*store).mostLoggedModel(), LogStore(*store).meanLatencyByModel())
                    : std::make_pair(QString(), QHash<QString, double>());
            });
            thenQueued(measured, window, [window](const std::pair<QString, QHash<QString, double>> &m) {
                useLoggedLatencies(window, m.first, m.second);
                runDemoLoop(window, m.first);
            });
        });
        window->importFiles({ logs }, true);
    });
    watcher->setFuture(QtConcurrent::run([logs] {
        LogGenerator::Options o;
        o.rows = 2000;
        o.seed = 42;
        o.tokenScale = 0.25; // short prompts keep the demo quick to replay
        // Enough sensitive prompts, most of them benign, that the Refusals panel has clusters to show.
        o.sensitiveShare = 0.2;
        o.benignSensitiveShare = 0.6;
        QString error;
        LogGenerator::write(logs, o, &error);
        return error;
    }));
}

void DemoProject::useLoggedLatencies(MainWindow *window, const QString &currentModel,
                                     const QHash<QString, double> &meanMs)
{
    // The logs' own response times by model, sped up so the current model answers in about a second: the demo
    // takes a minute rather than an hour, and the models keep the logs' speeds relative to each other.
    const double current = meanMs.value(currentModel);
    if (current <= 0)
        return;
    const double speedUp = std::max(1.0, current / 1000.0);
    window->session()->setSimulatorLatencies(meanMs, speedUp);
    window->log(QApplication::translate("DemoProject",
                                        "The built-in simulator answers each model in its logged mean response time, "
                                        "%1× faster: %2 took %3 s in the logs and answers in about %4 s here.")
                    .arg(QLocale().toString(speedUp, 'f', 1), currentModel,
                         QLocale().toString(current / 1000.0, 'f', 1),
                         QLocale().toString(current / speedUp / 1000.0, 'f', 1)));
}

void DemoProject::runDemoLoop(MainWindow *window, const QString &currentModel)
{
    ReplayPage *replay = window->replayPage();
    QStringList models = replay->selectedModels();
    if (!currentModel.isEmpty() && !models.contains(currentModel))
        models.prepend(currentModel);
    replay->setSelectedModels(models);
    replay->setSample(40, 1);
    auto afterReplay = std::make_shared<QMetaObject::Connection>();
    *afterReplay = QObject::connect(replay, &ReplayPage::runFinished, window, [window, afterReplay] {
        QObject::disconnect(*afterReplay);
        TradeoffPage *tradeoff = window->tradeoffPage();
        window->dock(QStringLiteral("TradeoffDock"))->raise();
        // The panel may still be reading the finished run: evaluate once it is idle, recommend once that is done.
        auto evaluating = std::make_shared<bool>(false);
        auto afterEvaluation = std::make_shared<QMetaObject::Connection>();
        *afterEvaluation = QObject::connect(tradeoff, &TradeoffPage::busyChanged, window,
                                            [window, tradeoff, evaluating, afterEvaluation](bool busy) {
                                                if (busy)
                                                    return;
                                                if (!*evaluating) {
                                                    *evaluating = true;
                                                    tradeoff->evaluate();
                                                    return;
                                                }
                                                QObject::disconnect(*afterEvaluation);
                                                window->dock(QStringLiteral("RecommendationDock"))->raise();
                                                window->recommendationPage()->setSampleSize(20);
                                                startRolloutAfterRecommendation(window);
                                                window->recommendationPage()->recommend();
                                            });
        if (!tradeoff->isRunning()) {
            *evaluating = true;
            tradeoff->evaluate();
        }
    });
    replay->start();
}

void DemoProject::startRolloutAfterRecommendation(MainWindow *window)
{
    // The last step of the story: the recommended model (else the best candidate) enters a staged rollout in shadow,
    // so the Rollout panel shows its check on the demo's judged replays.
    RecommendationPage *page = window->recommendationPage();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = QObject::connect(page, &RecommendationPage::recommendationChanged, window, [window, page, connection] {
              const Recommendation &r = page->recommendation();
              if (r.currentModel.isEmpty())
                  return;
              QObject::disconnect(*connection);
              // The recommended model, else the first candidate still open (not decisive), else the first other one.
              QString challenger = r.recommended ? r.recommended->model : QString();
              for (const bool openOnly : { true, false })
                  for (const RecommendationCandidate &c : r.candidates)
                      if (challenger.isEmpty() && c.model != r.currentModel && (!openOnly || c.notDecisive()))
                          challenger = c.model;
              if (challenger.isEmpty())
                  return;
              RolloutExperiment e;
              e.productionModel = r.currentModel;
              e.challengerModel = challenger;
              window->rolloutPage()->createExperiment(e);
          });
}

void DemoProject::screenshotWhenIdle(MainWindow *window, const QString &path, const QString &dockName)
{
    auto *timer = new QTimer(window);
    auto idleTicks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [window, path, dockName, timer, idleTicks] {
        *idleTicks = window->isBusy() ? 0 : *idleTicks + 1;
        if (*idleTicks < 4)
            return;
        timer->stop();
        QDockWidget *chosen = dockName.isEmpty() ? nullptr : window->dock(dockName);
        if (chosen) {
            chosen->show();
            chosen->raise();
        }
        QTimer::singleShot(chosen ? 500 : 0, window, [window, path, chosen] {
            window->grab().save(path);
            if (chosen) {
                QApplication::quit();
                return;
            }
            // The Trade-off panel shares a tab with the Recommendation panel: save it too, next to the main shot.
            window->dock(QStringLiteral("TradeoffDock"))->raise();
            QTimer::singleShot(500, window, [window, path] {
                QString tradeoff = path;
                tradeoff.insert(path.endsWith(QLatin1String(".png")) ? path.size() - 4 : path.size(),
                                QLatin1String("-tradeoff"));
                window->grab().save(tradeoff);
                QApplication::quit();
            });
        });
    });
    timer->start(500);
}

} // namespace ShadowOptic
