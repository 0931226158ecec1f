// SPDX-License-Identifier: MIT
#pragma once

#include "recommend/userprofile.h"

namespace ShadowOptic {

class ProjectStore;

/** Profiles in the `profiles` table, and the values measured for them from the logs. Works on the
 *  ProjectStore it is given (one per thread). */
class ProfileStore
{
public:
    explicit ProfileStore(ProjectStore &store);

    /** False (no error) when no profile of that name exists. */
    bool load(const QString &name, UserProfile *profile, qint64 *id = nullptr) const;
    /** Inserts or updates by name. A changed fingerprint drops that profile's recommendations (SPEC §6). */
    bool save(const UserProfile &profile, qint64 *id, QString *error, bool *changed = nullptr);

    /**
     * Fills the measured parts from the current model's successful logs: average input/output tokens, mean
     * logged cost per request, the longest prompt, and the monthly volume when the logs span at least a day.
     * Without logs of that model, the profile's own values stay.
     */
    bool measure(UserProfile *profile, QString *error) const;
    /** The most logged model (the natural "current model" default). */
    QString mostLoggedModel() const;

private:
    ProjectStore &m_store;
};

} // namespace ShadowOptic
