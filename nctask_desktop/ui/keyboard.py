"""The keyboard: Tab in reading order (computed from the layouts as they are now, so pages and
results that change never leave a loop), and the context menu from the Menu key or Shift+F10."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def focusable_in_layout(layout: QLayout) -> list[QWidget]:
    """The controls Tab reaches in a layout, in reading (layout) order; a scroll area counts by
    its contents, not itself."""
    chain: list[QWidget] = []

    def collect(inner: QLayout) -> None:
        for i in range(inner.count()):
            item = inner.itemAt(i)
            if item is None:
                continue
            widget = item.widget()
            if widget is None:
                sub = item.layout()
                if sub is not None:
                    collect(sub)
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
                widget, QScrollArea
            ):
                chain.append(widget)
            else:
                inner_widget = widget.widget() if isinstance(widget, QScrollArea) else widget
                own = inner_widget.layout() if inner_widget is not None else None
                if own is not None:
                    collect(own)

    collect(layout)
    return chain


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop at the widget now: it takes Tab focus, is shown and enabled."""
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()
    )


def reading_order(root: QWidget) -> list[QWidget]:
    """The controls under `root` that take Tab focus, in reading order: by layouts, the panes of a
    splitter, a tab widget's bar then its current page, a stack's current page, a scroll area's
    contents (a control's own children, such as a view's viewport, are its own business)."""
    found: list[QWidget] = []

    def visit(widget: QWidget | None) -> None:
        if widget is None or widget.isHidden():
            return
        control = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if widget is not root and control and not isinstance(widget, QScrollArea):
            found.append(widget)
            return
        if isinstance(widget, QSplitter):
            for i in range(widget.count()):
                visit(widget.widget(i))
        elif isinstance(widget, QTabWidget):
            visit(widget.tabBar())
            visit(widget.currentWidget())
        elif isinstance(widget, QStackedWidget):
            visit(widget.currentWidget())
        elif isinstance(widget, QScrollArea):
            visit(widget.widget())
        else:
            visit_layout(widget.layout())

    def visit_layout(layout: QLayout | None) -> None:
        if layout is None:
            return
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if item.widget() is not None:
                visit(item.widget())
            else:
                visit_layout(item.layout())

    visit(root)
    return found


def next_in_reading_order(root: QWidget, current: QWidget | None, forward: bool) -> QWidget | None:
    """Where Tab (or Shift+Tab) goes from `current` among the controls under `root`: the next one
    that can take the focus now, round the end. None when `current` is not one of them."""
    chain = reading_order(root)
    here = current
    while here is not None and here not in chain and here is not root:
        here = here.parentWidget()  # the focus is inside a control (a combo box's line edit)
    if here is None or here not in chain:
        return None
    start = chain.index(here)
    step = 1 if forward else -1
    for offset in range(1, len(chain) + 1):
        candidate = chain[(start + step * offset) % len(chain)]
        if takes_tab(candidate):
            return candidate
    return None


def tab_in_reading_order(root: QWidget, forward: bool) -> bool:
    """Move the focus as Tab (Shift+Tab) does, in reading order under `root`: for a window's
    focusNextPrevChild. False when the focus is not among root's controls (Qt's own order then)."""
    target = next_in_reading_order(root, QApplication.focusWidget(), forward)
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def open_context_menu(widget: QWidget | None) -> bool:
    """The Menu key or Shift+F10: the focused control's context menu, as a right-click on it
    would open it (on a list or table, on its current item)."""
    if widget is None:
        return False
    target, pos = widget, widget.rect().center()
    if isinstance(widget, QAbstractItemView):
        target = widget.viewport()
        rect = widget.visualRect(widget.currentIndex())
        pos = rect.center() if rect.isValid() else QPoint(4, 4)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        pos,
        target.mapToGlobal(pos),
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(target, event)
    return True
