"""Composition root of the desktop app (`nctask-desktop`)."""

from __future__ import annotations

import sys


def main() -> int:
    # The only placeholder the foundation issue allows; the window issue replaces it.
    print("The nctask-desktop window is not built yet. Use the `nctask` command line meanwhile.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
