"""The app's presence outside the window: the tray icon with the number of running tasks, an OS
notification when a task of any open account ends, a look at once when the app comes back to the
front, and a pause while the network is gone. It listens to the workspace itself."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from nctask_desktop.api import TaskStatus
from nctask_desktop.api import errors as e
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.chat import is_chat_task
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.notifications import Notice, Text, notices_for, running_text
from nctask_desktop.services.workspace import Workspace

from .desktop import NetworkWatcher
from .notifier import DesktopNotifier
from .widgets import explain_text, translate_n

WOKE_AFTER = 20.0
"""Seconds the wall clock may run ahead of the monotonic one before a sleep is assumed."""


class WakeWatch(QObject):
    """Notices that the computer slept: the wall clock moved on much further than the monotonic
    one (which stands still during a suspend), between two of its looks."""

    woke = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        interval_ms: int = 15_000,
    ) -> None:
        super().__init__(parent)
        self._wall, self._monotonic = wall, monotonic
        self._last = (wall(), monotonic())
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> bool:
        now = (self._wall(), self._monotonic())
        slept = (now[0] - self._last[0]) - (now[1] - self._last[1]) > WOKE_AFTER
        self._last = now
        if slept:
            self.woke.emit()
        return slept


class Presence(QObject):
    """Tray count and notifications; `running_changed` tells the window to update its tab title."""

    running_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        notifier: DesktopNotifier,
        account_label: Callable[[Account], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.notifier = notifier
        self.account_label = account_label
        self._unsubscribe = [
            workspace.history_changed.connect(self._history_changed),
            workspace.signed_out.connect(lambda _account: self.update()),
        ]
        app = QApplication.instance()
        self._app = app if isinstance(app, QApplication) else None
        if self._app is not None:
            self._app.applicationStateChanged.connect(self._application_state_changed)
        self.wake = WakeWatch(self)
        self._saves: set[asyncio.Task[None]] = set()
        notifier.save_requested.connect(self.save_from_notification)
        self.wake.woke.connect(self.poll_now)  # after a sleep, look at once: no back-off to wait

    @classmethod
    def of_window(
        cls, window: Any, workspace: Workspace, notifier: DesktopNotifier, network: NetworkWatcher
    ) -> Presence:
        """The main window's presence: a click on a notification opens its task, the tray's menu
        shows the window or quits, the History tab says how many tasks run."""
        notifier.activated.connect(window.open_task)
        notifier.show_window.connect(window.bring_to_front)
        notifier.quit_requested.connect(window.quit_app)
        notifier.quick_text.connect(window.show_quick_text)
        presence = cls(
            workspace, notifier, lambda account: window.area.account_label(account), window
        )
        presence.running_changed.connect(window.update_tab_title)
        presence.follow_network(network)
        return presence

    def follow_network(self, network: NetworkWatcher) -> None:
        network.availability_changed.connect(self._network_changed)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll_now()

    def poll_now(self) -> None:
        """The app came back to the front, or the computer woke up: every open account looks at
        its unfinished tasks now."""
        for session in self.workspace.sessions:
            session.history.poke()
            session.queue.retry_now()

    def _network_changed(self, available: bool) -> None:
        for session in self.workspace.sessions:
            session.history.set_network_available(available)
            if available:
                session.queue.retry_now()  # what waits for the server goes at once

    def running_count(self) -> int:
        """Unfinished tasks of every open account."""
        return sum(len(s.history.unfinished) for s in self.workspace.sessions)

    def update(self) -> None:
        count = self.running_count()
        self.notifier.set_running(count, running_text(count).render(translate_n))
        self.running_changed.emit()

    def _history_changed(self, account: Account, event: HistoryEvent) -> None:
        if event.kind is EventKind.FINISHED:
            self._notify_finished(account, event)
        if event.kind in (
            EventKind.LOADED,
            EventKind.CHANGED,
            EventKind.REMOVED,
            EventKind.FORGOTTEN,
        ):
            self.update()

    def _notify_finished(self, account: Account, event: HistoryEvent) -> None:
        session = self.workspace.session_if_open(account)
        several = len(self.workspace.store.accounts) > 1
        tasks = event.tasks
        if QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            # a chat answer shows in its conversation: no notification while the app is in front
            tasks = tuple(t for t in tasks if not is_chat_task(t))
        notices = notices_for(
            account.key,
            tasks,
            enabled=self.workspace.prefs.notifications,
            types=session.types if session is not None else None,
            account_label=self.account_label(account) if several else "",
        )
        done = {t.id for t in tasks if t.status is TaskStatus.SUCCESSFUL and t.output}
        for notice in notices:
            title = notice.title.render(translate_n)
            body = notice.body.render(translate_n)
            if notice.account_label:
                body += "\n" + notice.account_label
            save = self.tr("Save") if notice.task_id in done else ""
            self.notifier.notify(notice, title, body, save_label=save)

    def save_from_notification(self, account_key: str, task_id: int) -> asyncio.Task[None] | None:
        """A notification's Save button: the task's results into the download folder, then a
        notification that says where (or why not)."""
        account = self.workspace.store.find(account_key)
        session = self.workspace.session_if_open(account) if account is not None else None
        if session is None:
            return None
        task = asyncio.ensure_future(self._save(account_key, session.history, task_id))
        self._saves.add(task)
        task.add_done_callback(self._saves.discard)
        return task

    async def _save(self, account_key: str, history: Any, task_id: int) -> None:
        folder = self.workspace.prefs.effective_download_folder()
        try:
            saved = await history.save(task_id, folder)
        except (e.NextcloudError, OSError, KeyError) as exc:
            title = self.tr("The results were not saved")
            body = explain_text(exc) if not isinstance(exc, KeyError) else ""
        else:
            title = self.tr("%n file(s) saved", None, len(saved))
            body = self.tr("In {folder}").format(folder=str(folder))
        notice = Notice(account_key, task_id, Text(title), Text(body))
        self.notifier.notify(notice, title, body)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        if self._app is not None:
            self._app.applicationStateChanged.disconnect(self._application_state_changed)
            self._app = None
        self.notifier.hide()
