"""Which ended tasks notify, and in which words (no Qt)."""

from __future__ import annotations

from typing import Any

from nctask_desktop.api import Task
from nctask_desktop.api.models import parse_task_types
from nctask_desktop.services.notifications import notices_for, running_text
from tests.support import recorded_data

TYPES = parse_task_types(recorded_data("01_tasktypes_alice"))


def task(i: int, status: str, **kw: Any) -> Task:
    return Task.from_json(
        {
            "id": i,
            "type": "core:text2text",
            "status": status,
            "input": {"input": f"prompt {i}"},
            **kw,
        }
    )


def test_done_and_failed_notify_cancelled_does_not() -> None:
    notices = notices_for(
        "a",
        [
            task(1, "STATUS_SUCCESSFUL", output={"output": "x"}),
            task(2, "STATUS_FAILED", userFacingErrorMessage="The model is overloaded."),
            task(3, "STATUS_FAILED"),
            task(4, "STATUS_CANCELLED"),
        ],
        types=TYPES,
    )
    assert [(n.task_id, n.title.render(), n.body.render(), n.failed) for n in notices] == [
        (1, "“Free text to text prompt” is done", "prompt 1", False),
        (2, "“Free text to text prompt” failed", "The model is overloaded.", True),
        (3, "“Free text to text prompt” failed", "The server gave no reason.", True),
    ]


def test_off_means_nothing_and_many_make_one_summary() -> None:
    ended = [task(i, "STATUS_SUCCESSFUL") for i in range(5)] + [task(9, "STATUS_FAILED")]
    assert notices_for("a", ended, enabled=False) == []
    [summary] = notices_for("a", ended, account_label="Alice (cloud.example.org)")
    assert summary.task_id is None and summary.failed
    assert summary.title.render() == "6 task(s) finished" and summary.title.n == 6
    assert summary.body.render() == "1 of them failed." and summary.body.n == 1
    assert summary.account_label == "Alice (cloud.example.org)"


def test_running_text() -> None:
    assert running_text(0).render() == "No tasks running"
    assert running_text(2).render() == "2 task(s) running"
