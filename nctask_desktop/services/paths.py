"""Where the app keeps its files: platformdirs' folders, or all under $NCTASK_HOME when set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from nctask_desktop import APP_NAME


def _home() -> Path | None:
    value = os.environ.get("NCTASK_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home()
    return (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def downloads_dir() -> Path:
    """The default folder for saved results: the user's Downloads folder."""
    home = _home()
    return home / "downloads" if home else Path(platformdirs.user_downloads_dir())
