// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** The tables of a project and the forward-only migrations between schema versions. Works on the ProjectStore it
 *  is given; ProjectStore::open() runs it. */
class ProjectSchema
{
public:
    explicit ProjectSchema(const ProjectStore &store);

    static int latestVersion();
    /** The tables a SQLite project has at `version`, read from the migrations' own statements; with -1, every table
     *  any version had. */
    static QSet<QString> tablesAt(int version);

    /** The highest applied version; 0 for a new project. */
    int version() const;
    /** Creates the schema or brings it up to `target`, one transaction per version, and marks a SQLite file with
     *  ProjectStore::ApplicationId. Refuses a project of a newer build. */
    bool migrate(int target, QString *error);

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
