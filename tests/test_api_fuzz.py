"""Hypothesis: the parsers never raise anything but the typed errors, whatever the server sends."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nctask_desktop.api import errors as e
from nctask_desktop.api import models, server_models
from nctask_desktop.api.ocs import parse_ocs_reply, parse_xml_envelope
from nctask_desktop.api.webdav import parse_multistatus

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)
KEYS = [
    "id",
    "type",
    "status",
    "input",
    "output",
    "progress",
    "types",
    "task",
    "tasks",
    "inputShape",
    "optionalInputShape",
    "outputShape",
    "inputShapeEnumValues",
    "optionalInputShapeDefaults",
    "name",
    "value",
    "mandatory",
    "description",
    "version",
    "installed",
    "capabilities",
    "files",
    "poll",
    "login",
    "endpoint",
    "token",
    "server",
    "loginName",
    "appPassword",
    "display-name",
    "quota",
    "scheduledAt",
    "completionExpectedAt",
    "userFacingErrorMessage",
    "ocs",
    "meta",
    "data",
    "statuscode",
]
# Objects whose keys are the ones the parsers look for, so the fuzzing reaches deep.
shaped = st.recursive(
    json_values,
    lambda children: (
        st.dictionaries(st.sampled_from(KEYS), children, max_size=8)
        | st.lists(children, max_size=4)
    ),
    max_leaves=20,
)

PARSERS = [
    models.parse_task,
    models.parse_tasks,
    models.parse_task_types,
    models.Task.from_json,
    server_models.ServerStatus.from_json,
    server_models.Capabilities.from_json,
    server_models.UserInfo.from_json,
    server_models.LoginFlow.from_json,
    server_models.LoginCredentials.from_json,
    lambda d: models.TaskType.from_json("x", d),
]


def _call_all(data: Any) -> None:
    for parser in PARSERS:
        try:
            result = parser(data)
        except e.NextcloudError:
            continue
        if isinstance(result, models.Task):
            result.output_file_ids()
            result.text_outputs()
        if isinstance(result, dict):
            for t in result.values():
                _ = (t.mandatory_inputs, t.optional_inputs)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(shaped)
def test_model_parsers_only_raise_typed_errors(data: Any) -> None:
    _call_all(data)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(KEYS), shaped, max_size=8))
def test_task_parser_with_wrapped_objects(data: dict[str, Any]) -> None:
    _call_all({"task": data, "tasks": [data], "types": {"t": data}})


@settings(max_examples=300)
@given(
    st.integers(100, 599),
    st.sampled_from(["application/json", "text/xml", "text/html", "", "application/octet-stream"]),
    st.binary(max_size=300),
)
def test_envelope_parser_with_arbitrary_bytes(status: int, ctype: str, body: bytes) -> None:
    with contextlib.suppress(e.NextcloudError):
        parse_ocs_reply(status, ctype, body, "https://x/ocs")


xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\x00"),
    max_size=10,
)


@st.composite
def xml_docs(draw: st.DrawFn) -> bytes:
    def node(depth: int) -> str:
        tag = draw(
            st.sampled_from(
                [
                    "ocs",
                    "meta",
                    "data",
                    "status",
                    "statuscode",
                    "message",
                    "element",
                    "task",
                    "id",
                    "d:response",
                    "d:href",
                    "d:propstat",
                    "d:prop",
                    "oc:fileid",
                ]
            )
        )
        if depth > 3 or draw(st.booleans()):
            return f"<{tag}>{draw(xml_text)}</{tag}>"
        children = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{tag}>{children}</{tag}>"

    body = node(0)
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]  # truncated
    ns = ' xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"'
    return ('<?xml version="1.0"?>' + body.replace(">", ns + ">", 1)).encode()


@settings(max_examples=300)
@given(xml_docs(), st.integers(200, 599))
def test_xml_parsers_only_raise_typed_errors(body: bytes, status: int) -> None:
    for parse in (
        parse_xml_envelope,
        lambda b: parse_multistatus(b, "alice"),
        lambda b: parse_ocs_reply(status, "application/xml", b, "https://x"),
    ):
        with contextlib.suppress(e.NextcloudError):
            parse(body)


@settings(max_examples=200)
@given(st.binary(max_size=200))
def test_xml_parsers_with_random_bytes(body: bytes) -> None:
    for parse in (parse_xml_envelope, lambda b: parse_multistatus(b, "alice")):
        with contextlib.suppress(e.NextcloudError):
            parse(body)
