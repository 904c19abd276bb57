#!/usr/bin/python3
"""pandas side of the import benchmark: read_csv with type inference on one file, timed.

Prints the read time, CPU time, peak RSS and the sum of every column (to check that
ImportBench.java read the same numbers). usage: read_pandas.py FILE.csv
"""
import resource
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402  (timed separately from the read)

t1 = time.perf_counter()
c1 = time.process_time()
df = pd.read_csv(sys.argv[1])
t2 = time.perf_counter()
c2 = time.process_time()
sums = " ".join("%.3f" % df[c].sum() for c in df.columns)
print("pandas %s read_csv: %.3f s cpu %.3f s (import pandas %.3f s) rows %d peak RSS %d MB"
      % (pd.__version__, t2 - t1, c2 - c1, t1 - t0, len(df), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
print("RESULT seconds=%.3f peakRssMb=%d" % (t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
print("checksum", sums)
