"""The app's presence outside the window: the tray icon with the number of running tasks, and an
OS notification when a task of any open account ends. It listens to the workspace itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from nctask_desktop.services.accounts import Account
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.notifications import notices_for, running_text
from nctask_desktop.services.workspace import Workspace

from .notifier import DesktopNotifier
from .widgets import translate_n


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
        self._unsubscribe = workspace.history_changed.connect(self._history_changed)

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
        notices = notices_for(
            account.key,
            event.tasks,
            enabled=self.workspace.prefs.notifications,
            types=session.types if session is not None else None,
            account_label=self.account_label(account) if several else "",
        )
        for notice in notices:
            title = notice.title.render(translate_n)
            body = notice.body.render(translate_n)
            if notice.account_label:
                body += "\n" + notice.account_label
            self.notifier.notify(notice, title, body)

    def close(self) -> None:
        self._unsubscribe()
        self.notifier.hide()
