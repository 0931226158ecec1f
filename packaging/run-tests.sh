#!/usr/bin/env bash
# One command: install dependencies (including the npm Portkey gateway), build, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --with-gateway
bash packaging/check-format.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel
ctest --test-dir build --output-on-failure --parallel 2 --timeout 900
