// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ShadowOptic {

/** Writes the Portkey export of live traffic during a rollout stage: requests spread evenly over a time window,
 *  each sent to the challenger with the given share (or, with sticky users, by the user's bucket), tagged with
 *  metadata.experiment_id and _user, with each model's own error, refusal and latency profile. For the demo
 *  project, the tests of the promotion check and the rollout benchmarks. */
class RolloutTrafficGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutTrafficGenerator)
public:
    struct Arm
    {
        QString model;
        QString provider = QStringLiteral("openai");
        double errorRate = 0.002;
        double refusalRate = 0.01;
        double latencyMs = 900.0; // mean; log-normal around it
    };

    struct Options
    {
        Arm production;
        Arm challenger;
        double challengerShare = 0.01;
        qint64 rows = 10000;
        qint64 startMs = 0;
        qint64 endMs = 0;
        int users = 500;
        QString experimentId; // empty: untagged rows
        quint64 seed = 1;
    };

    static bool write(const QString &path, const Options &options, QString *error);
};

} // namespace ShadowOptic
