"""Results back into the user's Nextcloud (never replacing a file), and the clean-up of the input
copies this app uploaded for a task. asyncio and WebDAV only; no Qt."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from nctask_desktop.api import Task, TaskType
from nctask_desktop.api import errors as e
from nctask_desktop.api.files import mime_for_path
from nctask_desktop.api.webdav import WebDav

from .results import outputs_to_save
from .tasks import output_stem

log = logging.getLogger(__name__)

MAX_NUMBER = 999
"""`name (999).md` is the last name tried before giving up."""

Fetch = Callable[[int, int], Awaitable[Path]]
"""(task id, file id) → the output file on this computer (the result cache)."""


def numbered(name: str, number: int) -> str:
    """`summary.md` for 1, `summary (2).md` for 2: the names a save tries in turn."""
    if number <= 1:
        return name
    pure = PurePosixPath(name)
    suffix = pure.suffix if pure.stem else ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    return f"{stem} ({number}){suffix}"


def join(folder: str, name: str) -> str:
    folder = folder.strip("/")
    return f"{folder}/{name}" if folder else name


async def upload_new(
    dav: WebDav, folder: str, name: str, data: bytes, content_type: str
) -> tuple[str, int]:
    """Put `data` into `folder` under `name`, or `name (2)`… when that is taken; never replaces a
    file (the names there are listed first, and the PUT itself refuses an existing one). Returns
    the remote path and the new file's id."""
    taken = {entry.name for entry in await dav.list_folder(folder)}
    for number in range(1, MAX_NUMBER + 1):
        candidate = numbered(name, number)
        if candidate in taken:
            continue
        path = join(folder, candidate)
        file_id = await dav.put_new(data, path, content_type)
        if file_id is not None:
            return path, file_id
        taken.add(candidate)  # made in between (another device): the next number
    raise e.ConflictError(f"no free name for {name} in {folder or '/'}")


async def save_to_nextcloud(
    dav: WebDav,
    task: Task,
    task_type: TaskType | None,
    folder: str,
    *,
    fetch: Fetch,
    file_ids: Sequence[int] | None = None,
    base: str | None = None,
) -> list[str]:
    """Upload a task's output files (fetched through the cache, so with their right extension)
    and its texts (as `<name>.md`) into `folder` of the user's files; the remote paths written.
    Named as a save on this computer names them (`base`: the input's name or the prompt)."""
    files, texts = outputs_to_save(task, task_type, file_ids)
    written: list[str] = []
    per_slot = _counts(key for key, _ in files)
    seen: dict[str, int] = {}
    for key, file_id in files:
        number = seen[key] = seen.get(key, -1) + 1
        local = await fetch(task.id, file_id)
        data = await asyncio.to_thread(local.read_bytes)
        name = output_stem(task, key, number, per_slot[key], base) + local.suffix
        content_type = mime_for_path(local, data[:512])
        written.append((await upload_new(dav, folder, name, data, content_type))[0])
    text_per_slot = _counts(key for key, _ in texts)
    seen = {}
    for key, text in texts:
        number = seen[key] = seen.get(key, -1) + 1
        name = output_stem(task, key, number, text_per_slot[key], base) + ".md"
        data = text.encode("utf-8")
        written.append((await upload_new(dav, folder, name, data, "text/markdown"))[0])
    return written


def _counts(keys: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return counts


async def remove_uploaded(dav: WebDav, files: Sequence[tuple[int, str]]) -> list[str]:
    """Delete the copies of local files this app uploaded as a task's inputs: (file id, remote
    path). A path that is gone, or holds another file now (moved or replaced: its id differs), is
    left alone. Returns the paths deleted; failures are logged, never raised (the task itself is
    deleted already)."""
    removed: list[str] = []
    for file_id, path in files:
        try:
            entry = await dav.entry(path)
            if entry is None or entry.is_folder or entry.file_id != file_id:
                log.info("uploaded input %s moved or replaced: left alone", file_id)
                continue
            await dav.delete(path)
        except e.NotFoundError:
            continue
        except e.NextcloudError as exc:
            log.info("the uploaded input %s could not be deleted: %r", file_id, exc)
            continue
        removed.append(path)
    return removed
