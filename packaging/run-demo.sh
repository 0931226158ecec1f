#!/usr/bin/env bash
# One command for a newcomer: install, build, and open the GUI on a generated sample project with the built-in
# simulated gateway (no API keys). Without a display it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/shadow-optic --demo "$@"
fi
echo "No display found: running under Xvfb and saving a screenshot to shadow-optic-demo.png" >&2
exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/shadow-optic --demo --screenshot shadow-optic-demo.png "$@"
