"""Which files a batch runs on: the file inputs a batch can vary, and folders expanded to the files
that fit an input's kind (by name: audio, image, video, text, any file)."""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Sequence
from pathlib import Path

from nctask_desktop.api import Slot, SlotType, TaskType

log = logging.getLogger(__name__)

_KIND_PREFIX = {
    SlotType.AUDIO: ("audio/",),
    SlotType.IMAGE: ("image/",),
    SlotType.VIDEO: ("video/",),
    SlotType.TEXT: ("text/",),
}
_EXTRA_TYPES = {
    ".m4a": "audio/mp4",
    ".opus": "audio/ogg",
    ".oga": "audio/ogg",
    ".flac": "audio/flac",
    ".weba": "audio/webm",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".avif": "image/avif",
    ".mkv": "video/x-matroska",
    ".md": "text/markdown",
}


def file_slots(task_type: TaskType) -> list[Slot]:
    """The file inputs a batch can vary (one file each: Image, Audio, Video or File), mandatory
    ones first."""
    slots = [s for s in task_type.inputs if s.type.is_file and not s.type.is_list]
    return sorted(slots, key=lambda s: not s.mandatory)


def _mime(path: Path) -> str | None:
    extra = _EXTRA_TYPES.get(path.suffix.lower())
    if extra:
        return extra
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed


def fits_slot(path: Path, slot_type: SlotType) -> bool | None:
    """Whether a file's kind (by its name) fits the slot: True, False, or None when its kind is
    not known (no or an unknown extension)."""
    kind = slot_type.item_type
    if kind is SlotType.FILE:
        return True
    prefixes = _KIND_PREFIX.get(kind)
    if prefixes is None:
        return False
    mime = _mime(path)
    if mime is None:
        return None
    return mime.startswith(prefixes)


def files_in(paths: Sequence[Path], slot_type: SlotType) -> list[Path]:
    """The files a batch runs on: the files given, and the files directly in the folders given
    (not in their subfolders; hidden ones skipped), that fit the slot's kind (audio, image, video,
    text, any file); sorted by name, each once. A file given by name whose kind is not known from
    its name is kept (the user chose it); in a folder it is left out. Paths as given (a folder's
    files under the folder as given)."""
    found: dict[Path, Path] = {}
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            try:
                children = list(path.iterdir())
            except OSError as exc:
                log.info("folder %s cannot be read: %r", path, exc)
                continue
            for child in children:
                if child.name.startswith(".") or not child.is_file():
                    continue
                if fits_slot(child, slot_type):
                    found.setdefault(child.absolute(), child)
        elif path.is_file() and fits_slot(path, slot_type) is not False:
            found.setdefault(path.absolute(), path)
    ordered = sorted(found, key=lambda p: (p.name.casefold(), p.name, str(p)))
    return [found[p] for p in ordered]
