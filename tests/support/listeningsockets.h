// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QList>

namespace ShadowOptic {

/** Test-only: which local addresses have a TCP socket listening on a port, from /proc/net/tcp and tcp6 (Linux),
 *  whichever process owns it — how the tests check that a server binds 127.0.0.1 and nothing else. */
class ListeningSockets
{
public:
    /** Empty when nothing listens on port (or /proc is not there). */
    static QList<QHostAddress> addresses(quint16 port);
    /** True when something listens on port and only on 127.0.0.1. */
    static bool loopbackOnly(quint16 port);
};

} // namespace ShadowOptic
