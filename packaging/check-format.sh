#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format (clang-format 14, Debian 12). Fix with:
#   git ls-files 'core/*.[ch]*' 'ui/*.[ch]*' 'app/*.cpp' 'tests/*.[ch]*' | grep -E '\.(cpp|h)$' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
cf=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$cf" ]; then
  echo "check-format: clang-format is not installed (packaging/install-deps.sh installs clang-format-14)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files 'core/*.cpp' 'core/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'tests/*.cpp' 'tests/*.h')
bad=()
for f in "${files[@]}"; do
  if ! "$cf" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files are not formatted with .clang-format:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  "$cf" --style=file --dry-run "${bad[0]}" 2>&1 | head -20 >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
