"""Unsent form values, kept per account and task type in `drafts.json` under the data dir."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from nctask_desktop.api import TaskType
from nctask_desktop.services import paths
from nctask_desktop.services.storage import read_json, write_json
from nctask_desktop.services.tasks import LocalFile

FORMAT_VERSION = 1


@dataclass(frozen=True)
class NextcloudFile:
    """A file already in the user's Nextcloud, as a form holds it: its id plus what to show."""

    file_id: int
    name: str = ""
    size: int | None = None
    content_type: str | None = None
    path: str | None = None


DraftItem: TypeAlias = str | int | float | bool | LocalFile | NextcloudFile
DraftValue: TypeAlias = DraftItem | list[DraftItem]
Draft: TypeAlias = dict[str, DraftValue]


def _encode_item(item: object) -> Any:
    if isinstance(item, LocalFile):
        return {"localFile": str(Path(item.path).absolute())}
    if isinstance(item, NextcloudFile):
        encoded: dict[str, Any] = {"fileId": item.file_id, "name": item.name}
        if item.size is not None:
            encoded["size"] = item.size
        if item.content_type:
            encoded["contentType"] = item.content_type
        if item.path:
            encoded["path"] = item.path
        return encoded
    if isinstance(item, str | int | float | bool):
        return item
    return None


def encode_values(values: Mapping[str, object]) -> dict[str, Any]:
    """Form values → JSON: LocalFile as {"localFile": path}, Nextcloud files as {"fileId", "name"}."""
    result: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, list | tuple):
            items = [_encode_item(v) for v in value]
            result[str(key)] = [v for v in items if v is not None]
        else:
            encoded = _encode_item(value)
            if encoded is not None:
                result[str(key)] = encoded
    return result


def _opt_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _decode_item(raw: object) -> DraftItem | None:
    if isinstance(raw, Mapping):
        local = raw.get("localFile")
        if isinstance(local, str) and local:
            return LocalFile(Path(local))
        file_id = _opt_int(raw.get("fileId"))
        if file_id is not None:
            name = raw.get("name")
            content_type = raw.get("contentType")
            path = raw.get("path")
            return NextcloudFile(
                file_id=file_id,
                name=name if isinstance(name, str) else "",
                size=_opt_int(raw.get("size")),
                content_type=content_type if isinstance(content_type, str) else None,
                path=path if isinstance(path, str) else None,
            )
        return None
    if isinstance(raw, str | int | float | bool):
        return raw
    return None


def decode_values(raw: object) -> Draft:
    """The reverse of encode_values; anything unreadable is dropped, never raised."""
    result: Draft = {}
    if not isinstance(raw, Mapping):
        return result
    for key, value in raw.items():
        if isinstance(value, list):
            result[str(key)] = [d for d in (_decode_item(v) for v in value) if d is not None]
        else:
            item = _decode_item(value)
            if item is not None:
                result[str(key)] = item
    return result


class DraftStore:
    """Drafts by (account key, task type id). Each change is written at once, atomically.

    The file is read on every call, so several stores on one file (or a restart) agree.
    Drafts hold what the user typed and chose, never a password or token.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "drafts.json"

    def _load(self) -> dict[str, dict[str, Any]]:
        raw = read_json(self.path, {})
        drafts = raw.get("drafts") if isinstance(raw, dict) else None
        if not isinstance(drafts, dict):
            return {}
        return {
            str(account): {str(t): d for t, d in types.items()}
            for account, types in drafts.items()
            if isinstance(types, dict)
        }

    def _save(self, drafts: dict[str, dict[str, Any]]) -> None:
        drafts = {account: types for account, types in drafts.items() if types}
        write_json(self.path, {"version": FORMAT_VERSION, "drafts": drafts})

    def get(self, account: str, type_id: str) -> Draft | None:
        """The draft's values, or None when there is none."""
        entry = self._load().get(account, {}).get(type_id)
        if not isinstance(entry, dict):
            return None
        return decode_values(entry.get("values"))

    def put(self, account: str, type_id: str, values: Mapping[str, object]) -> None:
        drafts = self._load()
        drafts.setdefault(account, {})[type_id] = {
            "values": encode_values(values),
            "updated": int(time.time()),
        }
        self._save(drafts)

    def discard(self, account: str, type_id: str) -> None:
        """Forget a draft (after a successful submission)."""
        drafts = self._load()
        if drafts.get(account, {}).pop(type_id, None) is not None:
            self._save(drafts)

    def discard_account(self, account: str) -> None:
        """Forget every draft of an account (when it signs out)."""
        drafts = self._load()
        if drafts.pop(account, None) is not None:
            self._save(drafts)

    def type_ids(self, account: str) -> list[str]:
        """The task types that have a draft for this account."""
        return sorted(self._load().get(account, {}))


def form_values_for_run_again(
    task_input: Mapping[str, Any],
    task_type: TaskType,
    file_names: Mapping[int, str] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """A finished task's input as a form takes it (files as NextcloudFile, with the names the
    user knew), and the keys the task type no longer asks for."""
    names = file_names or {}
    values: dict[str, Any] = {}
    for slot in task_type.inputs:
        if slot.key not in task_input:
            continue
        value = task_input[slot.key]
        if slot.type.is_file:
            items = value if isinstance(value, list) else [value]
            files = [
                NextcloudFile(file_id=item, name=names.get(item, ""))
                for item in items
                if isinstance(item, int) and not isinstance(item, bool)
            ]
            values[slot.key] = files if slot.type.is_list else (files[0] if files else None)
        else:
            values[slot.key] = value  # a number kept as text stays text: the form checks it
    unknown = [key for key in task_input if task_type.input_slot(key) is None]
    return values, unknown
