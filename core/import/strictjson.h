// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>

namespace ShadowOptic {

/** QJsonDocument::fromJson plus the rule of RFC 8259 that Qt 6 does not enforce: control characters (U+0000 to
 *  U+001F) inside strings must be escaped. simdjson, the import's fast path, enforces it; with this the full path
 *  agrees, so a record is valid or invalid whichever parser reads it. Pure and thread-safe. */
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::StrictJson)

public:
    /** The document, or a null one with *error set to the reason and its byte offset; *invalidUtf8 tells a
     *  UTF-8 error apart from a JSON one. */
    static QJsonDocument parse(const QByteArray &json, QString *error, bool *invalidUtf8 = nullptr);
    /** Offset of the first raw control character inside a string, or -1. */
    static qsizetype rawControlCharacter(QByteArrayView json);
};

} // namespace ShadowOptic
