// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "docks/replaypage.h"
#include "gen/loggenerator.h"
#include "import/importreport.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
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
        // Once the sample is in, show the whole loop: a small replay on the built-in simulator.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(window, &MainWindow::importFinished, window, [window, connection] {
            QObject::disconnect(*connection);
            window->replayPage()->setSample(40, 1);
            window->replayPage()->start();
        });
        window->importFiles({ logs }, true);
    });
    watcher->setFuture(QtConcurrent::run([logs] {
        LogGenerator::Options o;
        o.rows = 2000;
        o.seed = 42;
        o.tokenScale = 0.25; // short prompts keep the demo quick to replay
        QString error;
        LogGenerator::write(logs, o, &error);
        return error;
    }));
}

void DemoProject::screenshotWhenIdle(MainWindow *window, const QString &path)
{
    auto *timer = new QTimer(window);
    auto idleTicks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [window, path, timer, idleTicks] {
        *idleTicks = window->isBusy() ? 0 : *idleTicks + 1;
        if (*idleTicks < 4)
            return;
        timer->stop();
        window->grab().save(path);
        QApplication::quit();
    });
    timer->start(500);
}

} // namespace ShadowOptic
