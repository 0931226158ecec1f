// SPDX-License-Identifier: MIT
#include "rolloutstageconfig.h"

namespace ShadowOptic {

QString RolloutStageConfig::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Stage:
        return QStringLiteral("stage");
    case Kind::KillSwitch:
        return QStringLiteral("kill_switch");
    case Kind::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

QJsonObject RolloutStageConfig::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindKey(kind) },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("challenger_share"), challengerShare },
                    { QStringLiteral("config"), config } };
    if (!stickyConfig.isEmpty())
        o.insert(QStringLiteral("sticky_config"), stickyConfig);
    if (!hosted.isEmpty())
        o.insert(QStringLiteral("hosted_only_config"), hosted);
    return o;
}

} // namespace ShadowOptic
