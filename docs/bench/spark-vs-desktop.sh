#!/usr/bin/env bash
# Scoring throughput, desktop 'score' vs the Spark job in local[2], on the same CSV, runs alternated
# (docs/BENCHMARKS.md, "Scoring on Spark"). Usage: spark-vs-desktop.sh DIR DETECTOR... where DIR holds
# train.csv and score.csv (spark-make-data.py), classes/ (a copy of target/classes built with -Pspark),
# cp-desktop.txt (mvn dependency:build-classpath -Dmdep.includeScope=runtime) and cp-spark.txt
# (mvn -Pspark dependency:build-classpath -Dmdep.includeScope=compile).
set -euo pipefail
dir=$1; shift
reps=${REPS:-2}
export OMP_WAIT_POLICY=PASSIVE SPARK_LOCAL_IP=127.0.0.1
desktop=(java -Xmx12g -cp "$dir/classes:$(cat "$dir/cp-desktop.txt")" org.anomalyworkbench.Launcher)
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
spark=(java $opens -Xmx4g -cp "$dir/classes:$(cat "$dir/cp-spark.txt")" org.anomalyworkbench.spark.ScoreJob --master 'local[2]')
rows=$(($(wc -l < "$dir/score.csv") - 1))
echo "rows: $rows  machine: $(nproc) vCPU, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
for det in "$@"; do
  model="$dir/$det.awm"
  [ -f "$model" ] || "${desktop[@]}" train --data "$dir/train.csv" --detector "$det" --model "$model" > "$dir/$det-train.log"
  for rep in $(seq "$reps"); do
    rm -rf "$dir/out-desktop.csv" "$dir/out-spark"
    t0=$(date +%s.%N); "${desktop[@]}" score --model "$model" --data "$dir/score.csv" --out "$dir/out-desktop.csv" > "$dir/d.log" 2>&1; t1=$(date +%s.%N)
    echo "$det desktop rep $rep: wall $(echo "$t1 - $t0" | bc) s, $(echo "$rows / ($t1 - $t0)" | bc) rows/s; $(grep -m1 '^Scored' "$dir/d.log")"
    t0=$(date +%s.%N); "${spark[@]}" --model "$model" --data "$dir/score.csv" --out "$dir/out-spark" > "$dir/s.log" 2>&1; t1=$(date +%s.%N)
    echo "$det spark local[2] rep $rep: wall $(echo "$t1 - $t0" | bc) s, $(echo "$rows / ($t1 - $t0)" | bc) rows/s; $(grep -m1 '^Scored' "$dir/s.log")  load: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
