"""What the item delegates that draw their own text share: the cell drawn without its text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def item_style(option: QStyleOptionViewItem) -> QStyle:
    """The style that draws the cell: its view's, else the application's."""
    widget = option.widget
    return widget.style() if widget is not None else QApplication.style()


def draw_blank_item(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, str]:
    """Draw a cell as the style does (background, selection, focus) but without its text; return
    the cell's own style option and the text, for the delegate to draw its way."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    item_style(opt).drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    return opt, text
