// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

namespace ShadowOptic {

class ProjectStore;

/** The connection behind a ProjectStore, for the store classes in core/store (and white-box schema tests) only:
 *  everything else asks a store class for typed values, so SQL stays in this folder. */
class StoreAccess
{
public:
    static QSqlDatabase database(const ProjectStore &store);
    /** Runs one statement; on failure *error (when given) says which. */
    static bool exec(const ProjectStore &store, const QString &sql, QString *error);
};

} // namespace ShadowOptic
