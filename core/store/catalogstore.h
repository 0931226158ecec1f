// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

/** The price catalog of a project. Works on the ProjectStore it is given. */
class CatalogStore
{
public:
    explicit CatalogStore(const ProjectStore &store);

    /** The latest saved catalog; a project without one gets PriceCatalog::defaultCatalog(). */
    bool load(PriceCatalog *catalog, QString *error) const;
    /** Stores the catalog as its version (replacing a saved one of the same version) and as the current models. */
    bool save(const PriceCatalog &catalog, QString *error);

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
