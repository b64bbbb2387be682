"""Every catalogue: at least 98% finished, placeholders and mnemonics kept, every plural form filled,
and it compiles; the compiled catalogue picks the right plural form (six in Arabic)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
COMPILED = ROOT / "nctask_desktop" / "i18n"
LANGUAGES = ["de", "fr", "es", "it", "pt_BR", "ar"]
FORMS = {"ar": 6}  # Qt's plural forms per language; two for the others here
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?\d|%n")
MNEMONIC = re.compile(r"&(?![&\s])")  # "Privacy & Security": an ampersand, not a mnemonic


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of a catalogue."""
    tree = ET.parse(SOURCES / f"nctask_desktop_{lang}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def forms_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        and all(form.strip() for form in forms_of(message))
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_catalogue_is_at_least_98_percent_finished(lang: str) -> None:
    found = messages(lang)
    done = [m for _c, _s, m in found if finished(m)]
    english = {(c, s) for c, s, _m in messages("de")}
    assert {(c, s) for c, s, _m in found} == english  # every language has every text
    assert len(done) / len(found) >= 0.98, f"{lang}: {len(done)} of {len(found)} finished"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_mnemonics_and_plural_forms_are_kept(lang: str) -> None:
    problems = []
    for context, source, message in messages(lang):
        if not finished(message):
            continue
        forms = forms_of(message)
        if message.get("numerus") == "yes" and len(forms) != FORMS.get(lang, 2):
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms")
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: mnemonic")
        if "%n" in source and message.get("numerus") == "yes":
            # the forms for 0 and for many numbers must show the count
            many = [forms[0], forms[-1]] if lang != "ar" else [forms[0], *forms[3:]]
            problems += [
                f"{context}: {source!r} -> {form!r}: no %n" for form in many if "%n" not in form
            ]
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_catalogue_compiles(lang: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    result = subprocess.run(
        [str(lrelease), str(SOURCES / f"nctask_desktop_{lang}.ts"), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.qm").stat().st_size > 1000


def test_arabic_picks_each_of_its_six_plural_forms() -> None:
    translator = QTranslator()
    assert translator.load(str(COMPILED / "nctask_desktop_ar.qm"))
    source = "%n task(s) running"
    message = next(m for c, s, m in messages("ar") if s == source and c == "Notifications")
    forms = forms_of(message)
    # Qt's Arabic rule: 0 | 1 | 2 | 3–10 | 11–99 | 100–102 …, by n and n % 100
    for n, form in ((0, 0), (1, 1), (2, 2), (5, 3), (11, 4), (99, 4), (100, 5), (103, 3)):
        said = translator.translate("Notifications", source, None, n)  # %n is not filled in
        assert said == forms[form], (n, said)


def test_german_is_german_with_its_plurals() -> None:
    translator = QTranslator()
    assert translator.load(str(COMPILED / "nctask_desktop_de.qm"))
    one = translator.translate("Notifications", "%n task(s) running", None, 1)
    three = translator.translate("Notifications", "%n task(s) running", None, 3)
    assert one != three and "%n" in three and "Aufgaben" in three
    assert translator.translate("WindowMenus", "&File") == "&Datei"


def _translations_tool():  # packaging/translations.py, not a package module
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ts(context: str, block: str) -> str:
    return f'<?xml version="1.0"?>\n<TS>\n<context>\n    <name>{context}</name>\n{block}</context>\n</TS>\n'


def test_a_text_moved_to_another_class_keeps_its_translation() -> None:
    """Refreshing the catalogues after code moved (MainWindow → WorkPage) loses no translation,
    plain or plural."""
    tool = _translations_tool()
    plain_before = _ts(
        "MainWindow",
        "    <message>\n        <source>Chat</source>\n        <translation>Discussion</translation>\n    </message>\n",
    )
    plain_after = _ts(
        "WorkPage",
        '    <message>\n        <source>Chat</source>\n        <translation type="unfinished"></translation>\n    </message>\n',
    )
    moved = tool.follow_moved_texts(plain_before, plain_after)
    assert "<translation>Discussion</translation>" in moved and "unfinished" not in moved

    source = "History (%n running)"
    kept_block = (
        '    <message numerus="yes">\n'
        f"        <source>{source}</source>\n"
        "        <translation>\n            <numerusform>Verlauf (%n läuft)</numerusform>\n"
        "            <numerusform>Verlauf (%n laufen)</numerusform>\n        </translation>\n"
        "    </message>\n"
    )
    kept = tool.plural_messages(_ts("MainWindow", kept_block))
    after = _ts("WorkPage", tool._empty_plural(source, 2))
    refreshed = tool.keep_plurals(after, set(), kept, 2)
    assert "Verlauf (%n laufen)" in refreshed and "unfinished" not in refreshed
    assert "<name>WorkPage</name>" in refreshed
