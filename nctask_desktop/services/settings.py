"""Preferences: one typed declaration with defaults, stored as JSON under the config folder."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths
from .storage import read_json, write_json


@dataclass
class Preferences:
    """Everything the user can set. Unknown or ill-typed stored values fall back to defaults."""

    upload_folder: str = "nctask-desktop"
    """Folder in the user's Nextcloud where local files are uploaded for tasks."""
    download_folder: str = ""
    """Where results are saved; empty means the system's Downloads folder."""
    remove_uploaded_inputs: bool = True
    """Deleting a task also deletes the copies of local files the app uploaded for it."""
    notifications: bool = True
    notify_other_devices: bool = False
    auto_save_types: list[str] = field(default_factory=list)
    last_task_type: str = ""
    language: str = ""
    """UI language (a catalogue's code: "de", "pt_BR"); empty follows the system."""
    theme: str = ""
    """"light", "dark" or "high-contrast"; empty follows the system."""
    demo_account: str = ""
    """Key of the account signed in to the built-in simulator (demo mode); empty when none."""
    proxy: str = ""
    """Empty: the system's proxy settings; "none": no proxy; else a proxy address without
    credentials, "http://host:port" or "socks5://host:port" (see api/proxies.py)."""
    on_close: str = ""
    """What closing the main window does: "" asks when tasks are still running (and a tray is
    there), "tray" keeps the app running in the tray, "quit" quits."""
    tray_hint_shown: bool = False
    """The hint "still running: click its icon to open it again" was shown once."""
    global_hotkey: bool = False
    """Quick text opens with its key from any app (where the desktop allows it: X11)."""
    quick_translate_to: str = ""
    """The language Quick text translated to last; empty: the app's language."""

    @classmethod
    def path(cls) -> Path:
        return paths.config_dir() / "preferences.json"

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        raw = read_json(path or cls.path(), {})
        prefs = cls()
        if not isinstance(raw, dict):
            return prefs
        for f in dataclasses.fields(cls):
            if f.name in raw and _same_kind(getattr(prefs, f.name), raw[f.name]):
                setattr(prefs, f.name, raw[f.name])
        return prefs

    def save(self, path: Path | None = None) -> None:
        write_json(path or self.path(), dataclasses.asdict(self))

    def effective_download_folder(self) -> Path:
        return (
            Path(self.download_folder).expanduser()
            if self.download_folder
            else paths.downloads_dir()
        )


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default)) and not isinstance(value, bool)
