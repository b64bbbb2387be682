"""The composition root: --smoke-test as a subprocess, --version, the excepthook and its dialog."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from nctask_desktop import __version__
from nctask_desktop.api import errors as e
from nctask_desktop.app import ExceptHook, accept_language, build_parser
from nctask_desktop.services.logs import close_logging, log_file, register_secret, setup_logging
from nctask_desktop.ui.appearance import LANGUAGES
from nctask_desktop.ui.error_dialog import ErrorDialog
from tests.ui.support import wait_until

VENV_BIN = Path(sys.executable).parent


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NCTASK_HOME": str(home), **env}
    return subprocess.run(args, capture_output=True, text=True, timeout=120, env=environment)


def _smoke_in(home: Path, lang: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`--smoke-test` under the locale `lang`, nothing else saying a language."""
    return _run(
        [sys.executable, "-m", "nctask_desktop", "--smoke-test"],
        home,
        LANG=lang,
        LC_ALL="",
        LC_CTYPE="",
        LANGUAGE="",
        **env,
    )


@pytest.mark.parametrize(
    "command",
    [[str(VENV_BIN / "nctask-desktop")], [sys.executable, "-m", "nctask_desktop"]],
    ids=["gui-script", "python-m"],
)
def test_smoke_test_offscreen_without_a_keychain(command: list[str], app_home: Path) -> None:
    result = _run(
        [*command, "--smoke-test"],
        app_home,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        LANG="C.UTF-8",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    fields = dict(part.split("=", 1) for part in lines[0].split("; ")[1:])
    assert lines[0].startswith(f"nctask-desktop {__version__}; ")
    assert fields["platform"] == "offscreen"
    assert fields["keyring"] == "memory (this session only)"
    assert fields["language"] == "en"
    assert "Traceback" not in result.stderr


FIRST_PAINT_PROBE = """
import sys
import PySide6.QtCore as core
import nctask_desktop.app as app
shown = app.show_painted
def probe(application, window):
    shown(application, window)
    print("qt-enums-before-paint=" + str("Qt" in core.__dict__), flush=True)
    raise SystemExit(0)
app.show_painted = probe
sys.exit(app.main(["nctask-desktop", "--smoke-test"]))
"""


@pytest.mark.parametrize("theme", ["", "dark"])
def test_nothing_before_the_first_paint_makes_qts_enums(app_home: Path, theme: str) -> None:
    """The first use of `Qt.…` makes every enum of Qt's namespace (18 ms): after the first paint,
    not before, unless a theme of ours needs it (then it is not a miss: the theme asks for it)."""
    if theme:
        (app_home / "config").mkdir(parents=True, exist_ok=True)
        (app_home / "config" / "preferences.json").write_text(f'{{"theme": "{theme}"}}')
    result = _run([sys.executable, "-c", FIRST_PAINT_PROBE], app_home, LANG="C.UTF-8")
    assert f"qt-enums-before-paint={bool(theme)}" in result.stdout, result.stderr


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de_DE.UTF-8", "language=de; direction=ltr; translations=qtbase_de,nctask_desktop_de"),
        ("ar_EG.UTF-8", "language=ar; direction=rtl; translations=qtbase_ar,nctask_desktop_ar"),
        ("nl_NL.UTF-8", "language=en; direction=ltr; translations=nctask_desktop_en"),
        ("pt_PT.UTF-8", "language=pt_BR; direction=ltr; translations=qtbase_pt_BR,"),
    ],
)
def test_smoke_test_names_the_language_direction_and_catalogues(
    app_home: Path, lang: str, line: str
) -> None:
    """Our texts and Qt's own follow the system's language when we have it, else English."""
    result = _smoke_in(app_home, lang)
    assert result.returncode == 0, result.stderr
    assert line in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the C locale is Unix's")
def test_a_c_locale_starts_in_english_without_a_warning(app_home: Path) -> None:
    """The frozen app gets no PEP 538 coercion; PYTHONCOERCECLOCALE=0 is the same here."""
    result = _smoke_in(app_home, "C", PYTHONCOERCECLOCALE="0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("nctask-desktop ")
    assert "language=en; direction=ltr" in result.stdout
    assert "locale" not in result.stderr.lower(), result.stderr


def test_the_language_chosen_in_preferences_wins(app_home: Path) -> None:
    config = app_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "preferences.json").write_text('{"language": "fr"}')
    result = _smoke_in(app_home, "de_DE.UTF-8")
    assert "language=fr; direction=ltr; translations=qtbase_fr,nctask_desktop_fr" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_no_screen_is_explained_and_the_smoke_test_goes_offscreen(app_home: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["NCTASK_HOME"] = str(app_home)
    plain = subprocess.run(
        [sys.executable, "-m", "nctask_desktop"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert plain.returncode == 1
    assert "needs a graphical desktop" in plain.stderr and "`nctask` command line" in plain.stderr
    smoke = subprocess.run(
        [sys.executable, "-m", "nctask_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "platform=offscreen" in smoke.stdout


def test_version_flag(app_home: Path) -> None:
    result = _run([sys.executable, "-m", "nctask_desktop", "--version"], app_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"nctask-desktop {__version__}"


def test_flags() -> None:
    args = build_parser().parse_args(["--demo"])
    assert args.demo and not args.smoke_test


def test_accept_language() -> None:
    from PySide6.QtCore import QLocale

    assert accept_language("de", QLocale("de_DE")) == "de-DE, de;q=0.9, en;q=0.5"
    assert accept_language("de", QLocale("nl_NL")) == "de, en;q=0.5"  # the UI's language
    assert accept_language("pt_BR", QLocale("pt_PT")) == "pt-BR, pt;q=0.9, en;q=0.5"
    assert accept_language("en", QLocale("en_GB")) == "en-GB, en;q=0.9"
    assert accept_language("en", QLocale.c()) == "en"


async def test_excepthook_logs_redacted_and_shows_a_friendly_dialog(
    qtbot: Any, app_home: Path
) -> None:
    secret = "Abcde-Fghij-Klmno-Pqrst-Uvwxy"
    register_secret(secret)
    setup_logging()
    hook = ExceptHook()
    try:
        try:
            raise e.ConnectionFailedError(
                f"connect failed with password {secret}", url="https://cloud.example.org/ocs"
            )
        except e.ConnectionFailedError as exc:
            hook(type(exc), exc, exc.__traceback__)
        dialog = hook.dialog
        assert isinstance(dialog, ErrorDialog)  # deleted by the hook once closed
        await wait_until(dialog.isVisible)
        assert dialog.message == (
            "Could not reach cloud.example.org. "
            "Check the address and your internet connection, then try again."
        )
        shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.copied)))
        assert "Traceback" not in shown and secret not in shown
        # a second error while the dialog is open is logged, not stacked
        try:
            raise ValueError("second")
        except ValueError as exc:
            hook(type(exc), exc, exc.__traceback__)
        assert hook.shown == 1
        dialog.copy_button.click()
        copied = QGuiApplication.clipboard().text()
        assert "Traceback" in copied and "ConnectionFailedError" in copied
        assert secret not in copied and "[redacted]" in copied
        dialog.accept()
        await wait_until(lambda: hook.dialog is None)
    finally:
        close_logging()
    text = log_file().read_text()
    assert "unexpected error" in text and "ConnectionFailedError" in text and "second" in text
    assert secret not in text


def test_excepthook_from_a_plain_test_logs_and_opens_one_dialog(
    caplog: pytest.LogCaptureFixture,
) -> None:
    hook = ExceptHook()
    with caplog.at_level(logging.ERROR):
        try:
            raise KeyError("x")
        except KeyError as exc:
            hook(type(exc), exc, exc.__traceback__)
    assert "unexpected error" in caplog.text
    assert isinstance(QApplication.instance(), QApplication)
    assert hook.dialog is not None
    hook.dialog.reject()


def _remove_translators(app: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_language_without_a_catalogue_is_english_everywhere(qapp: QApplication) -> None:
    """Dutch: no catalogue of ours, so our texts (with their English plurals) and Qt's own
    buttons are English alike: nothing mixed."""
    from PySide6.QtCore import QCoreApplication

    from nctask_desktop.app import install_translators, ui_locale
    from nctask_desktop.services.settings import Preferences

    assert ui_locale(Preferences())[0] in {code for code, _ in LANGUAGES}
    assert ui_locale(Preferences(language="nl"))[0] == "en"  # a stale choice: English
    loaded = install_translators(qapp, "en")
    try:
        assert loaded == ["nctask_desktop_en"]

        def plural(text: str, n: int) -> str:
            return QCoreApplication.translate("SessionPanel", text, None, n)

        assert plural("%n task(s) being sent.", 1) == "1 task being sent."
        assert plural("%n task(s) being sent.", 3) == "3 tasks being sent."
        assert plural("Next try in %n second(s).", 1) == "Next try in 1 second."
        from nctask_desktop.ui.quit_prompt import unsent_text

        assert unsent_text(1).startswith("1 task you submitted has not reached your server")
        assert unsent_text(2).startswith("2 tasks you submitted have not reached your server")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        _remove_translators(qapp)


@pytest.mark.parametrize(
    ("language", "cancel", "direction"),
    [
        ("de", "Abbrechen", Qt.LayoutDirection.LeftToRight),
        ("ar", "ألغِ", Qt.LayoutDirection.RightToLeft),
    ],
)
def test_our_texts_and_qts_follow_one_language(
    qapp: QApplication, language: str, cancel: str, direction: Qt.LayoutDirection
) -> None:
    from PySide6.QtCore import QCoreApplication

    from nctask_desktop.app import install_translators

    loaded = install_translators(qapp, language)
    try:
        assert loaded == [f"qtbase_{language}", f"nctask_desktop_{language}"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert qapp.layoutDirection() == direction
        # a text of ours, translated (the catalogue is checked as a whole in test_i18n)
        sent = QCoreApplication.translate("SessionPanel", "%n task(s) being sent.", None, 3)
        assert "3" in sent and sent != "3 tasks being sent."
    finally:
        _remove_translators(qapp)
