// SPDX-License-Identifier: MIT
#include "storeaccess.h"

#include "projectstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ShadowOptic {

QSqlDatabase StoreAccess::database(const ProjectStore &store)
{
    return store.database();
}

bool StoreAccess::exec(const ProjectStore &store, const QString &sql, QString *error)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql)) {
        // In ProjectStore's translation context, where the message has always been.
        if (error)
            *error = ProjectStore::tr("SQL failed (%1): %2").arg(sql.left(80), q.lastError().text());
        return false;
    }
    return true;
}

} // namespace ShadowOptic
