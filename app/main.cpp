// SPDX-License-Identifier: MIT
#include "cli/cliio.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "demoproject.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "settings.h"
#include "store/threadstore.h"
#include "thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace ShadowOptic;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShadowOptic"));
    QCoreApplication::setApplicationName(QStringLiteral("shadow-optic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHADOW_OPTIC_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    ReportCommand::registerCommand();
    if (CommandLine::isCommand(args)) {
        if (CommandLine::needsGui(args)) {
            // Fonts without a window: the report lays out its PDF on the headless platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return CommandLine::run(args);
        }
        QCoreApplication app(argc, argv);
        return CommandLine::run(args);
    }

    // Options are checked before a window system is needed, so a typo or a missing display gets a message, not an
    // abort inside the platform plugin.
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Open this project."),
                                     QStringLiteral("file"));
    const QCommandLineOption import(QStringLiteral("import"), QStringLiteral("Import this log file on start."),
                                    QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Sample project on the built-in simulator."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot and quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption raiseDock(QStringLiteral("dock"),
                                       QStringLiteral("With --screenshot: raise this dock first (e.g. CostsDock)."),
                                       QStringLiteral("name"));
    const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("Qt platform plugin."),
                                      QStringLiteral("name"));
    const QCommandLineOption style(QStringLiteral("style"), QStringLiteral("Qt widget style."), QStringLiteral("name"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // Qt's own -platform, -style
    parser.addOptions({ project, import, demo, screenshot, raiseDock, platform, style });
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project to open (FILE.sqlite)."));
    // `shadow-optic FILE.sqlite` opens it, as a file manager's "Open with" does; one file at most.
    if (!parser.parse(args) || parser.positionalArguments().size() > 1
        || (!parser.positionalArguments().isEmpty() && parser.isSet(project))) {
        QCoreApplication app(argc, argv);
        const QString error = parser.positionalArguments().isEmpty()
            ? parser.errorText()
            : QCoreApplication::translate("main", "Unexpected argument '%1'.")
                  .arg(parser.positionalArguments().constLast());
        CliIo::err(error + QLatin1String("\n\n") + CommandLine::usage());
        return ExitUsage;
    }
    if (!parser.isSet(platform) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        CliIo::err(QCoreApplication::translate("main",
                                               "No display found (DISPLAY is not set): the desktop application "
                                               "needs one. Run it under 'xvfb-run -a', or use a command: "
                                               "'shadow-optic help'."));
        return ExitError;
    }

    int rc = 0;
    {
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Shadow Optic"));
        QApplication::setDesktopFileName(QStringLiteral(SHADOW_OPTIC_APP_ID));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shadow-optic.svg")));
        auto *languages = new LanguageManager(&app);
        languages->setLanguage(Settings::instance()->language());
        QObject::connect(Settings::instance(), &Settings::languageChanged, languages, &LanguageManager::setLanguage);
        ThemeManager::apply(Settings::instance()->darkPalette());
        QObject::connect(Settings::instance(), &Settings::darkPaletteChanged, &app,
                         [](bool dark) { ThemeManager::apply(dark); });
        {
            MainWindow window;
            window.show();
            const QString file = MainWindow::startupProject(
                parser.isSet(project) ? parser.value(project) : parser.positionalArguments().value(0));
            if (parser.isSet(demo))
                DemoProject::start(&window);
            else if (!file.isEmpty())
                window.openProject(file);
            if (parser.isSet(import))
                window.importFiles({ parser.value(import) }, true);
            if (parser.isSet(screenshot))
                DemoProject::screenshotWhenIdle(&window, parser.value(screenshot), parser.value(raiseDock));
            rc = app.exec();
        }
        if (!ThreadStore::shutdown())
            qWarning("%d project connection(s) were still open at exit", ThreadStore::openCount());
    }
    return rc;
}
