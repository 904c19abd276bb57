#!/usr/bin/python3
"""Draws the application icon (a score histogram with a threshold line and one flagged bar)
into the window-icon sizes the app loads and the 256 px image the installer uses.

Run with Debian's python3 (Pillow: apt-get install python3-pil) from the repository root:
    /usr/bin/python3 packaging/make_icon.py
"""
from PIL import Image, ImageDraw

OUT = "src/main/resources/org/anomalyworkbench/ui/icons/app-%d.png"
BACKGROUND = (28, 52, 86)
BAR = (120, 170, 230)
FLAGGED = (236, 98, 72)
THRESHOLD = (250, 250, 250)


def draw(size):
    scale = 4  # draw large, then downsample for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s // 6, fill=BACKGROUND)
    heights = [0.22, 0.45, 0.68, 0.58, 0.34, 0.16, 0.0, 0.26]
    left, right, base, top = s * 0.14, s * 0.86, s * 0.82, s * 0.16
    width = (right - left) / len(heights)
    for i, h in enumerate(heights):
        if h == 0:
            continue
        x0 = left + i * width + width * 0.12
        x1 = left + (i + 1) * width - width * 0.12
        colour = FLAGGED if i == len(heights) - 1 else BAR
        d.rectangle([x0, base - h * (base - top), x1, base], fill=colour)
    tx = left + 6.5 * width
    d.line([tx, top - s * 0.02, tx, base + s * 0.04], fill=THRESHOLD, width=max(scale, s // 40))
    d.line([left - s * 0.02, base, right + s * 0.02, base], fill=THRESHOLD, width=max(scale, s // 64))
    return img.resize((size, size), Image.LANCZOS)


for size in (16, 32, 64, 256):
    draw(size).save(OUT % size)
    print("wrote", OUT % size)
