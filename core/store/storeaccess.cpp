// SPDX-License-Identifier: MIT
#include "storeaccess.h"

#include "projectstore.h"

namespace ShadowOptic {

QSqlDatabase StoreAccess::database(const ProjectStore &store)
{
    return store.database();
}

} // namespace ShadowOptic
