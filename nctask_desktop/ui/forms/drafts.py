"""Keeps a form's draft: restores it when the form is made, saves it on change (debounced) and
when the form is hidden, closed or the app quits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from nctask_desktop.services.drafts import DraftStore

from .form import FormWidget

SAVE_DELAY_MS = 500


class DraftBinder(QObject):
    """Binds one FormWidget to the DraftStore under (account key, task type id).

    Owners that delete a form without hiding it first should call `flush()` before.
    After a successful submission call `discard()`.
    """

    def __init__(
        self,
        form: FormWidget,
        store: DraftStore,
        account: str,
        type_id: str | None = None,
        *,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.store = store
        self.account = account
        self.type_id = type_id or form.task_type.id
        self.dirty = False
        self.restored = False
        self._restoring = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.restore()
        form.changed.connect(self._changed)
        form.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def restore(self) -> bool:
        """Show the stored draft in the form, if there is one."""
        draft = self.store.get(self.account, self.type_id)
        if draft is None:
            return False
        self._restoring = True
        try:
            self.form.set_values(draft)
        finally:
            self._restoring = False
        self.dirty = False
        self._timer.stop()
        self.restored = True
        return True

    def _changed(self) -> None:
        if self._restoring:
            return
        self.dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self._timer.stop()
        if not self.dirty:
            return
        self.dirty = False
        self.store.put(self.account, self.type_id, self.form.draft_values())

    def discard(self) -> None:
        """Forget the draft (the task was submitted)."""
        self._timer.stop()
        self.dirty = False
        self.store.discard(self.account, self.type_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while Python tears the binder down, Qt may still deliver the form's last events
        form = getattr(self, "form", None)
        if (
            form is not None
            and watched is form
            and event.type()
            in (
                QEvent.Type.Hide,
                QEvent.Type.Close,
            )
        ):
            self.flush()
        return False
