#!/usr/bin/env python3
"""The PyTorch side of the LSTM training comparison (issue 12): nn.LSTM(1 -> 32, one layer,
batch_first) over windows of 64 points of an AR(1) series of 100k points, a linear read-out
predicting the next point at steps >= warm-up (63 = the last step only, the classic forecaster),
MSE, Adam 1e-3, shuffled windows. Prints windows/s per round, like LstmSpeedProbe.

usage: train_lstm_torch.py [--batch 64] [--threads N] [--warm-up 63] [--seconds 5] [--rounds 3]
"""
import argparse
import time

import numpy as np
import torch

p = argparse.ArgumentParser()
p.add_argument("--batch", type=int, default=64)
p.add_argument("--threads", type=int, default=0)
p.add_argument("--warm-up", type=int, default=63)
p.add_argument("--seconds", type=float, default=5)
p.add_argument("--rounds", type=int, default=3)
a = p.parse_args()
if a.threads > 0:
    torch.set_num_threads(a.threads)
torch.manual_seed(1)
steps, points = 64, 100_000
rng = np.random.default_rng(1)
noise = rng.standard_normal(points).astype(np.float32) * 0.1
series = np.zeros(points, dtype=np.float32)
for i in range(1, points):
    series[i] = 0.99 * series[i - 1] + noise[i]
series_t = torch.from_numpy(series)
# All windows as a strided view (no copy): x = points s..s+63, y = s+1..s+64.
view = series_t.unfold(0, steps + 1, 1)


class Forecaster(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(1, 32, num_layers=1, batch_first=True)
        self.out = torch.nn.Linear(32, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, a.warm_up:, :])


model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = torch.nn.MSELoss()
order = torch.randperm(view.shape[0])
at = 0
for r in range(a.rounds):
    start = time.perf_counter()
    windows = 0
    while time.perf_counter() - start < a.seconds:
        if at + a.batch > len(order):
            at = 0
        w = view[order[at:at + a.batch]]
        at += a.batch
        x = w[:, :steps].unsqueeze(-1)
        y = w[:, a.warm_up + 1:].unsqueeze(-1)
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        last = loss.item()
        windows += a.batch
    s = time.perf_counter() - start
    print(f"torch batch {a.batch}, threads {torch.get_num_threads()}, warm-up {a.warm_up}: "
          f"{windows / s:.0f} windows/s (loss {last:.5f})")
