#!/usr/bin/env bash
# Builds the double-click installer for the operating system it runs on, with jpackage (JDK 17+):
#   Linux   .deb (needs dpkg-deb, fakeroot, zip and unzip; .rpm with TYPE=rpm and rpmbuild)
#   macOS   .dmg
#   Windows .msi (needs the WiX toolset 3 on the PATH; TYPE=exe works with it too)
# TYPE=app-image builds just the self-contained folder (launcher + Java runtime + app), which
# needs no packaging tools. The installer bundles a Java runtime, so users need no Java.
#
# usage: packaging/build-installer.sh            (output in target/installer/)
# env:   TYPE (deb|rpm|dmg|pkg|msi|exe|app-image), SKIP_BUILD=1 to reuse target/*.jar + target/lib,
#        DEB_MAINTAINER_EMAIL (the .deb's Maintainer address; default: git config user.email)
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

# The version is the pom's, as Maven wrote it for AppInfo (info, --version, the window title).
# jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0.
APP_PROPERTIES=target/classes/org/anomalyworkbench/app.properties
FULL_VERSION=$(sed -n 's/^version=//p' "$APP_PROPERTIES")
VERSION=$(printf '%s' "$FULL_VERSION" | grep -o '^[0-9][0-9.]*' | sed 's/\.$//')
if [ -z "$VERSION" ]; then
  echo "No numeric version in $APP_PROPERTIES ('$FULL_VERSION'): run mvn package first" >&2
  exit 1
fi
echo "Version $FULL_VERSION (package $VERSION)"

INPUT=target/installer-input
OUT=target/installer
rm -rf "$INPUT" "$OUT"
mkdir -p "$INPUT" "$OUT"
# The jar's manifest puts lib/*.jar on the class path, so the two travel together.
cp target/anomaly-workbench.jar "$INPUT/"
cp -r target/lib "$INPUT/lib"

LINUX_X64=0
if [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ]; then
  LINUX_X64=1
fi

# Native libraries, extracted once here instead of by every user at first start: JavaCPP unpacks
# the ND4J/OpenBLAS natives (~400 MB) from their jars into ~/.javacpp/cache, JNA and JavaFX theirs
# into ~/.cache/JNA and ~/.openjfx. They go to natives/ (java.library.path, JavaCPP's preload path,
# JNA's boot path: see the --java-options below) and leave the jars, which then hold classes only.
# JNA's natives for other systems are dropped.
ship_natives() {
  local natives=$INPUT/natives jar
  mkdir -p "$natives"
  for jar in "$INPUT"/lib/*-linux-x86_64.jar; do
    libs=$(unzip -Z1 "$jar" | grep -E '\.so(\.[0-9]+)*$' || true)
    if [ -n "$libs" ]; then
      # shellcheck disable=SC2086 # entry names, one per word
      unzip -q -j -o "$jar" $libs -d "$natives"
      rm "$jar"
    fi
  done
  for jar in "$INPUT"/lib/jna-[0-9]*.jar; do
    unzip -q -j -o "$jar" 'com/sun/jna/linux-x86-64/libjnidispatch.so' -d "$natives"
    zip -q -d "$jar" 'com/sun/jna/*/*jnidispatch*'
  done
  for jar in "$INPUT"/lib/javafx-*-linux.jar; do
    libs=$(unzip -Z1 "$jar" | grep -E '\.so$' || true)
    if [ -n "$libs" ]; then
      # shellcheck disable=SC2086
      unzip -q -j -o "$jar" $libs -d "$natives"
      zip -q -d "$jar" $libs
    fi
  done
  # OpenBLAS's no-LAPACK binding needs libopenblas_nolapack.so.0, the same library as
  # libopenblas.so.0: the .deb's postinst links it (jpackage would copy a link here as a file).
  echo "Natives: $(ls "$natives" | wc -l) libraries, $(du -sm "$natives" | cut -f1) MB"
}
if [ "$LINUX_X64" = 1 ]; then
  ship_natives
fi

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

COMMON=(
  --name anomaly-workbench
  --app-version "$VERSION"
  --vendor "Anomaly Workbench"
  --description "Train anomaly detectors on your data and inspect what they flag."
)
IMAGE_ARGS=(
  --input "$INPUT"
  --main-jar anomaly-workbench.jar
  --main-class org.anomalyworkbench.Launcher
  # Native memory is freed when the heap collects (DESIGN section 6): a bounded heap keeps RSS bounded.
  --java-options "-XX:MaxRAMPercentage=40"
  # The runtime holds the standard Java SE modules plus the JDK modules the libraries use at run
  # time (sun.misc.Unsafe for ND4J and JavaFX, com.sun.management for memory, charsets and
  # locale data for reading and formatting), not the developer tools (compiler, jshell, jlink,
  # debugger agents). jdeps cannot list them: ND4J's jars carry an invalid module-info.
  --add-modules "java.se,jdk.unsupported,jdk.management,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.zipfs"
)
if [ "$LINUX_X64" = 1 ]; then
  IMAGE_ARGS+=(
    --java-options '-Djava.library.path=$APPDIR/natives'
    --java-options '-Dorg.bytedeco.javacpp.platform.preloadpath=$APPDIR/natives'
    # OpenBLAS's presets load libopenblas.so.0 "as" libopenblas_nolapack.so.0 by copying it into
    # ~/.javacpp/cache (30 MB per user); naming the library to load makes JavaCPP load the shipped
    # link instead (it still writes a few links to ~/.javacpp/cache, no copies).
    --java-options '-Dorg.bytedeco.openblas_nolapack.load=openblas_nolapack@.0'
    --java-options '-Djna.boot.library.path=$APPDIR/natives'
    --java-options '-Djna.nounpack=true')
fi

ICON=src/main/resources/org/anomalyworkbench/ui/icons/app-256.png
case "$TYPE" in
  deb)
    # Two steps: the app image first, to measure the start-up archive postinst will add (dpkg's
    # Installed-Size is counted before postinst runs), then the package around that image.
    IMAGE_DIR=target/installer-image
    rm -rf "$IMAGE_DIR"
    # jpackage's jlink defaults less --strip-native-commands: postinst needs the runtime's bin/java.
    jpackage --type app-image "${COMMON[@]}" "${IMAGE_ARGS[@]}" --icon "$ICON" --dest "$IMAGE_DIR" \
      --java-options '-XX:SharedArchiveFile=$APPDIR/startup.jsa' \
      --jlink-options "--strip-debug --no-man-pages --no-header-files"
    IMAGE=$IMAGE_DIR/anomaly-workbench
    image_kib=$(du -sk "$IMAGE" | cut -f1)
    archive_kib=0
    if [ -s "$IMAGE/lib/app/startup.classlist" ]; then
      cp_line=$(sed -n 's/^app\.classpath=//p' "$IMAGE/lib/app/anomaly-workbench.cfg" \
        | sed "s|\$APPDIR|$PWD/$IMAGE/lib/app|" | paste -sd: -)
      "$IMAGE/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$IMAGE/lib/app/startup.classlist" \
        -XX:SharedArchiveFile="$OUT/startup.jsa" -cp "$cp_line" >/dev/null 2>&1 || true
      if [ -f "$OUT/startup.jsa" ]; then
        archive_kib=$(du -sk "$OUT/startup.jsa" | cut -f1)
        rm -f "$OUT/startup.jsa"
      fi
    fi
    INSTALLED_KIB=$((image_kib + archive_kib))
    echo "Installed size: $image_kib KiB image + $archive_kib KiB start-up archive = $INSTALLED_KIB KiB"

    MAINTAINER_EMAIL=${DEB_MAINTAINER_EMAIL:-$(git config user.email 2>/dev/null || true)}
    if [ -z "$MAINTAINER_EMAIL" ]; then
      echo "Set DEB_MAINTAINER_EMAIL (or git config user.email): the .deb's Maintainer field" >&2
      exit 1
    fi
    # Our menu entry (StartupWMClass, file types), scripts and control file, with the measured size.
    RESOURCES=target/installer-resources
    rm -rf "$RESOURCES"
    cp -r packaging/linux "$RESOURCES"
    sed -i "s/INSTALLED_SIZE_KIB/$INSTALLED_KIB/" "$RESOURCES/control"
    jpackage --type deb "${COMMON[@]}" --app-image "$IMAGE" --dest "$OUT" --icon "$ICON" \
      --linux-shortcut --linux-menu-group "Science" --linux-app-category science \
      --linux-package-name anomaly-workbench --linux-deb-maintainer "$MAINTAINER_EMAIL" \
      --file-associations packaging/linux/model.properties \
      --file-associations packaging/linux/project.properties \
      --linux-package-deps "libgtk-3-0" \
      --resource-dir "$RESOURCES"
    ;;
  rpm)
    # JavaFX draws through GTK 3, which jpackage cannot see among the runtime's own libraries.
    jpackage --type rpm "${COMMON[@]}" "${IMAGE_ARGS[@]}" --dest "$OUT" --icon "$ICON" \
      --linux-shortcut --linux-menu-group "Science" --linux-app-category science \
      --linux-package-name anomaly-workbench --linux-package-deps "gtk3" \
      --file-associations packaging/linux/model.properties \
      --file-associations packaging/linux/project.properties \
      --resource-dir packaging/linux ;;
  app-image)
    ARGS=("${COMMON[@]}" "${IMAGE_ARGS[@]}" --dest "$OUT")
    if [ "$DEFAULT_TYPE" = deb ]; then
      ARGS+=(--icon "$ICON")
    fi
    jpackage --type app-image "${ARGS[@]}"
    if [ -f "$OUT/anomaly-workbench/lib/app/natives/libopenblas.so.0" ]; then
      ln -sf libopenblas.so.0 "$OUT/anomaly-workbench/lib/app/natives/libopenblas_nolapack.so.0"
    fi ;;
  msi|exe)
    jpackage --type "$TYPE" "${COMMON[@]}" "${IMAGE_ARGS[@]}" --dest "$OUT" \
      --win-menu --win-shortcut --win-dir-chooser --win-menu-group "Anomaly Workbench" ;;
  dmg|pkg)
    jpackage --type "$TYPE" "${COMMON[@]}" "${IMAGE_ARGS[@]}" --dest "$OUT" \
      --mac-package-name "Anomaly Workbench" ;;
esac

echo "Built:"
ls -l "$OUT"
