"""The Nextcloud API layer: httpx and the standard library only; no Qt, no keyring, no UI text."""

from .client import NextcloudClient, discover_server, user_agent
from .models import (
    Capabilities,
    DavEntry,
    EnumValue,
    LoginCredentials,
    LoginFlow,
    ServerStatus,
    Slot,
    SlotType,
    Task,
    TaskStatus,
    TaskType,
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
