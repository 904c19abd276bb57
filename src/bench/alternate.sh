#!/usr/bin/env bash
# Side-by-side speed benchmark: ours (fresh JVM) and the peer (Debian's /usr/bin/python3 with
# PyTorch / pandas) alternate A B A B ... so that noise from other processes on the machine hits
# both alike; prints per-pair ratios and medians (summarize.py). Not part of `mvn test`.
#
# usage: src/bench/alternate.sh [pairs=3] [workloads...]
#   workloads: train256 train1024 import (default: all three; import also runs ours with the
#   class-data sharing archive the installed Linux package makes, when xvfb-run is there to
#   record its class list), and, not alternated:
#     rss       10 trainings in one JVM (batch 256), RSS after each
#     parallel  2 and 1 trainings at once in one JVM, total rows/s
#     score     autoencoder and VAE scoring of 1M rows under -Xmx2g
# env: JAVA_OPTS (default -Xmx2g), TORCH_THREADS (default: PyTorch's own), RUNS (trainings per
#      process, default 3: the first, then steady state), BENCH_DIR (default /tmp/awb-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
PAIRS=${1:-3}
shift || true
WORKLOADS=${*:-"train256 train1024 import"}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
RUNS=${RUNS:-3}
BENCH_DIR=${BENCH_DIR:-/tmp/awb-bench}
TRAIN_DATA=$BENCH_DIR/train-100k-30.csv
IMPORT_DATA=$BENCH_DIR/numeric-1m-20.csv
PY=/usr/bin/python3

mvn -q -B -o -DskipTests test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/test-classes:target/classes:$(cat target/bench-classpath.txt)
mkdir -p target/bench
LOG=target/bench/alternate-$(date +%Y%m%d-%H%M%S).log
ARCHIVE=
if [[ " $WORKLOADS " == *" import "* ]] && command -v xvfb-run >/dev/null; then
  # Made as packaging/linux/postinst makes it, for the packaged jar (CDS archives only jars).
  mvn -q -B -o package -DskipTests
  (cd target/test-classes && jar cf ../bench/bench.jar org/anomalyworkbench/bench)
  packaging/record-classlist.sh target/bench/app.classlist target/bench/app.jsa && ARCHIVE=target/bench/app.jsa
fi

ours() { java $JAVA_OPTS -cp "$CP" "$@" 2>&1 | grep -v '^\[main\] INFO'; }
ours_archived() {
  java $JAVA_OPTS -XX:SharedArchiveFile="$ARCHIVE" -cp target/anomaly-workbench.jar:target/bench/bench.jar "$@" 2>&1 \
    | grep -v '^\[main\] INFO'
}
torch_threads() { if [ -n "${TORCH_THREADS:-}" ]; then echo "--threads $TORCH_THREADS"; fi; }
# Creates the data files (seeded) on first use, outside the timings.
[ -f "$TRAIN_DATA" ] || ours org.anomalyworkbench.bench.TrainBench --data "$TRAIN_DATA" --runs 1 --epochs 1 >/dev/null
if [[ " $WORKLOADS " == *" import "* ]] && [ ! -f "$IMPORT_DATA" ]; then
  ours org.anomalyworkbench.bench.ImportBench "$IMPORT_DATA" 0 0 >/dev/null
fi

{
  echo "# $(date -Is) $(git rev-parse --short HEAD) pairs=$PAIRS workloads='$WORKLOADS' JAVA_OPTS='$JAVA_OPTS' RUNS=$RUNS"
  echo "# $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  for pair in $(seq 1 "$PAIRS"); do
    for w in $WORKLOADS; do
      echo "# pair $pair $w: load $(cut -d' ' -f1-3 /proc/loadavg)"
      case $w in
        train*)
          batch=${w#train}
          ours org.anomalyworkbench.bench.TrainBench --data "$TRAIN_DATA" --batch "$batch" --runs "$RUNS" \
            | sed "s/^/PAIR $pair $w ours /"
          $PY src/bench/train_torch.py "$TRAIN_DATA" --batch "$batch" --runs "$RUNS" $(torch_threads) \
            | sed "s/^/PAIR $pair $w peer /" ;;
        import)
          ours org.anomalyworkbench.bench.ImportBench "$IMPORT_DATA" 0 0 | sed "s/^/PAIR $pair import cold /"
          ours org.anomalyworkbench.bench.ImportBench "$IMPORT_DATA" 0 0 app | sed "s/^/PAIR $pair import app /"
          if [ -n "$ARCHIVE" ]; then
            ours_archived org.anomalyworkbench.bench.ImportBench "$IMPORT_DATA" 0 0 | sed "s/^/PAIR $pair import installed /"
          fi
          $PY src/bench/read_pandas.py "$IMPORT_DATA" | sed "s/^/PAIR $pair import peer /" ;;
        rss)
          if [ "$pair" = 1 ]; then
            ours org.anomalyworkbench.bench.TrainBench --data "$TRAIN_DATA" --batch 256 --runs 10 | sed "s/^/SOLO rss /"
          fi ;;
        parallel)
          if [ "$pair" = 1 ]; then for k in 2 1; do
            ours org.anomalyworkbench.bench.TrainBench --data "$TRAIN_DATA" --batch 256 --runs "$RUNS" --parallel $k \
              | sed "s/^/SOLO parallel$k /"; done; fi ;;
        score)
          if [ "$pair" = 1 ]; then for d in autoencoder vae; do
            java -Xmx2g -cp "$CP" org.anomalyworkbench.bench.ScoreBench --detector $d --data "$TRAIN_DATA" 2>&1 \
              | grep -v '^\[main\] INFO' | sed "s/^/SOLO score-$d /"; done; fi ;;
      esac
    done
  done
} | tee "$LOG"
echo
echo "log: $LOG"
$PY src/bench/summarize.py "$LOG"
