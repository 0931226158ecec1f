// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ShadowOptic {

struct ReplayTarget;

/** The request headers of one chat completion to a target: routing (x-portkey-provider / -config / -custom-host),
 *  authentication and tracing (x-portkey-trace-id, x-portkey-metadata). Pure, so every target kind is unit-tested. */
class PortkeyHeaders
{
public:
    using Header = std::pair<QByteArray, QByteArray>;
    static QList<Header> forRequest(const ReplayTarget &target, const QString &runUuid, const QString &logId,
                                    const QString &role);
};

} // namespace ShadowOptic
