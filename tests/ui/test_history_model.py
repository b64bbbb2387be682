"""The history model: Qt's model tester, rows updated in place, honest status words, filters."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from nctask_desktop.api import Task, TaskStatus
from nctask_desktop.api.models import parse_task_types
from nctask_desktop.services.history import HistoryEntry
from nctask_desktop.ui.history_model import (
    HistoryFilter,
    HistoryModel,
    format_duration,
    relative_time,
)
from tests.support import recorded_data

NOW = 1_800_000_000.0
TYPES = parse_task_types(recorded_data("01_tasktypes_alice"))


def task(i: int, status: str = "STATUS_SCHEDULED", **kw: Any) -> Task:
    data = {
        "id": i,
        "type": "core:text2text",
        "status": status,
        "input": {"input": f"prompt number {i}", "model": "model_2"},
        "output": None,
        "scheduledAt": int(NOW) - 100 + i,
        **kw,
    }
    return Task.from_json(data)


@pytest.fixture
def model(qtbot: Any) -> HistoryModel:
    m = HistoryModel(clock=lambda: NOW)
    m.set_task_types(TYPES)
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return m


def texts(m: QAbstractItemModel, column: int) -> list[str]:
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_every_status_in_words(model: HistoryModel) -> None:
    model.set_entries(
        [
            HistoryEntry(task(1)),
            HistoryEntry(task(2, "STATUS_RUNNING", progress=0.42, startedAt=int(NOW) - 50)),
            HistoryEntry(
                task(3, "STATUS_SUCCESSFUL", endedAt=int(NOW) - 10, output={"output": "ok"})
            ),
            HistoryEntry(task(4, "STATUS_FAILED", endedAt=int(NOW) - 5)),
            HistoryEntry(task(5, "STATUS_CANCELLED", endedAt=int(NOW) - 5)),
            HistoryEntry(task(6, scheduledAt=int(NOW) - 400)),
            HistoryEntry(task(7, "STATUS_RUNNING"), removed_from_server=True),
        ]
    )
    rows = {model.entry(r).task.id: r for r in range(model.rowCount())}
    status = {i: model.data(model.index(r, HistoryModel.STATUS)) for i, r in rows.items()}
    assert status == {
        1: "Waiting for the server to start it",
        2: "Running — 42%",
        3: "Done",
        4: "Failed",
        5: "Cancelled",
        6: "Still waiting — the server may have no worker running",
        7: "Removed from the server",
    }
    assert model.data(model.index(rows[2], HistoryModel.PROGRESS)) == "42%"
    assert model.data(model.index(rows[1], HistoryModel.TYPE)) == "Free text to text prompt"
    assert (
        model.data(model.index(rows[1], HistoryModel.INPUT)) == "prompt number 1"
    )  # not the model's value
    assert (
        model.data(model.index(rows[3], HistoryModel.DURATION)) == "1 min 27 s"
    )  # scheduled NOW-97, ended NOW-10
    assert not model.data(
        model.index(rows[1], HistoryModel.STATUS), Qt.ItemDataRole.DecorationRole
    ).isNull()
    assert [model.entry(r).task.id for r in range(model.rowCount())] == [
        7,
        5,
        4,
        3,
        2,
        1,
        6,
    ]  # newest first


def test_updates_change_rows_in_place_without_reset(model: HistoryModel) -> None:
    model.set_entries([HistoryEntry(task(1)), HistoryEntry(task(2))])
    persistent = QPersistentModelIndex(model.index(model.row_of(1) or 0, 0))
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=None: changed.append((a.row(), b.row())))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    model.upsert_tasks([task(1, "STATUS_RUNNING", progress=0.5)])
    assert resets == [] and len(changed) == 1 and inserted == []
    assert (
        persistent.isValid()
        and model.data(model.index(persistent.row(), HistoryModel.STATUS)) == "Running — 50%"
    )
    model.upsert_tasks([task(9)])  # a new one (e.g. made in the web Assistant) goes on top
    assert inserted == [0] and model.entry(0).task.id == 9
    assert persistent.isValid() and model.entry(persistent.row()).task.id == 1
    model.mark_removed([2])
    assert model.entry_for(2).removed_from_server  # type: ignore[union-attr]
    model.add_saved_files(1, ["/tmp/a.png"])
    assert model.entry_for(1).saved_files == ("/tmp/a.png",)  # type: ignore[union-attr]
    model.remove_tasks([9])
    assert [model.entry(r).task.id for r in range(model.rowCount())] == [2, 1]
    assert resets == []


def test_filter_and_search_and_sort(model: HistoryModel) -> None:
    model.set_entries(
        [
            HistoryEntry(task(1, "STATUS_SUCCESSFUL", input={"input": "Summarise the budget"})),
            HistoryEntry(task(2, "STATUS_RUNNING", input={"input": "Translate the letter"})),
            HistoryEntry(
                task(3, "STATUS_FAILED", type="core:text2image", input={"input": "a fox"})
            ),
        ]
    )
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)

    def ids() -> list[int]:
        return sorted(
            proxy.data(proxy.index(r, 0), HistoryModel.EntryRole).task.id
            for r in range(proxy.rowCount())
        )

    assert ids() == [1, 2, 3]
    proxy.set_status_filter(HistoryFilter.ACTIVE)
    assert ids() == [2]
    proxy.set_status_filter(HistoryFilter.FAILED)
    assert ids() == [3]
    proxy.set_status_filter(HistoryFilter.ALL)
    proxy.set_type_filter("core:text2image")
    assert ids() == [3]
    proxy.set_type_filter("")
    proxy.set_search("BUDGET summarise")
    assert ids() == [1]
    proxy.set_search("generate image")  # type names are searched too
    assert ids() == [3]
    proxy.set_search("")
    proxy.sort(HistoryModel.SUBMITTED, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0), HistoryModel.EntryRole).task.id for r in range(3)] == [
        1,
        2,
        3,
    ]
    model.upsert_tasks([task(2, "STATUS_SUCCESSFUL")])
    proxy.set_status_filter(HistoryFilter.DONE)
    assert ids() == [1, 2]


def test_chat_messages_stay_hidden_as_they_come_and_go(model: HistoryModel) -> None:
    """A list with no chat message skips the per-row check; a chat message that arrives later is
    hidden all the same, and removing it shows the list as it was."""
    model.set_entries([HistoryEntry(task(1)), HistoryEntry(task(2))])
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2 and not model.has_chat()
    model.upsert_tasks([task(3, customId="nctask-desktop:chat:c1:a1")])
    assert model.has_chat() and proxy.rowCount() == 2
    proxy.set_show_chat(True)
    assert proxy.rowCount() == 3
    proxy.set_show_chat(False)
    model.remove_tasks([3])
    assert not model.has_chat() and proxy.rowCount() == 2


def test_relative_times_and_durations() -> None:
    assert relative_time(NOW - 10, NOW) == "just now"
    assert relative_time(NOW - 300, NOW) == "5 min ago"
    assert relative_time(NOW - 7200, NOW) == "2 h ago"
    assert relative_time(None, NOW) == ""
    assert format_duration(42) == "42 s"
    assert format_duration(3725) == "1 h 2 min"
    assert format_duration(None) == ""


def test_model_tester_survives_a_burst(model: HistoryModel) -> None:
    model.set_entries([HistoryEntry(task(i)) for i in range(50)])
    for round_ in range(3):
        model.upsert_tasks(
            [task(i, "STATUS_RUNNING", progress=round_ / 3) for i in range(0, 50, 2)]
        )
        model.upsert_tasks([task(100 + round_)])
        model.sort(round_ + 1, Qt.SortOrder.AscendingOrder)  # rows move: the tester checks it
    model.remove_tasks([0, 1, 100])
    assert model.rowCount() == 50  # 50 + 3 new - 3 removed
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == 6
    assert all(isinstance(model.data(model.index(r, c)), str) for r in range(50) for c in range(6))
    assert TaskStatus.RUNNING in {model.entry(r).task.status for r in range(50)}


def test_the_details_time_moves_with_the_list(qtbot: Any) -> None:
    """The selected task's "Submitted …" moves on with the list's, also for a finished task."""
    from nctask_desktop.services.settings import Preferences
    from nctask_desktop.ui.history_panel import HistoryPanel

    now = [NOW]
    panel = HistoryPanel(Preferences(), clock=lambda: now[0])
    qtbot.addWidget(panel)
    panel.show()
    done = task(1, "STATUS_SUCCESSFUL", output={"output": "x"}, scheduledAt=int(NOW) - 10)
    panel.model.set_entries([HistoryEntry(done)])
    assert panel.select_task(1)
    assert "just now" in panel.details.subtitle.text()
    now[0] += 300
    panel._tick()
    assert "5 min ago" in panel.details.subtitle.text()
