// SPDX-License-Identifier: MIT
#include "cliio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace ShadowOptic {

namespace {
bool s_progressOpen = false;
}

void CliIo::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void CliIo::outBytes(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        fputc('\n', stdout);
    fflush(stdout);
}

void CliIo::err(const QString &text)
{
    endProgress();
    const QByteArray b = text.toUtf8();
    fwrite(b.constData(), 1, size_t(b.size()), stderr);
    if (!b.endsWith('\n'))
        fputc('\n', stderr);
    fflush(stderr);
}

void CliIo::progress(const QString &text)
{
    static QElapsedTimer timer;
    if (timer.isValid() && timer.elapsed() < 500)
        return;
    timer.start();
    const QByteArray b = text.toUtf8();
    if (isatty(fileno(stderr))) {
        fprintf(stderr, "\r\033[K%s", b.constData());
        s_progressOpen = true;
    } else {
        fprintf(stderr, "%s\n", b.constData());
    }
    fflush(stderr);
}

void CliIo::endProgress()
{
    if (s_progressOpen) {
        fputc('\n', stderr);
        s_progressOpen = false;
    }
}

void CliIo::addOption(QCommandLineParser &parser, QCommandLineOption option)
{
    const QStringList defaults = option.defaultValues();
    if (!defaults.isEmpty() && !defaults.constFirst().isEmpty()
        && !option.description().contains(QLatin1String("(default")))
        option.setDescription(QCoreApplication::translate("CliIo", "%1 (default: %2)")
                                  .arg(option.description(), defaults.join(QLatin1Char(','))));
    parser.addOption(option);
}

QString CliIo::helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("shadow-optic ") + command);
    return text;
}

int CliIo::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(helpText(parser, arguments.value(0).section(QLatin1Char(' '), 1)));
        return 0;
    }
    return -1;
}

QCommandLineOption CliIo::projectOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("p"), QStringLiteral("project") },
                              QCoreApplication::translate("CliIo", "Project database (.sqlite)."),
                              QCoreApplication::translate("CliIo", "file"));
}

QCommandLineOption CliIo::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("CliIo", "Print machine-readable JSON."));
}

} // namespace ShadowOptic
