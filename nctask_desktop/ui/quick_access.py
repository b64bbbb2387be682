"""Quick text from the window's side: the one Quick text window (menu, tray, its key) and the
optional key that opens it from any app (ui/global_hotkey.py), as the preferences say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from nctask_desktop.services.settings import Preferences

if TYPE_CHECKING:  # both made on first use: nothing of them before the user asks
    from .global_hotkey import GlobalHotkey
    from .main_window import MainWindow
    from .quick_text import QuickTextWindow


QUICK_TEXT_KEY = "Ctrl+Shift+Space"
"""The app's shortcut for Quick text (and the global key's, where there is one)."""


class QuickAccess(QObject):
    """Owns the Quick text window (made on first use) and the global key."""

    open_conversation = Signal(str)
    """A chat started in Quick text goes on in the Chat tab: its conversation id."""

    def __init__(self, window: MainWindow, prefs: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs
        self.quick_text: QuickTextWindow | None = None
        self.hotkey: GlobalHotkey | None = None

    def show(self) -> QuickTextWindow:
        """The Quick text window with the clipboard's text."""
        if self.quick_text is None:
            from .quick_text import QuickTextWindow

            self.quick_text = QuickTextWindow(self.window)
            self.quick_text.open_conversation.connect(self.open_conversation)
        self.quick_text.present()
        return self.quick_text

    def apply_hotkey(self) -> None:
        """Grab or release the key that opens Quick text from any app."""
        if not self.prefs.global_hotkey and self.hotkey is None:
            return  # off, as by default
        from .global_hotkey import GlobalHotkey

        wanted = self.prefs.global_hotkey and GlobalHotkey.unsupported_reason() is None
        if wanted and self.hotkey is None:
            hotkey = GlobalHotkey(self)
            hotkey.activated.connect(self.show)
            if hotkey.register():
                self.hotkey = hotkey
            else:
                hotkey.deleteLater()
        elif not wanted and self.hotkey is not None:
            self.hotkey.unregister()
            self.hotkey.deleteLater()
            self.hotkey = None

    def close(self) -> None:
        if self.hotkey is not None:
            self.hotkey.unregister()
        if self.quick_text is not None:
            self.quick_text.close_all()
