// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

/** Keeps the costs estimated at import (logs without a usable logged cost) in step with the catalog: after an edit,
 *  a mapping or a new price file they are priced again, and a model that lost its price is unpriced again. */
class CostEstimateStore
{
public:
    explicit CostEstimateStore(const ProjectStore &store);

    /** Runs inside the caller's transaction when there is one. *updated: rows whose estimate was written. */
    bool reprice(const PriceCatalog &catalog, qint64 *updated, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
