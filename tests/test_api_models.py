"""Parsing of task types, tasks and discovery replies, across every version variant."""

from __future__ import annotations

import json
from typing import Any

import pytest

from nctask_desktop.api import errors as e
from nctask_desktop.api.models import (
    SlotType,
    Task,
    TaskStatus,
    TaskType,
    parse_task,
    parse_task_types,
    parse_tasks,
)
from nctask_desktop.api.server_models import (
    Capabilities,
    LoginCredentials,
    ServerStatus,
    UserInfo,
    parse_version,
)
from tests.support import RECORDED, recorded_data


def recorded_txt_body(path: str) -> Any:
    text = (RECORDED / path).read_text()
    return json.loads(text.split("### BODY:\n", 1)[1].strip())


def test_recorded_task_types() -> None:
    types = parse_task_types(recorded_data("01_tasktypes_alice"))
    t2t = types["core:text2text"]
    assert t2t.name == "Free text to text prompt"
    assert [s.key for s in t2t.mandatory_inputs] == ["input"]
    model = t2t.input_slot("model")
    assert model is not None and model.type is SlotType.ENUM and not model.mandatory
    assert [c.value for c in model.enum_values] == ["model_1", "model_2", "model_3"]
    assert model.enum_values[0].name == "Model 1"
    assert model.default == "model_2"
    assert t2t.input_slot("max_tokens").default == 1234  # type: ignore[union-attr]
    image = types["core:text2image"]
    assert image.output_slot("images").type is SlotType.LIST_OF_IMAGES  # type: ignore[union-attr]
    audio = types["core:audio2text"]
    assert audio.input_slot("input").type is SlotType.AUDIO  # type: ignore[union-attr]
    translate = types["core:text2text:translate"]
    target = translate.input_slot("target_language")
    assert target is not None and len(target.enum_values) > 10


def test_recorded_tasks_every_status() -> None:
    scheduled = parse_task(recorded_data("03_get_task_scheduled"))
    assert scheduled.status is TaskStatus.SCHEDULED and not scheduled.progress
    assert scheduled.output is None
    done = parse_task(recorded_data("06_get_task_successful_text2image"))
    assert done.status is TaskStatus.SUCCESSFUL
    assert [fid for _, fid in done.output_file_ids()] == done.output["images"]  # type: ignore[index]
    failed = parse_task(recorded_data("23b_get_task_failed"))
    assert failed.status is TaskStatus.FAILED and failed.user_facing_error_message is None
    cancelled = parse_task(recorded_data("11b_get_cancelled_task_after_worker"))
    assert cancelled.status is TaskStatus.CANCELLED
    tasks = parse_tasks(recorded_data("12b_list_tasks_all"))
    assert len(tasks) > 3 and all(isinstance(t, Task) for t in tasks)


def test_early_30_shape_merged_optional_and_integers() -> None:
    data = {
        "types": {
            "core:text2text": {
                "name": "Free prompt",
                "description": "d",
                "inputShape": {
                    "input": {"name": "Prompt", "description": "", "type": 1, "mandatory": True},
                    "count": {"name": "Count", "description": "", "type": 0, "mandatory": False},
                },
                "outputShape": {
                    "images": {"name": "Images", "description": "", "type": 12, "mandatory": True}
                },
            }
        }
    }
    t = parse_task_types(data)["core:text2text"]
    assert [s.key for s in t.mandatory_inputs] == ["input"]
    assert [s.key for s in t.optional_inputs] == ["count"]
    assert t.input_slot("input").type is SlotType.TEXT  # type: ignore[union-attr]
    assert t.input_slot("count").type is SlotType.NUMBER  # type: ignore[union-attr]
    assert t.outputs[0].type is SlotType.LIST_OF_IMAGES
    task = Task.from_json({"id": 4, "type": "x", "status": 3, "input": [], "output": {"o": "t"}})
    assert task.status is TaskStatus.SUCCESSFUL and task.input == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[(raw, TaskStatus.RUNNING) for raw in ("STATUS_RUNNING", 2, "2", "running")],
        (5, TaskStatus.CANCELLED),
        *[(raw, TaskStatus.UNKNOWN) for raw in (9, None, True, "STATUS_SOMETHING_NEW")],
    ],
)
def test_status_parsing(raw: object, expected: TaskStatus) -> None:
    assert TaskStatus.parse(raw) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[(raw, SlotType.TEXT) for raw in ("Text", 1)],
        ("ListOfAudio", SlotType.LIST_OF_AUDIOS),
        ("ListOfVideo", SlotType.LIST_OF_VIDEOS),
        (15, SlotType.LIST_OF_FILES),
        *[(raw, SlotType.UNKNOWN) for raw in ("Hologram", 7, [])],
    ],
)
def test_slot_type_parsing(raw: object, expected: SlotType) -> None:
    assert SlotType.parse(raw) is expected


def test_unknown_slot_type_degrades() -> None:
    t = TaskType.from_json(
        "x:y", {"inputShape": {"a": {"name": "A", "type": "Hologram"}}, "outputShape": []}
    )
    slot = t.inputs[0]
    assert slot.type is SlotType.UNKNOWN and slot.raw_type == "Hologram" and not slot.type.is_file
    assert t.outputs == ()


def test_nc33_fields_and_unknown_extras() -> None:
    task = Task.from_json(
        {
            "id": 9,
            "type": "core:text2text",
            "status": "STATUS_FAILED",
            "input": {"input": "x"},
            "output": None,
            "userFacingErrorMessage": "The model is overloaded, try again later.",
            "errorMessage": "upstream 503",
            "allowCleanup": True,
            "includeWatermark": False,
        }
    )
    assert task.user_facing_error_message == "The model is overloaded, try again later."
    assert task.error_message == "upstream 503"
    assert task.raw["allowCleanup"] is True
    t = TaskType.from_json("core:internal", {"name": "x", "isInternal": True})
    assert t.is_internal


def test_malformed_shapes_raise_typed_errors() -> None:
    with pytest.raises(e.MalformedResponseError):
        parse_task({"task": {"type": "no id"}})
    with pytest.raises(e.MalformedResponseError):
        parse_task_types({"types": "nope"})
    with pytest.raises(e.MalformedResponseError):
        parse_tasks({"tasks": 5})
    assert parse_tasks({"tasks": [{"id": 1}, "junk", {"no": "id"}]})[0].id == 1


def test_discovery_models() -> None:
    status = ServerStatus.from_json(recorded_txt_body("nc29/status_php.txt"))
    assert status.major == 29 and status.installed and not status.maintenance
    caps = Capabilities.from_json(recorded_txt_body("nc29/capabilities_v1_json.txt")["ocs"]["data"])
    assert caps.version[0] == 29
    user = UserInfo.from_json(recorded_txt_body("nc29/cloud_user_v2_json.txt")["ocs"]["data"])
    assert user.id == "alice"
    assert parse_version("30.0.1.2") == (30, 0, 1, 2)
    assert parse_version("31.0.0 RC1") == (31, 0, 0)
    assert parse_version("") == ()


def test_login_credentials_never_show_the_password() -> None:
    creds = LoginCredentials.from_json(
        {"server": "https://x", "loginName": "a", "appPassword": "topsecret"}
    )
    assert "topsecret" not in repr(creds)
