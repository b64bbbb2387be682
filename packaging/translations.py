#!/usr/bin/env python3
"""Translations: compile i18n/*.ts into nctask_desktop/i18n/*.qm, or refresh the .ts sources.

    python packaging/translations.py            # compile (pyside6-lrelease), as build.py does
    python packaging/translations.py update     # refresh every i18n/*.ts from the code (lupdate)
    python packaging/translations.py update --add fr   # start i18n/nctask_desktop_fr.ts

The English catalogue (nctask_desktop_en.ts) holds only plural forms (see i18n/README.md), so it is
refreshed with -pluralonly. Run with the project's virtualenv (.venv/bin/python): the tools come
with PySide6.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
COMPILED = ROOT / "nctask_desktop" / "i18n"
PREFIX = "nctask_desktop_"


def tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate beside this Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found; run with the project's .venv Python")
    return found


def compile_all(quiet: bool = False) -> list[Path]:
    """lrelease every i18n/nctask_desktop_*.ts; returns the .qm files written."""
    COMPILED.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(SOURCES.glob(f"{PREFIX}*.ts")):
        qm = COMPILED / (ts.stem + ".qm")
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"translations: lrelease failed for {ts.name}:\n{result.stderr}")
        if not quiet:
            print(f"translations: {ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
        written.append(qm)
    return written


def update(add: list[str]) -> None:
    """Refresh the .ts sources from the code (and start new languages)."""
    SOURCES.mkdir(exist_ok=True)
    for lang in add:
        (SOURCES / f"{PREFIX}{lang}.ts").touch()
    for ts in sorted(SOURCES.glob(f"{PREFIX}*.ts")):
        lang = ts.stem.removeprefix(PREFIX)
        cmd = [tool("pyside6-lupdate"), "-extensions", "py", "nctask_desktop"]
        if lang == "en":
            cmd += ["-pluralonly", "-source-language", "en", "-target-language", "en"]
        elif ts.stat().st_size == 0:
            ts.unlink()
            cmd += ["-source-language", "en", "-target-language", lang]
        cmd += ["-ts", str(ts.relative_to(ROOT))]
        print("translations:", " ".join(cmd[1:]))
        subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="compile", choices=["compile", "update"])
    parser.add_argument("--add", action="append", default=[], metavar="LANG")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.add)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
