// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ShadowOptic {

/** JSON string literals (RFC 8259 §7) written straight from UTF-8, for the writers that build JSON text without
 *  QJsonDocument: the JSON export streams rows, the log generator writes gigabytes. */
class JsonString
{
public:
    /** utf8 between double quotes: '"' and '\\' escaped, \\n \\r \\t by name, other control characters as \\u00xx;
     *  every other byte as it is. */
    static QByteArray quoted(QByteArrayView utf8);
};

} // namespace ShadowOptic
