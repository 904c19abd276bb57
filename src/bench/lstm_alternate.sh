#!/usr/bin/env bash
# LSTM training speed against PyTorch (issue 12): window 64, 1 channel, hidden 32, one layer,
# next-point forecaster, Adam 1e-3. Ours (LstmSpeedProbe, fresh JVM) and PyTorch
# (src/bench/train_lstm_torch.py, Debian's python3-torch) alternate A B A B, each at 1 and 2
# threads, at batch 64 and 256; each run prints three rounds of SECONDS s: the first includes
# warm-up, the last is the steady state. Not part of `mvn test`.
#
# usage: src/bench/lstm_alternate.sh [pairs=2] [seconds=5] [warm-up=63]
#   warm-up 63: loss on the last step only (the classic forecaster); 32: every step from 32 on,
#   as the detector trains by default
set -euo pipefail
cd "$(dirname "$0")/../.."
PAIRS=${1:-2}
SECONDS_PER_ROUND=${2:-5}
WARM=${3:-63}
PY=/usr/bin/python3
mvn -q -B -o -DskipTests test-compile
CP=target/test-classes:target/classes
mkdir -p target/bench
LOG=target/bench/lstm-alternate-$(date +%Y%m%d-%H%M%S).log
for pair in $(seq "$PAIRS"); do
  for batch in 64 256; do
    for threads in 1 2; do
      java -cp "$CP" org.anomalyworkbench.core.detector.lstm.LstmSpeedProbe "$batch" "$threads" "$WARM" \
        "$SECONDS_PER_ROUND" | sed "s/^/pair $pair ours  /" | tee -a "$LOG"
      $PY src/bench/train_lstm_torch.py --batch "$batch" --threads "$threads" --warm-up "$WARM" \
        --seconds "$SECONDS_PER_ROUND" | sed "s/^/pair $pair torch /" | tee -a "$LOG"
    done
  done
done
echo "log: $LOG"
