// SPDX-License-Identifier: MIT
#include "apikeys.h"

#include "replaytarget.h"

#include <QProcessEnvironment>

namespace ShadowOptic {

void ApiKeys::fillFromEnvironment(ReplayTarget *target)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (target->portkeyApiKey.isEmpty())
        target->portkeyApiKey = env.value(QStringLiteral("PORTKEY_API_KEY"));
    if (target->apiKey.isEmpty())
        target->apiKey = env.value(QStringLiteral("OPENAI_API_KEY"));
}

} // namespace ShadowOptic
