"""PyInstaller entry of the command line (`nctask`): the same as the `nctask` script."""

import sys

from nctask_desktop.cli import main

sys.exit(main())
