"""Tasks: input validation like Nextcloud's, JSON shapes per profile, and the timed lifecycle."""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nctask_desktop.demo.encoding import php_is_numeric
from nctask_desktop.demo.files import FileStore
from nctask_desktop.demo.profiles import Profile
from nctask_desktop.demo.providers import (
    FILE_SLOT_TYPES,
    SLOT_TYPE_NUMBERS,
    ProviderFailure,
    RunContext,
    Slot,
    TaskTypeDef,
    core_task_types,
    extra_task_types,
    internal_task_type,
)

STATUS_UNKNOWN, STATUS_SCHEDULED, STATUS_RUNNING = 0, 1, 2
STATUS_SUCCESSFUL, STATUS_FAILED, STATUS_CANCELLED = 3, 4, 5
STATUS_NAMES = (
    "STATUS_UNKNOWN",
    "STATUS_SCHEDULED",
    "STATUS_RUNNING",
    "STATUS_SUCCESSFUL",
    "STATUS_FAILED",
    "STATUS_CANCELLED",
)
SCHEDULED_SHARE = 0.2  # part of task_seconds a task waits before it runs
PROGRESS_STEPS = 10
CHAT_TYPE = "core:text2text:chat"

# Nextcloud's own messages (bugs included: ListOfAudio, ListOfTexts for videos, audio for files).
_SLOT_MESSAGES: dict[str, str] = {
    "Enum": "Non-text item provided for Enum slot",
    "Text": "Non-text item provided for Text slot",
    "ListOfTexts": "Non-text list item provided for ListOfTexts slot",
    "Number": "Non-numeric item provided for Number slot",
    "ListOfNumbers": "Non-numeric list item provided for ListOfNumbers slot",
    "Image": "Non-image item provided for Image slot",
    "ListOfImages": "Non-image list item provided for ListOfImages slot",
    "Audio": "Non-audio item provided for Audio slot",
    "ListOfAudios": "Non-audio list item provided for ListOfAudio slot",
    "Video": "Non-video item provided for Video slot",
    "ListOfVideos": "Non-video list item provided for ListOfTexts slot",
    "File": "Non-file item provided for File slot",
    "ListOfFiles": "Non-audio list item provided for ListOfFiles slot",
}


class ValidationError(Exception):
    """Answered with 400 and this message."""


class UnauthorizedError(Exception):
    """Answered with 401: the input mentions files the user cannot reach."""


class PhpTypeError(Exception):
    """A PHP TypeError on the real server: answered with the bare 500 envelope."""


class NotFoundError(Exception):
    """The task does not exist for this user."""


@dataclass
class Task:
    """One task as stored by the simulator."""

    id: int
    type_id: str
    user_id: str | None
    app_id: str
    custom_id: str
    input: dict[str, Any]
    scheduled_at: int
    completion_expected_at: int
    start_time: float
    end_time: float
    status: int = STATUS_SCHEDULED
    output: dict[str, Any] | None = None
    progress: float = 0.0
    last_updated: int = 0
    started_at: int | None = None
    ended_at: int | None = None
    error_message: str | None = None
    user_facing_error: str | None = None

    @property
    def active(self) -> bool:
        """Still scheduled or running."""
        return self.status in (STATUS_SCHEDULED, STATUS_RUNNING)


def task_types_for(profile: Profile) -> dict[str, TaskTypeDef]:
    """The task types a profile offers, keyed by id, in listing order."""
    if not profile.taskprocessing:
        return {}
    types = [*core_task_types(), *extra_task_types()]
    if not profile.chat:
        types = [t for t in types if t.id != CHAT_TYPE]
    if profile.is_internal:
        types.append(internal_task_type())
    return {task_type.id: task_type for task_type in types}


def _slot_json(slot: Slot, profile: Profile) -> dict[str, Any]:
    """A shape descriptor: name, description, type (string or number)."""
    kind: str | int = SLOT_TYPE_NUMBERS[slot.type] if profile.int_slot_types else slot.type
    return {"name": slot.name, "description": slot.description, "type": kind}


def _shape_json(slots: list[Slot], profile: Profile) -> dict[str, Any]:
    """A shape map: slot key -> descriptor."""
    return {slot.key: _slot_json(slot, profile) for slot in slots}


def _enum_json(values: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """Enum values map: slot key -> [{name, value}]."""
    return {
        key: [{"name": name, "value": value} for name, value in items]
        for key, items in values.items()
    }


def _merged_shape_json(
    mandatory: list[Slot], optional: list[Slot], profile: Profile
) -> dict[str, Any]:
    """Early 30.0 shape: optional slots in the same map, flagged with 'mandatory'."""
    merged: dict[str, Any] = {}
    for slot in mandatory:
        merged[slot.key] = {**_slot_json(slot, profile), "mandatory": True}
    for slot in optional:
        merged.setdefault(slot.key, {**_slot_json(slot, profile), "mandatory": False})
    return merged


def task_type_json(task_type: TaskTypeDef, profile: Profile) -> dict[str, Any]:
    """A task type as /tasktypes lists it (key order as recorded)."""
    if profile.merged_shapes:
        return {
            "name": task_type.name,
            "description": task_type.description,
            "inputShape": _merged_shape_json(
                task_type.input_shape, task_type.optional_input_shape, profile
            ),
            "outputShape": _merged_shape_json(
                task_type.output_shape, task_type.optional_output_shape, profile
            ),
        }
    result: dict[str, Any] = {
        "name": task_type.name,
        "description": task_type.description,
        "optionalInputShape": _shape_json(task_type.optional_input_shape, profile),
        "inputShapeEnumValues": _enum_json(task_type.input_enum_values),
        "inputShapeDefaults": dict(task_type.input_defaults),
        "inputShape": _shape_json(task_type.input_shape, profile),
        "optionalInputShapeEnumValues": _enum_json(task_type.optional_input_enum_values),
        "optionalInputShapeDefaults": dict(task_type.optional_input_defaults),
        "outputShape": _shape_json(task_type.output_shape, profile),
        "outputShapeEnumValues": {},
        "optionalOutputShape": _shape_json(task_type.optional_output_shape, profile),
        "optionalOutputShapeEnumValues": {},
    }
    if profile.is_internal:
        result["isInternal"] = task_type.internal
    return result


def task_json(task: Task, profile: Profile, fresh: bool = False) -> dict[str, Any]:
    """A task as the API returns it; fresh=True is the schedule reply (progress still null)."""
    status: str | int = task.status if profile.int_statuses else STATUS_NAMES[task.status]
    result: dict[str, Any] = {
        "id": task.id,
        "type": task.type_id,
        "lastUpdated": task.last_updated,
        "status": status,
        "userId": task.user_id,
        "appId": task.app_id,
        "input": task.input,
        "output": task.output,
        "customId": task.custom_id,
        "completionExpectedAt": task.completion_expected_at,
        "progress": None if fresh else task.progress,
        "scheduledAt": task.scheduled_at,
        "startedAt": task.started_at,
        "endedAt": task.ended_at,
    }
    if profile.extra_task_fields:
        result["allowCleanup"] = True
        result["includeWatermark"] = True
        result["userFacingErrorMessage"] = task.user_facing_error
        result["errorMessage"] = task.error_message
    return result


def _isset(data: dict[str, Any], key: str) -> bool:
    """PHP isset(): present and not null."""
    return data.get(key) is not None


def _list_items(value: Any) -> list[Any] | None:
    """Items of a PHP array (list or map), None for scalars."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return None


def check_slot_value(slot_type: str, value: Any) -> None:
    """EShapeType::validateInput: raise ValidationError with Nextcloud's message."""
    is_list = slot_type.startswith("ListOf")
    if is_list:
        items = _list_items(value)
        want_text = slot_type == "ListOfTexts"
        valid = items is not None and all(
            isinstance(item, str) if want_text else php_is_numeric(item) for item in items
        )
    elif slot_type in ("Text", "Enum"):
        valid = isinstance(value, str)
    else:
        valid = php_is_numeric(value)
    if not valid and slot_type in _SLOT_MESSAGES:
        raise ValidationError(_SLOT_MESSAGES[slot_type])


def _check_enum(value: Any, values: list[tuple[str, str]]) -> None:
    """EShapeType::validateEnum with its message."""
    allowed = [item for _, item in values]
    if value not in allowed:
        raise ValidationError(
            f'Wrong value given for Enum slot. Got "{value}", but expected one of the provided '
            'enum values: "' + '", "'.join(allowed) + '"'
        )


def _validate_shape(
    slots: list[Slot],
    defaults: dict[str, Any],
    enums: dict[str, list[tuple[str, str]]],
    data: dict[str, Any],
    optional: bool,
) -> None:
    """Manager::validateInput for one shape."""
    for slot in slots:
        if not _isset(data, slot.key):
            if optional or slot.key in defaults:
                continue
            raise ValidationError(f'Missing key: "{slot.key}"')
        try:
            check_slot_value(slot.type, data[slot.key])
            if slot.type == "Enum" and slot.key in enums:
                _check_enum(data[slot.key], enums[slot.key])
        except ValidationError as error:
            raise ValidationError(f'Failed to validate input key "{slot.key}": {error}') from None


def validate_input(task_type: TaskTypeDef, data: dict[str, Any], profile: Profile) -> None:
    """Validate mandatory then optional slots (no enums or defaults on early 30)."""
    t = task_type
    for shape, defaults, enums, optional in (
        (t.input_shape, t.input_defaults, t.input_enum_values, False),
        (t.optional_input_shape, t.optional_input_defaults, t.optional_input_enum_values, True),
    ):
        if profile.merged_shapes:
            defaults, enums = {}, {}
        _validate_shape(shape, defaults, enums, data, optional=optional)


def input_file_ids(task_type: TaskTypeDef, data: dict[str, Any]) -> list[Any]:
    """Values of the file slots of an input (ids, or whatever the client sent)."""
    ids: list[Any] = []
    for slot in task_type.all_input_slots():
        scalar = slot.type[6:].rstrip("s") if slot.type.startswith("ListOf") else slot.type
        if scalar not in FILE_SLOT_TYPES or not _isset(data, slot.key):
            continue
        items = _list_items(data[slot.key])
        ids.extend(items if items is not None else [data[slot.key]])
    return ids


def output_file_ids(task_type: TaskTypeDef, output: dict[str, Any] | None) -> list[Any]:
    """File ids in a task's output."""
    if output is None:
        return []
    ids: list[Any] = []
    for slot in task_type.all_output_slots():
        value = output.get(slot.key)
        if isinstance(value, list):
            ids.extend(value)
        elif isinstance(value, int) and slot.type in FILE_SLOT_TYPES:
            ids.append(value)
    return ids


def prepare_input(task_type: TaskTypeDef, data: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """Drop unknown keys (spec order) and put the defaults first, as Nextcloud stores input."""
    kept = {slot.key: data[slot.key] for slot in task_type.all_input_slots() if slot.key in data}
    if profile.merged_shapes:
        return kept
    defaults = {**task_type.input_defaults, **task_type.optional_input_defaults}
    return {**defaults, **kept}


class TaskEngine:
    """Stores tasks and moves them through their lifecycle in (simulated) real time."""

    def __init__(
        self,
        profile: Profile,
        files: FileStore,
        clock: Callable[[], float],
        task_seconds: float,
    ) -> None:
        self.profile = profile
        self.types = task_types_for(profile)
        self._files = files
        self._clock = clock
        self.task_seconds = max(0.0, task_seconds)
        self._ids = itertools.count(1)
        self._tasks: dict[int, Task] = {}
        self.lock = threading.RLock()
        self._advance_lock = threading.Lock()

    def check_files(self, user_id: str | None, file_ids: list[Any]) -> None:
        """Nextcloud's file checks: ints only, in the user's home, app data is off limits."""
        for file_id in file_ids:
            if not isinstance(file_id, int) or isinstance(file_id, bool):
                raise PhpTypeError(f"file id {file_id!r} is not an integer")
            found = self._files.node_by_id(file_id)
            if found is not None and user_id is not None and found[0] == user_id:
                if found[1].is_dir:
                    raise ValidationError("File id given for file slot is not a file")
                continue
            if self._files.appdata(file_id) is not None:
                raise UnauthorizedError(f"User {user_id} does not have access to file {file_id}")
            raise ValidationError(f"Could not find file {file_id}")

    def schedule(
        self,
        type_id: str,
        raw_input: dict[str, Any],
        app_id: str,
        user_id: str | None,
        custom_id: str,
    ) -> dict[str, Any]:
        """Validate and store a new task; returns the schedule reply's task JSON."""
        task_type = self.types[type_id]
        validate_input(task_type, raw_input, self.profile)
        self.check_files(user_id, input_file_ids(task_type, raw_input))
        now = self._clock()
        with self.lock:
            task = Task(
                id=next(self._ids),
                type_id=type_id,
                user_id=user_id,
                app_id=app_id,
                custom_id=custom_id,
                input=prepare_input(task_type, raw_input, self.profile),
                scheduled_at=int(now),
                completion_expected_at=int(now) + max(1, math.ceil(self.task_seconds)),
                start_time=now + SCHEDULED_SHARE * self.task_seconds,
                end_time=now + self.task_seconds,
                last_updated=int(now),
            )
            self._tasks[task.id] = task
            return task_json(task, self.profile, fresh=True)

    def get(self, task_id: int, user_id: str | None) -> Task:
        """A task of this user (anonymous tasks for anonymous callers)."""
        self.advance()
        with self.lock:
            task = self._tasks.get(task_id)
            if task is None or task.user_id != user_id:
                raise NotFoundError(task_id)
            return task

    def json_of(self, task: Task) -> dict[str, Any]:
        """A stored task's JSON."""
        with self.lock:
            return task_json(task, self.profile)

    def delete(self, task_id: int, user_id: str | None) -> None:
        """Delete a user's task; silently nothing when it is not theirs."""
        with self.lock:
            task = self._tasks.get(task_id)
            if task is not None and task.user_id == user_id:
                del self._tasks[task_id]

    def cancel(self, task_id: int, user_id: str | None) -> Task:
        """Cancel a scheduled or running task; finished tasks stay as they are."""
        task = self.get(task_id, user_id)
        with self.lock:
            if task.active:
                now = int(self._clock())
                task.status = STATUS_CANCELLED
                task.ended_at = now
                task.last_updated = now
            return task

    def list_tasks(
        self,
        user_id: str | None,
        task_type: str | None = None,
        custom_id: str | None = None,
        app_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """A user's tasks, filtered, in the order of the server's index (app, customId, id)."""
        self.advance()
        with self.lock:
            found = [
                task
                for task in self._tasks.values()
                if task.user_id == user_id
                and (task_type is None or task.type_id == task_type)
                and (custom_id is None or task.custom_id == custom_id)
                and (app_id is None or task.app_id == app_id)
            ]
            found.sort(key=lambda task: (task.app_id, task.custom_id, task.id))
            return [task_json(task, self.profile) for task in found]

    def count(self) -> int:
        """How many tasks are stored."""
        with self.lock:
            return len(self._tasks)

    def file_ids_of(self, task: Task) -> list[Any]:
        """Every file id a task's input or output mentions."""
        task_type = self.types.get(task.type_id)
        if task_type is None:
            return []
        return [*input_file_ids(task_type, task.input), *output_file_ids(task_type, task.output)]

    def advance(self) -> None:
        """Move every active task to where it should be at the clock's current time.

        Providers run outside the state lock (images take a moment), but one advance at a
        time, so a request that advances first sees the finished result.
        """
        with self._advance_lock:
            now = self._clock()
            with self.lock:
                due = [
                    task for task in self._tasks.values() if task.active and self._step(task, now)
                ]
            for task in due:
                outcome = self._run_provider(task)
                with self.lock:
                    if task.status == STATUS_RUNNING and task.id in self._tasks:
                        self._store_outcome(task, now, outcome)

    def _step(self, task: Task, now: float) -> bool:
        """Start or progress one task; True when it is due to finish."""
        if now < task.start_time:
            return False
        if task.status == STATUS_SCHEDULED:
            task.status = STATUS_RUNNING
            task.started_at = int(now)
            task.last_updated = int(now)
        if now >= task.end_time:
            return True
        if self._will_fail(task):
            return False
        span = max(task.end_time - task.start_time, 1e-9)
        steps = math.floor((now - task.start_time) / span * PROGRESS_STEPS)
        progress = round(min(max(steps, 0), PROGRESS_STEPS - 1) / PROGRESS_STEPS, 2)
        if progress != task.progress:
            task.progress = progress
            task.last_updated = int(now)
        return False

    def _will_fail(self, task: Task) -> bool:
        """Failing tasks report no progress, like the recorded testing provider."""
        return any(isinstance(v, str) and "set to fail" in v for v in task.input.values())

    def _run_provider(self, task: Task) -> dict[str, Any] | ProviderFailure:
        """Run the fake provider: its output, or the failure to record."""
        task_type = self.types[task.type_id]
        context = RunContext(dict(task.input), self._files.read_any, self._write_output)
        try:
            return task_type.run(context)
        except ProviderFailure as failure:
            return failure
        except Exception as error:  # a bug in a fake provider must not kill the worker
            return ProviderFailure(f"Provider crashed: {error}", "Something went wrong.")

    def _store_outcome(
        self, task: Task, now: float, outcome: dict[str, Any] | ProviderFailure
    ) -> None:
        """Record a provider's output (SUCCESSFUL) or failure (FAILED)."""
        if isinstance(outcome, ProviderFailure):
            self._fail(task, now, str(outcome), outcome.user_facing)
            return
        task.status = STATUS_SUCCESSFUL
        task.output = outcome
        task.progress = 1.0
        task.ended_at = task.last_updated = int(now)

    def _fail(self, task: Task, now: float, message: str, user_facing: str) -> None:
        """Mark a task failed (progress 0, as recorded)."""
        task.status = STATUS_FAILED
        task.progress = 0.0
        task.ended_at = task.last_updated = int(now)
        task.error_message = message
        task.user_facing_error = user_facing

    def _write_output(self, content: bytes, _extension: str) -> int:
        """Store an output file in app data."""
        return self._files.add_appdata(content)
