#!/usr/bin/env bash
# Window start-up time under Xvfb: N launches of the packaged app (target/anomaly-workbench.jar
# with its lib/) through StartupBench, which runs Launcher.main unchanged and reports when the
# first frame was rendered and whether the FX thread stayed responsive while ND4J loaded.
# "launch->frame" is measured from just before `java` is exec'd (the script's clock), so the
# JVM's own start-up counts. Not part of `mvn test`.
#
# usage: src/bench/startup.sh [runs=5]   env: JAVA_OPTS (default none, as `java -jar`)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
mvn -q -B -o package -DskipTests
mvn -q -B -o -DskipTests test-compile
CP=target/anomaly-workbench.jar:target/test-classes
for i in $(seq 1 "$RUNS"); do
  echo "# run $i: load $(cut -d' ' -f1-3 /proc/loadavg)"
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c \
    'start=$(date +%s%3N); out=$(java '"${JAVA_OPTS:-}"' -cp '"$CP"' org.anomalyworkbench.bench.StartupBench 2>&1 | grep -v "^\[main\] INFO");
     echo "$out"; frame=$(echo "$out" | sed -n "s/.*firstFrameEpochMs=\([0-9]*\).*/\1/p");
     data=$(echo "$out" | sed -n "s/.*dataFrameEpochMs=\([0-9]*\).*/\1/p");
     [ -n "$frame" ] && echo "RESULT launchToFrame=$(( frame - start ))ms launchToData=$(( data - start ))ms"'
done
