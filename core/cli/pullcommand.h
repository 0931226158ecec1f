// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `pull --project P.sqlite [--since T] [--until T] [--workspace ID] [--base-url URL] [--json]`: pulls logs from
 *  Portkey's Log Export API (key from PORTKEY_API_KEY) into a project, only what is new since the last pull. */
class PullCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PullCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
