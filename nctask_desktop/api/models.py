"""Frozen dataclasses for what the server returns, parsed defensively across every version variant."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import MalformedResponseError

JSON = Any


# --- small, total conversion helpers: they never raise anything but MalformedResponseError ---------


def as_mapping(value: object, what: str) -> Mapping[str, Any]:
    """A JSON object; `[]` (PHP's empty array) and null count as empty."""
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if value is None or (isinstance(value, list) and not value):
        return {}
    raise MalformedResponseError(f"{what}: expected an object, got {type(value).__name__}")


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def _str(value: object, default: str = "") -> str:
    text = _opt_str(value)
    return default if text is None else text


def _opt_int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _opt_float(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return result if math.isfinite(result) else None


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes"}
    return bool(value) if isinstance(value, bool | int | float) else False


def _enum_code(value: object) -> int | str | None:
    """One of the server's enum values (statuses, slot types): a number, also when sent as
    digits, or a name (stripped); None for anything else (a bool is not a number here)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isdecimal() else text
    return None


# --- statuses -------------------------------------------------------------------------------------


class TaskStatus(enum.Enum):
    """A task's status; servers send `STATUS_*` strings, pre-release 30 builds integers 0..5."""

    UNKNOWN = "STATUS_UNKNOWN"
    SCHEDULED = "STATUS_SCHEDULED"
    RUNNING = "STATUS_RUNNING"
    SUCCESSFUL = "STATUS_SUCCESSFUL"
    FAILED = "STATUS_FAILED"
    CANCELLED = "STATUS_CANCELLED"

    @classmethod
    def parse(cls, value: object) -> TaskStatus:
        code = _enum_code(value)
        if isinstance(code, int):
            order = list(cls)
            return order[code] if 0 <= code < len(order) else cls.UNKNOWN
        if code is None:
            return cls.UNKNOWN
        text = code.upper()
        if not text.startswith("STATUS_"):
            text = "STATUS_" + text
        return next((member for member in cls if member.value == text), cls.UNKNOWN)

    @property
    def is_finished(self) -> bool:
        return self in (TaskStatus.SUCCESSFUL, TaskStatus.FAILED, TaskStatus.CANCELLED)

    @property
    def is_active(self) -> bool:
        return self in (TaskStatus.SCHEDULED, TaskStatus.RUNNING)


# --- slot types -----------------------------------------------------------------------------------


class SlotType(enum.Enum):
    """The kind of value a task's input or output slot holds."""

    NUMBER = "Number"
    TEXT = "Text"
    IMAGE = "Image"
    AUDIO = "Audio"
    VIDEO = "Video"
    FILE = "File"
    ENUM = "Enum"
    LIST_OF_NUMBERS = "ListOfNumbers"
    LIST_OF_TEXTS = "ListOfTexts"
    LIST_OF_IMAGES = "ListOfImages"
    LIST_OF_AUDIOS = "ListOfAudios"
    LIST_OF_VIDEOS = "ListOfVideos"
    LIST_OF_FILES = "ListOfFiles"
    UNKNOWN = "Unknown"

    @classmethod
    def parse(cls, value: object) -> SlotType:
        code = _enum_code(value)
        if isinstance(code, int):
            return _SLOT_TYPE_BY_INT.get(code, cls.UNKNOWN)
        if code is None:
            return cls.UNKNOWN
        return _SLOT_TYPE_BY_NAME.get(code.lower(), cls.UNKNOWN)

    @property
    def is_list(self) -> bool:
        return self.value.startswith("ListOf")

    @property
    def item_type(self) -> SlotType:
        """For a ListOf* type, the type of one item; otherwise the type itself."""
        return _LIST_ITEM.get(self, self)

    @property
    def is_file(self) -> bool:
        """Whether values are file ids (Image, Audio, Video, File, or lists of them)."""
        return self.item_type in (SlotType.IMAGE, SlotType.AUDIO, SlotType.VIDEO, SlotType.FILE)


_SLOT_TYPE_BY_INT = {
    0: SlotType.NUMBER,
    1: SlotType.TEXT,
    2: SlotType.IMAGE,
    3: SlotType.AUDIO,
    4: SlotType.VIDEO,
    5: SlotType.FILE,
    6: SlotType.ENUM,
    10: SlotType.LIST_OF_NUMBERS,
    11: SlotType.LIST_OF_TEXTS,
    12: SlotType.LIST_OF_IMAGES,
    13: SlotType.LIST_OF_AUDIOS,
    14: SlotType.LIST_OF_VIDEOS,
    15: SlotType.LIST_OF_FILES,
}
_SLOT_TYPE_BY_NAME = {t.value.lower(): t for t in SlotType if t is not SlotType.UNKNOWN}
_SLOT_TYPE_BY_NAME.update(
    {"listofaudio": SlotType.LIST_OF_AUDIOS, "listofvideo": SlotType.LIST_OF_VIDEOS}
)
_LIST_ITEM = {
    SlotType.LIST_OF_NUMBERS: SlotType.NUMBER,
    SlotType.LIST_OF_TEXTS: SlotType.TEXT,
    SlotType.LIST_OF_IMAGES: SlotType.IMAGE,
    SlotType.LIST_OF_AUDIOS: SlotType.AUDIO,
    SlotType.LIST_OF_VIDEOS: SlotType.VIDEO,
    SlotType.LIST_OF_FILES: SlotType.FILE,
}


@dataclass(frozen=True)
class EnumValue:
    """One choice of an Enum slot: `name` is shown, `value` is sent."""

    name: str
    value: str


@dataclass(frozen=True)
class Slot:
    """One input or output of a task type."""

    key: str
    name: str
    description: str
    type: SlotType
    raw_type: str
    mandatory: bool
    enum_values: tuple[EnumValue, ...] = ()
    default: JSON = None

    @property
    def has_default(self) -> bool:
        return self.default is not None


def _parse_enum_values(value: object) -> tuple[EnumValue, ...]:
    if not isinstance(value, list):
        return ()
    result = []
    for item in value:
        if isinstance(item, Mapping):
            raw = item.get("value")
            if raw is None:
                continue
            val = _str(raw)
            result.append(EnumValue(name=_str(item.get("name"), val) or val, value=val))
        elif isinstance(item, str | int | float) and not isinstance(item, bool):
            result.append(EnumValue(name=str(item), value=str(item)))
    return tuple(result)


def _parse_slots(
    shape: object,
    enum_values: object,
    defaults: object,
    *,
    mandatory: bool,
    what: str,
) -> list[Slot]:
    slots = []
    enums = as_mapping(enum_values, what + " enum values")
    default_map = as_mapping(defaults, what + " defaults")
    for key, spec_raw in as_mapping(shape, what).items():
        spec = spec_raw if isinstance(spec_raw, Mapping) else {}
        raw_type = spec.get("type")
        is_mandatory = mandatory
        if "mandatory" in spec:  # early 30.0 builds: optional slots merged with a flag
            is_mandatory = _bool(spec.get("mandatory"))
        slot_type = SlotType.parse(raw_type)
        slots.append(
            Slot(
                key=key,
                name=_str(spec.get("name"), key) or key,
                description=_str(spec.get("description")),
                type=slot_type,
                raw_type=_str(raw_type, "?"),
                mandatory=is_mandatory,
                enum_values=_parse_enum_values(enums.get(key)),
                default=default_map.get(key),
            )
        )
    return slots


@dataclass(frozen=True)
class TaskType:
    """A kind of task the server offers, with the shape of its inputs and outputs."""

    id: str
    name: str
    description: str
    inputs: tuple[Slot, ...]
    outputs: tuple[Slot, ...]
    is_internal: bool = False

    @property
    def mandatory_inputs(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.inputs if s.mandatory)

    @property
    def optional_inputs(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.inputs if not s.mandatory)

    def input_slot(self, key: str) -> Slot | None:
        return next((s for s in self.inputs if s.key == key), None)

    def output_slot(self, key: str) -> Slot | None:
        return next((s for s in self.outputs if s.key == key), None)

    @classmethod
    def from_json(cls, type_id: str, data: object) -> TaskType:
        raw = as_mapping(data, f"task type {type_id}")
        inputs = _parse_slots(
            raw.get("inputShape"),
            raw.get("inputShapeEnumValues"),
            raw.get("inputShapeDefaults"),
            mandatory=True,
            what="inputShape",
        )
        inputs += _parse_slots(
            raw.get("optionalInputShape"),
            raw.get("optionalInputShapeEnumValues"),
            raw.get("optionalInputShapeDefaults"),
            mandatory=False,
            what="optionalInputShape",
        )
        outputs = _parse_slots(
            raw.get("outputShape"),
            raw.get("outputShapeEnumValues"),
            None,
            mandatory=True,
            what="outputShape",
        )
        outputs += _parse_slots(
            raw.get("optionalOutputShape"),
            raw.get("optionalOutputShapeEnumValues"),
            None,
            mandatory=False,
            what="optionalOutputShape",
        )
        return cls(
            id=type_id,
            name=_str(raw.get("name"), type_id) or type_id,
            description=_str(raw.get("description")),
            inputs=tuple(inputs),
            outputs=tuple(outputs),
            is_internal=_bool(raw.get("isInternal")),
        )


def parse_task_types(data: object) -> dict[str, TaskType]:
    """`data` of GET /taskprocessing/tasktypes → task types by id, in the server's order."""
    types = as_mapping(as_mapping(data, "tasktypes reply").get("types"), "types")
    return {type_id: TaskType.from_json(type_id, spec) for type_id, spec in types.items()}


# --- tasks ----------------------------------------------------------------------------------------


def _file_ids(value: object) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, str) and value.strip().isdigit():
        return [int(value.strip())]
    if isinstance(value, list):
        return [i for item in value for i in _file_ids(item) if not isinstance(item, list)]
    return []


@dataclass(frozen=True)
class Task:
    """One task as the server reports it. `raw` keeps the reply's JSON object as it came."""

    id: int
    type: str
    status: TaskStatus
    user_id: str | None
    app_id: str
    custom_id: str | None
    input: Mapping[str, JSON]
    output: Mapping[str, JSON] | None
    progress: float | None
    last_updated: int | None
    scheduled_at: int | None
    started_at: int | None
    ended_at: int | None
    completion_expected_at: int | None
    error_message: str | None = None
    user_facing_error_message: str | None = None
    raw: Mapping[str, JSON] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: object) -> Task:
        raw = as_mapping(data, "task")
        task_id = _opt_int(raw.get("id"))
        if task_id is None:
            raise MalformedResponseError("task without an id")
        output = raw.get("output")
        progress = _opt_float(raw.get("progress"))
        if progress is not None:
            progress = min(1.0, max(0.0, progress))
        return cls(
            id=task_id,
            type=_str(raw.get("type")),
            status=TaskStatus.parse(raw.get("status")),
            user_id=_opt_str(raw.get("userId")),
            app_id=_str(raw.get("appId")),
            custom_id=_opt_str(raw.get("customId")) or None,
            input=as_mapping(raw.get("input"), "task input"),
            output=None if output is None else _lenient_mapping(output),
            progress=progress,
            last_updated=_opt_int(raw.get("lastUpdated")),
            scheduled_at=_opt_int(raw.get("scheduledAt")),
            started_at=_opt_int(raw.get("startedAt")),
            ended_at=_opt_int(raw.get("endedAt")),
            completion_expected_at=_opt_int(raw.get("completionExpectedAt")),
            error_message=_opt_str(raw.get("errorMessage")) or None,
            user_facing_error_message=_opt_str(raw.get("userFacingErrorMessage")) or None,
            raw=raw,
        )

    def output_file_ids(self, task_type: TaskType | None = None) -> list[tuple[str, int]]:
        """(slot key, file id) of every output file; by the type's shape when known."""
        result: list[tuple[str, int]] = []
        for key, value in (self.output or {}).items():
            slot = task_type.output_slot(key) if task_type else None
            if slot is not None and not slot.type.is_file:
                continue
            if slot is None and not _looks_like_file_ids(value):
                continue
            result.extend((key, fid) for fid in _file_ids(value))
        return result

    def input_file_ids(self, task_type: TaskType | None = None) -> list[tuple[str, int]]:
        """(slot key, file id) of every input file, by the type's shape when known."""
        result: list[tuple[str, int]] = []
        for key, value in self.input.items():
            slot = task_type.input_slot(key) if task_type else None
            if slot is None or not slot.type.is_file:
                continue
            result.extend((key, fid) for fid in _file_ids(value))
        return result

    def text_outputs(self, task_type: TaskType | None = None) -> list[tuple[str, str]]:
        """(slot key, text) of every text output; by the type's shape when known."""
        result: list[tuple[str, str]] = []
        for key, value in (self.output or {}).items():
            slot = task_type.output_slot(key) if task_type else None
            if slot is not None and slot.type.item_type not in (SlotType.TEXT, SlotType.ENUM):
                continue
            if isinstance(value, str):
                result.append((key, value))
            elif isinstance(value, list):
                result.extend((key, item) for item in value if isinstance(item, str))
        return result


def _looks_like_file_ids(value: object) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return False  # a lone number without a shape is more likely a Number output
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )


def _lenient_mapping(value: object) -> Mapping[str, JSON]:
    try:
        return as_mapping(value, "task output")
    except MalformedResponseError:
        return {}


def parse_task(data: object) -> Task:
    """`data` of a reply holding one task (`{"task": {...}}`)."""
    return Task.from_json(as_mapping(data, "task reply").get("task"))


def parse_tasks(data: object) -> list[Task]:
    """`data` of a list reply (`{"tasks": [...]}`); unparseable entries are skipped."""
    items = as_mapping(data, "tasks reply").get("tasks")
    if isinstance(items, Mapping):
        items = list(items.values())
    if not isinstance(items, list):
        if items is None:
            return []
        raise MalformedResponseError("tasks: expected a list")
    tasks = []
    for item in items:
        try:
            tasks.append(Task.from_json(item))
        except MalformedResponseError:
            continue
    return tasks
