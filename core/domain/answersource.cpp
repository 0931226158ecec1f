// SPDX-License-Identifier: MIT
#include "answersource.h"

#include <QMetaEnum>

namespace ShadowOptic {

QString AnswerSource::name(Value source)
{
    switch (source) {
    case Value::Replay:
        return QStringLiteral("replay");
    case Value::Baseline:
        return QStringLiteral("baseline");
    }
    return QString();
}

AnswerSource::Value AnswerSource::fromName(const QString &name, bool *ok)
{
    const QMetaEnum values = QMetaEnum::fromType<Value>();
    for (int i = 0; i < values.keyCount(); ++i) {
        const auto source = Value(values.value(i));
        if (AnswerSource::name(source) == name) {
            if (ok)
                *ok = true;
            return source;
        }
    }
    if (ok)
        *ok = false;
    return Value::Replay;
}

} // namespace ShadowOptic
