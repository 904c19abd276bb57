#!/usr/bin/env bash
# Records the classes the app loads until its window shows data, for a class-data sharing
# archive (packaging/linux/postinst makes one at install time; src/bench/startup.sh measures it).
# Two launches under Xvfb through StartupBench (test classes; it exits once rows are drawn): one on
# the built-in sample, as the app starts by default, one opening a 5 MB numeric CSV, so that the
# importer's classes (two-thread parse included) are in the archive too; the window and the
# command line import through the same code. Needs `mvn package` (which compiles the tests) and
# xvfb-run.
#
# usage: packaging/record-classlist.sh OUT_FILE [ARCHIVE]
#   with ARCHIVE, also makes the archive for target/anomaly-workbench.jar, as postinst does for
#   the installed jars (benchmarks measure with it)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$1
ARCHIVE=${2:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
CP=target/anomaly-workbench.jar:target/test-classes
awk 'BEGIN { srand(7); printf "id"; for (j = 1; j <= 12; j++) printf ",x%d", j; print "";
  for (i = 1; i <= 40000; i++) { printf "%d", i; for (j = 1; j <= 12; j++) printf ",%.6f", rand() * 10 - 5; print "" } }' \
  > "$TMP/numbers.csv"
XVFB=(xvfb-run -a -s "-screen 0 1440x900x24")
"${XVFB[@]}" java -XX:DumpLoadedClassList="$TMP/sample.classlist" -cp "$CP" \
  org.anomalyworkbench.bench.StartupBench >/dev/null 2>&1
"${XVFB[@]}" java -XX:DumpLoadedClassList="$TMP/csv.classlist" -cp "$CP" \
  org.anomalyworkbench.bench.StartupBench "$TMP/numbers.csv" >/dev/null 2>&1
cat "$TMP/sample.classlist" "$TMP/csv.classlist" > "$OUT"
if [ -n "$ARCHIVE" ]; then
  java -Xshare:dump -XX:SharedClassListFile="$OUT" -XX:SharedArchiveFile="$ARCHIVE" \
    -cp target/anomaly-workbench.jar >/dev/null 2>&1
fi
