// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaEnum>
#include <QString>

namespace ShadowOptic {

/** The text a Q_ENUM value is stored and printed as: its key in lower case ("Completed" → "completed"), and
 *  "" for a key named None. One rule for every typed status, so a new value needs no hand-written name. */
class EnumText
{
public:
    template <typename E>
    static QString name(E value)
    {
        const char *key = QMetaEnum::fromType<E>().valueToKey(int(value));
        return key && qstrcmp(key, "None") != 0 ? QString::fromLatin1(key).toLower() : QString();
    }
    /** The value whose name() is text; fallback with *ok = false when none is. */
    template <typename E>
    static E fromName(const QString &text, E fallback, bool *ok = nullptr)
    {
        const QMetaEnum values = QMetaEnum::fromType<E>();
        for (int i = 0; i < values.keyCount(); ++i) {
            const auto value = E(values.value(i));
            if (name(value) == text) {
                if (ok)
                    *ok = true;
                return value;
            }
        }
        if (ok)
            *ok = false;
        return fallback;
    }
};

} // namespace ShadowOptic
