"""After the computer sleeps, the open accounts look at their tasks at once (no back-off to wait
out)."""

from __future__ import annotations

from typing import Any

from nctask_desktop.demo import DemoServer
from nctask_desktop.ui.presence import WakeWatch
from tests.ui.support import alice_window


def test_a_sleep_is_noticed_by_the_clocks_drifting_apart(qtbot: Any) -> None:
    clocks = {"wall": 1000.0, "mono": 50.0}
    watch = WakeWatch(wall=lambda: clocks["wall"], monotonic=lambda: clocks["mono"])
    woke: list[bool] = []
    watch.woke.connect(lambda: woke.append(True))
    clocks["wall"] += 15
    clocks["mono"] += 15  # awake: both clocks move on together
    assert not watch.check() and woke == []
    clocks["wall"] += 3600 + 15  # an hour asleep: the monotonic clock stood still
    clocks["mono"] += 15
    assert watch.check() and woke == [True]
    watch.timer.stop()


async def test_waking_up_pokes_every_open_account(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    workspace, window = await alice_window(make_workspace, make_window, demo_server)
    session = window.session
    assert session is not None
    poked: list[bool] = []
    session.history.poke = lambda: poked.append(True)  # type: ignore[method-assign]
    window.presence.wake.woke.emit()
    assert poked == [True]
    await workspace.close()
