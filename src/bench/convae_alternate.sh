#!/usr/bin/env bash
# conv-autoencoder training speed against PyTorch (issue 13): the default network on 28x28x1
# random images, batch 128, MSE, Adam 1e-3. Ours (ConvSpeedProbe, fresh JVM) and PyTorch
# (src/bench/train_convae_torch.py, Debian's python3-torch) alternate A B A B at 1 and 2
# threads; each run prints three rounds of SECONDS s: the first includes warm-up, the last is the
# steady state. Then scoring images/s (10,000 images, default network) and RSS after each of 10
# short trainings (500 images, 2 epochs, scored after each). Not part of `mvn test`.
#
# usage: src/bench/convae_alternate.sh [pairs=2] [seconds=5] [batch=128]
set -euo pipefail
cd "$(dirname "$0")/../.."
PAIRS=${1:-2}
SECONDS_PER_ROUND=${2:-5}
BATCH=${3:-128}
PY=/usr/bin/python3
mvn -q -B -o -DskipTests test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP=target/test-classes:target/classes:$(cat target/bench-cp.txt)
PROBE=org.anomalyworkbench.core.detector.convae.ConvSpeedProbe
mkdir -p target/bench
LOG=target/bench/convae-alternate-$(date +%Y%m%d-%H%M%S).log
for pair in $(seq "$PAIRS"); do
  for threads in 1 2; do
    java -cp "$CP" "$PROBE" train "$BATCH" "$threads" "$SECONDS_PER_ROUND" 2>/dev/null \
      | sed "s/^/pair $pair ours  /" | tee -a "$LOG"
    $PY src/bench/train_convae_torch.py --batch "$BATCH" --threads "$threads" --seconds "$SECONDS_PER_ROUND" \
      | sed "s/^/pair $pair torch /" | tee -a "$LOG"
  done
done
java -cp "$CP" "$PROBE" score 10000 2>/dev/null | tee -a "$LOG"
java -cp "$CP" "$PROBE" memory 10 2>/dev/null | tee -a "$LOG"
echo "log: $LOG"
