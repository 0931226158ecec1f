// SPDX-License-Identifier: MIT
#include "pullstatestore.h"

#include "projectstore.h"

namespace ShadowOptic {

PullStateStore::PullStateStore(ProjectStore &store)
    : m_store(store)
{
}

QString PullStateStore::key(const QString &workspaceId)
{
    return workspaceId.isEmpty() ? QStringLiteral("portkey_pull.last_until_ms")
                                 : QStringLiteral("portkey_pull.last_until_ms.") + workspaceId;
}

qint64 PullStateStore::lastPulledMs(const QString &workspaceId) const
{
    return m_store.meta(key(workspaceId)).toLongLong();
}

bool PullStateStore::setLastPulledMs(const QString &workspaceId, qint64 epochMs, QString *error)
{
    if (m_store.setMeta(key(workspaceId), QString::number(epochMs)))
        return true;
    *error = ProjectStore::tr("Cannot remember the last pull: %1").arg(m_store.lastError());
    return false;
}

} // namespace ShadowOptic
