// SPDX-License-Identifier: MIT
#pragma once

#include "refusal/guardrailtuning.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** Guardrail tunings in the `guardrail_tunings` table (schema v6): every validated proposal, newest last, so the
 *  GUI can show past validations of a refusal cluster. Works on the ProjectStore it is given (one per thread). */
class GuardrailStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::GuardrailStore)
public:
    explicit GuardrailStore(const ProjectStore &store);

    /** One row of the list: the figures without the cases. */
    struct Entry
    {
        qint64 id = 0;
        QString clusterKey;
        QString model;
        QString tunerModel;
        qint64 createdAtMs = 0;
        bool accepted = false;
        double suitePassRateBefore = 0.0;
        double suitePassRateAfter = 0.0;
        double clusterRefusalRateBefore = 0.0;
        double clusterRefusalRateAfter = 0.0;
        double spentUsd = 0.0;
    };

    /** Stores a tuning (whole, as toJson()); *id is its row id. */
    bool save(const GuardrailTuning &tuning, qint64 *id, QString *error) const;
    /** Tunings newest first; only those of clusterKey when it is not empty. */
    bool list(QList<Entry> *entries, QString *error, const QString &clusterKey = QString()) const;
    /** The tuning with this id; false with *error when there is none. */
    bool load(qint64 id, GuardrailTuning *tuning, QString *error) const;
    /** The newest tuning of a cluster; false with an empty *error when the cluster has none. */
    bool latest(const QString &clusterKey, GuardrailTuning *tuning, QString *error) const;
    /** The newest tuning of every cluster, newest first. */
    bool latestPerCluster(QList<GuardrailTuning> *tunings, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
