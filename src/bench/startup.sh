#!/usr/bin/env bash
# Window start-up time under Xvfb: N launches of the packaged app (target/anomaly-workbench.jar
# with its lib/) through StartupBench, which runs Launcher.main unchanged and reports when the
# first frame was rendered, when the built-in sample's rows were drawn, and whether the FX thread
# stayed responsive while ND4J loaded. Each round launches it twice, alternately:
#   plain    as `java -cp` / the README's start command run it
#   archive  with the class-data sharing archive the Linux package makes at install time
#            (packaging/record-classlist.sh, then -Xshare:dump as packaging/linux/postinst does)
# "launch->" times are measured from just before `java` is exec'd (the script's clock), so the
# JVM's own start-up counts. Not part of `mvn test`.
#
# usage: src/bench/startup.sh [rounds=5]   env: JAVA_OPTS (default none)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
XVFB=(xvfb-run -a -s "-screen 0 1440x900x24")
mvn -q -B -o package -DskipTests
mvn -q -B -o -DskipTests test-compile
# CDS archives only classes from jars, so the bench class travels in one.
(cd target/test-classes && jar cf ../startup-bench.jar org/anomalyworkbench/bench)
CP=target/anomaly-workbench.jar:target/startup-bench.jar
packaging/record-classlist.sh target/startup.classlist target/startup.jsa
echo "# start-up archive: $(wc -l < target/startup.classlist) classes listed, $(du -m target/startup.jsa | cut -f1) MB"

launch() { # label, extra JVM options
  "${XVFB[@]}" bash -c 'start=$(date +%s%3N); out=$(java '"${JAVA_OPTS:-} $2"' -cp '"$CP"' org.anomalyworkbench.bench.StartupBench 2>&1 | grep -v "^\[main\] INFO");
     echo "$out" | grep -v "^RESULT" | grep -v "JavaFX configuration\|PlatformImpl startup" || true
     frame=$(echo "$out" | sed -n "s/.*firstFrameEpochMs=\([0-9]*\).*/\1/p");
     data=$(echo "$out" | sed -n "s/.*dataFrameEpochMs=\([0-9]*\).*/\1/p");
     ping=$(echo "$out" | sed -n "s/.*maxPingAfterFrameMs=\([0-9]*\).*/\1/p");
     [ -n "$frame" ] && echo "RESULT '"$1"' launchToFrame=$(( frame - start ))ms launchToData=$(( data - start ))ms pingAfterFrame=${ping}ms"'
}
for i in $(seq 1 "$RUNS"); do
  echo "# round $i: load $(cut -d' ' -f1-3 /proc/loadavg)"
  launch plain ""
  launch archive "-XX:SharedArchiveFile=target/startup.jsa"
done | tee target/startup.log
echo "# medians (ms): variant, launch->first frame, launch->sample rows drawn, FX stall after the first frame"
for v in plain archive; do
  grep "^RESULT $v " target/startup.log | sed 's/[a-zA-Z]*=//g; s/ms//g' | awk -v v="$v" '
    { f[NR]=$3; d[NR]=$4; p[NR]=$5 }
    function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { if (NR) printf "%-8s %6d %6d %6d   (%d runs)\n", v, med(f, NR), med(d, NR), med(p, NR), NR }'
done
