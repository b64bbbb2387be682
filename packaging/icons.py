#!/usr/bin/env python3
"""Generate the app icons from the one source image, resources/nctask-desktop.svg.

    python packaging/icons.py [--out build/icons]

Writes into the output folder (default build/icons, not committed):
- png/nctask-desktop-SIZE.png for SIZE in 16 24 32 48 64 128 256 512 (and 1024 for macOS);
- hicolor/SIZExSIZE/apps/nctask-desktop.png and hicolor/scalable/apps/nctask-desktop.svg, the
  layout of /usr/share/icons/hicolor;
- nctask-desktop.ico (Windows: 16…256, PNG-compressed entries, as Windows Vista and later read);
- nctask-desktop.icns (macOS: 16…1024 including the @2x variants, PNG-compressed entries).

The SVG is rendered with Qt (QtSvg, part of PySide6-Essentials), offscreen; the .ico and .icns
containers are written here with the standard library, so no image library is needed. Each file is
read back with Qt's own ico/icns readers to check it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "nctask-desktop.svg"
NAME = "nctask-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types with PNG payloads: (type, pixel size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_pngs(svg: Path, sizes: list[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG rendered at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {svg}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
            raise SystemExit(f"icons: could not encode the {size}px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An .ico file with one PNG-compressed entry per size."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file with PNG-compressed elements (macOS 10.7 and later)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def check_readable(path: Path, fmt: str, expect: int) -> None:
    """Read the container back with Qt's image plugins: every entry must decode."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path), fmt.encode())
    count = reader.imageCount()
    if count < expect:
        raise SystemExit(f"icons: Qt reads {count} images in {path}, expected {expect}")
    for index in range(count):
        reader.jumpToImage(index)
        if reader.read().isNull():
            raise SystemExit(f"icons: entry {index} of {path} does not decode")


def generate(out: Path, svg: Path = SOURCE) -> dict[str, Path]:
    """Write every icon; return the main files by kind (svg, png256, ico, icns, hicolor)."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = render_pngs(svg, sizes)
    if out.exists():
        shutil.rmtree(out)
    (out / "png").mkdir(parents=True)
    for size in sizes:
        (out / "png" / f"{NAME}-{size}.png").write_bytes(pngs[size])
    hicolor = out / "hicolor"
    for size in PNG_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{NAME}.png").write_bytes(pngs[size])
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(svg, hicolor / "scalable" / "apps" / f"{NAME}.svg")
    shutil.copyfile(svg, out / f"{NAME}.svg")
    ico = out / f"{NAME}.ico"
    ico.write_bytes(ico_bytes(pngs))
    icns = out / f"{NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    check_readable(ico, "ico", len(ICO_SIZES))
    check_readable(icns, "icns", 1)
    return {
        "svg": out / f"{NAME}.svg",
        "png256": out / "png" / f"{NAME}-256.png",
        "ico": ico,
        "icns": icns,
        "hicolor": hicolor,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    files = generate(args.out, args.source)
    for kind, path in files.items():
        print(f"icons: {kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
