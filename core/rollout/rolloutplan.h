// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutstage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace ShadowOptic {

/** The ordered stage table of one experiment: shadow first, full last, shares rising. The defaults are SPEC §9's
 *  table; an experiment keeps its own (edited) copy. */
class RolloutPlan
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutPlan)
public:
    RolloutPlan() = default;
    explicit RolloutPlan(QList<RolloutStage> stages)
        : m_stages(std::move(stages))
    {
    }

    static RolloutPlan defaults();

    const QList<RolloutStage> &stages() const { return m_stages; }
    int size() const { return int(m_stages.size()); }
    const RolloutStage &at(int index) const { return m_stages.at(index); }
    /** -1 when no stage has that name. */
    int indexOf(const QString &name) const;
    QStringList names() const;

    /** Why the table cannot drive a rollout (empty when it can): at least two stages, the first with share 0,
     *  the last with share 1, shares strictly rising, unique names, no negative minimums. */
    QString validationError() const;

    QJsonArray toJson() const;
    static RolloutPlan fromJson(const QJsonArray &a, QString *error = nullptr);

private:
    QList<RolloutStage> m_stages;
};

} // namespace ShadowOptic
