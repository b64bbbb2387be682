"""Small building blocks of the forms: secondary text, inline messages, number and size formats."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def secondary_text_color(palette: QPalette) -> QColor:
    """A muted text colour that keeps a readable contrast (about 5:1) in light and dark palettes."""
    fg = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    bg = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return blend(bg, fg, 0.7)


def wrapping_policy(horizontal: QSizePolicy.Policy) -> QSizePolicy:
    """A size policy for word-wrapped text: its height follows its width."""
    policy = QSizePolicy(horizontal, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


class SecondaryLabel(QLabel):
    """Word-wrapped helper text in a muted colour derived from the palette (light and dark)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(wrapping_policy(QSizePolicy.Policy.Preferred))
        self._applying = False
        self._apply_palette()

    def _base_palette(self) -> QPalette:
        parent = self.parentWidget()
        return parent.palette() if parent is not None else self.style().standardPalette()

    def _apply_palette(self) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            base = QPalette(self._base_palette())
            color = secondary_text_color(base)
            base.setColor(QPalette.ColorRole.WindowText, color)
            base.setColor(QPalette.ColorRole.Text, color)
            self.setPalette(base)
        finally:
            self._applying = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._apply_palette()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_palette()
        super().showEvent(event)


class InlineMessage(QFrame):
    """An icon and a word-wrapped, selectable message: inline errors, warnings, the server's word."""

    def __init__(
        self,
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxWarning,
        parent: QWidget | None = None,
        *,
        framed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._icon_kind = icon
        layout = QHBoxLayout(self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutTopMargin) if framed else 0
        layout.setContentsMargins(margin, margin // 2 if framed else 0, margin, margin // 2)
        layout.setSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))
        if framed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
            self.setAutoFillBackground(True)
            self.setBackgroundRole(QPalette.ColorRole.Base)
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(wrapping_policy(QSizePolicy.Policy.Expanding))
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        self._update_icon()
        self.hide()

    def _update_icon(self) -> None:
        extent = self.fontMetrics().height()
        icon = self.style().standardIcon(self._icon_kind, None, self)
        self.icon_label.setPixmap(icon.pixmap(QSize(extent, extent), self.devicePixelRatioF()))
        self.icon_label.setFixedWidth(extent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._update_icon()
        super().changeEvent(event)

    def text(self) -> str:
        return "" if self.isHidden() else self.text_label.text()

    def show_message(self, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.text_label.clear()
        self.hide()


# --- numbers --------------------------------------------------------------------------------------

_INT_RE = re.compile(r"^[+-]?\d+$")


def parse_number(text: str, locale: QLocale | None = None) -> int | float:
    """A number as typed: `3` → 3 (int), `3.5` or `3,5` (in a comma locale) → 3.5. ValueError else.

    Group separators are refused ("1,000" is not taken for one thousand or for 1.0 in English).
    """
    cleaned = text.strip().replace("\u2212", "-")
    if not cleaned:
        raise ValueError("empty")
    if _INT_RE.match(cleaned):
        return int(cleaned)
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    c_locale = QLocale.c()
    c_locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    for candidate in (c_locale, locale):
        value, ok = candidate.toDouble(cleaned)
        if ok and value == value and abs(value) != float("inf"):
            return value
    raise ValueError(text)


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    """The text a number field shows for a value, with the locale's decimal point."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return str(value)
    text = repr(float(value))
    point = (locale or QLocale()).decimalPoint()
    return text.replace(".", point) if point and point != "." else text


def format_size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_duration(seconds: float | None) -> str:
    """`0:07`, `3:25`, `1:02:03`."""
    if seconds is None or seconds != seconds or seconds < 0:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def style_spacing(widget: QWidget, vertical: bool = True) -> int:
    metric = (
        QStyle.PixelMetric.PM_LayoutVerticalSpacing
        if vertical
        else QStyle.PixelMetric.PM_LayoutHorizontalSpacing
    )
    value = widget.style().pixelMetric(metric, None, widget)
    return value if value > 0 else 6
