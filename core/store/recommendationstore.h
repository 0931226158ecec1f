// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** Recommendations in the `recommendations` table, with the cache validity rules of SPEC §6: a stored
 *  recommendation is reused only for the same catalog version, rubric version and profile fingerprint. */
class RecommendationStore
{
public:
    explicit RecommendationStore(ProjectStore &store);

    bool save(qint64 profileId, int catalogVersion, const QJsonObject &data, qint64 *id, QString *error);
    /** The newest still-valid recommendation for the profile, or an empty object. */
    QJsonObject latestValid(qint64 profileId, int catalogVersion, const QString &rubricVersion,
                            const QString &profileFingerprint) const;
    QJsonObject latest(qint64 profileId) const;
    /** Drops recommendations made with another catalog version (a price change makes them stale). */
    int invalidateCatalog(int catalogVersion);

private:
    ProjectStore &m_store;
};

} // namespace ShadowOptic
