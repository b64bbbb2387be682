"""`nctask --proxy` and NCTASK_PROXY end to end: a real proxy on loopback in front of the
simulator, which is reachable only through it (as `nextcloud.test`)."""

from __future__ import annotations

import asyncio
import ssl

import pytest
import trustme

from nctask_desktop import cli
from nctask_desktop.api import tls
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.services.settings import Preferences
from tests.proxy_support import LoopbackProxy, free_port

pytestmark = pytest.mark.usefixtures("no_system_proxy")


@pytest.fixture
def behind_proxy(demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch) -> str:
    """alice's credentials for the simulator, at the address only the proxy knows."""
    base = demo_server.base_url.replace("127.0.0.1", "nextcloud.test")
    monkeypatch.setenv("NCTASK_SERVER", base)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "alice-app-password")
    return base


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def test_the_proxy_option_and_variable(
    behind_proxy: str,
    proxy: LoopbackProxy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run(capsys, "--proxy", proxy.url(), "types")
    assert code == 0, err
    assert "core:text2text" in out
    assert f"GET {behind_proxy}/ocs/v2.php/taskprocessing/tasktypes" in proxy.forwarded
    monkeypatch.setenv("NCTASK_PROXY", proxy.url("socks5"))
    code, out, err = run(capsys, "run", "core:text2text", "-i", "input=hello", "--wait")
    assert code == 0, err
    assert out.strip()
    assert len(proxy.socks) >= 1
    # the option wins over the variable
    monkeypatch.setenv("NCTASK_PROXY", f"http://127.0.0.1:{free_port()}")
    relayed = proxy.relayed
    assert run(capsys, "--proxy", proxy.url(), "types")[0] == 0
    assert proxy.relayed > relayed


def test_none_goes_direct_and_the_preference_is_the_default(
    behind_proxy: str,
    proxy: LoopbackProxy,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prefs = Preferences()
    prefs.proxy = proxy.url()
    prefs.save()
    assert run(capsys, "types")[0] == 0  # the app's preference
    used = proxy.relayed
    assert used > 0
    monkeypatch.setenv("NCTASK_PROXY", "none")
    code, _out, err = run(capsys, "types")
    assert code == 4 and "Could not reach nextcloud.test" in err  # only the proxy knows it
    assert run(capsys, "--proxy", "system", "types")[0] == 4  # and the system has none
    assert proxy.relayed == used


def test_https_through_a_tunnel_with_a_trusted_fingerprint(
    proxy: LoopbackProxy, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fingerprint of NCTASK_TLS_FINGERPRINT is checked on the certificate read through the
    proxy, then the requests go through it too."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("nextcloud.test").configure_cert(context)
    server = DemoServer(users=[DemoUser("alice", "pw", "Alice")], tls=context)
    server.start()
    try:
        base = server.base_url.replace("127.0.0.1", "nextcloud.test")
        pem = asyncio.run(tls.fetch_certificate(server.base_url))
        monkeypatch.setenv("NCTASK_SERVER", base)
        monkeypatch.setenv("NCTASK_LOGIN", "alice")
        monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
        monkeypatch.setenv("NCTASK_TLS_FINGERPRINT", tls.fingerprint(pem))
        monkeypatch.setenv("NCTASK_PROXY", proxy.url())
        code, out, err = run(capsys, "types")
        assert code == 0, err
        assert "core:text2text" in out
        assert set(proxy.connects) == {base.removeprefix("https://")}
        assert len(proxy.connects) == 2  # the certificate, then the client's connection
    finally:
        server.stop()


def test_a_proxy_that_cannot_be_reached_or_is_mistyped(
    behind_proxy: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    code, _out, err = run(capsys, "--proxy", f"http://ann:s3cret@127.0.0.1:{port}", "types")
    assert code == 4
    assert f"The proxy server at 127.0.0.1:{port} could not be reached." in err
    assert "--proxy none" in err and "s3cret" not in err
    code, _out, err = run(capsys, "--proxy", "ftp://proxy.example.org", "types")
    assert code == 2 and "--proxy: a proxy of kind 'ftp' is not supported" in err
    monkeypatch.setenv("NCTASK_PROXY", "proxy.example.org:3128")
    code, _out, err = run(capsys, "types")
    assert code == 2 and "NCTASK_PROXY: a proxy address starts with http://" in err
