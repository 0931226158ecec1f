// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** Where the last pull from Portkey's Log Export API ended, per workspace, so the next pull asks only for what is
 *  new. Kept in the project's project_meta table; works on the ProjectStore it is given (one per thread). */
class PullStateStore
{
public:
    explicit PullStateStore(ProjectStore &store);

    /** The end of the last pulled range in epoch ms, 0 when this workspace ("" = the key's default) was never
     *  pulled. */
    qint64 lastPulledMs(const QString &workspaceId) const;
    bool setLastPulledMs(const QString &workspaceId, qint64 epochMs, QString *error);

private:
    static QString key(const QString &workspaceId);

    ProjectStore &m_store;
};

} // namespace ShadowOptic
