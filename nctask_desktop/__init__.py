"""nctask-desktop: run a Nextcloud server's AI tasks from the desktop."""

__version__ = "0.1.0"
APP_NAME = "nctask-desktop"
APP_DISPLAY_NAME = "AI Tasks for Nextcloud"
PROJECT_URL = "https://github.com/nctask/nctask-desktop"
