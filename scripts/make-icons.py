#!/usr/bin/env python3
"""Draws the application icon (a meter dial with an upward arrow) as PNG and ICO.

Run once when the icon changes; the outputs are committed under resources/icons/ so the
build needs no image tools. Pure Python: zlib for PNG, ICO holding PNG images.
"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size):
    px = [[(0, 0, 0, 0)] * size for _ in range(size)]
    c = (size - 1) / 2.0
    r_outer = size * 0.47
    r_inner = size * 0.40
    for y in range(size):
        for x in range(size):
            d = math.hypot(x - c, y - c)
            if d <= r_outer:
                # anti-aliased edge
                a = max(0.0, min(1.0, r_outer - d))
                col = (0x1E, 0x5A, 0x8C) if d > r_inner else (0xF4, 0xF7, 0xFA)
                px[y][x] = col + (int(255 * a),)
    # dial ticks
    for i in range(9):
        ang = math.radians(210 - i * 30)
        for t in range(int(size * 0.06)):
            rr = r_inner - size * 0.03 - t
            x = int(round(c + rr * math.cos(ang)))
            y = int(round(c - rr * math.sin(ang)))
            for dx in (-1, 0, 1):
                if 0 <= x + dx < size and 0 <= y < size:
                    px[y][x + dx] = (0x1E, 0x5A, 0x8C, 255)
    # upward arrow (an upgrade) in green
    w = max(2, size // 12)
    top = int(size * 0.24)
    bottom = int(size * 0.72)
    for y in range(top + int(size * 0.12), bottom):
        for x in range(int(c) - w, int(c) + w + 1):
            px[y][x] = (0x2E, 0x9E, 0x4F, 255)
    head = int(size * 0.14)
    for k in range(head):
        y = top + k
        for x in range(int(c) - k - w // 2, int(c) + k + w // 2 + 1):
            if 0 <= x < size:
                px[y][x] = (0x2E, 0x9E, 0x4F, 255)
    return px


def png(size):
    px = draw(size)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for s, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "commissioner.png").write_bytes(png(256))
    (OUT / "commissioner-64.png").write_bytes(png(64))
    (OUT / "commissioner.ico").write_bytes(ico([16, 32, 48, 256]))
    print("icons written to", OUT)
