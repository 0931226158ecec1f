// SPDX-License-Identifier: MIT
#pragma once

namespace ShadowOptic {

struct ReplayTarget;

/** API keys live only in memory: from the environment (PORTKEY_API_KEY, OPENAI_API_KEY) or a session-only
 *  field in the GUI. They are never written to the project, logs or reports. */
class ApiKeys
{
public:
    static void fillFromEnvironment(ReplayTarget *target);
};

} // namespace ShadowOptic
