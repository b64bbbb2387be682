"""Forms generated from a task type's input shape: one editor per slot type, drafts, file choosing.

Public interface (what the main window uses):

- `FormWidget(task_type, parent=None, *, file_browser=None)` with `changed`, `submitRequested`,
  `values()`, `set_values()`, `validate()`, `show_server_error()`, `clear_server_error()`,
  `set_busy()`, `accept_dropped_files()`, plus `draft_values()`, `set_file_browser()`,
  `focus_first()`.
- `FileBrowserSource`: anything with `async def list_folder(path) -> list[DavEntry]` (a WebDav).
- `DraftBinder(form, store, account_key)`: restores and keeps the form's draft in a DraftStore.
"""

from nctask_desktop.services.drafts import DraftStore, NextcloudFile

from .browser import DavEntryModel, FileBrowserSource, NextcloudFileDialog
from .drafts import DraftBinder
from .editors import (
    TEXT_WARNING_LIMIT,
    EnumEditor,
    NumberEditor,
    SlotEditor,
    TextEditor,
    UnknownEditor,
)
from .fileeditors import FileCard, FileEditor, FilePicker
from .filekinds import FileKind
from .form import FormWidget, SlotRow
from .lists import ListEditor
from .registry import EDITORS, editor_for

__all__ = [
    "EDITORS",
    "TEXT_WARNING_LIMIT",
    "DavEntryModel",
    "DraftBinder",
    "DraftStore",
    "EnumEditor",
    "FileBrowserSource",
    "FileCard",
    "FileEditor",
    "FileKind",
    "FilePicker",
    "FormWidget",
    "ListEditor",
    "NextcloudFile",
    "NextcloudFileDialog",
    "NumberEditor",
    "SlotEditor",
    "SlotRow",
    "TextEditor",
    "UnknownEditor",
    "editor_for",
]
