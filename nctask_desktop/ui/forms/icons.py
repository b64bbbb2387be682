"""Icons for files and folders: the desktop theme's MIME icons, else palette-drawn ones.

No Python QIconEngine subclass here: with PySide6 6.12 one crashed the interpreter at exit."""

from __future__ import annotations

from PySide6.QtCore import QMimeDatabase, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyle

_mime_db: QMimeDatabase | None = None

AUDIO_GLYPH = "\u266a"  # ♪
VIDEO_GLYPH = "\u25b6"  # ▶


def _db() -> QMimeDatabase:
    global _mime_db
    if _mime_db is None:
        _mime_db = QMimeDatabase()
    return _mime_db


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)
_glyph_cache: dict[tuple[str, int, int, int], QIcon] = {}


def _paint_glyph(pixmap: QPixmap, glyph: str, ink: QColor) -> None:
    """A page outline with a symbol on it, in the given ink."""
    side = pixmap.width()
    page = QRectF((side - side * 0.8) / 2, side * 0.06, side * 0.8, side * 0.9)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QColor(ink)
    outline.setAlphaF(0.55 * ink.alphaF())
    pen = QPen(outline)
    pen.setWidthF(max(1.0, side / 24))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.addRoundedRect(page, side * 0.08, side * 0.08)
    painter.drawPath(path)
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(6, int(side * 0.5)))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(page, int(Qt.AlignmentFlag.AlignCenter), glyph)
    painter.end()


def glyph_icon(glyph: str, palette: QPalette | None = None) -> QIcon:
    """An icon drawn in the palette's text colours (normal, selected, disabled).

    The fallback where the desktop has no icon theme (Windows, macOS, bare Linux): the style's own
    media icons are black and vanish on a dark background. Widgets showing it draw it again when
    their palette changes.
    """
    palette = palette or QGuiApplication.palette()
    inks = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        QIcon.Mode.Active: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        QIcon.Mode.Selected: palette.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        ),
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
    }
    key = (
        glyph,
        inks[QIcon.Mode.Normal].rgba(),
        inks[QIcon.Mode.Selected].rgba(),
        inks[QIcon.Mode.Disabled].rgba(),
    )
    icon = _glyph_cache.get(key)
    if icon is None:
        icon = QIcon()
        for mode, ink in inks.items():
            for size in _SIZES:
                pixmap = QPixmap(QSize(size, size))
                pixmap.fill(Qt.GlobalColor.transparent)
                _paint_glyph(pixmap, glyph, ink)
                icon.addPixmap(pixmap, mode)
        _glyph_cache[key] = icon
    return icon


def icon_for_mime(
    content_type: str | None, is_folder: bool = False, palette: QPalette | None = None
) -> QIcon:
    """A folder icon, or the theme's icon for the MIME type (generic ones as fallback)."""
    if is_folder:
        return QIcon.fromTheme("folder", _standard(QStyle.StandardPixmap.SP_DirIcon))
    mime = (content_type or "").split(";")[0].strip().lower()
    fallback = _standard(QStyle.StandardPixmap.SP_FileIcon)
    if mime.startswith("audio/"):
        fallback = QIcon.fromTheme("audio-x-generic", glyph_icon(AUDIO_GLYPH, palette))
    elif mime.startswith("video/"):
        fallback = QIcon.fromTheme("video-x-generic", glyph_icon(VIDEO_GLYPH, palette))
    elif mime.startswith("image/"):
        fallback = QIcon.fromTheme("image-x-generic", fallback)
    elif mime.startswith("text/"):
        fallback = QIcon.fromTheme("text-x-generic", fallback)
    if not mime:
        return fallback
    info = _db().mimeTypeForName(mime)
    if not info.isValid():
        return fallback
    return QIcon.fromTheme(info.iconName(), QIcon.fromTheme(info.genericIconName(), fallback))
