// SPDX-License-Identifier: MIT
#include "cliio.h"

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

} // namespace ShadowOptic
