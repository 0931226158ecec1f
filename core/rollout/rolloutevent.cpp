// SPDX-License-Identifier: MIT
#include "rolloutevent.h"

#include <QDateTime>

namespace ShadowOptic {

namespace {

struct ActionKey
{
    RolloutEvent::Action action;
    const char *key;
};

constexpr ActionKey actionKeys[] = {
    { RolloutEvent::Action::Created, "created" },
    { RolloutEvent::Action::Check, "check" },
    { RolloutEvent::Action::Promote, "promote" },
    { RolloutEvent::Action::Rollback, "rollback" },
    { RolloutEvent::Action::Kill, "kill" },
    { RolloutEvent::Action::AutoPromote, "auto_promote" },
    { RolloutEvent::Action::AutoRollback, "auto_rollback" },
    { RolloutEvent::Action::Complete, "complete" },
};

} // namespace

QString RolloutEvent::actionKey(Action action)
{
    for (const ActionKey &k : actionKeys)
        if (k.action == action)
            return QString::fromLatin1(k.key);
    return {};
}

RolloutEvent::Action RolloutEvent::actionFromKey(const QString &key)
{
    for (const ActionKey &k : actionKeys)
        if (key == QLatin1String(k.key))
            return k.action;
    return Action::Check;
}

QString RolloutEvent::actionName(Action action)
{
    switch (action) {
    case Action::Created:
        return tr("Created");
    case Action::Check:
        return tr("Checked");
    case Action::Promote:
        return tr("Promoted");
    case Action::Rollback:
        return tr("Rolled back");
    case Action::Kill:
        return tr("Kill switch");
    case Action::AutoPromote:
        return tr("Promoted automatically");
    case Action::AutoRollback:
        return tr("Rolled back automatically");
    case Action::Complete:
        return tr("Completed");
    }
    return {};
}

QJsonObject RolloutEvent::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), double(id) },
                         { QStringLiteral("at"),
                           QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs) },
                         { QStringLiteral("actor"), actor },
                         { QStringLiteral("action"), actionKey(action) },
                         { QStringLiteral("from"), fromStage },
                         { QStringLiteral("to"), toStage },
                         { QStringLiteral("reason"), reason },
                         { QStringLiteral("metrics"), metrics } };
}

} // namespace ShadowOptic
