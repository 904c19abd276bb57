#!/usr/bin/env python3
"""The PyTorch side of the conv-autoencoder training comparison (issue 13): the same network as
the default conv-autoencoder on 28x28x1 images: Conv2d(1->16, 3, stride 2, pad 1) + LeakyReLU(0.1),
Conv2d(16->32, 3, stride 2, pad 1) + LeakyReLU, Linear(32*7*7 -> 16), Linear(16 -> 32*7*7) +
LeakyReLU, nearest Upsample x2 + Conv2d(32->16, 3, pad 1) + LeakyReLU, Upsample x2 +
Conv2d(16->1, 3, pad 1) + Sigmoid; MSE, Adam 1e-3, shuffled batches of 2,000 uniform random
images. Prints training images/s per round, like ConvSpeedProbe.

usage: train_convae_torch.py [--batch 128] [--threads N] [--seconds 5] [--rounds 3]
                             [--filters 16,32] [--bottleneck 16]
"""
import argparse
import time

import torch
import torch.nn as nn

p = argparse.ArgumentParser()
p.add_argument("--batch", type=int, default=128)
p.add_argument("--threads", type=int, default=0)
p.add_argument("--seconds", type=float, default=5)
p.add_argument("--rounds", type=int, default=3)
p.add_argument("--filters", default="16,32")
p.add_argument("--bottleneck", type=int, default=16)
a = p.parse_args()
if a.threads > 0:
    torch.set_num_threads(a.threads)
torch.manual_seed(1)
filters = [int(f) for f in a.filters.split(",")]
layers, cin, side = [], 1, 28
for f in filters:
    layers += [nn.Conv2d(cin, f, 3, stride=2, padding=1), nn.LeakyReLU(0.1)]
    cin, side = f, (side + 1) // 2
flat = cin * side * side
layers += [nn.Flatten(), nn.Linear(flat, a.bottleneck), nn.Linear(a.bottleneck, flat), nn.LeakyReLU(0.1),
           nn.Unflatten(1, (cin, side, side))]
for f in reversed([1] + filters[:-1]):
    layers += [nn.Upsample(scale_factor=2), nn.Conv2d(cin, f, 3, padding=1)]
    layers += [nn.LeakyReLU(0.1)] if f != 1 else [nn.Sigmoid()]
    cin = f
model = nn.Sequential(*layers)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
data = torch.rand(2000, 1, 28, 28)
at, order = 0, torch.randperm(2000)
for r in range(a.rounds):
    start = time.perf_counter()
    images = 0
    while time.perf_counter() - start < a.seconds:
        if at + a.batch > len(order):
            at, order = 0, torch.randperm(2000)
        x = data[order[at:at + a.batch]]
        at += a.batch
        opt.zero_grad()
        loss = ((model(x) - x) ** 2).mean()
        loss.backward()
        opt.step()
        images += a.batch
    s = time.perf_counter() - start
    print(f"torch batch {a.batch}, threads {torch.get_num_threads()}: {images / s:.0f} images/s "
          f"(loss {loss.item():.5f})", flush=True)
