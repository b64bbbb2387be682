"""PyInstaller entry of the desktop app (`nctask-desktop`): the same as the `nctask-desktop` script."""

import sys

from nctask_desktop.app import main

sys.exit(main())
