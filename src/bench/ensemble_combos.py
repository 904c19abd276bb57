#!/usr/bin/python3
"""Compares ways of combining member scores offline, from the files MemberScores writes.

Usage: src/bench/ensemble_combos.py /tmp/members isolation-forest,knn,lof,... [--top 20]
Prints, for each subset of two or more members and each combination rule, the mean ROC-AUC
over the sets; the rules use the scores only (never the labels), as the ensemble must.
"""
import itertools, os, sys
import numpy as np

def rank01(s):
    order = np.argsort(s, kind="mergesort")
    r = np.empty(len(s)); r[order] = np.arange(len(s))
    # ties share their mean rank, as the ensemble's RANK normalisation does
    _, inv, counts = np.unique(s, return_inverse=True, return_counts=True)
    sums = np.zeros(len(counts)); np.add.at(sums, inv, r)
    return (sums / counts)[inv] / max(1, len(s) - 1)

def auc(scores, labels):
    r = rank01(scores) * (len(scores) - 1) + 1
    pos = labels == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return (r[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)

def zs(s):
    sd = s.std()
    return (s - s.mean()) / (sd if sd > 0 else 1)

def robust(s):
    med = np.median(s); mad = np.median(np.abs(s - med)) * 1.4826
    return (s - med) / (mad if mad > 0 else (s.std() if s.std() > 0 else 1))

RULES = {
    "rank-mean": lambda M: np.mean([rank01(m) for m in M], axis=0),
    "rank-max": lambda M: np.max([rank01(m) for m in M], axis=0),
    "z-mean": lambda M: np.mean([zs(m) for m in M], axis=0),
    "robust-mean": lambda M: np.mean([np.clip(robust(m), -10, 10) for m in M], axis=0),
    "aom2": lambda M: aom(M, 2),
    "agree-z": lambda M: agreement(M, zs),
    "agree-rank": lambda M: agreement(M, rank01),
    "robust-max": lambda M: np.max([np.clip(robust(m), -10, 10) for m in M], axis=0),
}

def agreement(M, norm):
    """Weights from agreement with the consensus of the other members (Spearman), never labels."""
    R = [rank01(m) for m in M]
    N = [norm(m) for m in M]
    w = []
    for i in range(len(M)):
        others = np.mean([R[j] for j in range(len(M)) if j != i], axis=0)
        c = np.corrcoef(R[i], others)[0, 1]
        w.append(max(0.0, c if np.isfinite(c) else 0.0))
    w = np.array(w)
    if w.sum() == 0:
        w = np.ones(len(M))
    return np.sum([wi * n for wi, n in zip(w, N)], axis=0) / w.sum()

def aom(M, groups):
    Z = [zs(m) for m in M]
    if len(Z) < groups:
        return np.max(Z, axis=0)
    parts = [Z[i::groups] for i in range(groups)]
    return np.mean([np.max(p, axis=0) for p in parts], axis=0)

def main():
    root, members = sys.argv[1], sys.argv[2].split(",")
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    sets = sorted(d for d in os.listdir(root) if all(os.path.exists(os.path.join(root, d, m + ".txt")) for m in members))
    data = {}
    for d in sets:
        y = np.loadtxt(os.path.join(root, d, "labels.txt"))
        data[d] = (y, {m: np.loadtxt(os.path.join(root, d, m + ".txt")) for m in members})
    print(f"{len(sets)} sets: {' '.join(sets)}")
    for m in members:
        print(f"{m:18s} {np.mean([auc(data[d][1][m], data[d][0]) for d in sets]):.4f}")
    results = []
    for k in range(2, len(members) + 1):
        for combo in itertools.combinations(members, k):
            for rule, f in RULES.items():
                a = [auc(f([data[d][1][m] for m in combo]), data[d][0]) for d in sets]
                results.append((np.mean(a), rule, combo, a))
    results.sort(key=lambda t: -t[0])
    for mean, rule, combo, a in results[:top]:
        print(f"{mean:.4f} {rule:12s} {','.join(combo)}  min {min(a):.3f}")

if __name__ == "__main__":
    main()
