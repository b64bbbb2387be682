"""The Nextcloud API layer: httpx, truststore and the standard library only; no Qt, no keyring,
no UI text."""

from .client import NextcloudClient, discover_server, user_agent
from .models import EnumValue, Slot, SlotType, Task, TaskStatus, TaskType
from .server_models import (
    Capabilities,
    DavEntry,
    LoginCredentials,
    LoginFlow,
    ServerStatus,
    UserInfo,
)
from .webdav import WebDav

__all__ = [
    "Capabilities",
    "DavEntry",
    "EnumValue",
    "LoginCredentials",
    "LoginFlow",
    "NextcloudClient",
    "ServerStatus",
    "Slot",
    "SlotType",
    "Task",
    "TaskStatus",
    "TaskType",
    "UserInfo",
    "WebDav",
    "discover_server",
    "user_agent",
]
