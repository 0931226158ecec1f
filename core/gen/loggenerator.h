// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ShadowOptic {

/** Writes a realistic synthetic Portkey export: several models and providers, use cases in metadata, token
 *  counts drawn from the Azure LLM inference traces, some refusals and errors, and the real-world quirks of
 *  SPEC §2 (all created_at forms, aliases, wrapped/stringified payloads, content parts, cost as string). About a
 *  third of the prompts are in other scripts or carry emoji and typographic punctuation, as real prompts do. */
class LogGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogGenerator)

public:
    struct Options
    {
        qint64 rows = 1000;
        quint64 seed = 1;
        bool csv = false; // else JSONL
        double tokenScale = 1.0; // shrink prompts for quick samples
        bool quirks = true;
        double nonAsciiShare = 0.35; // prompts in other scripts, or with emoji and typographic punctuation
        double sensitiveShare = 0.04; // prompts that touch words models refuse on (harmful or not)
        double benignSensitiveShare = 0.0; // of those, benign ones ("kill a hung process") models over-refuse
    };
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    static bool write(const QString &path, const Options &options, QString *error, const ProgressFn &progress = {});
};

} // namespace ShadowOptic
