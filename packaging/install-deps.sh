#!/usr/bin/env bash
# Installs everything Shadow Optic needs to build, run and test on Debian 12 (bookworm).
# Usage: packaging/install-deps.sh [--with-gateway]   (--with-gateway also installs the npm Portkey gateway and
# js-tiktoken, the reference tokenizer tst_tokenizer and bench_tokenizer compare against)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
pkgs=(build-essential cmake ninja-build pkg-config git
      qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-tools-dev-tools
      libqt6sql6-sqlite libsqlite3-dev libsimdjson-dev qt6-qpa-plugins qt6-translations-l10n libgl-dev libxkbcommon-dev
      xvfb xauth x11-utils imagemagick poppler-utils fonts-dejavu-core sqlite3 python3 dpkg-dev clang-format-14
      qtkeychain-qt6-dev appstream desktop-file-utils file openssl)
missing=()
for p in "${pkgs[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ "${1:-}" = "--with-gateway" ]; then
  if ! command -v npm >/dev/null; then
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  gw="$here/.gateway"
  if [ ! -f "$gw/node_modules/@portkey-ai/gateway/build/start-server.js" ]; then
    mkdir -p "$gw"
    (cd "$gw" && npm install --no-audit --no-fund --silent @portkey-ai/gateway@1.15.2) \
      || echo "warning: could not install the Portkey gateway from npm; its integration tests will skip" >&2
  fi
  tk="$here/.tiktoken"
  if [ ! -f "$tk/node_modules/js-tiktoken/package.json" ]; then
    mkdir -p "$tk"
    (cd "$tk" && npm install --no-audit --no-fund --silent js-tiktoken@1.0.21) \
      || echo "warning: could not install js-tiktoken from npm; the tokenizer comparison will skip" >&2
  fi
fi
