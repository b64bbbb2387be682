"""PyInstaller entry of the bundled Nextcloud simulator (`nctask-demo`), i.e. `python -m nctask_desktop.demo`."""

import sys

from nctask_desktop.packaging_support import demo_server_main

sys.exit(demo_server_main())
