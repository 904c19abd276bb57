#!/usr/bin/env python3
"""Generates data.csv and new-readings.csv for the machine-sensors example (seeded, stdlib only).

Normal readings follow the physics of a pump: power grows with rpm and pressure, temperature
with power; anomalies are bearing wear (vibration up), sensor faults (a stuck or wild value)
and overheating (temperature far above what the power explains). Some cells are missing.
"""
import math
import random
from datetime import datetime, timedelta

def reading(rnd, kind):
    rpm = rnd.gauss(1500, 120)
    pressure = rnd.gauss(6.0, 0.4) + (rpm - 1500) / 600
    power = 0.004 * rpm + 1.8 * pressure + rnd.gauss(0, 0.3)
    temperature = 35 + 2.2 * power + rnd.gauss(0, 0.8)
    vibration = 0.8 + 0.0004 * rpm + abs(rnd.gauss(0, 0.08))
    if kind == "bearing":
        vibration *= rnd.uniform(2.2, 3.5)
    elif kind == "sensor":
        pressure = rnd.choice([0.0, pressure * rnd.uniform(2.5, 4)])
    elif kind == "overheat":
        temperature += rnd.uniform(12, 25)
    return rpm, pressure, power, temperature, vibration

def write(path, rows, rate, seed, with_label=True):
    rnd = random.Random(seed)
    sites = ["north", "south", "east"]
    start = datetime(2026, 3, 1)
    with open(path, "w", newline="\n") as f:
        cols = ["reading_id", "timestamp", "site", "rpm", "pressure_bar", "power_kw", "temperature_c", "vibration_mm_s"]
        f.write(",".join(cols + (["label"] if with_label else [])) + "\n")
        for i in range(rows):
            kind = rnd.choice(["bearing", "sensor", "overheat"]) if rnd.random() < rate else "normal"
            values = [f"{v:.3f}" for v in reading(rnd, kind)]
            if rnd.random() < 0.01:
                values[rnd.randrange(len(values))] = "NA"
            ts = (start + timedelta(minutes=10 * i)).strftime("%Y-%m-%d %H:%M:%S")
            row = [f"R{seed}-{i:05d}", ts, rnd.choice(sites)] + values
            if with_label:
                row.append("0" if kind == "normal" else "1")
            f.write(",".join(row) + "\n")

if __name__ == "__main__":
    write("data.csv", 3000, 0.04, 7)
    write("new-readings.csv", 1000, 0.04, 8)
