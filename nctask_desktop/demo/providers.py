"""Fake task types and providers of the simulator: shapes as Nextcloud lists them, real outputs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from nctask_desktop.demo import media
from nctask_desktop.demo.encoding import php_number_text
from nctask_desktop.demo.languages import DETECT_LANGUAGE, LANGUAGES

SLOT_TYPE_NUMBERS: dict[str, int] = {
    "Number": 0,
    "Text": 1,
    "Image": 2,
    "Audio": 3,
    "Video": 4,
    "File": 5,
    "Enum": 6,
    "ListOfNumbers": 10,
    "ListOfTexts": 11,
    "ListOfImages": 12,
    "ListOfAudios": 13,
    "ListOfVideos": 14,
    "ListOfFiles": 15,
}
FILE_SLOT_TYPES = frozenset({"Image", "Audio", "Video", "File"})

EnumValues = dict[str, list[tuple[str, str]]]
FileReader = Callable[[int], tuple[str, bytes] | None]
FileWriter = Callable[[bytes, str], int]


class ProviderFailure(Exception):
    """A fake provider gave up; the task ends FAILED with this message."""

    def __init__(self, message: str, user_facing: str) -> None:
        super().__init__(message)
        self.user_facing = user_facing


@dataclass(frozen=True)
class Slot:
    """One input or output slot of a task type."""

    key: str
    name: str
    description: str
    type: str


@dataclass(frozen=True)
class RunContext:
    """What a fake provider gets to work with."""

    input: dict[str, Any]
    read_file: FileReader
    write_file: FileWriter


@dataclass
class TaskTypeDef:
    """A task type with its provider's shapes, enum values, defaults and fake processing."""

    id: str
    name: str
    description: str
    input_shape: list[Slot]
    output_shape: list[Slot]
    run: Callable[[RunContext], dict[str, Any]]
    optional_input_shape: list[Slot] = field(default_factory=list)
    optional_output_shape: list[Slot] = field(default_factory=list)
    input_enum_values: EnumValues = field(default_factory=dict)
    optional_input_enum_values: EnumValues = field(default_factory=dict)
    input_defaults: dict[str, Any] = field(default_factory=dict)
    optional_input_defaults: dict[str, Any] = field(default_factory=dict)
    internal: bool = False

    def all_input_slots(self) -> list[Slot]:
        """Mandatory then optional input slots."""
        return [*self.input_shape, *self.optional_input_shape]

    def all_output_slots(self) -> list[Slot]:
        """Mandatory then optional output slots."""
        return [*self.output_shape, *self.optional_output_shape]


def _text(value: Any) -> str:
    """A slot value as PHP would print it in a string."""
    return php_number_text(value)


def _should_fail(ctx: RunContext) -> None:
    """The recorded testing provider fails when asked to in the prompt."""
    for value in ctx.input.values():
        if isinstance(value, str) and "set to fail" in value:
            raise ProviderFailure(
                "The fake provider was told to fail (the input contains 'set to fail')",
                "The assistant could not process this request. Please try again later.",
            )


def _fake_result(ctx: RunContext, inputs: dict[str, str], max_tokens: int) -> dict[str, Any]:
    """The recorded fake reply of a text generator: a line per input, then model and length."""
    _should_fail(ctx)
    data = ctx.input
    lines = [f"- {label}: {_text(data.get(key))}" for key, label in inputs.items()]
    lines.append(f"- Model: {_text(data.get('model', 'model_2'))}")
    lines.append(f"- Maximum number of words: {_text(data.get('max_tokens', max_tokens))}")
    return {"output": "This is a fake result: \n\n" + "\n".join(lines)}


def run_text2text(ctx: RunContext) -> dict[str, Any]:
    """Recorded fake reply of core:text2text."""
    return _fake_result(ctx, {"input": "Prompt"}, 1234)


def run_summary(ctx: RunContext) -> dict[str, Any]:
    """A fake summary of core:text2text:summary: the text's first words."""
    _should_fail(ctx)
    words = _text(ctx.input.get("input")).split()
    shown = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return {"output": f"This is a fake summary of {len(words)} words: {shown}"}


def run_contextwrite(ctx: RunContext) -> dict[str, Any]:
    """Recorded fake reply of core:contextwrite."""
    return _fake_result(ctx, {"style_input": "Style input", "source_input": "Source input"}, 4321)


def _chat_history(history: Any) -> list[dict[str, str]]:
    """The history entries of a chat task as the Assistant's LLM providers read them (JSON
    objects with a role and a content, starting with a human message); anything else fails
    the task, as it would there."""
    entries: list[dict[str, str]] = []
    for number, item in enumerate(history if isinstance(history, list) else [], 1):
        try:
            entry = json.loads(item)
        except (TypeError, ValueError):
            entry = None
        role = entry.get("role") if isinstance(entry, dict) else None
        content = entry.get("content") if isinstance(entry, dict) else None
        if role not in ("human", "assistant") or not isinstance(content, str):
            raise ProviderFailure(
                f"Invalid message history: entry {number} is not a JSON object with a role"
                " (human or assistant) and a content",
                "The assistant could not read the conversation.",
            )
        if number == 1 and role != "human":
            raise ProviderFailure(
                "Invalid message history: it must start with a human message",
                "The assistant could not read the conversation.",
            )
        entries.append({"role": role, "content": content})
    return entries


def run_chat(ctx: RunContext) -> dict[str, Any]:
    """The testing app's fake chat reply, plus what shows that the history arrived: how many
    earlier turns it held, and the last human message in it."""
    _should_fail(ctx)
    data = ctx.input
    history = _chat_history(data.get("history"))
    humans = [entry["content"] for entry in history if entry["role"] == "human"]
    last = f'"{humans[-1]}"' if humans else "none"
    return {
        "output": "This is a fake response message: "
        f"\n\n- System prompt: {_text(data.get('system_prompt'))}"
        f"\n- Input message: {_text(data.get('input'))}"
        f"\n- Message history:\n{len(history)} messages"
        f"\n- Earlier turns: {len(humans)}"
        f"\n- Last human message in the history: {last}"
    }


def _language_name(code: Any) -> str:
    """Display name of a language code of the translate enum."""
    for name, value in (DETECT_LANGUAGE, *LANGUAGES):
        if value == code:
            return name
    return _text(code)


def run_translate(ctx: RunContext) -> dict[str, Any]:
    """Recorded fake reply of core:text2text:translate."""
    _should_fail(ctx)
    data = ctx.input
    origin = _language_name(data.get("origin_language", "detect_language"))
    target = _language_name(data.get("target_language"))
    return {
        "output": f"Fake translation from {origin} to {target}: {_text(data.get('input'))}"
        f"\n\nModel: {_text(data.get('model', 'model_3'))}"
        f"\nMax tokens: {_text(data.get('max_tokens', 200))}"
    }


def _image_size(value: Any) -> tuple[int, int]:
    """Parse the optional '256x256' size of text2image, within sane bounds."""
    match = (
        re.fullmatch(r"\s*(\d{1,4})\s*x\s*(\d{1,4})\s*", value) if isinstance(value, str) else None
    )
    if not match:
        return 256, 256
    width, height = (min(max(int(group), 8), 512) for group in match.groups())
    return width, height


def run_text2image(ctx: RunContext) -> dict[str, Any]:
    """Gradient PNGs, one per requested image (1 to 10)."""
    _should_fail(ctx)
    prompt = _text(ctx.input.get("input"))
    try:
        count = int(float(ctx.input.get("numberOfImages", 1)))
    except (TypeError, ValueError):
        count = 1
    width, height = _image_size(ctx.input.get("size"))
    ids = [
        ctx.write_file(media.gradient_png(prompt, index, width, height), "png")
        for index in range(min(max(count, 1), 10))
    ]
    return {"images": ids}


def _describe_file(ctx: RunContext, file_id: Any) -> str:
    """'name' (N bytes[, S s of audio]) of an input file."""
    found = ctx.read_file(int(file_id)) if isinstance(file_id, int) else None
    if found is None:
        return f"file {file_id} (not readable)"
    name, content = found
    seconds = media.wav_seconds(content)
    extra = f", {seconds:.1f} s of audio" if seconds is not None else ""
    return f'"{name}" ({len(content)} bytes{extra})'


def run_audio2text(ctx: RunContext) -> dict[str, Any]:
    """A fake transcript naming the audio file it was given."""
    return {"output": f"Fake transcription result of {_describe_file(ctx, ctx.input.get('input'))}"}


def run_text2speech(ctx: RunContext) -> dict[str, Any]:
    """A WAV file with one tone per word of the text."""
    _should_fail(ctx)
    return {"speech": ctx.write_file(media.speech_wav(_text(ctx.input.get("input"))), "wav")}


def _summarise_value(ctx: RunContext, slot: Slot, value: Any) -> str:
    """One line of the allslots summary."""
    if slot.type in FILE_SLOT_TYPES:
        return _describe_file(ctx, value)
    if slot.type.startswith("ListOf") and isinstance(value, list):
        if slot.type[6:].rstrip("s") in FILE_SLOT_TYPES:
            return "[" + ", ".join(_describe_file(ctx, item) for item in value) + "]"
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def run_allslots(ctx: RunContext) -> dict[str, Any]:
    """A text summary of every received slot plus a JSON report file."""
    _should_fail(ctx)
    lines = ["Received input:"]
    report: dict[str, Any] = {}
    for slot in _allslots_inputs():
        if slot.key in ctx.input:
            value = ctx.input[slot.key]
            lines.append(f"- {slot.name} ({slot.type}): {_summarise_value(ctx, slot, value)}")
            report[slot.key] = {"type": slot.type, "value": value}
        else:
            lines.append(f"- {slot.name} ({slot.type}): not given")
    content = json.dumps({"input": report}, indent=2, ensure_ascii=False).encode("utf-8")
    return {"summary": "\n".join(lines), "report": ctx.write_file(content, "json")}


def run_internal(ctx: RunContext) -> dict[str, Any]:
    """The hidden internal type just echoes its input."""
    return {"output": f"Indexed: {_text(ctx.input.get('input'))}"}


TYPES_FILE = Path(__file__).with_name("task_types.json")


def _slots(rows: list[list[str]]) -> list[Slot]:
    return [Slot(*row) for row in rows]


def _enums(raw: dict[str, Any]) -> EnumValues:
    named = {"@languages": list(LANGUAGES), "@languages-and-detect": [DETECT_LANGUAGE, *LANGUAGES]}
    return {
        key: named[value] if isinstance(value, str) else [(n, v) for n, v in value]
        for key, value in raw.items()
    }


def _task_type(raw: dict[str, Any]) -> TaskTypeDef:
    return TaskTypeDef(
        id=raw["id"],
        name=raw["name"],
        description=raw["description"],
        run=_RUNNERS[raw["run"]],
        input_shape=_slots(raw.get("input_shape", [])),
        output_shape=_slots(raw.get("output_shape", [])),
        optional_input_shape=_slots(raw.get("optional_input_shape", [])),
        optional_output_shape=_slots(raw.get("optional_output_shape", [])),
        input_enum_values=_enums(raw.get("input_enum_values", {})),
        optional_input_enum_values=_enums(raw.get("optional_input_enum_values", {})),
        input_defaults=dict(raw.get("input_defaults", {})),
        optional_input_defaults=dict(raw.get("optional_input_defaults", {})),
        internal=bool(raw.get("internal", False)),
    )


@cache
def _definitions() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(TYPES_FILE.read_text(encoding="utf-8"))
    return data


def core_task_types() -> list[TaskTypeDef]:
    """The five recorded Nextcloud 30 types, in recorded order."""
    return [_task_type(raw) for raw in _definitions()["core"]]


def extra_task_types() -> list[TaskTypeDef]:
    """Types beyond the recording: summary, chat, speech synthesis and a form tester using
    every slot type."""
    return [_task_type(raw) for raw in _definitions()["extra"]]


def internal_task_type() -> TaskTypeDef:
    """A type only newer servers list, flagged internal: clients should hide it."""
    return _task_type(_definitions()["internal"][0])


def _allslots_inputs() -> list[Slot]:
    """The inputs of the form tester, demo:allslots."""
    allslots = next(t for t in extra_task_types() if t.id == "demo:allslots")
    return allslots.all_input_slots()


_RUNNERS: dict[str, Callable[[RunContext], dict[str, Any]]] = {
    "text2text": run_text2text,
    "summary": run_summary,
    "chat": run_chat,
    "contextwrite": run_contextwrite,
    "translate": run_translate,
    "text2image": run_text2image,
    "audio2text": run_audio2text,
    "text2speech": run_text2speech,
    "allslots": run_allslots,
    "internal": run_internal,
}
