"""Turning typed values into task input, the polling timetable, and scheduling under the rate limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from nctask_desktop.api import Task
from nctask_desktop.api import errors as e
from nctask_desktop.api.models import parse_task_types
from nctask_desktop.services import tasks as ts
from tests.support import FakeTime, mock_client, recorded_data

TYPES = parse_task_types(recorded_data("01_tasktypes_alice"))


def test_build_inputs_converts_by_slot_type(tmp_path: Path) -> None:
    t2t = TYPES["core:text2text"]
    inputs = ts.build_inputs(t2t, [("input", "Hello"), ("max_tokens", "50"), ("model", "Model 3")])
    assert inputs == {"input": "Hello", "max_tokens": 50, "model": "model_3"}
    assert ts.build_inputs(t2t, [("input", "x"), ("max_tokens", "2.5")])["max_tokens"] == 2.5
    text_file = tmp_path / "prompt.txt"
    text_file.write_text("from a file ✓", encoding="utf-8")
    assert ts.build_inputs(t2t, [("input", text_file)])["input"] == "from a file ✓"


def test_build_inputs_files_and_lists(tmp_path: Path) -> None:
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF0000WAVE")
    inputs = ts.build_inputs(TYPES["core:audio2text"], [("input", audio)])
    assert inputs == {"input": ts.LocalFile(audio)}
    assert ts.build_inputs(TYPES["core:audio2text"], [("input", "41")]) == {"input": 41}
    assert ts.local_files(inputs) == [ts.LocalFile(audio)]


@pytest.mark.parametrize(
    ("pairs", "reason"),
    [
        ([], "missing"),
        ([("input", "x"), ("nope", "1")], "unknown-slot"),
        ([("input", "x"), ("max_tokens", "many")], "not-a-number"),
        ([("input", "x"), ("model", "model_9")], "not-in-enum"),
        ([("input", "x"), ("input", "y")], "repeated"),
        ([("input", Path("/does/not/exist.txt"))], "file-not-found"),
    ],
)
def test_build_inputs_errors(pairs: list[tuple[str, Any]], reason: str) -> None:
    with pytest.raises(ts.InputError) as info:
        ts.build_inputs(TYPES["core:text2text"], pairs)
    assert info.value.reason == reason


def test_audio_slot_needs_a_file() -> None:
    with pytest.raises(ts.InputError) as info:
        ts.build_inputs(TYPES["core:audio2text"], [("input", "hello")])
    assert info.value.reason == "needs-file"


def test_validate_inputs() -> None:
    t2t = TYPES["core:text2text"]
    ts.validate_inputs(t2t, {"input": "x", "model": "model_1"})
    for bad, reason in [
        ({}, "missing"),
        ({"input": 5}, "needs-text"),
        ({"input": "x", "model": "m"}, "not-in-enum"),
        ({"input": "x", "max_tokens": "5"}, "not-a-number"),
    ]:
        with pytest.raises(ts.InputError) as info:
            ts.validate_inputs(t2t, bad)
        assert info.value.reason == reason


def _task(**kw: Any) -> Task:
    base = {"id": 1, "type": "t", "status": "STATUS_SCHEDULED", "input": {}, "output": None}
    return Task.from_json({**base, **kw})


def test_poll_delay_timetable() -> None:
    now = 1000.0
    assert ts.poll_delay(_task(completionExpectedAt=1010), now, 0) == pytest.approx(10.5)
    assert ts.poll_delay(_task(completionExpectedAt=5000), now, 0) == 30.0  # never more than 30 s
    assert ts.poll_delay(_task(completionExpectedAt=990), now, 0) == 1.0
    delays = [ts.poll_delay(_task(), now, n) for n in range(10)]
    assert delays[:5] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert max(delays) == 30.0 and delays == sorted(delays)


SCHEDULED = b'{"ocs":{"meta":{"status":"ok","statuscode":200,"message":"OK"},"data":{"task":{"id":7,"type":"core:text2text","status":"STATUS_SCHEDULED","input":{"input":"x"},"output":null,"customId":"c"}}}}'


async def test_schedule_retries_on_429_then_succeeds() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(429, headers={"Content-Type": "text/html"})
        return httpx.Response(200, content=SCHEDULED, headers={"Content-Type": "application/json"})

    clock = FakeTime()
    waits: list[float] = []
    async with mock_client(handler) as client:
        task = await ts.schedule(
            client,
            "core:text2text",
            {"input": "x"},
            on_rate_limited=waits.append,
            sleep=clock.sleep,
            clock=clock.clock,
        )
    assert task.id == 7 and len(calls) == 3
    assert waits == [15.0, 15.0]
    body = calls[0].read()
    assert b'"appId": "assistant"' in body or b'"appId":"assistant"' in body
    assert b"nctask-desktop:" in body


async def test_schedule_gives_up_after_budget() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Content-Type": "text/html"})

    clock = FakeTime()
    async with mock_client(handler) as client:
        with pytest.raises(e.RateLimitedError):
            await ts.schedule(client, "t", {}, budget=40, sleep=clock.sleep, clock=clock.clock)
    assert sum(clock.sleeps) == pytest.approx(40)


async def test_schedule_after_lost_reply_finds_task_by_custom_id() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/schedule"):
            raise httpx.ReadTimeout("lost")
        custom = request.url.params.get("customId")
        body = f'{{"ocs":{{"meta":{{"status":"ok","statuscode":200}},"data":{{"tasks":[{{"id":3,"type":"t","status":"STATUS_RUNNING","input":{{}},"customId":"{custom}"}}]}}}}}}'
        return httpx.Response(
            200, content=body.encode(), headers={"Content-Type": "application/json"}
        )

    async with mock_client(handler) as client:
        task = await ts.schedule(client, "t", {}, custom_id="nctask-desktop:abc")
    assert task.id == 3 and task.custom_id == "nctask-desktop:abc"


async def test_wait_for_task_polls_until_finished() -> None:
    statuses = iter(["STATUS_SCHEDULED", "STATUS_RUNNING", "STATUS_RUNNING", "STATUS_SUCCESSFUL"])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        body = f'{{"ocs":{{"meta":{{"status":"ok","statuscode":200}},"data":{{"task":{{"id":1,"type":"t","status":"{status}","input":{{}},"output":{{"output":"done"}}}}}}}}}}'
        return httpx.Response(
            200, content=body.encode(), headers={"Content-Type": "application/json"}
        )

    clock = FakeTime()
    updates: list[Task] = []
    async with mock_client(handler) as client:
        final = await ts.wait_for_task(
            client, _task(), on_update=updates.append, sleep=clock.sleep, wall_clock=lambda: 0.0
        )
    assert final.status.name == "SUCCESSFUL"
    assert [u.status.name for u in updates] == ["RUNNING", "SUCCESSFUL"]
    assert clock.sleeps == [1.0, 2.0, 1.0, 2.0]
