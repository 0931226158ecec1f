// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

class MainWindow;

/** The newcomer's path: a sample project with generated Portkey logs, replayed on the simulator (the current model
 *  as the baseline and a few cheaper candidates), evaluated and recommended on. */
class DemoProject
{
public:
    static QString defaultDirectory();
    static void start(MainWindow *window);
    /** Saves a PNG of the window once background jobs have finished, then quits (README screenshots, smoke tests).
     *  With a dock's object name that dock is raised and shot alone; without, the Trade-off dock is saved too. */
    static void screenshotWhenIdle(MainWindow *window, const QString &path, const QString &dockName = {});

private:
    static void useLoggedLatencies(MainWindow *window, const QString &currentModel,
                                   const QHash<QString, double> &meanMs);
    static void runDemoLoop(MainWindow *window, const QString &currentModel);
    static void startRolloutAfterRecommendation(MainWindow *window);
};

} // namespace ShadowOptic
