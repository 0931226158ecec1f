// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `catalog --project P.sqlite [--import FILE] [--json]`: the model and price catalog, or prices imported into it. */
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CatalogCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
