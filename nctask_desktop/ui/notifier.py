"""The app's presence outside its window: a tray icon with the number of running tasks, and OS
notifications when tasks end (the tray's messages; without a tray, D-Bus on Linux; else none).

What to notify and in which words is decided in services/notifications.py; this only displays.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from nctask_desktop import APP_DISPLAY_NAME
from nctask_desktop.packaging_support import app_icon_path
from nctask_desktop.services.notifications import Notice

from .desktop import DBusNotifications
from .os_notify import SystemNotifications, system_notifications_expected

log = logging.getLogger(__name__)

_app_icon: QIcon | None = None


def app_icon() -> QIcon:
    """The app's icon (drawn from its SVG), or a plain round one when the file is missing."""
    global _app_icon
    if _app_icon is None:
        path = app_icon_path()
        icon = QIcon(str(path)) if path is not None else QIcon()
        if icon.isNull():
            pixmap = QPixmap(64, 64)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(4, 4, 56, 56, 14, 14)
            painter.end()
            icon = QIcon(pixmap)
        _app_icon = icon
    return _app_icon


def badge_icon(base: QIcon, count: int, palette: QPalette | None = None, side: int = 64) -> QIcon:
    """The icon with the count in a round badge at its lower right (the base icon when 0)."""
    if count <= 0:
        return base
    palette = palette or QGuiApplication.palette()
    pixmap = base.pixmap(side, side)
    if pixmap.isNull():
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
    pixmap.setDevicePixelRatio(1.0)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    diameter = side * (0.58 if len(text) < 3 else 0.7)
    rect = QRectF(side - diameter, side - diameter, diameter, diameter)
    fill = QColor(palette.color(QPalette.ColorRole.Highlight))
    painter.setPen(palette.color(QPalette.ColorRole.Base))
    painter.setBrush(fill)
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(8, round(diameter * (0.62 if len(text) == 1 else 0.48))))
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class Shown:
    """A notification as displayed (kept for the About/diagnostics and for tests)."""

    notice: Notice
    title: str
    body: str
    backend: str


class DesktopNotifier(QObject):
    """Tray icon and notifications. Notifications go to the system's notification service
    (`system`, desktop-notifier: a click opens the task, a Save button saves) where there is one,
    else (or when it fails) the way `backend` says: "tray", "dbus" or "none" (chosen when None)."""

    activated = Signal(str, int)  # account key, task id (-1: the history)
    save_requested = Signal(str, int)  # account key, task id: a notification's Save button
    show_window = Signal()
    quit_requested = Signal()
    quick_text = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: str | None = None,
        system: SystemNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self.icon = app_icon()
        self.running = 0
        self.tooltip = APP_DISPLAY_NAME
        self.shown: deque[Shown] = deque(maxlen=50)
        self.hints: list[str] = []
        """Hints shown at the tray icon ("still running…"), for tests and diagnostics."""
        self._last: Notice | None = None
        self._by_dbus_id: dict[int, Notice] = {}
        self.tray: QSystemTrayIcon | None = None
        self.dbus: DBusNotifications | None = None
        if backend is None:
            if system is None and system_notifications_expected():
                system = SystemNotifications(APP_DISPLAY_NAME, app_icon_path())
            if QSystemTrayIcon.isSystemTrayAvailable():
                backend = "tray"
            else:
                self.dbus = DBusNotifications.create(self)
                backend = "dbus" if self.dbus is not None else "none"
        elif backend == "dbus":
            self.dbus = DBusNotifications.create(self)
            if self.dbus is None:
                backend = "none"
        self.backend = backend
        self.system = system
        if backend == "tray":
            self._make_tray()
        if self.dbus is not None:
            self.dbus.clicked.connect(self._dbus_clicked)

    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(self.icon, self)
        tray.setToolTip(APP_DISPLAY_NAME)
        menu = QMenu()
        self._menu = menu
        show = QAction(self.tr("Show {app}").format(app=APP_DISPLAY_NAME), menu)
        show.triggered.connect(self.show_window)
        history = QAction(self.tr("Show the history"), menu)
        history.triggered.connect(lambda: self.activated.emit("", -1))
        quick = QAction(self.tr("Quick text…"), menu)
        quick.triggered.connect(self.quick_text)
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(show)
        menu.addAction(history)
        menu.addAction(quick)
        menu.addSeparator()
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._tray_activated)
        tray.messageClicked.connect(self._message_clicked)
        tray.show()
        self.tray = tray

    def set_running(self, count: int, tooltip: str) -> None:
        """The number of running tasks: the badge on the tray icon and its tooltip."""
        self.tooltip = tooltip
        if self.tray is not None:
            self.tray.setToolTip(f"{APP_DISPLAY_NAME}\n{tooltip}")
        if count != self.running:
            self.running = count
            if self.tray is not None:
                self.tray.setIcon(badge_icon(self.icon, count))

    def notify(self, notice: Notice, title: str, body: str, *, save_label: str = "") -> None:
        """Show an OS notification; clicking it emits `activated` with the notice's task. With
        `save_label`, where the system shows buttons, a button that emits `save_requested`."""
        self._last = notice
        if self.system is not None:
            self.shown.append(Shown(notice, title, body, "system"))
            save = None
            if save_label and notice.task_id is not None:
                task_id = notice.task_id
                save = (save_label, lambda: self.save_requested.emit(notice.account_key, task_id))
            self.system.send(
                title,
                body,
                on_clicked=lambda: self._open(notice),
                save=save,
                on_failed=lambda: self._show_otherwise(notice, title, body),
            )
            return
        self.shown.append(Shown(notice, title, body, self.backend))
        self._show_otherwise(notice, title, body)

    def _show_otherwise(self, notice: Notice, title: str, body: str) -> None:
        """The tray's message, or D-Bus through `gdbus` without a tray."""
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if notice.failed
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, body, icon, 15000)
        elif self.dbus is not None:

            def sent(notification_id: int, notice: Notice = notice) -> None:
                self._dbus_sent(notification_id, notice)

            self.dbus.notify(APP_DISPLAY_NAME, title, body, sent)
        else:
            log.info("notification (nowhere to show it): %s", title)

    @property
    def has_tray(self) -> bool:
        """Whether the app has an icon in the system tray (to keep running in when closed)."""
        return self.tray is not None

    def show_hint(self, text: str) -> None:
        """A short message at the tray icon (not a task's notification)."""
        self.hints.append(text)
        if self.tray is not None:
            self.tray.showMessage(
                APP_DISPLAY_NAME, text, QSystemTrayIcon.MessageIcon.Information, 10000
            )

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()

    def _open(self, notice: Notice | None) -> None:
        if notice is None:
            self.show_window.emit()
            return
        self.activated.emit(notice.account_key, -1 if notice.task_id is None else notice.task_id)

    def _message_clicked(self) -> None:
        self._open(self._last)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def _dbus_sent(self, notification_id: int, notice: Notice) -> None:
        self._by_dbus_id[notification_id] = notice
        while len(self._by_dbus_id) > 50:
            self._by_dbus_id.pop(next(iter(self._by_dbus_id)))

    def _dbus_clicked(self, notification_id: int) -> None:
        notice = self._by_dbus_id.get(notification_id)
        if notice is not None:
            self._open(notice)
