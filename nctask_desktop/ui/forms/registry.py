"""Which editor class shows which kind of slot; unknown kinds get the explaining editor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nctask_desktop.api import Slot, SlotType

from .browser import FileBrowserSource
from .editors import EnumEditor, NumberEditor, SlotEditor, TextEditor, UnknownEditor
from .fileeditors import FileEditor
from .lists import ListEditor

EDITORS: dict[SlotType, type[SlotEditor]] = {
    SlotType.TEXT: TextEditor,
    SlotType.NUMBER: NumberEditor,
    SlotType.ENUM: EnumEditor,
    SlotType.IMAGE: FileEditor,
    SlotType.AUDIO: FileEditor,
    SlotType.VIDEO: FileEditor,
    SlotType.FILE: FileEditor,
    SlotType.LIST_OF_NUMBERS: ListEditor,
    SlotType.LIST_OF_TEXTS: ListEditor,
    SlotType.LIST_OF_IMAGES: ListEditor,
    SlotType.LIST_OF_AUDIOS: ListEditor,
    SlotType.LIST_OF_VIDEOS: ListEditor,
    SlotType.LIST_OF_FILES: ListEditor,
    SlotType.UNKNOWN: UnknownEditor,
}


def editor_for(
    slot: Slot, parent: QWidget | None = None, *, file_browser: FileBrowserSource | None = None
) -> SlotEditor:
    """A new editor for the slot."""
    cls = EDITORS.get(slot.type, UnknownEditor)
    return cls(slot, parent, file_browser=file_browser)
