#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, installs it as a user would (apt-get, which pulls the
# declared dependencies), and checks the installed copy: --version and a headless import without a display, the
# window on Xvfb in German, the desktop file, the AppStream metainfo, the icon and the licences.
# Usage (as root, or with sudo; after packaging/run-tests.sh): packaging/check-deb.sh [BUILD_DIR] [--keep]
#   --keep leaves the package installed; otherwise a package this script installed is removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build keep=""
for a in "$@"; do
  case "$a" in
    --keep) keep=1 ;;
    *) build=$a ;;
  esac
done
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
t0=$(date +%s)
fail() {
  echo "check-deb: FAILED: $*" >&2
  exit 1
}
step() { echo "check-deb: $*"; }

[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build folder (run packaging/run-tests.sh first)"
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli xvfb-run python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (packaging/install-deps.sh installs it)"
done
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_id=$(sed -n 's/^SHADOW_OPTIC_APP_ID:INTERNAL=//p' "$build/CMakeCache.txt")
[ -n "$version" ] && [ -n "$app_id" ] || fail "no project version or application id in $build/CMakeCache.txt"
work=$(mktemp -d /tmp/check-deb.XXXXXX)
installed_before=""
dpkg-query -W -f='${Status}' shadow-optic 2>/dev/null | grep -q "ok installed" && installed_before=1
cleanup() {
  if [ -z "$keep" ] && [ -z "$installed_before" ] && dpkg-query -W -f='${Status}' shadow-optic 2>/dev/null \
    | grep -q "ok installed"; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq shadow-optic >/dev/null 2>&1 \
      || echo "check-deb: could not remove shadow-optic again" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The package and its control fields.
step "building the package (cpack in $build)"
rm -f "$build"/shadow-optic_*.deb
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || {
  tail -n 30 "$work/cpack.log" >&2
  fail "cpack could not build the package"
}
deb=$(ls "$build"/shadow-optic_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack wrote no shadow-optic_${version}_*.deb in $build"
deb=$(readlink -f "$deb")
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = shadow-optic ] || fail "package name is '$(field Package)', not shadow-optic"
[ "$(field Version)" = "$version" ] || fail "package version $(field Version) is not the project's $version"
for f in Maintainer Section Homepage Description; do
  [ -n "$(field "$f")" ] || fail "the control field $f is empty"
done
depends=$(field Depends)
for d in libqt6core6 libqt6widgets6 libqt6sql6 libqt6charts6 libsqlite3-0 libqt6sql6-sqlite libqt6svg6; do
  grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d: $depends"
done
step "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, Depends: $depends"

# 2. Install it as a user would; --reinstall so that a copy already installed at the same version is replaced.
step "installing with apt-get"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >"$work/apt.log" 2>&1 || {
  tail -n 30 "$work/apt.log" >&2
  fail "apt-get could not install $deb"
}
bin=/usr/bin/shadow-optic
[ -x "$bin" ] || fail "$bin is not installed"
for f in "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
  /usr/share/icons/hicolor/scalable/apps/shadow-optic.svg /usr/share/doc/shadow-optic/copyright \
  /usr/share/doc/shadow-optic/LICENSE /usr/share/doc/shadow-optic/portkey-models/LICENSE \
  /usr/share/doc/shadow-optic/tokenizers/LICENSE-tiktoken /usr/share/doc/shadow-optic/tokenizers/LICENSE-js-tiktoken \
  /usr/share/doc/shadow-optic/azure-traces/LICENSE /usr/share/doc/shadow-optic/changelog.gz \
  /usr/share/man/man1/shadow-optic.1.gz; do
  [ -s "$f" ] || fail "the package does not install $f"
done
zcat /usr/share/doc/shadow-optic/changelog.gz | head -n 1 | grep -qF "shadow-optic ($version)" \
  || fail "the newest entry of packaging/changelog is not $version"
missing=$(ldd "$bin" | grep "not found" || true)
[ -z "$missing" ] || fail "$bin needs libraries that are not installed: $missing"

# 3. The installed copy without a display, from a folder outside the source tree.
cd "$work"
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home")
mkdir -p "$work/home"
got=$("${nodisplay[@]}" "$bin" --version 2>"$work/version.err") || fail "shadow-optic --version failed: $(cat "$work/version.err")"
[ "$got" = "shadow-optic $version" ] || fail "shadow-optic --version printed '$got', not 'shadow-optic $version'"
step "$got"
"${nodisplay[@]}" "$bin" generate-logs --rows 200 --seed 1 --out "$work/logs.jsonl" 2>"$work/gen.err" \
  || fail "generate-logs failed: $(cat "$work/gen.err")"
"${nodisplay[@]}" "$bin" import --project "$work/p.sqlite" --json "$work/logs.jsonl" >"$work/import.json" \
  2>"$work/import.err" || fail "import failed: $(tail -n 5 "$work/import.err")"
"${nodisplay[@]}" "$bin" summary --project "$work/p.sqlite" --json >"$work/summary.json" 2>"$work/summary.err" \
  || fail "summary failed: $(cat "$work/summary.err")"
python3 - "$work/summary.json" <<'EOF' || fail "summary --json of the imported sample is wrong (above)"
import json, sys
s = json.load(open(sys.argv[1]))
problems = []
if not 190 <= s.get("total_requests", 0) <= 200:
    problems.append(f"total_requests is {s.get('total_requests')}, expected about 200")
if not s.get("total_cost_usd", 0) > 0:
    problems.append("total_cost_usd is not positive (is the bundled price catalog there?)")
if len(s.get("models", [])) < 2:
    problems.append(f"{len(s.get('models', []))} models, expected several")
for p in problems:
    print("check-deb:", p, file=sys.stderr)
print(f"check-deb: summary: {s['total_requests']} requests, {len(s['models'])} models, ${s['total_cost_usd']:.4f}")
sys.exit(1 if problems else 0)
EOF
# The PDF report without a display (a headless GUI application for fonts), and its evidence check.
"${nodisplay[@]}" "$bin" report --project "$work/p.sqlite" --pdf "$work/report.pdf" >"$work/report.out" \
  2>"$work/report.err" || fail "report failed: $(tail -n 5 "$work/report.err")"
head -c 5 "$work/report.pdf" | grep -q '%PDF-' || fail "report wrote no PDF"
"${nodisplay[@]}" "$bin" report --project "$work/p.sqlite" --check "$work/report.pdf" >"$work/check.out" \
  2>"$work/check.err" || fail "report --check of a fresh report failed: $(cat "$work/check.out" "$work/check.err")"
step "$(cat "$work/report.out")"

# 4. The window on Xvfb with the German interface: the xcb platform plugin, fonts, icon and catalog of the
# installed copy (a start-up without a project is quick).
mkdir -p "$work/home/.config/ShadowOptic"
printf '[ui]\nlanguage=de\n' >"$work/home/.config/ShadowOptic/shadow-optic.conf"
HOME="$work/home" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --screenshot "$work/window.png" \
  >"$work/gui.log" 2>&1 || {
  tail -n 20 "$work/gui.log" >&2
  fail "the installed program did not start its window on Xvfb"
}
[ -s "$work/window.png" ] || fail "the window's screenshot is empty"
step "window on Xvfb: $(du -k "$work/window.png" | cut -f1) KiB screenshot"

# 5. Desktop integration.
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "the desktop file does not validate"
grep -qx "Icon=shadow-optic" "/usr/share/applications/$app_id.desktop" || fail "the desktop file names another icon"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 || {
  cat "$work/appstream.log" >&2
  fail "the AppStream metainfo does not validate"
}
python3 - "/usr/share/metainfo/$app_id.metainfo.xml" "$app_id" "$version" <<'EOF' || fail "the metainfo does not match the package"
import sys, xml.etree.ElementTree as ET
path, app_id, version = sys.argv[1:]
c = ET.parse(path).getroot()
problems = []
if c.findtext("id") != app_id:
    problems.append(f"id {c.findtext('id')} is not {app_id}")
if c.findtext("launchable") != app_id + ".desktop":
    problems.append(f"launchable {c.findtext('launchable')} is not {app_id}.desktop")
newest = c.find("releases/release")
if newest is None or newest.get("version") != version:
    problems.append(f"the newest release is {None if newest is None else newest.get('version')}, not {version}: "
                    "add a <release> to packaging/shadow-optic.metainfo.xml.in")
for p in problems:
    print("check-deb:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
step "passed in $(($(date +%s) - t0)) s"
