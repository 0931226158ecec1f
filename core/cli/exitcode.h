// SPDX-License-Identifier: MIT
#pragma once

namespace ShadowOptic {

/** Process exit codes of every subcommand (also listed in `shadow-optic help`). */
enum ExitCode : int {
    ExitSuccess = 0,
    ExitError = 1, // nothing usable was produced; the reason is on stderr
    ExitUsage = 2, // bad arguments
    ExitFinishedWithFailures = 3, // the work finished but some items failed; grouped reasons are on stderr
    ExitChanged = 4, // report --check: the project's evidence changed since the report was made
    ExitCancelled = 130, // interrupted (Ctrl+C) or cancelled
};

} // namespace ShadowOptic
