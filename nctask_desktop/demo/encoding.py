"""PHP look-alike encoders and parsers: OCS JSON/XML bodies, form bodies, loose number checks."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

_NUMERIC = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$")
_LEADING_INT = re.compile(r"^[ \t\n\r\v\f]*([+-]?\d+)")


def php_is_numeric(value: object) -> bool:
    """PHP's is_numeric(): ints, floats and numeric strings, never booleans."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_NUMERIC.match(value))


def php_int(text: str) -> int:
    """PHP's (int) cast of a string: the leading integer, else 0."""
    match = _LEADING_INT.match(text)
    return int(match.group(1)) if match else 0


def php_number_text(value: object) -> str:
    """How PHP prints a number (or anything) inside a string."""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if value is None:
        return ""
    return str(value)


def _plain(value: Any) -> Any:
    """Floats with no fraction become ints, as PHP's json_encode prints them."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def php_json(value: Any) -> bytes:
    """json_encode() output: compact, ASCII only, slashes escaped."""
    text = json.dumps(_plain(value), ensure_ascii=True, separators=(",", ":"))
    return text.replace("/", "\\/").encode("ascii")


def _xml_escape(text: str) -> str:
    """Escape element text as libxml's XMLWriter does."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _xml_scalar(value: object) -> str | None:
    """Text of a scalar element; None means an empty element."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else ""
    return php_number_text(_plain(value))


def _xml_node(name: str, value: Any, depth: int, out: list[str]) -> None:
    """Append one element (and its children) with XMLWriter's one-space indentation."""
    pad = " " * depth
    if isinstance(value, dict | list | tuple):
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        if not items:
            out.append(f"{pad}<{name}/>")
            return
        out.append(f"{pad}<{name}>")
        for key, item in items:
            child = "element" if isinstance(key, int) or php_is_numeric(key) else str(key)
            _xml_node(child, item, depth + 1, out)
        out.append(f"{pad}</{name}>")
        return
    text = _xml_scalar(value)
    if text is None:
        out.append(f"{pad}<{name}/>")
    else:
        out.append(f"{pad}<{name}>{_xml_escape(text)}</{name}>")


def php_xml(root_name: str, value: Any) -> bytes:
    """An XML document as PHP's XMLWriter writes an OCS reply."""
    out = ['<?xml version="1.0"?>']
    _xml_node(root_name, value, 0, out)
    return ("\n".join(out) + "\n").encode("utf-8")


def _form_key_parts(key: str) -> list[str] | None:
    """Split 'input[a][]' into ['input', 'a', '']; None for an unusable key."""
    bracket = key.find("[")
    if bracket <= 0:
        return [key] if key else None
    parts = [key[:bracket]]
    rest = key[bracket:]
    for match in re.finditer(r"\[([^\]]*)\]", rest):
        parts.append(match.group(1))
    return parts


def _form_assign(target: dict[str, Any], parts: list[str], value: str) -> None:
    """Assign a value at a nested PHP array path, appending for empty brackets."""
    node: dict[str, Any] = target
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        key = part if part != "" else str(sum(1 for k in node if k.isdigit()))
        if last:
            node[key] = value
            return
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child


def parse_php_form(body: str) -> dict[str, Any]:
    """Parse a form or query string into nested dicts like PHP's $_POST."""
    result: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        parts = _form_key_parts(key)
        if parts:
            _form_assign(result, parts, value)
    return result


def php_lists(value: Any) -> Any:
    """Turn dicts with keys 0..n-1 (PHP lists from forms) into Python lists, recursively."""
    if isinstance(value, dict):
        converted = {key: php_lists(item) for key, item in value.items()}
        keys = list(converted)
        if keys and keys == [str(i) for i in range(len(keys))]:
            return list(converted.values())
        return converted
    return value
