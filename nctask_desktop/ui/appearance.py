"""How the app looks and speaks: the UI languages it has catalogues for, the themes (follow the
system, light, dark, high contrast), the visible keyboard focus that every theme gets, and the
window's size at its first start. Imported before the first paint: Qt only, and not Qt's
enum namespace (`Qt.…`), which costs 18 ms when first used."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for lupdate (this module is imported before the first paint: it does not
    import messages.py, which brings the network code)."""
    return text


# The languages with a catalogue, by their own names (a user who cannot read the current language
# still finds theirs). "" follows the system.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("pt_BR", "Português (Brasil)"),
    ("ar", "العربية"),
)

THEMES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("Appearance", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("Appearance", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Appearance", "Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("Appearance", "High contrast")),
)


def theme_name(theme: str) -> str:
    for key, name in THEMES:
        if key == theme:
            return QCoreApplication.translate("Appearance", name)
    return theme


@dataclass(frozen=True)
class _Colours:
    window: str
    base: str
    alternate: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    disabled: str


_PALETTES = {
    "light": _Colours(
        "#efefef", "#ffffff", "#f5f5f5", "#1a1a1a", "#e6e6e6",
        "#2a6fc9", "#ffffff", "#1f5fb3", "#6e6e6e", "#8a8a8a",
    ),
    "dark": _Colours(
        "#2d2d30", "#1e1e20", "#28282b", "#e6e6e6", "#3a3a3e",
        "#2a82da", "#ffffff", "#5aa0f0", "#8c8c8c", "#808080",
    ),
    "high-contrast": _Colours(
        "#000000", "#000000", "#0d0d0d", "#ffffff", "#000000",
        "#ffff00", "#000000", "#00ffff", "#c0c0c0", "#b0b0b0",
    ),
}  # fmt: skip


def palette_for(theme: str) -> QPalette:
    """The palette of a theme of our own (light, dark, high contrast)."""
    c = _PALETTES[theme]
    p = QPalette()
    role = QPalette.ColorRole
    text = QColor(c.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, colour in (
            (role.Window, c.window),
            (role.WindowText, c.text),
            (role.Base, c.base),
            (role.AlternateBase, c.alternate),
            (role.Text, c.text),
            (role.Button, c.button),
            (role.ButtonText, c.text),
            (role.BrightText, c.highlight),
            (role.Highlight, c.highlight),
            (role.HighlightedText, c.highlighted_text),
            (role.ToolTipBase, c.window),
            (role.ToolTipText, c.text),
            (role.PlaceholderText, c.placeholder),
            (role.Link, c.link),
            (role.LinkVisited, c.link),
        ):
            p.setColor(group, r, QColor(colour))
        window = QColor(c.window)
        dark_theme = window.lightness() < 128
        p.setColor(group, role.Light, window.lighter(160) if dark_theme else QColor("#ffffff"))
        p.setColor(group, role.Midlight, window.lighter(130) if dark_theme else window.darker(105))
        p.setColor(group, role.Mid, window.darker(130))
        p.setColor(group, role.Dark, window.darker(160))
        p.setColor(group, role.Shadow, QColor("#000000"))
    if theme == "high-contrast":  # every frame and separator drawn in the text colour
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for r in (role.Light, role.Midlight, role.Mid, role.Dark):
                p.setColor(group, r, text)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.disabled))
    for r, colour in ((role.Window, c.window), (role.Base, c.window), (role.Button, c.button)):
        p.setColor(disabled, r, QColor(colour))
    return p


# The keyboard focus, seen in every theme: item views and text areas get a frame in the highlight
# colour while they have the focus (the styles' dotted outline on one item is too faint).
FOCUS_STYLE = """
QAbstractItemView:focus, QTextBrowser:focus, QPlainTextEdit:focus, QTextEdit:focus,
QScrollArea:focus {
    border: 2px solid palette(highlight);
}
"""


# High contrast: every field and list has a frame in the text colour (Fusion draws them in a shade
# of the window colour, which is black on black here).
HIGH_CONTRAST_STYLE = """
QLineEdit, QTextEdit, QPlainTextEdit, QTextBrowser, QAbstractItemView, QComboBox,
QAbstractSpinBox, Banner {
    border: 1px solid palette(window-text);
}
"""


class Appearance:
    """Applies a theme to the application, and can go back to the system's look."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._system_style = app.style().name()
        # The system's palette, kept when a theme of ours first replaces it (not before: reading
        # the palette makes Qt's enums, 18 ms, and the first paint needs none of it).
        self._system_palette: QPalette | None = None
        self._base_sheet = app.styleSheet()
        self.theme = ""

    def apply(self, theme: str) -> None:
        """ "" follows the system; "light", "dark" and "high-contrast" are our own palettes on the
        Fusion style (which draws them faithfully on every platform)."""
        if theme not in dict(THEMES):
            theme = ""
        self.theme = theme
        hints = self.app.styleHints()
        if theme:
            if self._system_palette is None:
                self._system_palette = QPalette(self.app.palette())
            self.app.setStyle(QStyleFactory.create("Fusion"))
            if hasattr(hints, "setColorScheme"):
                from PySide6.QtCore import Qt

                scheme = Qt.ColorScheme
                hints.setColorScheme(scheme.Light if theme == "light" else scheme.Dark)
            self.app.setPalette(palette_for(theme))
        else:
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
            if self._system_palette is not None:  # back from a theme of ours
                style = QStyleFactory.create(self._system_style)
                if style is not None:
                    self.app.setStyle(style)
                self.app.setPalette(self._system_palette)
        self.app.setProperty("highContrast", theme == "high-contrast")
        sheet = FOCUS_STYLE + (HIGH_CONTRAST_STYLE if theme == "high-contrast" else "")
        self.app.setStyleSheet(self._base_sheet + sheet)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def first_size(window: QWidget) -> QSize:
    """The window's size at its very first start: room for the three panes, within the screen."""
    metrics = window.fontMetrics()
    size = QSize(metrics.averageCharWidth() * 190, metrics.height() * 48)
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry().size()
        size = size.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))
    return size
