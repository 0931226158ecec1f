// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShadowOptic {

/** Substring patterns for `column LIKE ? ESCAPE '\'`, with LIKE's %, _ and \ taken literally. */
class LikePattern
{
public:
    /** "%text%" for a column of plain text. */
    static QString contains(const QString &text);

    /** Patterns that find text inside the string values of a JSON column (raw_json, messages_json), where it is
     *  stored escaped: first as JSON writers escape it (\" \\ and control characters), then, only when the text
     *  has non-ASCII characters, as ASCII-only writers such as Python's json.dumps do (\u00e9). */
    static QStringList containsInJson(const QString &text);

    /** "(column LIKE ? ESCAPE '\' OR ...)" with one placeholder for each of count patterns. */
    static QString anyLike(const QString &column, qsizetype count);
};

} // namespace ShadowOptic
