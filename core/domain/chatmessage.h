// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/** One turn of a conversation with its content already reduced to text (ChatMessages::text). */
struct ChatMessage
{
    QString role;
    QString content;
};

} // namespace ShadowOptic
