"""Normalising what users type as a server address."""

from __future__ import annotations

import pytest

from nctask_desktop.api.address import base_from_status_url, normalize_server_address, same_origin
from nctask_desktop.api.errors import InvalidAddressError


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cloud.example.org", "https://cloud.example.org"),
        ("  Cloud.Example.org/  ", "https://cloud.example.org"),
        ("https://cloud.example.org/index.php/apps/files/?dir=/", "https://cloud.example.org"),
        ("https://example.org/nextcloud/index.php/login", "https://example.org/nextcloud"),
        ("https://example.org/nextcloud/apps/assistant/", "https://example.org/nextcloud"),
        ("http://192.168.1.20:8080", "http://192.168.1.20:8080"),
        ("localhost:8080", "https://localhost:8080"),
        ("https://[::1]:8443/", "https://[::1]:8443"),
        ("cloud.example.org/status.php", "https://cloud.example.org"),
    ],
)
def test_normalize(typed: str, expected: str) -> None:
    assert normalize_server_address(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "ftp://example.org",
        "https://",
        "two words",
        "https://exa mple.org",
        "http://host:99999",
    ],
)
def test_invalid(typed: str) -> None:
    with pytest.raises(InvalidAddressError):
        normalize_server_address(typed)


def test_helpers() -> None:
    assert base_from_status_url("https://x.org/nc/status.php") == "https://x.org/nc"
    assert same_origin("https://x.org/a", "https://x.org:443/b")
    assert not same_origin("https://x.org", "http://x.org")
    assert not same_origin("https://x.org", "https://y.org")
