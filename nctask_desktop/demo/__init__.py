"""A simulated Nextcloud server (TaskProcessing, WebDAV, Login Flow v2) for tests and demo mode."""

from nctask_desktop.demo.accounts import DemoUser
from nctask_desktop.demo.profiles import PROFILES, Profile
from nctask_desktop.demo.server import DemoServer, RequestRecord

__all__ = ["PROFILES", "DemoServer", "DemoUser", "Profile", "RequestRecord"]
