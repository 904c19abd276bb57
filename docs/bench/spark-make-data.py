#!/usr/bin/env python3
"""Writes the Spark benchmark's files (docs/BENCHMARKS.md, "Scoring on Spark"): a training CSV of
20,000 rows and a scoring CSV of N rows (default 10,000,000) with the same 8 correlated numeric
features, 1% of rows shifted. Usage: spark-make-data.py OUT_DIR [N]"""
import sys
import numpy as np

def write(path, rows, seed):
    rng = np.random.default_rng(seed)
    chunk = 500_000
    with open(path, "w") as f:
        f.write("id,x1,x2,x3,x4,x5,x6,x7,x8\n")
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            z = rng.standard_normal((n, 8))
            z[:, 1] += 0.6 * z[:, 0]
            z[:, 3] += 0.4 * z[:, 2]
            shifted = rng.random(n) < 0.01
            z[shifted] += 4.0
            ids = np.arange(start + 1, start + n + 1).reshape(-1, 1)
            np.savetxt(f, np.hstack([ids, z]), fmt=["%d"] + ["%.5f"] * 8, delimiter=",")

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000_000
write(f"{out}/train.csv", 20_000, 1)
write(f"{out}/score.csv", n, 2)
