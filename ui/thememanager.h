// SPDX-License-Identifier: MIT
#pragma once

namespace ShadowOptic {

/** Light and dark palettes (Fusion style so they apply on every platform). */
class ThemeManager
{
public:
    static void apply(bool dark);
};

} // namespace ShadowOptic
