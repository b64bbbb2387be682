"""Server profiles: which Nextcloud version the simulator pretends to be, and its reply shapes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Profile:
    """Version facts and shape switches of one simulated server."""

    name: str
    version: tuple[int, int, int, int]
    version_string: str
    taskprocessing: bool = True
    chat: bool = True
    """Whether a chat provider is installed (core:text2text:chat is offered)."""
    int_statuses: bool = False
    int_slot_types: bool = False
    merged_shapes: bool = False
    extra_task_fields: bool = False
    is_internal: bool = False
    assistant_version: str | None = None
    description: str = ""

    @property
    def version_dotted(self) -> str:
        """'30.0.5.1' as status.php's version field."""
        return ".".join(str(part) for part in self.version)

    @property
    def has_assistant(self) -> bool:
        """Whether the Assistant app (capability and notify route) is installed."""
        return self.assistant_version is not None and self.taskprocessing


def _load() -> dict[str, Profile]:
    raw = json.loads(Path(__file__).with_name("profiles.json").read_text(encoding="utf-8"))
    profiles = {}
    for name, facts in raw.items():
        if name.startswith("_"):
            continue
        version = tuple(facts.pop("version"))
        profiles[name] = Profile(name=name, version=version, **facts)
    return profiles


PROFILES: dict[str, Profile] = _load()
"""The profiles of profiles.json: nc30 (as recorded), nc30-nochat, nc30-early, nc33, nc29-backport,
nc29."""
