// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class MainWindow;

/** The newcomer's path: a sample project with generated Portkey logs, ready to replay on the simulator. */
class DemoProject
{
public:
    static QString defaultDirectory();
    static void start(MainWindow *window);
    /** Saves a PNG of the window once background jobs have finished, then quits (README screenshots, smoke tests). */
    static void screenshotWhenIdle(MainWindow *window, const QString &path);
};

} // namespace ShadowOptic
