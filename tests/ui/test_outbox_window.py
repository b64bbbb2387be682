"""Quitting with unsent tasks: the window asks, keeps them, and the next start sends them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nctask_desktop.demo import DemoServer
from nctask_desktop.services.drafts import DraftStore
from nctask_desktop.services.outbox import OutboxRecord, stamps_for
from nctask_desktop.services.submissions import SubmissionState
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.quit_prompt import unsent_text
from nctask_desktop.ui.session_panel import STATUS_ROLE
from tests.ui.support import alice_window, alice_workspace, ready_window, wait_until


async def test_quit_with_unsent_tasks_asks_and_the_next_start_sends_them(
    make_workspace: Any, make_window: Any, demo_server: DemoServer
) -> None:
    # the app's own limit lets one task through: the other two wait when the user quits
    workspace, window = await alice_window(
        make_workspace, make_window, demo_server, queue_options={"limit": 1, "window": 600}
    )
    assert window.session is not None
    queue = window.session.queue
    subs = [
        queue.submit("core:text2text", {"input": f"poem {i}"}, type_name="Free text to text")
        for i in range(3)
    ]
    await wait_until(lambda: subs[1].state is SubmissionState.WAITING)

    window.close()
    prompt = window.quit_prompt
    assert prompt.box is not None and prompt.box.isVisible() and window.isVisible()
    assert prompt.box.text() == unsent_text(2)  # "2 tasks you submitted have not reached…"
    assert (
        prompt.box.text().startswith("2 task")
        and "have not reached your server" in prompt.box.text()
    )
    assert prompt.box.defaultButton() is prompt.wait_button
    prompt.wait_button.click()  # Keep open
    await wait_until(lambda: prompt.box is None)
    assert window.isVisible()

    window.close()
    assert prompt.box is not None
    prompt.quit_button.click()  # Quit, send them later
    await wait_until(lambda: not window.isVisible())
    await workspace.close()
    assert demo_server.task_count() == 1

    # the next start: the same home, a new workspace and window
    workspace = make_workspace()
    window = await ready_window(make_window, workspace)
    panel = window.new_task.session_panel
    await wait_until(lambda: len(panel.model.rows) == 2)
    await wait_until(lambda: demo_server.task_count() == 3, timeout=15)
    await wait_until(
        lambda: all(r.submission.state is SubmissionState.SCHEDULED for r in panel.model.rows)
    )
    assert sorted(r.submission.inputs["input"] for r in panel.model.rows) == ["poem 1", "poem 2"]
    assert all(r.submission.resumed for r in panel.model.rows)
    await wait_until(lambda: "Sent after the restart: 2 task" in panel.queue_text())
    assert workspace.outbox.count() == 0
    window.close()  # nothing unsent: no question
    assert window.quit_prompt.box is None
    await wait_until(lambda: not window.isVisible())


async def test_a_resumed_task_whose_file_is_gone_says_so_and_keeps_the_values(
    make_workspace: Any, make_window: Any, demo_server: DemoServer, tmp_path: Path
) -> None:
    recording = tmp_path / "interview.wav"
    recording.write_bytes(b"RIFF" + bytes(2000))
    workspace, account = await alice_workspace(make_workspace, demo_server)
    # written by the last run: a submission that did not reach the server
    inputs = {"input": LocalFile(recording)}
    workspace.outbox.add(
        OutboxRecord(
            custom_id="nctask-desktop:resume-test",
            account=account.key,
            type_id="core:audio2text",
            type_name="Transcribe audio",
            inputs=inputs,
            stamps=stamps_for(inputs),
        )
    )
    recording.unlink()  # moved away while the app was closed
    window = await ready_window(make_window, workspace)
    panel = window.new_task.session_panel
    await wait_until(
        lambda: (
            bool(panel.model.rows)
            and panel.model.rows[0].submission.state is SubmissionState.FAILED
        )
    )
    status = panel.model.index(0, 0).data(STATUS_ROLE)
    assert "interview.wav was moved or deleted after you submitted it" in status
    assert "Choose the file again" in status
    draft = DraftStore().get(account.key, "core:audio2text")
    assert draft is not None and draft["input"] == LocalFile(recording)  # nothing lost
    assert workspace.outbox.count() == 0 and demo_server.task_count() == 0
