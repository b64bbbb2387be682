"""Results on disk: saving a task's outputs (files and texts) and a cache of downloaded task files.

- `save_results` writes what a task produced into a folder: output files streamed with the right
  extension (temporary file, then renamed; never overwriting: `name (2).png`), text outputs as UTF-8
  `.txt` files written the same way.
- `ResultCache` keeps the files the window shows (thumbnails, audio to play, input files) under the
  cache folder, one folder per account; each file is downloaded once, also when asked twice at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nctask_desktop.api import NextcloudClient, Task, TaskType
from nctask_desktop.api.files import partial_file, publish

from . import paths
from .tasks import output_stem


@dataclass(frozen=True)
class SaveProgress:
    """Where a save stands: file `index` (0-based) of `count`, `done` of `total` bytes of it."""

    index: int
    count: int
    done: int
    total: int | None

    @property
    def fraction(self) -> float | None:
        """Of the whole save, counting each file as an equal share; None when not known."""
        if self.count <= 0:
            return None
        part = 0.0
        if self.total:
            part = min(1.0, self.done / self.total)
        return min(1.0, (self.index + part) / self.count)


def _write_text_file(directory: Path, stem: str, text: str) -> Path:
    with partial_file(directory) as (fd, tmp):
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            if not text.endswith("\n"):
                out.write("\n")
        return publish(tmp, directory, stem, ".txt")


def outputs_to_save(
    task: Task, task_type: TaskType | None, file_ids: Sequence[int] | None = None
) -> tuple[list[tuple[str, int]], list[tuple[str, str]]]:
    """(slot key, file id) and (slot key, text) that a save writes; only `file_ids` when given
    (and then no texts)."""
    files = task.output_file_ids(task_type)
    if file_ids is not None:
        wanted = set(file_ids)
        return [(k, f) for k, f in files if f in wanted], []
    return files, task.text_outputs(task_type)


async def save_results(
    client: NextcloudClient,
    task: Task,
    task_type: TaskType | None,
    directory: Path,
    *,
    file_ids: Sequence[int] | None = None,
    progress: Callable[[SaveProgress], None] | None = None,
    base: str | None = None,
) -> list[Path]:
    """Save a task's output files and text outputs into `directory`; the paths written.

    With `file_ids`, only those output files. Files are streamed; nothing is overwritten. With
    `base` they are named after it (the input file's name, or the prompt), else after the task.
    """
    files, texts = outputs_to_save(task, task_type, file_ids)
    count = len(files) + len(texts)
    saved: list[Path] = []
    per_slot: dict[str, int] = {}
    for key, _ in files:
        per_slot[key] = per_slot.get(key, 0) + 1
    text_per_slot: dict[str, int] = {}
    for key, _ in texts:
        text_per_slot[key] = text_per_slot.get(key, 0) + 1
    seen: dict[str, int] = {}
    for index, (key, file_id) in enumerate(files):
        number = seen.get(key, 0)
        seen[key] = number + 1
        stem = output_stem(task, key, number, per_slot[key], base)

        def report(done: int, total: int | None, index: int = index) -> None:
            if progress:
                progress(SaveProgress(index, count, done, total))

        report(0, None)
        saved.append(
            await client.download_task_file(task.id, file_id, directory, stem, progress=report)
        )
    seen = {}
    for offset, (key, text) in enumerate(texts):
        number = seen.get(key, 0)
        seen[key] = number + 1
        index = len(files) + offset
        if progress:
            progress(SaveProgress(index, count, 0, len(text)))
        stem = output_stem(task, key, number, text_per_slot[key], base)
        saved.append(await asyncio.to_thread(_write_text_file, directory, stem, text))
        if progress:
            progress(SaveProgress(index, count, len(text), len(text)))
    return saved


# --- the cache of downloaded task files -------------------------------------------------------------


def account_folder_name(account_key: str) -> str:
    """A short, file-system safe folder name for an account."""
    return hashlib.sha256(account_key.encode("utf-8")).hexdigest()[:16]


class ResultCache:
    """Task files (outputs and inputs) downloaded once into the account's cache folder."""

    def __init__(self, account_key: str, root: Path | None = None) -> None:
        self.directory = (root or paths.cache_dir() / "results") / account_folder_name(account_key)
        self._pending: dict[tuple[int, int], asyncio.Future[Path]] = {}

    @staticmethod
    def stem(task_id: int, file_id: int) -> str:
        return f"task-{int(task_id)}-file-{int(file_id)}"

    def cached(self, task_id: int, file_id: int) -> Path | None:
        """The file when it is already here."""
        stem = self.stem(task_id, file_id)
        try:
            for path in self.directory.glob(stem + ".*"):
                if path.stem == stem and path.is_file():
                    return path
        except OSError:
            return None
        return None

    async def fetch(
        self,
        client: NextcloudClient,
        task_id: int,
        file_id: int,
        *,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Path:
        """The local copy of a task's file: from the cache, or downloaded (once) into it."""
        key = (task_id, file_id)
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        found = await asyncio.to_thread(self.cached, task_id, file_id)
        if found is not None:
            return found
        pending = self._pending.get(key)  # asked again while looking
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[Path] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            path = await client.download_task_file(
                task_id, file_id, self.directory, self.stem(task_id, file_id), progress=progress
            )
        except BaseException as exc:
            if isinstance(exc, asyncio.CancelledError):
                future.cancel()
            else:
                future.set_exception(exc)
                future.exception()  # retrieved: nobody else may be waiting
            raise
        else:
            future.set_result(path)
            return path
        finally:
            self._pending.pop(key, None)

    async def forget_task(self, task_id: int) -> None:
        """Remove a task's cached files (the task was deleted)."""

        def remove() -> None:
            with contextlib.suppress(OSError):
                for path in self.directory.glob(f"task-{int(task_id)}-file-*"):
                    path.unlink()

        await asyncio.to_thread(remove)

    async def clear(self) -> None:
        await asyncio.to_thread(shutil.rmtree, self.directory, True)
