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
import re
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


def stale() -> bool:
    """Whether a compiled catalogue is missing or older than its source."""
    for ts in SOURCES.glob(f"{PREFIX}*.ts"):
        qm = COMPILED / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def update(add: list[str]) -> None:
    """Refresh the .ts sources from the code (and start new languages)."""
    SOURCES.mkdir(exist_ok=True)
    for lang in add:
        (SOURCES / f"{PREFIX}{lang}.ts").touch()
    english = SOURCES / f"{PREFIX}en.ts"
    plurals = (
        set(plural_messages(english.read_text(encoding="utf-8"))) if english.exists() else set()
    )
    for ts in sorted(SOURCES.glob(f"{PREFIX}*.ts")):
        lang = ts.stem.removeprefix(PREFIX)
        before = ts.read_text(encoding="utf-8") if ts.stat().st_size else ""
        kept = plural_messages(before)
        cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-extensions", "py", "nctask_desktop"]
        if lang == "en":
            cmd += ["-pluralonly", "-source-language", "en", "-target-language", "en"]
        elif ts.stat().st_size == 0:
            ts.unlink()
            cmd += ["-source-language", "en", "-target-language", lang]
        cmd += ["-ts", str(ts.relative_to(ROOT))]
        print("translations:", " ".join(cmd[1:]))
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        text = keep_plurals(ts.read_text(encoding="utf-8"), plurals, kept, plural_count(lang))
        ts.write_text(follow_moved_texts(before, text), encoding="utf-8")


# --- texts that moved to another class ------------------------------------------------------------
# A text's context is the class whose self.tr() says it; moving code to another class makes lupdate
# see a new, unfinished text and drop the old one. A text that left one context and arrived in
# another keeps its finished translation.

_FINISHED = re.compile(r"        <translation>([^<]*)</translation>\n")


def _finished_texts(text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the translation, of every finished single (not plural) message."""
    found = {}
    for context in _CONTEXT.finditer(text):
        for block in _MESSAGE.findall(context.group(2)):
            source, done = _SOURCE.search(block), _FINISHED.search(block)
            if source and done and done.group(1) and not _is_plural(block):
                found[(context.group(1), source.group(1))] = done.group(1)
    return found


def follow_moved_texts(before: str, after: str) -> str:
    old, new = _finished_texts(before), _finished_texts(after)
    present = {key for context in _CONTEXT.finditer(after) for key in _keys(context)}
    gone = {source: text for (name, source), text in old.items() if (name, source) not in present}
    if not gone:
        return after

    def adopt(context: re.Match[str]) -> str:
        body = context.group(2)
        for block in _MESSAGE.findall(body):
            source = _SOURCE.search(block)
            if (
                source is None
                or source.group(1) not in gone
                or (context.group(1), source.group(1)) in new
                or _is_plural(block)
            ):
                continue
            done = f"        <translation>{gone[source.group(1)]}</translation>\n"
            moved = re.sub(
                r'        <translation type="unfinished">[^<]*</translation>\n',
                done.replace("\\", "\\\\"),
                block,
            )
            body = body.replace(block, moved, 1)
        return f"<context>\n    <name>{context.group(1)}</name>{body}</context>"

    return _CONTEXT.sub(adopt, after)


def _keys(context: re.Match[str]) -> list[tuple[str, str]]:
    return [
        (context.group(1), m.group(1))
        for block in _MESSAGE.findall(context.group(2))
        if (m := _SOURCE.search(block))
    ]


# --- plural forms that lupdate does not see ------------------------------------------------------
# lupdate's Python parser marks a text as a plural only when the count is a literal or the call is
# self.tr(...); QCoreApplication.translate(ctx, "%n …", None, count) comes out as a plain text, and
# the translate(...) markers of services/notifications.py not at all (lupdate then marks them
# "vanished"). Either way a language's plural forms would be lost. After lupdate, every text of the
# English catalogue's plural list, and every text with %n, is a plural again, with the forms it had.

_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"    <message(?: [^>]*)?>.*?</message>\n", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_LOCATION = re.compile(r"        <location [^>]*/>\n")


def plural_messages(text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the message block, for every plural message of a .ts file."""
    found = {}
    for context in _CONTEXT.finditer(text):
        for block in _MESSAGE.findall(context.group(2)):
            source = _SOURCE.search(block)
            if source and 'numerus="yes"' in block.split("\n", 1)[0]:
                found[(context.group(1), source.group(1))] = block
    return found


def _unescape(text: str) -> str:
    return (
        text.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    ).replace("&amp;", "&")


def plural_count(lang: str) -> int:
    """How many plural forms Qt expects for a language."""
    return {"ar": 6, "ja": 1, "zh": 1, "ko": 1, "ru": 3, "pl": 3, "cs": 3, "uk": 3}.get(
        lang.split("_")[0], 2
    )


def keep_plurals(
    text: str, plurals: set[tuple[str, str]], kept: dict[tuple[str, str], str], forms: int
) -> str:
    """The .ts text with every plural message a plural, not vanished, with its kept forms."""
    live: dict[str, set[str]] = {}  # source -> contexts where lupdate found it in the code
    for context in _CONTEXT.finditer(text):
        for block in _MESSAGE.findall(context.group(2)):
            found = _SOURCE.search(block)
            if found and 'type="vanished"' not in block and 'type="obsolete"' not in block:
                live.setdefault(found.group(1), set()).add(context.group(1))
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "nctask_desktop").rglob("*.py"))
    code = re.sub(r'"\s*\n\s*"', "", code)  # a text split over lines ("…" "…") is one text
    wanted = {(c, text_) for text_, contexts in live.items() if "%n" in text_ for c in contexts}
    for name, text_ in plurals:
        # lupdate did not see it at all: kept while its text is still in the code
        if text_ not in live and _unescape(text_) in code:
            wanted.add((name, text_))
    moved = {source: block for (_name, source), block in kept.items()}  # a text's old context
    for key in sorted(wanted):
        text = _put_plural(text, key, kept.get(key) or moved.get(key[1]), forms)
    return text


def _empty_plural(source: str, forms: int) -> str:
    numerus = "".join("            <numerusform></numerusform>\n" for _ in range(forms))
    return (
        '    <message numerus="yes">\n'
        f"        <source>{source}</source>\n"
        f'        <translation type="unfinished">\n{numerus}        </translation>\n'
        "    </message>\n"
    )


def _is_plural(block: str) -> bool:
    return 'numerus="yes"' in block.split("\n", 1)[0]


def _put_plural(text: str, key: tuple[str, str], kept: str | None, forms: int) -> str:
    """Put the plural message `key` into its context: the kept block (un-vanished, with lupdate's
    location), else lupdate's own block when it is a plural, else empty forms to translate."""
    name, source = key
    for context in _CONTEXT.finditer(text):
        if context.group(1) != name:
            continue
        body = context.group(2)
        old = next(
            (
                b
                for b in _MESSAGE.findall(body)
                if (m := _SOURCE.search(b)) and m.group(1) == source
            ),
            None,
        )
        if old is not None and kept is None and _is_plural(old):
            return text
        block = block_for(source, kept, forms)
        location = _LOCATION.search(old) if old else None
        if location:  # where lupdate found it
            head, rest = block.split("\n", 1)
            block = f"{head}\n{location.group(0)}{rest}"
        new_body = body.replace(old, block, 1) if old else body + block
        start, end = context.span(2)
        return text[:start] + new_body + text[end:]
    closing = text.rindex("</TS>")
    context_text = (
        f"<context>\n    <name>{name}</name>\n{block_for(source, kept, forms)}</context>\n"
    )
    return text[:closing] + context_text + text[closing:]


def block_for(source: str, kept: str | None, forms: int) -> str:
    block = _LOCATION.sub("", kept) if kept else _empty_plural(source, forms)
    for mark in ('type="vanished"', 'type="obsolete"'):
        block = block.replace(f"<translation {mark}>", "<translation>")
    return block


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
