#!/usr/bin/env python3
"""Turns the CSV written by `anomaly-workbench bench` into the Markdown tables of docs/BENCHMARKS.md.

Usage: bench_table.py bench.csv [reference.md]
Prints one table of ROC-AUC / average precision per dataset (detectors as columns), then the
per-detector means and total fit/score seconds. Standard library only.
"""
import csv
import sys
from collections import OrderedDict


def main(path):
    rows = list(csv.DictReader(open(path)))
    detectors = list(OrderedDict.fromkeys(r["detector"] for r in rows))
    datasets = list(OrderedDict.fromkeys(r["dataset"] for r in rows))
    cell = {(r["dataset"], r["detector"]): r for r in rows}
    print("| dataset | rows | " + " | ".join(detectors) + " |")
    print("|---|---|" + "---|" * len(detectors))
    for d in datasets:
        first = next(r for r in rows if r["dataset"] == d)
        vals = []
        for det in detectors:
            r = cell.get((d, det))
            vals.append(f"{float(r['roc_auc']):.3f} / {float(r['pr_auc']):.3f}" if r else "")
        print(f"| {d} | {first['rows']} | " + " | ".join(vals) + " |")
    print()
    print("| detector | mean ROC-AUC | mean AP | fit s (sum) | score s (sum) |")
    print("|---|---|---|---|---|")
    for det in detectors:
        rs = [r for r in rows if r["detector"] == det]
        mean = lambda k: sum(float(r[k]) for r in rs) / len(rs)
        total = lambda k: sum(float(r[k]) for r in rs)
        print(f"| {det} | {mean('roc_auc'):.3f} | {mean('pr_auc'):.3f} | {total('fit_seconds'):.1f} | {total('score_seconds'):.1f} |")


if __name__ == "__main__":
    main(sys.argv[1])
