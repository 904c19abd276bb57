#!/usr/bin/env bash
# Builds the double-click installer for the operating system it runs on, with jpackage (JDK 17+):
#   Linux   .deb (needs dpkg-deb and fakeroot; .rpm with TYPE=rpm and rpmbuild)
#   macOS   .dmg
#   Windows .msi (needs the WiX toolset 3 on the PATH; TYPE=exe works with it too)
# TYPE=app-image builds just the self-contained folder (launcher + Java runtime + app), which
# needs no packaging tools. The installer bundles a Java runtime, so users need no Java.
#
# usage: packaging/build-installer.sh            (output in target/installer/)
# env:   TYPE (deb|rpm|dmg|pkg|msi|exe|app-image), SKIP_BUILD=1 to reuse target/*.jar + target/lib
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux*) DEFAULT_TYPE=deb ;;
  Darwin*) DEFAULT_TYPE=dmg ;;
  MINGW*|MSYS*|CYGWIN*) DEFAULT_TYPE=msi ;;
  *) DEFAULT_TYPE=app-image ;;
esac
TYPE=${TYPE:-$DEFAULT_TYPE}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B package -DskipTests
fi

# jpackage wants numeric versions: 0.1.0-SNAPSHOT -> 0.1.0.
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
INPUT=target/installer-input
OUT=target/installer
rm -rf "$INPUT" "$OUT"
mkdir -p "$INPUT" "$OUT"
# The jar's manifest puts lib/*.jar on the class path, so the two travel together.
cp target/anomaly-workbench.jar "$INPUT/"
cp -r target/lib "$INPUT/lib"

# The classes the window and the importer load, for the class-data sharing archive the Linux
# package makes at install time (packaging/linux/postinst), recorded by starting the app under
# Xvfb (packaging/record-classlist.sh, with the test classes `package` compiled).
if [ "$TYPE" = deb ]; then
  if command -v xvfb-run >/dev/null && [ -d target/test-classes/org/anomalyworkbench/bench ]; then
    packaging/record-classlist.sh "$INPUT/startup.classlist" || rm -f "$INPUT/startup.classlist"
  fi
  if [ -s "$INPUT/startup.classlist" ]; then
    echo "Start-up class list: $(wc -l < "$INPUT/startup.classlist") classes"
  else
    echo "No start-up class list (needs xvfb-run): the package will work, without the start-up archive" >&2
  fi
fi

ARGS=(
  --type "$TYPE"
  --name anomaly-workbench
  --app-version "$VERSION"
  --vendor "Anomaly Workbench"
  --description "Train anomaly detectors on your data and inspect what they flag."
  --input "$INPUT"
  --main-jar anomaly-workbench.jar
  --main-class org.anomalyworkbench.Launcher
  --dest "$OUT"
  # Native memory is freed when the heap collects (DESIGN section 6): a bounded heap keeps RSS bounded.
  --java-options "-XX:MaxRAMPercentage=40"
)
case "$TYPE" in
  deb|rpm)
    ARGS+=(--icon src/main/resources/org/anomalyworkbench/ui/icons/app-256.png
      --linux-shortcut --linux-menu-group "Science;Education" --linux-app-category science
      --linux-package-name anomaly-workbench --linux-deb-maintainer "anomaly-workbench@example.org"
      # JavaFX draws through GTK 3, which jpackage cannot see among the runtime's own libraries.
      --linux-package-deps "libgtk-3-0"
      # Our menu entry: a readable name, and a file given by the desktop is opened in the window.
      --resource-dir packaging/linux)
    if [ "$TYPE" = deb ]; then
      # The start-up archive postinst makes (a missing one is silently ignored), and jpackage's
      # jlink defaults less --strip-native-commands: postinst needs the runtime's bin/java.
      ARGS+=(--java-options '-XX:SharedArchiveFile=$APPDIR/startup.jsa'
        --jlink-options "--strip-debug --no-man-pages --no-header-files")
    fi ;;
  app-image)
    if [ "$DEFAULT_TYPE" = deb ]; then
      ARGS+=(--icon src/main/resources/org/anomalyworkbench/ui/icons/app-256.png)
    fi ;;
  msi|exe)
    ARGS+=(--win-menu --win-shortcut --win-dir-chooser --win-menu-group "Anomaly Workbench") ;;
  dmg|pkg)
    ARGS+=(--mac-package-name "Anomaly Workbench") ;;
esac

jpackage "${ARGS[@]}"
echo "Built:"
ls -l "$OUT"
