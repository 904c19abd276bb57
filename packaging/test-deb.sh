#!/usr/bin/env bash
# Installs the .deb as a user of a stock Debian 12 would and checks what issue 16 found broken:
#   - dpkg -i where /usr/share/desktop-directories does not exist (xdg-desktop-menu failed the
#     package, and then its removal, leaving dpkg broken)
#   - `anomaly-workbench` on the PATH; menu entry with StartupWMClass; .awm/.awp MIME types
#   - info reports the pom's version; train works as a user with an empty home, and leaves no
#     copy of the native libraries there (~/.javacpp, ~/.cache/JNA, ~/.openjfx)
#   - the window opens a double-clicked model under Xvfb (screenshot, WM_CLASS checked)
#   - dpkg -P removes everything postinst made, and dpkg --audit stays empty
# Needs root, xvfb-run, xprop/xwininfo (x11-utils), a JDK's java (for the screenshot), and the
# package's dependencies installed (dpkg -i does not fetch them).
#
# usage: sudo packaging/test-deb.sh [PACKAGE.deb]   (default: target/installer/*.deb)
#        output (screenshot, logs): target/installer-test/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
  echo "test-deb.sh installs a package: run it as root" >&2
  exit 1
fi
DEB=${1:-$(ls target/installer/anomaly-workbench_*.deb 2>/dev/null | head -1)}
if [ ! -f "$DEB" ]; then
  echo "No package: build one with packaging/build-installer.sh" >&2
  exit 1
fi
OUT=target/installer-test
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
chmod 755 "$WORK"
USER_HOME=$WORK/home
# A new user with an empty home and a clean environment, as at a first start. (Java takes
# user.home from the password database, not from HOME: nobody's is /nonexistent.)
TEST_USER=aw-test-$$
useradd --system --home-dir "$USER_HOME" --create-home --shell /bin/sh "$TEST_USER"
TEST_UID=$(id -u "$TEST_USER")
trap 'userdel "$TEST_USER" 2>/dev/null; rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
as_user() { setpriv --reuid="$TEST_UID" --regid="$(id -g "$TEST_USER")" --clear-groups \
  env -i PATH=/usr/bin:/bin HOME="$USER_HOME" "$@"; }

echo "== Package"
echo "$DEB: $(stat -c %s "$DEB") bytes"
dpkg-deb -f "$DEB" Version Maintainer Installed-Size Depends
UPSTREAM=$(dpkg-deb -f "$DEB" Version | sed 's/-[^-]*$//')

echo "== dpkg -i without /usr/share/desktop-directories"
rm -rf /usr/share/desktop-directories
dpkg -i "$DEB"
dpkg -s anomaly-workbench | grep -q '^Status: install ok installed' || fail "not installed cleanly"
echo "Installed: $(du -sk /opt/anomaly-workbench | cut -f1) KiB in /opt/anomaly-workbench (with the start-up archive: $(ls -s /opt/anomaly-workbench/lib/app/startup.jsa 2>/dev/null | cut -d' ' -f1) KiB)"
[ "$(readlink /usr/bin/anomaly-workbench)" = /opt/anomaly-workbench/bin/anomaly-workbench ] || fail "not on the PATH"
MENU=/usr/share/applications/anomaly-workbench-anomaly-workbench.desktop
[ -f "$MENU" ] || fail "no menu entry $MENU"
grep -E '^(Categories|StartupWMClass|MimeType)=' "$MENU"
WM_CLASS_EXPECTED=$(sed -n 's/^StartupWMClass=//p' "$MENU")
for type in application/x-anomaly-workbench-model application/x-anomaly-workbench-project; do
  grep -q "$type" /usr/share/mime/packages/*anomaly-workbench* || fail "MIME type $type not registered"
  grep -q "^MimeType=.*$type" "$MENU" || fail "the menu entry does not open $type"
  # Desktops find the handler through mimeinfo.cache, which desktop-file-utils writes.
  if command -v update-desktop-database >/dev/null; then
    handler=$(xdg-mime query default "$type" || true)
    echo "$type opens with: ${handler:-(none)}"
    [ "$handler" = anomaly-workbench-anomaly-workbench.desktop ] || fail "$type has no default handler"
  fi
done

echo "== Command line as a new user"
as_user anomaly-workbench info | tee "$OUT/info.txt"
grep -q "^Anomaly Workbench $UPSTREAM" "$OUT/info.txt" || fail "info does not report version $UPSTREAM"
awk 'BEGIN { srand(11); print "a,b,c,d"; for (i = 0; i < 2000; i++) printf "%.4f,%.4f,%.4f,%.4f\n", rand(), rand(), rand(), (i % 97 == 0) ? 9 : rand() }' \
  > "$WORK/data.csv"
chmod 644 "$WORK/data.csv"
mkdir "$WORK/out" && chown "$TEST_USER" "$WORK/out"
start=$(date +%s.%N)
as_user anomaly-workbench train --data "$WORK/data.csv" --model "$WORK/out/model.awm" --detector autoencoder \
  -p epochs=3 -p minSteps=0 > "$OUT/train.txt" 2>&1 || { cat "$OUT/train.txt"; fail "train failed"; }
echo "First train as a new user: $(echo "$(date +%s.%N) - $start" | bc) s (wall, 2,000 rows x 4, 3 epochs)"
tail -2 "$OUT/train.txt"
[ -f "$WORK/out/model.awm" ] || fail "no model saved"
# JavaCPP still writes a few links to ~/.javacpp/cache (OpenBLAS's presets insist); no copies.
for d in .javacpp .cache/JNA .openjfx; do
  if [ -e "$USER_HOME/$d" ]; then
    echo "~/$d: $(find "$USER_HOME/$d" -type f | wc -l) files, $(find "$USER_HOME/$d" -type l | wc -l) links, $(du -sk "$USER_HOME/$d" | cut -f1) KiB"
  else
    echo "~/$d: absent"
  fi
done
copies=$(find "$USER_HOME" -type f -size +0 \( -name '*.so' -o -name '*.so.*' \) | wc -l)
[ "$copies" = 0 ] || fail "$copies native libraries copied into the user's home"

echo "== Window under Xvfb, opening the saved model as a double-click does"
cp packaging/ScreenShot.java "$WORK/"
chmod 644 "$WORK/ScreenShot.java" "$WORK/out/model.awm"
cat > "$WORK/window.sh" <<WINDOW
#!/bin/sh
anomaly-workbench "$WORK/out/model.awm" > "$WORK/out/window.log" 2>&1 &
app=\$!
start=\$(date +%s)
for i in \$(seq 1 120); do
  sleep 1
  win=\$(xwininfo -root -tree | grep '"Anomaly Workbench' | head -1 | awk '{print \$1}')
  [ -n "\$win" ] && break
done
echo "Window after \$((\$(date +%s) - start)) s"
sleep 8
xprop -id "\$win" WM_CLASS WM_NAME
$(command -v java) "$WORK/ScreenShot.java" "$WORK/out/window.png"
kill \$app
WINDOW
chmod 755 "$WORK/window.sh"
as_user xvfb-run -a -s "-screen 0 1400x900x24" "$WORK/window.sh" | tee "$OUT/window.txt"
cp "$WORK/out/window.png" "$WORK/out/window.log" "$OUT/" || fail "no screenshot"
grep -q "WM_CLASS(STRING) = \"$WM_CLASS_EXPECTED\"" "$OUT/window.txt" || fail "WM_CLASS is not $WM_CLASS_EXPECTED"
grep -q "WM_NAME(STRING) = \"Anomaly Workbench $UPSTREAM" "$OUT/window.txt" || fail "window title lacks version $UPSTREAM"

echo "== dpkg -P"
dpkg -P anomaly-workbench
[ ! -e /opt/anomaly-workbench ] || fail "/opt/anomaly-workbench left behind: $(find /opt/anomaly-workbench | head)"
[ ! -e /usr/bin/anomaly-workbench ] && [ ! -L /usr/bin/anomaly-workbench ] || fail "/usr/bin/anomaly-workbench left behind"
[ ! -e "$MENU" ] || fail "menu entry left behind"
audit=$(dpkg --audit)
[ -z "$audit" ] || fail "dpkg --audit: $audit"
echo "PASS: installed, used and purged; dpkg --audit is empty. Screenshot: $OUT/window.png"
