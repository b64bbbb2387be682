"""The window's one kit: translate/explain helpers, colours, muted text, inline messages, a message
bar with an action (lasting or transient), an avatar, a busy indicator, and the formats of numbers,
sizes and media lengths. Every screen uses these; none keeps its own copy."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from nctask_desktop.messages import explain


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """A text with `%n` and its plural forms."""
    return QCoreApplication.translate(context, text, None, n)


def explain_text(exc: BaseException) -> str:
    """An error as a plain sentence with a way forward, in the user's language."""
    return explain(exc).render(translate)


def high_contrast() -> bool:
    """Whether the high-contrast theme is on: no blended (muted) colours then."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property("highContrast"))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way to `b`; `b` itself in high contrast."""
    if high_contrast():
        return QColor(b)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: between text and background, still readable in light and dark palettes."""
    return mix(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.7
    )


class ProgressRow(QWidget):
    """What is being done, a progress bar and a button that stops it; hidden until `show_at`."""

    def __init__(self, bar_name: str, stop: str, stop_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(bar_name)
        self.stop_button = push_button(stop, self, lambda: None, accessible_name=stop_name)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        self.hide()

    def show_at(self, fraction: float | None, text: str = "") -> None:
        """At `fraction` (0..1) of the way, saying `text`; None hides the row."""
        self.setVisible(fraction is not None)
        if fraction is not None:
            self.bar.setValue(round(fraction * 1000))
            self.label.setText(text)


def every_second(parent: QObject, tick: Callable[[], object]) -> QTimer:
    """A started timer that calls `tick` every second (times shown as "5 min ago" move on)."""
    timer = QTimer(parent)
    timer.setInterval(1000)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def clear_button(line: QLineEdit) -> None:
    """A line edit's clear button (shown while it has text), with a name a screen reader says."""
    line.setClearButtonEnabled(True)
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Widgets", "Clear the search"))


def add_field(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A row of `form`: a label with its mnemonic for `field`. The field's accessible name is the
    label's text without `&` and colon, unless it has one."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(_without_mnemonic(text).rstrip(": "))
    form.addRow(label, field)
    return label


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button_row(*buttons: QWidget | None) -> QHBoxLayout:
    """Buttons side by side; None is the stretch between those on the left and on the right."""
    row = QHBoxLayout()
    for button in buttons:
        if button is None:
            row.addStretch(1)
        else:
            row.addWidget(button)
    return row


def push_button(
    text: str,
    parent: QWidget,
    clicked: Callable[[], object],
    *,
    accessible_name: str | None = None,
    auto_default: bool = True,
) -> QPushButton:
    """A push button whose accessible name is its text without the mnemonic `&` (unless given)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name or _without_mnemonic(text))
    button.setAutoDefault(auto_default)
    button.clicked.connect(clicked)
    return button


def wrapping_policy(horizontal: QSizePolicy.Policy) -> QSizePolicy:
    """A size policy for word-wrapped text: its height follows its width."""
    policy = QSizePolicy(horizontal, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy


@contextlib.contextmanager
def _palette_from_parent(widget: Any) -> Iterator[QPalette | None]:
    """A copy of the parent's palette to tint `widget` with; None while a tint is under way (a
    widget's own setPalette sends the change events that would tint it again)."""
    if getattr(widget, "_tinting", False):
        yield None
        return
    widget._tinting = True
    try:
        parent = widget.parentWidget()
        yield QPalette(parent.palette() if parent is not None else widget.palette())
    finally:
        widget._tinting = False


class MutedLabel(QLabel):
    """Word-wrapped secondary text in a muted colour derived from the palette (light and dark),
    recomputed when the palette changes; its height follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(wrapping_policy(QSizePolicy.Policy.Preferred))
        self._tinting = False
        self._tint()

    def _tint(self) -> None:
        with _palette_from_parent(self) as base:
            if base is not None:
                color = muted_color(base)
                base.setColor(QPalette.ColorRole.WindowText, color)
                base.setColor(QPalette.ColorRole.Text, color)
                self.setPalette(base)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._tint()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._tint()
        super().showEvent(event)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class Banner(QFrame):
    """A message bar: icon, word-wrapped text, an optional action button. Colours from the palette.

    `kind` is "info", "warning" or "error"; the tint is derived from the palette's highlight (info)
    or a warning/error hue mixed into the window colour, so it reads in light and dark mode.
    """

    action_clicked = Signal()

    _ICONS: ClassVar[dict[str, QStyle.StandardPixmap]] = {
        "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    }

    def __init__(self, parent: QWidget | None = None, *, kind: str = "info") -> None:
        super().__init__(parent)
        self._kind = kind
        self._tinting = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.button = QPushButton(self)
        self.button.hide()
        self.button.clicked.connect(self.action_clicked)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self._apply()
        self.hide()

    @property
    def transient(self) -> bool:
        """Whether the message shown hides by itself."""
        return self._hide_timer.isActive()

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self._apply()

    def show_message(
        self,
        text: str,
        action: str | None = None,
        *,
        kind: str | None = None,
        timeout: int = 0,
    ) -> None:
        """Show `text`; with `timeout` (ms) it is a confirmation that hides by itself, while a
        message without one (a state: offline, sign in again) stays until it is replaced."""
        self._hide_timer.stop()
        if timeout > 0 and text:
            self._hide_timer.start(timeout)
        if kind is not None:
            self._kind = kind
            self._apply()
        self.label.setText(text)
        self.setAccessibleName(text)
        if action:
            self.button.setText(action)
            self.button.setAccessibleName(action)
            self.button.show()
        else:
            self.button.hide()
        self.setVisible(bool(text))

    def text(self) -> str:
        """The message, or "" while the banner is hidden."""
        return "" if self.isHidden() else self.label.text()

    def _apply(self) -> None:
        with _palette_from_parent(self) as base:
            if base is None:
                return
            window = base.color(QPalette.ColorRole.Window)
            if self._kind == "info":
                hue = base.color(QPalette.ColorRole.Highlight)
            elif self._kind == "warning":
                hue = QColor.fromHsvF(0.11, 0.9, 0.9)
            else:
                hue = QColor.fromHsvF(0.0, 0.8, 0.85)
            palette = QPalette(base)
            tint = window if high_contrast() else mix(window, hue, 0.18)  # HC: its frame says it
            palette.setColor(QPalette.ColorRole.Window, tint)
            self.setPalette(palette)
            extent = self.fontMetrics().height()
            icon = self.style().standardIcon(self._ICONS.get(self._kind, self._ICONS["info"]))
            self.icon.setPixmap(icon.pixmap(QSize(extent, extent), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.ParentChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            self._apply()
        super().changeEvent(event)


class Avatar(QLabel):
    """A round avatar: the server's image when there is one, else initials on the highlight colour."""

    def __init__(self, parent: QWidget | None = None, *, size: int = 36) -> None:
        super().__init__(parent)
        self._extent = size
        self._name = ""
        self._image: QImage | None = None
        self.setFixedSize(size, size)
        self.setAccessibleName(self.tr("Avatar"))

    def set_person(self, name: str, image_bytes: bytes | None = None) -> None:
        self._name = name
        self._image = None
        if image_bytes:
            image = QImage()
            if image.loadFromData(image_bytes):
                self._image = image
        self.setAccessibleName(self.tr("Avatar of {name}").format(name=name) if name else "")
        self._render()

    def has_image(self) -> bool:
        return self._image is not None

    def _render(self) -> None:
        ratio = self.devicePixelRatioF()
        side = round(self._extent * ratio)
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addEllipse(QRectF(0, 0, side, side))
        painter.setClipPath(path)
        if self._image is not None:
            painter.drawImage(
                QRectF(0, 0, side, side),
                self._image.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
        else:
            palette = self.palette()
            painter.fillRect(0, 0, side, side, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(8, round(side * 0.4)))
            painter.setFont(font)
            painter.drawText(
                QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(self._name)
            )
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)


def initials(name: str) -> str:
    parts = [p for p in name.replace("@", " ").replace(".", " ").split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:1].upper()
    return (parts[0][:1] + parts[-1][:1]).upper()


class BusyBar(QProgressBar):
    """A thin indeterminate progress bar: 'working, please wait'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.setAccessibleName(self.tr("Working"))


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


# --- numbers, sizes, durations ------------------------------------------------------------------

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


def format_clock(seconds: float | None) -> str:
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


async def confirm(
    parent: QWidget,
    *,
    title: str,
    text: str,
    informative: str,
    action: str,
    destructive: bool = False,
    showing: Callable[[QMessageBox | None], object] = lambda _box: None,
) -> bool:
    """Ask before doing something (sign out, delete), without a nested event loop: True when the
    user chose `action`. A destructive action gets Cancel as the default button. `showing` is told
    the box while it is open (and None after), so that tests and Close can reach it."""
    from .asyncqt import future_from_signal

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    go = box.addButton(action, role)
    go.setAccessibleName(action)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel.text().replace("&", ""))
    box.setDefaultButton(cancel if destructive else go)
    showing(box)
    clicked = future_from_signal(box.buttonClicked)
    box.open()
    try:
        button = await clicked
    finally:
        showing(None)
        box.deleteLater()
    return button is go


def fit_height(dialog: QWidget) -> None:
    """Grow (never narrow) a dialog so that its wrapped texts fit, e.g. after a message shows."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.minimumSize().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    height = max(height, layout.totalMinimumSize().height())
    dialog.resize(width, height)
