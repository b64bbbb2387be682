"""Running tasks: turn typed values into a task's input, upload files, schedule, wait, save outputs."""

from __future__ import annotations

import asyncio
import math
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from nctask_desktop import APP_NAME
from nctask_desktop.api import NextcloudClient, Slot, SlotType, Task, TaskType, WebDav
from nctask_desktop.api import errors as e
from nctask_desktop.api.client import Progress
from nctask_desktop.api.files import safe_file_stem
from nctask_desktop.services.clock import Clock, Sleep

# Tasks scheduled with this app id show up in the Nextcloud web Assistant's history, as the
# tasks of Nextcloud's own desktop and Android clients do.
APP_ID = "assistant"
CUSTOM_ID_PREFIX = APP_NAME + ":"
MAX_POLL_INTERVAL = 30.0
MIN_POLL_INTERVAL = 1.0
# The server allows 20 schedule calls per 120 s per user; retrying for about one window is enough.
RATE_LIMIT_BUDGET = 130.0
RATE_LIMIT_STEP = 15.0


def new_custom_id() -> str:
    """A customId that marks a task as this app's and makes a retried submission detectable."""
    return CUSTOM_ID_PREFIX + uuid.uuid4().hex


# --- input values ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalFile:
    """A file on this computer, to be uploaded to the user's Nextcloud before scheduling."""

    path: Path


class LocalFileChangedError(Exception):
    """A local file of a submission was removed or changed between the submission and its
    upload (a submission taken back from the outbox after a restart)."""

    def __init__(self, path: Path, *, removed: bool) -> None:
        super().__init__(f"{path} was {'removed' if removed else 'changed'} after it was submitted")
        self.path = path
        self.removed = removed


class InputError(Exception):
    """A value does not fit its slot. `reason` is a code; the UI and CLI word it for people."""

    def __init__(self, key: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{key}: {reason}" + (f" ({detail})" if detail else ""))
        self.key = key
        self.reason = reason
        self.detail = detail


def _number(key: str, text: str) -> int | float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise InputError(key, "not-a-number", text) from None
    if not math.isfinite(value):
        raise InputError(key, "not-a-number", text)
    return (
        int(value) if value.is_integer() and "." not in text and "e" not in text.lower() else value
    )


def _enum(slot: Slot, text: str) -> str:
    if not slot.enum_values:
        return text
    for choice in slot.enum_values:
        if text == choice.value:
            return choice.value
    lowered = text.strip().lower()
    for choice in slot.enum_values:
        if lowered in (choice.value.lower(), choice.name.lower()):
            return choice.value
    raise InputError(slot.key, "not-in-enum", ", ".join(c.value for c in slot.enum_values))


def convert_item(slot: Slot, item_type: SlotType, raw: str | Path | int | float) -> Any:
    """One value for a slot (or one item of a list slot) from what the user gave.

    Paths become LocalFile for file slots and are read as UTF-8 for text slots; file slots also
    take the id of a file already in Nextcloud.
    """
    key = slot.key
    if item_type.is_file:
        if isinstance(raw, Path):
            if not raw.is_file():
                raise InputError(key, "file-not-found", str(raw))
            return LocalFile(raw)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        text = str(raw).strip()
        if text.isdigit():
            return int(text)
        raise InputError(key, "needs-file", text)
    if isinstance(raw, Path):
        if item_type is not SlotType.TEXT:
            raise InputError(key, "file-not-allowed", str(raw))
        try:
            return raw.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(key, "file-not-found", str(raw)) from None
        except (OSError, UnicodeDecodeError):
            raise InputError(key, "not-text-file", str(raw)) from None
    if item_type is SlotType.NUMBER:
        return (
            raw
            if isinstance(raw, int | float) and not isinstance(raw, bool)
            else _number(key, str(raw))
        )
    if item_type is SlotType.ENUM:
        return _enum(slot, str(raw))
    if item_type is SlotType.TEXT:
        return str(raw)
    raise InputError(key, "unsupported-slot-type", slot.raw_type)


def build_inputs(task_type: TaskType, pairs: Iterable[tuple[str, str | Path]]) -> dict[str, Any]:
    """The `input` map for a task from (key, value) pairs; a repeated key fills a ListOf slot.

    Mandatory slots without a value take their default, else InputError("missing").
    """
    result: dict[str, Any] = {}
    for key, raw in pairs:
        slot = task_type.input_slot(key)
        if slot is None:
            raise InputError(key, "unknown-slot", ", ".join(s.key for s in task_type.inputs))
        item = convert_item(slot, slot.type.item_type, raw)
        if slot.type.is_list:
            result.setdefault(key, []).append(item)
        elif key in result:
            raise InputError(key, "repeated")
        else:
            result[key] = item
    for slot in task_type.mandatory_inputs:
        if slot.key not in result:
            if slot.default is not None:
                result[slot.key] = slot.default
            else:
                raise InputError(slot.key, "missing")
    return result


def validate_inputs(task_type: TaskType, inputs: Mapping[str, Any]) -> None:
    """Check a ready `input` map against the type as the server will (mandatory, kinds, enums)."""
    for slot in task_type.inputs:
        value = inputs.get(slot.key)
        # [] is a value for a list (the server accepts it for a required one), not for others
        if value is None or value == "" or (value == [] and not slot.type.is_list):
            if slot.mandatory:
                raise InputError(slot.key, "missing")
            continue
        items = value if slot.type.is_list else [value]
        if slot.type.is_list and not isinstance(value, list):
            raise InputError(slot.key, "needs-list")
        for item in items:
            _check_item(slot, item)


def _check_item(slot: Slot, item: Any) -> None:
    kind = slot.type.item_type
    if kind.is_file:
        if not isinstance(item, LocalFile) and not (
            isinstance(item, int) and not isinstance(item, bool)
        ):
            raise InputError(slot.key, "needs-file")
    elif kind is SlotType.NUMBER:
        if isinstance(item, bool) or not isinstance(item, int | float):
            raise InputError(slot.key, "not-a-number", str(item))
    elif kind is SlotType.ENUM:
        if slot.enum_values and item not in {c.value for c in slot.enum_values}:
            raise InputError(slot.key, "not-in-enum", str(item))
    elif kind is SlotType.TEXT and not isinstance(item, str):
        raise InputError(slot.key, "needs-text")


def local_files(inputs: Mapping[str, Any]) -> list[LocalFile]:
    found: list[LocalFile] = []
    for value in inputs.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, LocalFile):
                found.append(item)
    return found


UploadProgress = Callable[[LocalFile, int, int | None], None]


async def upload_local_files(
    dav: WebDav,
    inputs: Mapping[str, Any],
    folder: str,
    *,
    progress: UploadProgress | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> dict[str, Any]:
    """Upload every LocalFile of `inputs` into `folder/<date>/` and put file ids in their place."""
    files = local_files(inputs)
    if not files:
        return dict(inputs)
    stamp = now()
    target = f"{folder.strip('/')}/{stamp:%Y-%m-%d}"
    await dav.ensure_folder(target)
    ids: dict[Path, int] = {}
    for local in files:
        if local.path in ids:
            continue
        remote = f"{target}/{stamp:%H%M%S}-{local.path.name}"

        def report(done: int, total: int | None, local: LocalFile = local) -> None:
            if progress:
                progress(local, done, total)

        ids[local.path] = await dav.upload(local.path, remote, progress=report)

    def swap(item: Any) -> Any:
        return ids[item.path] if isinstance(item, LocalFile) else item

    return {
        key: [swap(v) for v in value] if isinstance(value, list) else swap(value)
        for key, value in inputs.items()
    }


# --- scheduling -----------------------------------------------------------------------------------


async def schedule(
    client: NextcloudClient,
    type_id: str,
    inputs: Mapping[str, Any],
    *,
    custom_id: str | None = None,
    app_id: str = APP_ID,
    budget: float = RATE_LIMIT_BUDGET,
    step: float = RATE_LIMIT_STEP,
    on_rate_limited: Callable[[float], None] | None = None,
    sleep: Sleep = asyncio.sleep,
    clock: Clock = time.monotonic,
) -> Task:
    """Schedule a task; on 429 wait and retry for about the limit's window, then give up.

    If the connection fails after the request may have reached the server, look the task up by
    its customId before reporting a failure, so a retry never creates a second task.
    """
    custom_id = custom_id or new_custom_id()
    deadline = clock() + budget
    while True:
        try:
            return await client.schedule_task(type_id, inputs, app_id=app_id, custom_id=custom_id)
        except e.RateLimitedError:
            left = deadline - clock()
            if left <= 0:
                raise
            wait = min(step, left, max(1.0, budget / 4))
            if on_rate_limited:
                on_rate_limited(wait)
            await sleep(wait)
        except e.ConnectionFailedError:
            existing = await find_by_custom_id(client, custom_id)
            if existing is not None:
                return existing
            raise


async def find_by_custom_id(client: NextcloudClient, custom_id: str) -> Task | None:
    try:
        tasks = await client.list_tasks(custom_id=custom_id)
    except e.NextcloudError:
        return None
    return next((t for t in tasks if t.custom_id == custom_id), None)


# --- waiting --------------------------------------------------------------------------------------


def poll_delay(task: Task, now: float, polls_without_change: int) -> float:
    """Seconds until the next look at an unfinished task.

    First around `completionExpectedAt`; after that a back-off (1, 2, 4 … s) that never exceeds 30 s.
    """
    expected = task.completion_expected_at
    if expected is not None and expected > now and polls_without_change == 0:
        return min(MAX_POLL_INTERVAL, max(MIN_POLL_INTERVAL, expected - now + 0.5))
    return float(min(MAX_POLL_INTERVAL, MIN_POLL_INTERVAL * 2 ** min(polls_without_change, 5)))


async def wait_for_task(
    client: NextcloudClient,
    task: Task,
    *,
    on_update: Callable[[Task], None] | None = None,
    sleep: Sleep = asyncio.sleep,
    wall_clock: Clock = time.time,
) -> Task:
    """Poll one task until it is finished (successful, failed or cancelled). No time-out: a server
    that runs tasks from cron can leave them scheduled for many minutes."""
    unchanged = 0
    while not task.status.is_finished:
        await sleep(poll_delay(task, wall_clock(), unchanged))
        latest = await client.get_task(task.id)
        if (latest.status, latest.progress) == (task.status, task.progress):
            unchanged += 1
        else:
            unchanged = 0
            if on_update:
                on_update(latest)
        task = latest
    return task


def input_summary(task: Task, task_type: TaskType | None = None, length: int = 60) -> str:
    """A one-line summary of a task's input: its main text, not an option's value."""
    texts: list[str] = []
    for key, value in task.input.items():
        slot = task_type.input_slot(key) if task_type else None
        if slot is not None and slot.type is not SlotType.TEXT:
            continue
        if isinstance(value, str) and value.strip():
            texts.append(value if key != "input" else "\0" + value)
    if not texts:
        return ""
    best = max(texts, key=lambda t: (t.startswith("\0"), len(t))).lstrip("\0")
    text = " ".join(best.split())
    return text[:length] + ("…" if len(text) > length else "")


# --- outputs --------------------------------------------------------------------------------------


def output_stem(task: Task, slot_key: str, index: int, count: int, base: str | None = None) -> str:
    """The name of a saved output: after the input (`interview`) or the prompt (`a red fox in the
    snow 1`) when `base` is given, else `task-3-images-1`."""
    if base:
        stem = safe_file_stem(base)
        return f"{stem} {index + 1}" if count > 1 else stem
    stem = safe_file_stem(f"task-{task.id}-{slot_key}")
    return f"{stem}-{index + 1}" if count > 1 else stem


def output_base(task: Task, task_type: TaskType | None, file_names: Sequence[str]) -> str | None:
    """What saved outputs are named after: the first input file's name without its extension,
    else the prompt's first words; None when the task has neither."""
    if file_names:
        return Path(file_names[0]).stem or None
    summary = input_summary(task, task_type, length=40).rstrip("…").strip()
    return summary or None


def input_file_names(original: Mapping[str, Any], sent: Mapping[str, Any]) -> dict[int, str]:
    """{file id: the name the user knew} for the files of a submission: its input as the form
    gave it (LocalFile, or a Nextcloud file with its name) beside the input as sent (file ids)."""
    names: dict[int, str] = {}
    for key, value in original.items():
        items = list(value) if isinstance(value, list | tuple) else [value]
        sent_value = sent.get(key)
        sent_items = list(sent_value) if isinstance(sent_value, list | tuple) else [sent_value]
        for item, file_id in zip(items, sent_items, strict=False):
            if not isinstance(file_id, int) or isinstance(file_id, bool):
                continue
            name = item.path.name if isinstance(item, LocalFile) else getattr(item, "name", None)
            if isinstance(name, str) and name:
                names[file_id] = name
    return names


async def save_outputs(
    client: NextcloudClient,
    task: Task,
    task_type: TaskType | None,
    directory: Path,
    *,
    progress: Progress | None = None,
) -> list[Path]:
    """Download every output file of a task into `directory`, with the right extensions."""
    files = task.output_file_ids(task_type)
    per_slot: dict[str, int] = {}
    for key, _ in files:
        per_slot[key] = per_slot.get(key, 0) + 1
    seen: dict[str, int] = {}
    saved = []
    for key, file_id in files:
        index = seen.get(key, 0)
        seen[key] = index + 1
        stem = output_stem(task, key, index, per_slot[key])
        saved.append(
            await client.download_task_file(task.id, file_id, directory, stem, progress=progress)
        )
    return saved
