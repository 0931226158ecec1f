// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/** Console output for commands: stdout for results, stderr for progress and errors. */
class CliIo
{
public:
    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    static void err(const QString &text);
    /** A single self-overwriting progress line on a terminal, plain lines otherwise; throttled. */
    static void progress(const QString &text);
    static void endProgress();
};

} // namespace ShadowOptic
