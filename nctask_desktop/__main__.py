"""`python -m nctask_desktop` starts the desktop app."""

import sys

from nctask_desktop.app import main

sys.exit(main())
