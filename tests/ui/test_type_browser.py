"""The task-type browser: grouping, order, search, internal types, the model checked by Qt's tester."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QAbstractItemModelTester

from nctask_desktop.api import TaskType
from nctask_desktop.ui.type_browser import (
    GROUP_ROLE,
    TYPE_ID_ROLE,
    Group,
    TaskTypeModel,
    TypeBrowser,
    group_of,
)


def _type(
    type_id: str, name: str, inputs: dict[str, str], outputs: dict[str, str], **extra: Any
) -> TaskType:
    shape = lambda d: {k: {"name": k, "description": "", "type": v} for k, v in d.items()}  # noqa: E731
    return TaskType.from_json(
        type_id,
        {
            "name": name,
            "description": f"About {name}",
            "inputShape": shape(inputs),
            "outputShape": shape(outputs),
            **extra,
        },
    )


TYPES = {
    t.id: t
    for t in [
        _type("core:text2text", "Free text to text prompt", {"input": "Text"}, {"output": "Text"}),
        _type("core:text2text:summary", "Summarize", {"input": "Text"}, {"output": "Text"}),
        _type(
            "core:text2text:translate",
            "Translate",
            {"input": "Text", "origin_language": "Enum"},
            {"output": "Text"},
        ),
        _type(
            "core:text2image",
            "Generate image",
            {"input": "Text", "numberOfImages": "Number"},
            {"images": "ListOfImages"},
        ),
        _type("core:audio2text", "Transcribe audio", {"input": "Audio"}, {"output": "Text"}),
        _type("core:text2speech", "Generate speech", {"input": "Text"}, {"speech": "Audio"}),
        _type("app:video", "Video magic", {"video": "Video"}, {"output": "Text"}),
        _type("app:weird", "Weird", {"x": "Hologram"}, {"output": "Text"}),
        _type(
            "core:internal",
            "Internal thing",
            {"input": "Text"},
            {"output": "Text"},
            isInternal=True,
        ),
    ]
}


def test_groups() -> None:
    assert group_of(TYPES["core:text2text"]) is Group.TEXT
    assert group_of(TYPES["core:text2text:translate"]) is Group.TRANSLATE
    assert group_of(TYPES["core:text2image"]) is Group.IMAGE
    assert group_of(TYPES["core:audio2text"]) is Group.AUDIO
    assert group_of(TYPES["core:text2speech"]) is Group.AUDIO
    assert group_of(TYPES["app:video"]) is Group.OTHER
    assert group_of(TYPES["app:weird"]) is Group.OTHER


def test_model_passes_qt_model_tester_and_orders_stably(qtbot: Any) -> None:
    model = TaskTypeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_types(TYPES)
    assert [model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount())] == [
        Group.TEXT,
        Group.TRANSLATE,
        Group.IMAGE,
        Group.AUDIO,
        Group.OTHER,
    ]
    assert model.index(0, 0).data() == "Text"
    assert model.type_ids() == [
        "core:text2text",
        "core:text2text:summary",
        "core:text2text:translate",
        "core:text2image",
        "core:text2speech",
        "core:audio2text",
        "app:video",
        "app:weird",
    ]
    assert "core:internal" not in model.types
    # the same types in another order give the same list
    model.set_types(dict(reversed(list(TYPES.items()))))
    assert model.type_ids()[:2] == ["core:text2text", "core:text2text:summary"]
    text_group = model.index(0, 0)
    first = model.index(0, 0, text_group)
    assert first.data(TYPE_ID_ROLE) == "core:text2text"
    assert first.data(0) == "Free text to text prompt"
    assert "About Free text" in first.data(3)  # tooltip
    model.set_types({})
    assert model.rowCount() == 0
    del tester


async def test_browser_selects_searches_and_emits(qtbot: Any) -> None:
    browser = TypeBrowser()
    qtbot.addWidget(browser)
    chosen: list[str] = []
    browser.type_chosen.connect(lambda t: chosen.append(t.id))
    browser.show()
    browser.set_types(TYPES, select="core:text2image")
    assert chosen == ["core:text2image"]
    assert browser.current_id == "core:text2image"
    browser.search.setText("transcr")
    assert browser.proxy.rowCount() == 1  # only the Audio group is left
    audio = browser.proxy.index(0, 0)
    assert browser.proxy.rowCount(audio) == 1
    assert not browser.no_match.isVisible()
    browser.search.setText("nothing like this")
    assert browser.no_match.isVisible()
    browser.search.clear()
    assert browser.select_type("core:audio2text")
    assert chosen[-1] == "core:audio2text"
    # refreshing keeps the current type
    browser.set_types(TYPES)
    assert browser.current_id == "core:audio2text"
    # an unknown last type falls back to the first
    browser.clear()
    browser.set_types(TYPES, select="gone:type")
    assert browser.current_id == "core:text2text"  # the default when the last one is gone


async def test_browser_empty_and_problem_states(qtbot: Any) -> None:
    browser = TypeBrowser()
    qtbot.addWidget(browser)
    browser.show()
    retries: list[bool] = []
    browser.retry_requested.connect(lambda: retries.append(True))
    browser.set_types({"core:internal": TYPES["core:internal"]})
    assert browser.pages.currentIndex() == 1
    assert "no AI tasks" in browser.message.text()
    assert not browser.retry_button.isVisible()
    browser.show_problem("Could not reach cloud.example.org.", "Check the address.")
    assert browser.retry_button.isVisible()
    browser.retry_button.click()
    assert retries == [True]
    refreshes: list[bool] = []
    browser.refresh_requested.connect(lambda: refreshes.append(True))
    browser.refresh_button.click()
    assert refreshes == [True]
