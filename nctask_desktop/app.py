"""Composition root of the desktop app (`nctask-desktop`): application, translations, loop, window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from nctask_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from nctask_desktop.demo_mode import DemoMode
from nctask_desktop.packaging_support import app_icon_path
from nctask_desktop.services.logs import close_logging, setup_logging
from nctask_desktop.services.secrets import SecretStore
from nctask_desktop.services.settings import Preferences
from nctask_desktop.services.workspace import Workspace
from nctask_desktop.ui import asyncqt

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
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def ui_locale(prefs: Preferences) -> QLocale:
    """The language the user chose in the preferences, else the system's."""
    if prefs.language:
        locale = QLocale(prefs.language)
        QLocale.setDefault(locale)
        return locale
    return QLocale.system()


def install_translators(app: QCoreApplication, locale: QLocale) -> list[str]:
    """Qt's own texts (standard dialogs, buttons) and ours; the names of those that loaded.

    Without a translation of ours for the language, the English one still gives proper plurals
    ("1 task", "2 tasks") to the texts, which are written in English.
    """
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("nctask_desktop", str(I18N_DIR))):
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "nctask_desktop":
            found = translator.load(QLocale(QLocale.Language.English), name, "_", folder)
        if found:
            app.installTranslator(translator)
            loaded.append(f"{name}_{translator.language() or locale.name()}")
    return loaded


def ui_language_name(locale: QLocale) -> str:
    """`de_DE`; the C locale shows the texts as written, in English."""
    return "en" if locale.language() == QLocale.Language.C else locale.name()


def accept_language(locale: QLocale) -> str:
    """What the HTTP client sends as Accept-Language, so task names come in the UI language."""
    if locale.language() == QLocale.Language.C:
        return "en"
    name = locale.name().replace("_", "-")
    language = name.split("-")[0]
    parts = [name]
    if language != name:
        parts.append(f"{language};q=0.9")
    if language != "en":
        parts.append("en;q=0.5")
    return ", ".join(parts)


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
    """Resolves a future at the first paint of a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.future.done():
            self.future.set_result(None)
        return False


def smoke_line(secrets: SecretStore, locale: QLocale, translations: list[str]) -> str:
    """The one line `--smoke-test` prints."""
    return "; ".join(
        [
            f"{APP_NAME} {__version__}",
            f"qt={pyside_version}",
            f"platform={QGuiApplication.platformName()}",
            f"keyring={secrets.info.backend}",
            f"language={ui_language_name(locale)}",
            f"translations={','.join(translations) or 'none'}",
        ]
    )


async def run(
    app: QApplication, args: argparse.Namespace, locale: QLocale, translations: list[str]
) -> int:
    """The app's main coroutine: build the services and the window; wait for quit; clean up."""
    from nctask_desktop.ui.main_window import MainWindow

    loop = asyncio.get_running_loop()
    loop.set_exception_handler(loop_exception_handler)
    prefs = Preferences.load()
    # Probing the keychain can block (D-Bus, an unlock prompt): not on the loop.
    secrets = await asyncio.to_thread(SecretStore)
    workspace = Workspace(prefs, secrets=secrets, language=accept_language(locale), demo=DemoMode())
    window = MainWindow(workspace)
    try:
        if args.smoke_test:
            painted = _FirstPaint(window).future
            window.show()
            await asyncio.wait_for(painted, SMOKE_TIMEOUT)
            print(smoke_line(secrets, locale, translations), flush=True)
            return 0
        window.show()
        window.start(demo=args.demo)
        if args.files:
            window.open_files([p.expanduser().resolve() for p in args.files])
        opener = _FileOpenFilter(window, app)  # macOS sends "Open with" files as events
        app.installEventFilter(opener)
        await asyncqt.quit_requested(app)
        return 0
    finally:
        window.owner.cancel_all()
        await workspace.close()


class _FileOpenFilter(QObject):
    """Hands QFileOpenEvent (macOS "Open with", dropping onto the Dock icon) to the window."""

    def __init__(self, window: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_files([Path(event.file())])
            return True
        return super().eventFilter(watched, event)


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
    setup_logging(debug=args.debug, console=args.debug)
    app = create_application(argv)
    collector = asyncqt.GarbageCollector(app)
    if not args.debug:
        qInstallMessageHandler(_qt_message)
    prefs = Preferences.load()
    locale = ui_locale(prefs)
    translations = install_translators(app, locale)
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
        return asyncqt.run(app, run(app, args, locale, translations))
    except Exception:
        log.exception("the app stopped unexpectedly")
        return 1
    finally:
        collector.stop()
        log.info("stopped")
        close_logging()


if __name__ == "__main__":
    sys.exit(main())
