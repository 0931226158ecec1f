// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "demoproject.h"
#include "languagemanager.h"
#include "thememanager.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace ShadowOptic;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShadowOptic"));
    QCoreApplication::setApplicationName(QStringLiteral("shadow-optic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHADOW_OPTIC_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isCommand(args)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Shadow Optic"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shadow Optic desktop application. Commands: %1 (run 'shadow-optic help').")
                                         .arg(CommandLine::commands().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("project"), QCoreApplication::translate("main", "Open this project."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("import"), QCoreApplication::translate("main", "Import this log file on start."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("demo"), QCoreApplication::translate(
                                                   "main", "Create a sample project with generated logs and the "
                                                           "built-in simulated gateway (no API keys needed).") });
    parser.addOption({ QStringLiteral("screenshot"),
                       QCoreApplication::translate("main", "Save a screenshot of the window after start-up and quit."),
                       QStringLiteral("png") });
    parser.process(app);

    auto *languages = new LanguageManager(&app);
    languages->setLanguage(Settings::instance()->language());
    QObject::connect(Settings::instance(), &Settings::languageChanged, languages, &LanguageManager::setLanguage);
    ThemeManager::apply(Settings::instance()->darkPalette());
    QObject::connect(Settings::instance(), &Settings::darkPaletteChanged, &app, [](bool dark) { ThemeManager::apply(dark); });

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo")))
        DemoProject::start(&window);
    else if (parser.isSet(QStringLiteral("project")))
        window.openProject(parser.value(QStringLiteral("project")));
    if (parser.isSet(QStringLiteral("import")))
        window.importFiles({ parser.value(QStringLiteral("import")) }, true);
    if (parser.isSet(QStringLiteral("screenshot")))
        DemoProject::screenshotWhenIdle(&window, parser.value(QStringLiteral("screenshot")));
    return app.exec();
}
