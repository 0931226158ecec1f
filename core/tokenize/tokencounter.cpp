// SPDX-License-Identifier: MIT
#include "tokencounter.h"

#include "bpeencoding.h"

namespace ShadowOptic {

const BpeEncoding *TokenCounter::encodingForModel(const QString &model)
{
    QStringView name = QStringView(model).trimmed();
    if (const qsizetype slash = name.lastIndexOf(QLatin1Char('/')); slash >= 0)
        name = name.mid(slash + 1);
    if (name.startsWith(QLatin1String("ft:"), Qt::CaseInsensitive))
        name = name.mid(3);
    const auto starts
        = [name](const char *prefix) { return name.startsWith(QLatin1String(prefix), Qt::CaseInsensitive); };
    // o200k first: "gpt-4o" and "gpt-4.1" also start with "gpt-4".
    for (const char *prefix : { "gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "chatgpt-4o" }) {
        if (starts(prefix))
            return BpeEncoding::o200kBase();
    }
    for (const char *prefix : { "gpt-4", "gpt-3.5", "gpt-35", "text-embedding-3", "text-embedding-ada-002" }) {
        if (starts(prefix))
            return BpeEncoding::cl100kBase();
    }
    return nullptr;
}

int TokenCounter::count(const QString &model, const QString &text, bool *exact)
{
    const BpeEncoding *encoding = encodingForModel(model);
    if (exact)
        *exact = encoding != nullptr;
    if (!encoding)
        encoding = BpeEncoding::cl100kBase();
    return encoding ? int(encoding->count(text)) : 0;
}

} // namespace ShadowOptic
