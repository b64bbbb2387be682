"""The Sent-in-this-session model under Qt's model tester, with direct data() assertions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from nctask_desktop.api import Task
from nctask_desktop.services.accounts import Account
from nctask_desktop.services.live_history import EventKind, HistoryEvent
from nctask_desktop.services.submissions import Submission, SubmissionState
from nctask_desktop.services.tasks import LocalFile
from nctask_desktop.ui.session_panel import STATUS_ROLE, SUBMISSION_ROLE, SessionPanel


def _account(name: str) -> Account:
    return Account(
        server="https://cloud.example.org", login_name=name, user_id=name, display_name=name
    )


def _task(task_id: int, status: str) -> Task:
    return Task.from_json(
        {"id": task_id, "type": "core:text2text", "status": status, "input": {"input": "x"}}
    )


def test_rows_insert_change_and_go_under_the_model_tester(qtbot: Any, tmp_path: Path) -> None:
    panel = SessionPanel()
    qtbot.addWidget(panel)
    model = panel.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    alice, bob = _account("alice"), _account("bob")
    first = Submission(1, "core:text2text", "Free prompt", {"input": "Write a haiku"}, "c1")
    second = Submission(
        2, "core:audio2text", "Transcribe", {"input": LocalFile(tmp_path / "talk.wav")}, "c2"
    )
    model.upsert(alice, first)
    model.upsert(bob, second)
    assert model.rowCount() == 2
    # newest first; a task of files shows the file's name
    assert model.index(0, 0).data() == "Transcribe: talk.wav"
    assert model.index(1, 0).data() == "Free prompt: Write a haiku"
    assert model.index(1, 0).data(STATUS_ROLE) == "Queued"
    first.state = SubmissionState.SCHEDULED
    first.task = _task(11, "STATUS_SCHEDULED")
    model.upsert(alice, first)
    assert model.index(1, 0).data(STATUS_ROLE) == "Sent; waiting for the server to start it."
    # what the history says of the task moves the row on; a deleted task says so
    done = _task(11, "STATUS_SUCCESSFUL")
    panel.apply_history(alice, HistoryEvent(EventKind.CHANGED, tasks=(done,)))
    assert model.index(1, 0).data(STATUS_ROLE) == "Done."
    panel.apply_history(alice, HistoryEvent(EventKind.FORGOTTEN, task_ids=(11,)))
    assert model.index(1, 0).data(STATUS_ROLE) == "Deleted."
    assert model.index(1, 0).data(SUBMISSION_ROLE).submission is first
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    model.remove_account(alice.key)
    assert model.rowCount() == 1 and model.index(0, 0).data(SUBMISSION_ROLE).account is bob
