"""Tasks in every state on the simulator, for the history's tests and screenshots."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from nctask_desktop.api import NextcloudClient
from nctask_desktop.demo import DemoServer


def engine(server: DemoServer) -> Any:
    return server._state.engine


def file_id(server: DemoServer, user: str, path: str) -> int:
    node = server._state.files.resolve(user, path)
    assert node is not None, path
    return int(node.id)


def tamper(server: DemoServer, task_id: int, **fields: Any) -> None:
    """Change a stored task as a real server's clock or worker would have."""
    eng = engine(server)
    with eng.lock:
        task = eng._tasks[task_id]
        for key, value in fields.items():
            setattr(task, key, value)


async def schedule(
    client: NextcloudClient,
    server: DemoServer,
    type_id: str,
    inputs: dict[str, Any],
    *,
    seconds: float,
    app_id: str = "assistant",
) -> int:
    eng = engine(server)
    previous = eng.task_seconds
    eng.task_seconds = seconds
    try:
        task = await client.schedule_task(type_id, inputs, app_id=app_id)
    finally:
        eng.task_seconds = previous
    return task.id


async def schedule_one(
    server: DemoServer,
    type_id: str,
    inputs: dict[str, Any],
    *,
    seconds: float,
    user: str = "alice",
    password: str = "alice-app-password",
) -> int:
    """One task of `user`'s, taking `seconds`, scheduled with a client of its own: its id."""
    async with NextcloudClient(server.base_url, user, password) as client:
        return await schedule(client, server, type_id, inputs, seconds=seconds)


async def schedule_texts(
    client: NextcloudClient, server: DemoServer, count: int, *, seconds: float, prefix: str = "t"
) -> list[int]:
    """`count` text tasks, "<prefix>0", "<prefix>1", …, each taking `seconds`; their ids."""
    return [
        await schedule(client, server, "core:text2text", {"input": f"{prefix}{n}"}, seconds=seconds)
        for n in range(count)
    ]


async def every_state(server: DemoServer, client: NextcloudClient, user: str) -> dict[str, int]:
    """One task per state and kind of result; returns their ids by name. The finished ones are
    done when this returns; "removed" still exists (delete it once the history has seen it)."""
    now = time.time()
    quick, slow = 0.3, 600
    welcome = file_id(server, user, "Documents/Welcome.txt")
    recording = file_id(server, user, "Recordings/sample.wav")
    # name: (task type, input, seconds it takes), scheduled in this order
    plan: dict[str, tuple[str, dict[str, Any], float]] = {
        "text": (
            "core:text2text",
            {"input": "Write a short poem about autumn leaves for a school newsletter"},
            quick,
        ),
        "images": (
            "core:text2image",
            {"input": "A red fox in the snow, watercolour", "numberOfImages": 3},
            quick,
        ),
        "audio": (
            "core:text2speech",
            {"input": "Good morning everyone, the meeting starts at ten."},
            quick,
        ),
        "file": (
            "demo:allslots",
            {"text": "Quarterly report", "number": 4, "choice": "b", "file": welcome},
            quick,
        ),
        "failed_reason": (
            "core:text2text",
            {"input": "Summarise the minutes (this provider is set to fail)"},
            quick,
        ),
        "failed": (
            "core:text2text:translate",
            {"input": "Bonjour (this provider is set to fail)", "target_language": "en"},
            quick,
        ),
        "cancelled": ("core:text2image", {"input": "A lighthouse at dusk"}, slow),
        "removed": (
            "core:contextwrite",
            {"style_input": "Dear team,", "source_input": "Notes from last week's meeting"},
            quick,
        ),
        "running": ("core:audio2text", {"input": recording}, slow),
        "scheduled": (
            "core:text2text",
            {"input": "Draft a friendly reply to the customer's question about delivery times"},
            slow,
        ),
        "waiting": (
            "core:text2text:translate",
            {"input": "Guten Morgen, wie geht es Ihnen?", "target_language": "en"},
            slow,
        ),
    }
    ids: dict[str, int] = {}
    for name, (type_id, inputs, seconds) in plan.items():
        ids[name] = await schedule(client, server, type_id, inputs, seconds=seconds)
    await client.cancel_task(ids["cancelled"])
    tamper(
        server,
        ids["running"],
        status=2,  # running
        started_at=int(now - 80),
        scheduled_at=int(now - 95),
        start_time=now - 80,
        end_time=now + 160,
        completion_expected_at=int(now + 160),
    )
    tamper(
        server,
        ids["waiting"],
        scheduled_at=int(now - 7 * 60 - 20),
        completion_expected_at=int(now - 6 * 60),
        start_time=now + 3600,
        end_time=now + 7200,
    )
    # the failure without a reason is what Nextcloud 30 to 32 report
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        tasks = {t.id: t for t in await client.list_tasks()}
        if all(tasks[ids[k]].status.is_finished for k in ("text", "images", "audio", "file")) and (
            tasks[ids["failed"]].status.is_finished
        ):
            break
        await asyncio.sleep(0.05)
    tamper(server, ids["failed"], error_message=None, user_facing_error=None)
    return ids


async def confirm_delete(panel: Any) -> None:
    """Answer History's "Delete … task(s)?" with Delete, once the box is open."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.support import wait_until

    await wait_until(lambda: panel.delete_box is not None)
    box = panel.delete_box
    [delete] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    delete.click()
