"""A plain, typed event with any number of listeners (FeelUOwn's Signal idea, without Qt).

Services publish; each page of the window subscribes to what it shows, and unsubscribes when it
goes. A listener that raises goes to `sys.excepthook` (the app's dialog; a failed test under
pytest-qt) and does not keep the others from hearing the event.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")


class Event(Generic[P]):
    """`event.connect(listener)` returns a function that disconnects it; `event.emit(...)` calls
    every listener in the order they connected."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._listeners: list[Callable[P, object]] = []

    def connect(self, listener: Callable[P, object]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self.disconnect(listener)

    def disconnect(self, listener: Callable[P, object]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def listeners(self) -> int:
        return len(self._listeners)

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        for listener in list(self._listeners):
            try:
                listener(*args, **kwargs)
            except Exception:
                sys.excepthook(*sys.exc_info())
