"""Plays the browser's part of Login Flow v2 on the simulator: open the page, press "Grant access"."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.buttons: list[str] = []
        self._in_button = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = a.get("action", "")
        elif tag == "input" and a.get("name") and a.get("type", "text") != "submit":
            self.fields.setdefault(a["name"], a.get("value", ""))
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and getattr(self, "_select", None):
            self.fields.setdefault(self._select, a.get("value", ""))
        elif tag == "button":
            self._in_button = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "button":
            self._in_button = False
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._in_button and data.strip():
            self.buttons.append(data.strip())


def grant_access(login_url: str, user: str | None = None) -> str:
    """Open the login page, check it offers "Grant access", submit it; the final page's text."""
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(login_url)
        page.raise_for_status()
        form = _FormParser()
        form.feed(page.text)
        assert form.action, "the login page has no form"
        assert "Grant access" in form.buttons, form.buttons
        fields = dict(form.fields)
        if user is not None:
            fields["user"] = user
        done = browser.post(urljoin(str(page.url), form.action), data=fields)
        done.raise_for_status()
        return done.text
