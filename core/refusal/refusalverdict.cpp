// SPDX-License-Identifier: MIT
#include "refusalverdict.h"

#include <array>

namespace ShadowOptic {

namespace {
constexpr std::array<const char *, 3> kindNames { "none", "partial", "full" };
constexpr std::array<const char *, 6> typeNames {
    "NONE", "SAFETY", "OVERCAUTIOUS", "CAPABILITY", "POLICY", "AMBIGUOUS"
};
} // namespace

QString RefusalVerdict::kindToString(RefusalKind kind)
{
    return QLatin1String(kindNames.at(static_cast<size_t>(kind)));
}

RefusalKind RefusalVerdict::kindFromString(QStringView text, bool *ok)
{
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (text.compare(QLatin1String(kindNames[i]), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return static_cast<RefusalKind>(i);
        }
    }
    if (ok)
        *ok = false;
    return RefusalKind::None;
}

QString RefusalVerdict::typeToString(RefusalType type)
{
    return QLatin1String(typeNames.at(static_cast<size_t>(type)));
}

RefusalType RefusalVerdict::typeFromString(QStringView text, bool *ok)
{
    for (size_t i = 0; i < typeNames.size(); ++i) {
        if (text.compare(QLatin1String(typeNames[i]), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return static_cast<RefusalType>(i);
        }
    }
    if (ok)
        *ok = false;
    return RefusalType::None;
}

} // namespace ShadowOptic
