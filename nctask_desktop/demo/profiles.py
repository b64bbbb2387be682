"""Server profiles: which Nextcloud version the simulator pretends to be, and its reply shapes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """Version facts and shape switches of one simulated server."""

    name: str
    version: tuple[int, int, int, int]
    version_string: str
    taskprocessing: bool = True
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


PROFILES: dict[str, Profile] = {
    "nc30": Profile(
        name="nc30",
        version=(30, 0, 5, 1),
        version_string="30.0.5",
        assistant_version="2.1.1",
        description="Nextcloud 30 as recorded: string statuses and slot types, separate shapes",
    ),
    "nc30-early": Profile(
        name="nc30-early",
        version=(30, 0, 0, 2),
        version_string="30.0.0 beta 2",
        int_statuses=True,
        int_slot_types=True,
        merged_shapes=True,
        description="Pre-release 30: integer statuses/types, optional slots merged, no enums",
    ),
    "nc33": Profile(
        name="nc33",
        version=(33, 0, 0, 16),
        version_string="33.0.0",
        extra_task_fields=True,
        is_internal=True,
        assistant_version="3.1.0",
        description="Nextcloud 33: error messages on failed tasks, extra fields, internal types",
    ),
    "nc29-backport": Profile(
        name="nc29-backport",
        version=(29, 0, 6, 1),
        version_string="29.0.6",
        description="Says 29 in status.php but has TaskProcessing (a backport or patched server)",
    ),
    "nc29": Profile(
        name="nc29",
        version=(29, 0, 6, 1),
        version_string="29.0.6",
        taskprocessing=False,
        description="Nextcloud 29: no TaskProcessing API (every route is 404)",
    ),
}
