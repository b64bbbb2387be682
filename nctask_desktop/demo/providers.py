"""Fake task types and providers of the simulator: shapes as Nextcloud lists them, real outputs."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
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


MAX_TOKENS_SLOT = Slot(
    "max_tokens",
    "Maximum output words",
    "The maximum number of words/tokens that can be generated in the completion.",
    "Number",
)
MODEL_SLOT = Slot("model", "Model", "The model used to generate the completion", "Enum")
MODEL_VALUES = [("Model 1", "model_1"), ("Model 2", "model_2"), ("Model 3", "model_3")]


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


def run_text2text(ctx: RunContext) -> dict[str, Any]:
    """Recorded fake reply of core:text2text."""
    _should_fail(ctx)
    data = ctx.input
    return {
        "output": "This is a fake result: \n\n"
        f"- Prompt: {_text(data.get('input'))}\n"
        f"- Model: {_text(data.get('model', 'model_2'))}\n"
        f"- Maximum number of words: {_text(data.get('max_tokens', 1234))}"
    }


def run_contextwrite(ctx: RunContext) -> dict[str, Any]:
    """Recorded fake reply of core:contextwrite."""
    _should_fail(ctx)
    data = ctx.input
    return {
        "output": "This is a fake result: \n\n"
        f"- Style input: {_text(data.get('style_input'))}\n"
        f"- Source input: {_text(data.get('source_input'))}\n"
        f"- Model: {_text(data.get('model', 'model_2'))}\n"
        f"- Maximum number of words: {_text(data.get('max_tokens', 4321))}"
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
    for slot in ALLSLOTS_INPUTS:
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


ALLSLOTS_MANDATORY = [
    Slot("text", "Text", "Some words", "Text"),
    Slot("number", "Number", "Any number", "Number"),
    Slot("choice", "Choice", "Pick one of the offered values", "Enum"),
    Slot("file", "File", "Any file from your Nextcloud", "File"),
]
ALLSLOTS_OPTIONAL = [
    Slot("image", "Image", "An image file", "Image"),
    Slot("audio", "Audio", "An audio file", "Audio"),
    Slot("video", "Video", "A video file", "Video"),
    Slot("mood", "Mood", "An optional choice with a default", "Enum"),
    Slot("numbers", "Numbers", "A list of numbers", "ListOfNumbers"),
    Slot("texts", "Texts", "A list of texts", "ListOfTexts"),
    Slot("images", "Images", "A list of images", "ListOfImages"),
    Slot("audios", "Audios", "A list of audio files", "ListOfAudios"),
    Slot("videos", "Videos", "A list of video files", "ListOfVideos"),
    Slot("files", "Files", "A list of files", "ListOfFiles"),
]
ALLSLOTS_INPUTS = [*ALLSLOTS_MANDATORY, *ALLSLOTS_OPTIONAL]


def _languages(with_detect: bool) -> list[tuple[str, str]]:
    """Enum values of the translate languages."""
    return [DETECT_LANGUAGE, *LANGUAGES] if with_detect else list(LANGUAGES)


def core_task_types() -> list[TaskTypeDef]:
    """The five recorded Nextcloud 30 types, in recorded order."""
    return [
        TaskTypeDef(
            id="core:text2text",
            name="Free text to text prompt",
            description="Runs an arbitrary prompt through a language model that returns a reply",
            input_shape=[
                Slot(
                    "input",
                    "Prompt",
                    "Describe a task that you want the assistant to do or ask a question",
                    "Text",
                )
            ],
            optional_input_shape=[MAX_TOKENS_SLOT, MODEL_SLOT],
            optional_input_enum_values={"model": MODEL_VALUES},
            optional_input_defaults={"max_tokens": 1234, "model": "model_2"},
            output_shape=[
                Slot("output", "Generated reply", "The generated text from the assistant", "Text")
            ],
            run=run_text2text,
        ),
        TaskTypeDef(
            id="core:text2text:translate",
            name="Translate",
            description="Translate text from one language to another",
            input_shape=[
                Slot("input", "Origin text", "The text to translate", "Text"),
                Slot(
                    "origin_language", "Origin language", "The language of the origin text", "Enum"
                ),
                Slot(
                    "target_language",
                    "Target language",
                    "The desired language to translate the origin text in",
                    "Enum",
                ),
            ],
            optional_input_shape=[MAX_TOKENS_SLOT, MODEL_SLOT],
            input_enum_values={
                "origin_language": _languages(True),
                "target_language": _languages(False),
            },
            input_defaults={"origin_language": "detect_language"},
            optional_input_enum_values={"model": MODEL_VALUES},
            optional_input_defaults={"max_tokens": 200, "model": "model_3"},
            output_shape=[Slot("output", "Result", "The translated text", "Text")],
            run=run_translate,
        ),
        TaskTypeDef(
            id="core:text2image",
            name="Generate image",
            description="Generate an image from a text prompt",
            input_shape=[
                Slot("input", "Prompt", "Describe the image you want to generate", "Text"),
                Slot("numberOfImages", "Number of images", "How many images to generate", "Number"),
            ],
            optional_input_shape=[
                Slot(
                    "size",
                    "Size",
                    "Optional. The size of the generated images. Must be in 256x256 format.",
                    "Text",
                )
            ],
            input_defaults={"numberOfImages": 1},
            output_shape=[Slot("images", "Output images", "The generated images", "ListOfImages")],
            run=run_text2image,
        ),
        TaskTypeDef(
            id="core:audio2text",
            name="Transcribe audio",
            description="Transcribe the things said in an audio",
            input_shape=[Slot("input", "Audio input", "The audio to transcribe", "Audio")],
            output_shape=[Slot("output", "Transcription", "The transcribed text", "Text")],
            run=run_audio2text,
        ),
        TaskTypeDef(
            id="core:contextwrite",
            name="Context write",
            description="Writes text in a given style based on the provided source material.",
            input_shape=[
                Slot(
                    "style_input",
                    "Writing style",
                    "Demonstrate a writing style that you would like to immitate",
                    "Text",
                ),
                Slot(
                    "source_input",
                    "Source material",
                    "The content that would like to be rewritten in the new writing style",
                    "Text",
                ),
            ],
            optional_input_shape=[MAX_TOKENS_SLOT, MODEL_SLOT],
            optional_input_enum_values={"model": MODEL_VALUES},
            optional_input_defaults={"max_tokens": 4321, "model": "model_2"},
            output_shape=[
                Slot(
                    "output",
                    "Generated text",
                    "The generated text with content from the source material in the given style",
                    "Text",
                )
            ],
            run=run_contextwrite,
        ),
    ]


def extra_task_types() -> list[TaskTypeDef]:
    """Types beyond the recording: speech synthesis and a form tester using every slot type."""
    return [
        TaskTypeDef(
            id="core:text2speech",
            name="Generate speech",
            description="Generate speech from a transcript",
            input_shape=[Slot("input", "Prompt", "Write the text that you want to hear", "Text")],
            output_shape=[Slot("speech", "Output speech", "The generated speech", "Audio")],
            run=run_text2speech,
        ),
        TaskTypeDef(
            id="demo:allslots",
            name="Every kind of input",
            description="A demo task type using every slot type, for testing forms",
            input_shape=list(ALLSLOTS_MANDATORY),
            optional_input_shape=list(ALLSLOTS_OPTIONAL),
            input_enum_values={"choice": [("Option A", "a"), ("Option B", "b"), ("Option C", "c")]},
            optional_input_enum_values={
                "mood": [("Happy", "happy"), ("Calm", "calm"), ("Grumpy", "grumpy")]
            },
            input_defaults={"number": 3, "text": "Hello"},
            optional_input_defaults={"mood": "calm"},
            output_shape=[
                Slot("summary", "Summary", "What the task received", "Text"),
                Slot("report", "Report", "The same as a JSON file", "File"),
            ],
            run=run_allslots,
        ),
    ]


def internal_task_type() -> TaskTypeDef:
    """A type only newer servers list, flagged internal: clients should hide it."""
    return TaskTypeDef(
        id="core:contextchat:index",
        name="Context Chat indexing",
        description="Internal task type used by Context Chat; not for users",
        input_shape=[Slot("input", "Input", "Internal input", "Text")],
        output_shape=[Slot("output", "Output", "Internal output", "Text")],
        run=run_internal,
        internal=True,
    )
