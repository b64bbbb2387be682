"""Composition root of the desktop app (`nctask-desktop`): application, translations, loop, window."""
# ruff: noqa: E402 (the imports after skip_pyside_source_scan are meant to come after it)

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version


def skip_pyside_source_scan() -> None:
    """PySide reads the source of every module imported after it (to find `from __feature__
    import`, which this app does not use): about 8 MB of source text kept in memory and time at
    start. Tell it no module of ours asks for a feature."""
    try:
        import shibokensupport.feature as feature
    except ImportError:
        return
    if hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda _module: False


skip_pyside_source_scan()  # now, before the imports below (PySide would read each one's source)

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from nctask_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from nctask_desktop.measure import rss_mb
from nctask_desktop.packaging_support import app_icon_path
from nctask_desktop.services.settings import Preferences
from nctask_desktop.ui import single_instance
from nctask_desktop.ui.appearance import LANGUAGES, Appearance

if TYPE_CHECKING:  # imported after the window's first paint (see main)
    import asyncio

    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.ui.main_window import MainWindow
log = logging.getLogger("nctask_desktop")

I18N_DIR = Path(__file__).parent / "i18n"
SMOKE_TIMEOUT = 60.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nctask-desktop",
        description="Run the AI tasks of your Nextcloud server from your desktop.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="start straight into demo mode (a simulated server)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the window, print one line about the set-up, and exit",
    )
    parser.add_argument("--debug", action="store_true", help="log details, also to stderr")
    parser.add_argument(
        "files", nargs="*", type=Path, help='files to put into a task\'s form ("Open with")'
    )
    return parser


# --- application and translations -----------------------------------------------------------------


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, created first (high-DPI scaling is on by default in Qt 6)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_NAME)
    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication) else single_instance.Application(list(argv))
    )
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
"""Languages written from right to left (the layout follows the UI language)."""


def catalogue_for(name: str) -> str | None:
    """Our catalogue for a language name ("de-DE", "pt_PT", "ar_EG"), if there is one."""
    name = name.replace("-", "_")
    codes = [code for code, _ in LANGUAGES]
    if name in codes:
        return name
    language = name.split("_")[0]
    if language == "pt":
        return "pt_BR"  # the Portuguese we have
    return language if language in codes else None


def ui_locale(prefs: Preferences) -> tuple[str, QLocale]:
    """The UI language and the locale of dates and numbers: the language chosen in Preferences,
    else the first of the system's preferred languages that has a catalogue, else English (the
    texts as written); dates and numbers follow the system unless a language was chosen."""
    if prefs.language and catalogue_for(prefs.language):
        locale = QLocale(prefs.language)
        QLocale.setDefault(locale)
        return str(catalogue_for(prefs.language)), locale
    system = QLocale.system()
    if system.language() != QLocale.Language.C:
        for name in system.uiLanguages():
            code = catalogue_for(name)
            if code is not None:
                return code, system
    return "en", system


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Our texts and Qt's own (standard dialogs, buttons), both in `language`, so that nothing is
    mixed; the names of the catalogues loaded. English has a catalogue of ours too: it gives the
    texts, written in English, their proper plurals ("1 task", "2 tasks")."""
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    names = [("nctask_desktop", str(I18N_DIR))]
    if language != "en":
        names.insert(0, ("qtbase", qt_dir))
    for name, folder in names:
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            loaded.append(Path(translator.filePath()).stem)
    if isinstance(app, QGuiApplication):  # not Qt's guess from its own catalogue: ours decides
        rtl = language.split("_")[0] in RIGHT_TO_LEFT
        if rtl != QGuiApplication.isRightToLeft():
            # Qt's enums only when needed: the first one made costs 18 ms before the first paint
            from PySide6.QtCore import Qt

            direction = Qt.LayoutDirection
            app.setLayoutDirection(direction.RightToLeft if rtl else direction.LeftToRight)
    return loaded


def _direction_name() -> str:
    return "rtl" if QGuiApplication.isRightToLeft() else "ltr"


def accept_language(language: str, locale: QLocale | None = None) -> str:
    """What the HTTP client sends as Accept-Language: the UI language (with the locale's region
    when it is the same language), so the server's task names come in the language of the texts."""
    if not language or language == "C":
        return "en"
    base = language.replace("_", "-")
    name = base
    if locale is not None and locale.name().split("_")[0] == base.split("-")[0]:
        name = locale.name().replace("_", "-") if "-" not in base else base
    short = name.split("-")[0]
    parts = [name]
    if short != name:
        parts.append(f"{short};q=0.9")
    if short != "en":
        parts.append("en;q=0.5")
    return ", ".join(parts)


def use_utf8_for_c_locale() -> None:
    """Without a UTF-8 locale for characters (C, POSIX, or a language not installed here), use
    C.UTF-8 for them, as Python's own PEP 538 coercion does (it does not happen in the frozen
    app): Qt then starts without a warning about it."""
    if os.name != "posix" or sys.platform == "darwin":
        return
    import locale as _locale

    try:
        _locale.setlocale(_locale.LC_CTYPE, "")
        codeset = _locale.nl_langinfo(_locale.CODESET)
    except (_locale.Error, AttributeError):
        codeset = ""
    if codeset.upper().replace("-", "") == "UTF8":
        return
    # Characters only: the language (LC_MESSAGES, LANG) stays as the user set it. A C or POSIX
    # LC_ALL is the one setting that would still override it, and it means English anyway.
    every = os.environ.get("LC_ALL", "")
    if every and not (every in ("C", "POSIX") or every.startswith(("C.", "POSIX."))):
        return  # an LC_ALL of a language not installed here: Qt says so, rightly
    os.environ["LC_ALL" if every else "LC_CTYPE"] = "C.UTF-8"
    with contextlib.suppress(_locale.Error):
        _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")


# --- errors ---------------------------------------------------------------------------------------


class ExceptHook:
    """Logs an unexpected error (secrets redacted) and shows a friendly dialog, one at a time."""

    def __init__(self) -> None:
        self.dialog: QWidget | None = None
        self.shown = 0

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if not isinstance(QApplication.instance(), QApplication) or self.dialog is not None:
            return
        try:
            from nctask_desktop.ui.error_dialog import ErrorDialog

            parent = QApplication.activeWindow()
            dialog = ErrorDialog(exc_type, exc, tb, parent)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            self.shown += 1
            dialog.open()
        except Exception:  # never let the error handler fail
            log.exception("could not show the error dialog")

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()


def loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    import asyncio

    if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
        sys.excepthook(type(exc), exc, exc.__traceback__)
    else:
        log.warning("asyncio: %s", context.get("message", "unknown problem"))


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


# --- running --------------------------------------------------------------------------------------


class _FirstPaint(QObject):
    """Notes the first paint of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
        return False


def show_painted(app: QApplication, window: QWidget, timeout: float = 10.0) -> float | None:
    """Show the window and let Qt paint it, before anything else is imported or opened: the
    moment of its first paint (None if it took longer than `timeout`)."""
    watch = _FirstPaint(window)
    window.show()
    deadline = time.monotonic() + timeout
    while watch.painted_at is None and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return watch.painted_at


def painted_ms(painted_at: float | None) -> str:
    """Milliseconds from the launch to the first paint, when the launcher said when it launched
    (NCTASK_LAUNCH_TIME, seconds since the epoch: the benchmark does)."""
    launched = os.environ.get("NCTASK_LAUNCH_TIME")
    if painted_at is None or not launched:
        return ""
    try:
        return f"{(painted_at - float(launched)) * 1000:.0f}"
    except ValueError:
        return ""


def _microphone_library() -> str:
    """PortAudio's version ("PortAudio V19.6.0-devel"), or "none" when it cannot be loaded."""
    from nctask_desktop.services.portaudio import portaudio_version

    return (portaudio_version() or "none").split(",")[0]


def smoke_line(
    secrets: SecretStore, language: str, translations: list[str], painted: str = ""
) -> str:
    """The one line `--smoke-test` prints. The memory figure is read first: the microphone's
    library, which the probe loads, is loaded by the running app only when the user records."""
    memory = rss_mb()
    fields = [
        f"{APP_NAME} {__version__}",
        f"qt={pyside_version}",
        f"platform={QGuiApplication.platformName()}",
        f"keyring={secrets.info.backend}",
        f"language={language}",
        f"direction={_direction_name()}",
        f"translations={','.join(translations) or 'none'}",
        f"microphone={_microphone_library()}",
    ]
    if painted:  # launched by the start-up benchmark
        fields += [f"painted_ms={painted}", f"rss_mb={memory:.1f}"]
    return "; ".join(fields)


async def run(
    app: QApplication,
    args: argparse.Namespace,
    language: tuple[str, QLocale],
    translations: list[str],
    window: MainWindow,
    painted_at: float | None,
    inbox: single_instance.Inbox | None = None,
) -> int:
    """The app's main coroutine: the services behind the painted window; wait for quit; clean
    up."""
    import asyncio

    from nctask_desktop.demo_mode import DemoMode
    from nctask_desktop.services.secrets import SecretStore
    from nctask_desktop.services.workspace import Workspace
    from nctask_desktop.ui import asyncqt

    loop = asyncio.get_running_loop()
    loop.set_exception_handler(loop_exception_handler)
    prefs = Preferences.load()
    # Probing the keychain can block (D-Bus, an unlock prompt): not on the loop.
    secrets = await asyncio.to_thread(SecretStore)
    workspace = Workspace(
        prefs, secrets=secrets, language=accept_language(*language), demo=DemoMode()
    )
    window.attach(workspace)
    try:
        if args.smoke_test:
            print(
                smoke_line(secrets, language[0], translations, painted_ms(painted_at)), flush=True
            )
            return 0
        window.start(demo=args.demo)
        if args.files:
            window.open_files(absolute(args.files))
        if inbox is not None:  # a second start's files, macOS "Open with": the same as ours
            inbox.set_handler(lambda files: files_arrived(window, files))
        await asyncqt.quit_requested(app)
        return 0
    finally:
        if inbox is not None:
            inbox.close()
        if window.attached:
            window.owner.cancel_all()
        await workspace.close()


def absolute(paths: Sequence[Path]) -> list[Path]:
    return [p.expanduser().resolve() for p in paths]


def files_arrived(window: MainWindow, files: list[Path]) -> None:
    """Another start of the app (or macOS) handed over files: the window to the front, the files
    into a fitting form; no files, only the window to the front."""
    single_instance.bring_to_front(window)
    if files:
        window.open_files(files)


def hand_over_to_running_app(files: list[Path]) -> int | None:
    """The exit code when the app already runs in this session (it now has the files), else
    None: this start becomes the app."""
    outcome = single_instance.hand_over(files)
    if outcome == "handed-over":
        return 0
    if outcome == "no-answer":
        print(
            f"{APP_NAME} is already running but did not answer. Close it and start again, or set "
            f"{single_instance.SWITCH}=0 to start a second window.",
            file=sys.stderr,
        )
        return 1
    return None


def no_screen() -> bool:
    """On Linux without X11 or Wayland (a server, an SSH session) Qt would abort: see it first."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = build_parser().parse_args(argv[1:])
    if no_screen():
        if not args.smoke_test:
            print(
                "nctask-desktop needs a graphical desktop, and none was found (no DISPLAY or "
                "WAYLAND_DISPLAY). On a computer without a screen, use the `nctask` command line.",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the smoke test needs no screen
    one_app = not args.smoke_test and single_instance.enabled()
    if one_app:  # before any window: a second start only hands its files over
        handed = hand_over_to_running_app(absolute(args.files))
        if handed is not None:
            return handed
    use_utf8_for_c_locale()
    early: list[tuple[QtMsgType, str]] = []  # Qt's messages until the log is open
    if not args.debug:
        qInstallMessageHandler(lambda mode, _context, message: early.append((mode, message)))
    app = create_application(argv)
    inbox = single_instance.Inbox(app)
    if isinstance(app, single_instance.Application):  # macOS sends "Open with" as QFileOpenEvent
        app.file_open = inbox.take_file_open
    if one_app and not inbox.listen():  # another start was a moment quicker
        handed = hand_over_to_running_app(absolute(args.files))
        return 1 if handed is None else handed  # None: that app has just quit again
    prefs = Preferences.load()
    language = ui_locale(prefs)
    translations = install_translators(app, language[0])
    appearance = Appearance(app)
    appearance.apply(prefs.theme)
    # Paint first: the window's frame before the services, the keychain and the network.
    from nctask_desktop.ui.main_window import MainWindow

    window = MainWindow(appearance=appearance)
    painted_at = show_painted(app, window)

    from nctask_desktop.services.logs import close_logging, setup_logging
    from nctask_desktop.ui import asyncqt

    setup_logging(debug=args.debug, console=args.debug)
    collector = asyncqt.GarbageCollector(app)
    if not args.debug:
        qInstallMessageHandler(_qt_message)
        for mode, message in early:
            _qt_message(mode, None, message)
    hook = ExceptHook()
    sys.excepthook = hook
    log.info(
        "starting %s %s (Qt %s, %s)",
        APP_NAME,
        __version__,
        pyside_version,
        QGuiApplication.platformName(),
    )
    try:
        return asyncqt.run(app, run(app, args, language, translations, window, painted_at, inbox))
    except Exception:
        log.exception("the app stopped unexpectedly")
        return 1
    finally:
        collector.stop()
        log.info("stopped")
        close_logging()


if __name__ == "__main__":
    sys.exit(main())
