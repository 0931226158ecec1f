// SPDX-License-Identifier: MIT
#include "answersource.h"

#include "util/enumtext.h"

namespace ShadowOptic {

QString AnswerSource::name(Value source)
{
    return EnumText::name(source);
}

AnswerSource::Value AnswerSource::fromName(const QString &name, bool *ok)
{
    return EnumText::fromName(name, Value::Replay, ok);
}

} // namespace ShadowOptic
