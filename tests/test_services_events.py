"""services.events: many listeners, disconnect, and a failing listener does not silence the rest."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from nctask_desktop.services.events import Event


def test_every_listener_hears_in_order_until_disconnected() -> None:
    event: Event[[str, int]] = Event("changed")
    heard: list[tuple[str, str, int]] = []
    off_a = event.connect(lambda name, n: heard.append(("a", name, n)))
    event.connect(lambda name, n: heard.append(("b", name, n)))
    event.emit("x", 1)
    off_a()
    event.emit("y", 2)
    assert heard == [("a", "x", 1), ("b", "x", 1), ("b", "y", 2)]
    assert event.listeners == 1


def test_a_failing_listener_goes_to_the_excepthook_and_the_others_still_hear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event: Event[[int]] = Event("changed")
    hooked: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: hooked.append(info[1]))
    heard: list[int] = []

    def broken(_n: int) -> None:
        raise ValueError("boom")

    event.connect(broken)
    event.connect(heard.append)
    event.emit(3)
    assert heard == [3]
    assert len(hooked) == 1 and isinstance(hooked[0], ValueError)
