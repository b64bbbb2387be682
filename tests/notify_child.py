"""Run by tests/ui/test_real_notifications.py inside `dbus-run-session` with dunst: sends two real
notifications through desktop-notifier on the qasync loop, clicks the first and presses the second's
Save button with `dunstctl`, and prints what the app saw."""

from __future__ import annotations

import asyncio
import subprocess

from PySide6.QtWidgets import QApplication

from nctask_desktop.ui import asyncqt
from nctask_desktop.ui.os_notify import SystemNotifications, system_notifications_expected


async def main(events: list[str]) -> None:
    assert system_notifications_expected()
    system = SystemNotifications("AI Tasks for Nextcloud")
    assert await system.has_buttons()
    first = ("Save", lambda: events.append("saved-first"))
    await system.send("done", "one", on_clicked=lambda: events.append("clicked"), save=first)
    assert not system.failed
    await asyncio.sleep(0.3)
    subprocess.run(["dunstctl", "action", "0"], check=True)  # a click on the notification
    second = ("Save", lambda: events.append("saved"))
    await system.send(
        "done", "two", on_clicked=lambda: events.append("clicked-second"), save=second
    )
    await asyncio.sleep(0.3)
    subprocess.run(["dunstctl", "context"], check=True)  # its menu: the "dmenu" picks Save
    for _ in range(50):
        if len(events) >= 2:
            break
        await asyncio.sleep(0.1)


if __name__ == "__main__":
    app = QApplication([])
    loop = asyncqt.new_event_loop(app)
    asyncio.set_event_loop(loop)
    seen: list[str] = []
    loop.run_until_complete(main(seen))
    print("events:", ",".join(seen))
