// SPDX-License-Identifier: MIT
#include "jsonstring.h"

namespace ShadowOptic {

QByteArray JsonString::quoted(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 16);
    out += '"';
    // Runs without anything to escape are copied whole: most text has none at all.
    const char *const data = utf8.data();
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF] };
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(data + run, utf8.size() - run);
    out += '"';
    return out;
}

} // namespace ShadowOptic
