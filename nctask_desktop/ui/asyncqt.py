"""asyncio on the Qt event loop: the only module that imports qasync.

Rules (see DESIGN.md): the QApplication exists first; the loop is created explicitly; async code never
starts a nested event loop (no `exec()`): it opens a dialog and awaits `future_from_signal(...)`.
Signals connect to plain methods that start the work as a named task of the object's `TaskOwner`
(the task is kept alive, its exception reaches `sys.excepthook`, and closing the object cancels it);
no decorator turns a coroutine into a slot.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gc
import logging
import os
import queue
import sys
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QTimerEvent, SignalInstance
from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


class _CallbackTimer(QObject):
    """qasync's per-callback timers, with the timer killed before its callback runs.

    qasync's own timer runs a callback and only then kills its (repeating) timer and deletes the
    callback's entry by timer id. When the callback lets Qt deliver events meanwhile, the same
    timer can fire again, or its id, once killed, can be reused for a new callback whose entry the
    outer call then deletes: that callback never runs, and whatever awaits it waits for ever (seen
    as a rare hang of closing the history). Here the entry is taken and the timer killed first."""

    def __init__(self) -> None:
        super().__init__()
        self._callbacks: dict[int, asyncio.Handle] = {}
        self._stopped = False

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self._callbacks[timer_id] = handle
        return handle

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self._callbacks.pop(timer_id, None)
        if handle is None or self._stopped or handle.cancelled():
            return
        handle._run()

    def stop(self) -> None:
        self._stopped = True

    def set_debug(self, _enabled: bool) -> None:
        pass


class _QtLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop with three patches (PySide6 6.8+, PYSIDE-3124: cross-thread signals crash).

    - `call_soon_threadsafe` does not emit a Python signal from the calling thread: it queues the
      handle and wakes the loop through asyncio's self-pipe, which qasync already watches with a
      QSocketNotifier on the main thread.
    - The default executor is a plain ThreadPoolExecutor instead of qasync's QThread workers, so
      `asyncio.to_thread` never creates QObjects off the main thread.
    - Callbacks run from `_CallbackTimer`, which kills a callback's timer before running it, so
      that no callback is ever lost (see there).
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._threadsafe: queue.SimpleQueue[asyncio.Handle] = queue.SimpleQueue()
        super().__init__(app)
        self._timer = _CallbackTimer()
        self.set_default_executor(
            concurrent.futures.ThreadPoolExecutor(max_workers=8, thread_name_prefix="nctask")
        )

    def call_soon_threadsafe(
        self, callback: Callable[..., object], *args: Any, context: Any = None
    ) -> asyncio.Handle:
        handle = asyncio.Handle(callback, args, self, context=context)
        self._threadsafe.put(handle)
        self._write_to_self()
        return handle

    def _process_self_data(self, data: bytes) -> None:
        while True:
            try:
                handle = self._threadsafe.get_nowait()
            except queue.Empty:
                return
            if not handle.cancelled():
                self._add_callback(handle)


def new_event_loop(app: QCoreApplication | None = None) -> asyncio.AbstractEventLoop:
    """A qasync loop on the (existing) application; create it explicitly, never via a policy."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before the event loop")
    # The proactor loop on Windows reads its self-pipe differently: keep qasync's own there.
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app) if os.name == "nt" else _QtLoop(app)
    return loop


class GarbageCollector(QObject):
    """Runs Python's cyclic garbage collector on the main thread only (qutebrowser does the same).

    With automatic collection, a collection can start in any thread that allocates (a worker of
    `asyncio.to_thread`, an HTTP server thread) and destroy Qt objects there: "Timers cannot be
    stopped from another thread", then crashes. Automatic collection is turned off and a timer
    collects with the usual thresholds instead.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        threshold = gc.get_threshold()
        count = gc.get_count()
        if count[0] > threshold[0]:
            gc.collect(0)
            if count[1] > threshold[1]:
                gc.collect(1)
                if count[2] > threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def report_exception(exc: BaseException) -> None:
    """Hand an exception of a background task to `sys.excepthook` (logs it, shows a dialog)."""
    if isinstance(exc, asyncio.CancelledError):
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


class TaskOwner:
    """Named tasks of one object: a new task under a name cancels the old one; close cancels all.

    Exceptions other than cancellation go to `sys.excepthook` unless `report=False`.
    """

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def start(
        self, name: str, coro: Coroutine[Any, Any, T], *, report: bool = True
    ) -> asyncio.Task[T]:
        self.cancel(name)
        task: asyncio.Task[T] = asyncio.ensure_future(coro)
        with contextlib.suppress(AttributeError):
            task.set_name(name)
        self._tasks[name] = task

        def done(finished: asyncio.Task[Any]) -> None:
            if self._tasks.get(name) is finished:
                del self._tasks[name]
            if report and not finished.cancelled() and finished.exception() is not None:
                report_exception(finished.exception())  # type: ignore[arg-type]

        task.add_done_callback(done)
        return task

    def get(self, name: str) -> asyncio.Task[Any] | None:
        return self._tasks.get(name)

    def is_running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    @property
    def names(self) -> list[str]:
        return [n for n, t in self._tasks.items() if not t.done()]

    def cancel(self, name: str) -> bool:
        task = self._tasks.pop(name, None)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def cancel_all(self) -> None:
        for name in list(self._tasks):
            self.cancel(name)


def future_from_signal(signal: SignalInstance) -> asyncio.Future[Any]:
    """A future resolved by the next emission of `signal` (its one argument, a tuple, or None).

    Cancelling the future disconnects it. The way to await a dialog without a nested loop.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[Any] = loop.create_future()
    connected = True

    def disconnect() -> None:
        nonlocal connected
        if connected:
            connected = False
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(on_emit)

    def on_emit(*args: Any) -> None:
        disconnect()
        if not future.done():
            future.set_result(None if not args else args[0] if len(args) == 1 else args)

    signal.connect(on_emit)
    future.add_done_callback(lambda _f: disconnect())
    return future


async def run_dialog(dialog: QDialog) -> int:
    """Open a window-modal dialog and wait for its result (QDialog.DialogCode) without `exec()`."""
    finished = future_from_signal(dialog.finished)
    dialog.open()
    result: int = await finished
    return result


async def next_event_loop_turn() -> None:
    """Let Qt process pending events once (paint, layout) before continuing."""
    future = asyncio.get_running_loop().create_future()

    def resolve() -> None:
        if not future.done():
            future.set_result(None)

    QTimer.singleShot(0, resolve)
    await future


class _QuitWatcher(QObject):
    """Turns the application's quit request (QEvent.Quit) into a future, and holds the quit back.

    Qt 6 routes `quit()` (and the last window closing) through a Quit event to the application.
    Consuming it lets the main coroutine clean up (close HTTP clients) before the loop ends.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.future: asyncio.Future[None] | None = None
        self.requested = False
        # Not resolved from aboutToQuit: Qt's loop has ended by then, and the coroutine would resume
        # outside it. `run()` resolves the future and runs the loop again instead.
        app.installEventFilter(self)

    def get_future(self) -> asyncio.Future[None]:
        if self.future is None or self.future.get_loop().is_closed():
            self.future = asyncio.get_running_loop().create_future()
            if self.requested:
                self.future.set_result(None)
        return self.future

    def resolve(self) -> None:
        self.requested = True
        if self.future is not None and not self.future.done():
            self.future.set_result(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.Quit:
            self.resolve()
            return True
        return False


_watchers: dict[int, _QuitWatcher] = {}


def _watcher(app: QCoreApplication) -> _QuitWatcher:
    watcher = _watchers.get(id(app))
    if watcher is None or watcher.app is not app:
        watcher = _watchers[id(app)] = _QuitWatcher(app)
    return watcher


def quit_requested(app: QCoreApplication | None = None) -> asyncio.Future[None]:
    """A future resolved when the application is asked to quit (menu, last window, system).

    The quit itself is held back: the main coroutine awaits this, cleans up, and returns.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no application")
    return _watcher(app).get_future()


def run(app: QCoreApplication, main: Coroutine[Any, Any, T]) -> T:
    """Run `main` on a new qasync loop until it returns; then cancel what is left and close.

    `main` awaits `quit_requested()`. When Qt ends its loop on its own anyway (`exit()` from the
    system; `aboutToQuit` has fired) before `main` is done, the quit future is resolved and the loop
    runs once more so `main` can finish its clean-up.
    """
    _watcher(app)  # from now on a quit request resolves the future instead of ending the loop
    loop = new_event_loop(app)
    asyncio.set_event_loop(loop)
    task = loop.create_task(main)
    try:
        for _attempt in range(2):
            try:
                return loop.run_until_complete(task)
            except RuntimeError:
                if task.done():
                    raise
                log.debug("Qt's loop ended before the main coroutine; running it to its end")
                _watcher(app).resolve()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, RuntimeError):
            loop.run_until_complete(task)
        raise RuntimeError("the main coroutine did not finish after Qt quit")
    finally:
        try:
            _cancel_remaining(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _cancel_remaining(loop: asyncio.AbstractEventLoop) -> None:
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """For asyncio.Runner / pytest-asyncio: a factory of qasync loops on the running application."""
    return lambda: new_event_loop(QCoreApplication.instance())


__all__ = [
    "GarbageCollector",
    "TaskOwner",
    "future_from_signal",
    "loop_factory",
    "new_event_loop",
    "next_event_loop_turn",
    "quit_requested",
    "report_exception",
    "run",
    "run_dialog",
]
