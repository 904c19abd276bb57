#!/usr/bin/python3
"""Writes train100k.csv and score1m.csv (20 numeric features on a 4-dimensional linear manifold plus
noise; the first 1% of rows of each file pushed off it) into the current folder, for the 1M-row
scoring check in docs/BENCHMARKS.md (Scale)."""
import numpy as np, sys
rng = np.random.default_rng(1)
def make(n, path):
    d = 20
    z = rng.standard_normal((n, 4))
    A = np.random.default_rng(7).standard_normal((4, d))
    x = z @ A + 0.3 * rng.standard_normal((n, d))
    k = n // 100
    x[:k] += rng.standard_normal((k, d)) * 3
    header = ",".join("f%d" % i for i in range(d))
    np.savetxt(path, x, delimiter=",", fmt="%.5g", header=header, comments="")
make(100_000, "train100k.csv")
make(1_000_000, "score1m.csv")
