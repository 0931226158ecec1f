// SPDX-License-Identifier: MIT
#include "clisignals.h"

#include <QObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace ShadowOptic {

namespace {

int s_signalPipe[2] = { -1, -1 };

} // namespace

void CliSignals::onInterrupt(QObject *context, const std::function<void()> &onInterrupt)
{
    if (s_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto handler = [](int) {
        char c = 1;
        [[maybe_unused]] auto n = ::write(s_signalPipe[0], &c, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onInterrupt] {
        char c;
        [[maybe_unused]] auto n = ::read(s_signalPipe[1], &c, 1);
        onInterrupt();
    });
}

} // namespace ShadowOptic
