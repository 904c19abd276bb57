#!/usr/bin/python3
"""Summarises an alternate.sh log: per pair ours, peer and ours/peer, then medians.

Reads lines "PAIR <i> <workload> <side> <RESULT line or program output>" (what alternate.sh
writes) and prints one table per workload. Training: rows/s (higher is better), ratio =
ours/peer rows/s. Import: seconds (lower is better), ratio = ours/peer seconds.
"""
import re
import statistics
import sys
from collections import defaultdict


def parse(path):
    data = defaultdict(lambda: defaultdict(dict))  # workload -> pair -> side -> {metric: value}
    for line in open(path):
        m = re.match(r"PAIR (\d+) (\S+) (\S+) (.*)", line)
        if not m:
            continue
        pair, workload, side, rest = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        for k, v in re.findall(r"(\w+)=([\d.]+)", rest):
            data[workload][pair][side + ":" + k] = float(v)
        f = re.search(r"fresh: ([\d.]+) s.*peak RSS (\d+) MB", rest)
        if f:  # ImportBench's line
            data[workload][pair][side + ":seconds"] = float(f.group(1))
            data[workload][pair][side + ":peakRssMb"] = float(f.group(2))
    return data


def table(workload, pairs, metrics):
    print("\n%s" % workload)
    sides = sorted({k.split(":")[0] for p in pairs.values() for k in p})
    peer = "peer"
    for metric in metrics:
        cols = [s for s in sides if any((s + ":" + metric) in p for p in pairs.values())]
        if not cols:
            continue
        ours = [s for s in cols if s != peer]
        print("  %-10s " % metric + " ".join("%12s" % c for c in cols)
              + "".join("%17s" % (o + "/" + peer) for o in ours if peer in cols))
        ratios = defaultdict(list)
        values = defaultdict(list)
        for i in sorted(pairs):
            p = pairs[i]
            row = "  pair %-5d " % i
            for c in cols:
                v = p.get(c + ":" + metric)
                values[c].append(v)
                row += "%12s" % ("-" if v is None else "%.3f" % v if v < 100 else "%.0f" % v)
            for o in ours:
                if peer in cols and p.get(o + ":" + metric) and p.get(peer + ":" + metric):
                    r = p[o + ":" + metric] / p[peer + ":" + metric]
                    ratios[o].append(r)
                    row += "%17.3f" % r
            print(row)
        row = "  median     "
        for c in cols:
            vs = [v for v in values[c] if v is not None]
            row += "%12s" % ("-" if not vs else "%.3f" % statistics.median(vs) if statistics.median(vs) < 100
                             else "%.0f" % statistics.median(vs))
        for o in ours:
            if ratios[o]:
                row += "%17.3f" % statistics.median(ratios[o])
        print(row)


def main():
    data = parse(sys.argv[1])
    for workload, pairs in data.items():
        if workload.startswith("train"):
            table(workload + " (rows/s; ratio ours/peer, higher is better)", pairs, ["first", "steady"])
        else:
            table(workload + " (seconds and peak RSS MB; ratio ours/peer, lower is better)", pairs,
                  ["seconds", "peakRssMb"])


if __name__ == "__main__":
    main()
