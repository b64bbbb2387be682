"""What the installed app (a PyInstaller bundle) needs beyond the source app: bundled resources and
the entry of the bundled Nextcloud simulator. Standard library only, no Qt (usable by the CLI too).

- `app_icon_path()`: the app icon (SVG), in a bundle, an installed wheel or a source checkout.
- `demo_server_main()`: what the bundle's `nctask-demo` executable runs; a bundle has no Python to
  run `python -m nctask_desktop.demo` with, so the simulator gets an executable of its own.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ICON_NAME = "nctask-desktop.svg"
_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True in a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def app_icon_path() -> Path | None:
    """The app icon: `nctask_desktop/resources/` in a bundle or wheel, `resources/` in a checkout."""
    for folder in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        path = folder / ICON_NAME
        if path.is_file():
            return path
    return None


def demo_server_main(argv: Sequence[str] | None = None) -> int:
    """`nctask-demo [OPTIONS]`: the simulator, with the options of `python -m nctask_desktop.demo`."""
    from nctask_desktop.demo.__main__ import main

    return main(list(sys.argv[1:] if argv is None else argv))
