// SPDX-License-Identifier: MIT
#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ShadowOptic::FuzzEntries::fuzz(&ShadowOptic::FuzzEntries::portkeyConfig, data, size);
}
