// SPDX-License-Identifier: MIT
#pragma once

// ReplayStore lives in core/store with the other store classes. This header only keeps replayengine.cpp (being
// rewritten on another branch) building; include "store/replaystore.h" instead and delete it after that merge.
#include "store/replaystore.h"
