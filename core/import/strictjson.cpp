// SPDX-License-Identifier: MIT
#include "strictjson.h"

namespace ShadowOptic {

qsizetype StrictJson::rawControlCharacter(QByteArrayView json)
{
    const char *const data = json.data();
    const qsizetype size = json.size();
    // Most records have no control byte at all (JSONL lines have no newline); skip the string tracking for them.
    qsizetype first = 0;
    while (first < size && uchar(data[first]) >= 0x20)
        ++first;
    if (first == size)
        return -1;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (inString) {
            if (c == '\\')
                ++i; // an escaped control byte is invalid too, and QJsonDocument rejects that itself
            else if (c == '"')
                inString = false;
            else if (c < 0x20)
                return i;
        } else if (c == '"') {
            inString = true;
        }
    }
    return -1;
}

QJsonDocument StrictJson::parse(const QByteArray &json, QString *error, bool *invalidUtf8)
{
    if (invalidUtf8)
        *invalidUtf8 = false;
    // The scan first: it is cheaper than the parse it can spare.
    if (const qsizetype at = rawControlCharacter(json); at >= 0) {
        *error = tr("unescaped control character U+%1 in a string at byte %2")
                     .arg(QString::number(uchar(json.at(at)), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                     .arg(at);
        return {};
    }
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (invalidUtf8)
            *invalidUtf8 = pe.error == QJsonParseError::IllegalUTF8String;
        *error = tr("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return {};
    }
    error->clear();
    return doc;
}

} // namespace ShadowOptic
