// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `costs --project P.sqlite [--by model|month|use_case] [--discount PROVIDER=PERCENT]... [--prices FILE] [--json]`:
 *  the logged bill against the catalog, unpriced requests beside the totals, and the traffic re-priced. */
class CostsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CostsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
