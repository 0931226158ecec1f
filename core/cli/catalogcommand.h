// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `catalog --project P.sqlite [--all | --search TEXT] [--import FILE] [--map FROM=TO] [--unmap FROM]
 *  [--resolve PROVIDER/MODEL] [--json]`: the catalog's candidates (or every model), prices imported into it, mappings
 *  of logged models to catalog entries, and how a logged model is priced. */
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CatalogCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
