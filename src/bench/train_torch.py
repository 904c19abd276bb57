#!/usr/bin/python3
"""PyTorch side of the training benchmark (run with Debian's /usr/bin/python3).

Same workload as TrainBench.java: the same CSV (header f1..f30, 100k rows), standard
scaling (population standard deviation, as the app's Preparation), dense autoencoder
30-16-8-16-30 (ReLU hidden layers, linear output, MSE, Adam lr 1e-3, float32, PyTorch's
default initialisation), N epochs, reshuffled every epoch, the batch loss read back every
batch (as our progress listener does). Each run builds a fresh model; prints training rows/s
per run and, last, "RESULT first=<rows/s> steady=<rows/s>" (steady: median of runs 2..N).

usage: train_torch.py DATA.csv [--batch 256] [--epochs 5] [--runs 3] [--threads N]
"""
import argparse
import resource
import statistics
import time

import pandas as pd
import torch
from torch import nn


def build(d):
    return nn.Sequential(
        nn.Linear(d, 16), nn.ReLU(),
        nn.Linear(16, 8), nn.ReLU(),
        nn.Linear(8, 16), nn.ReLU(),
        nn.Linear(16, d))


def train_once(x, batch, epochs, seed):
    torch.manual_seed(seed)
    model = build(x.shape[1])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.MSELoss()
    n = x.shape[0]
    t0 = time.perf_counter()
    last = float("nan")
    for _ in range(epochs):
        perm = torch.randperm(n)
        total = 0.0
        batches = 0
        for start in range(0, n, batch):
            xb = x[perm[start:start + batch]]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), xb)
            loss.backward()
            opt.step()
            total += loss.item()
            batches += 1
        last = total / batches
    seconds = time.perf_counter() - t0
    return seconds, n * epochs / seconds, last, model, opt.defaults


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", type=int, default=0, help="torch.set_num_threads; 0 = PyTorch's default")
    a = p.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    df = pd.read_csv(a.data)
    v = df.to_numpy(dtype="float32")
    mean = v.mean(axis=0)
    sd = v.std(axis=0)  # population sd, like the app's standard scaling
    sd[sd == 0] = 1
    x = torch.from_numpy((v - mean) / sd).contiguous()
    print("torch %s, %d thread(s); data %s: %d rows x %d features; batch %d, %d epochs"
          % (torch.__version__, torch.get_num_threads(), a.data, x.shape[0], x.shape[1], a.batch, a.epochs))
    rates = []
    for run in range(a.runs):
        seconds, rate, loss, model, opt_defaults = train_once(x, a.batch, a.epochs, 1000 * run)
        if run == 0:
            arch = [m.in_features for m in model if isinstance(m, nn.Linear)] + [model[-1].out_features]
            params = sum(t.numel() for t in model.parameters())
            print("architecture %s (%s), Adam(lr=%g, betas=%s, eps=%g), %d parameters, %s"
                  % ("-".join(map(str, arch)), ",".join(type(m).__name__ for m in model if not isinstance(m, nn.Linear)),
                     opt_defaults["lr"], opt_defaults["betas"], opt_defaults["eps"], params, next(model.parameters()).dtype))
        rates.append(rate)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print("run %d: train %.2f s  %.0f rows/s  last epoch loss %.4f  peak RSS %d MB" % (run + 1, seconds, rate, loss, rss))
    steady = statistics.median(rates[1:]) if len(rates) > 1 else float("nan")
    print("RESULT first=%.0f steady=%.0f" % (rates[0], steady))


if __name__ == "__main__":
    main()
