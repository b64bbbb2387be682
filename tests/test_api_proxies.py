"""Proxies: the system's settings by default, none, or one the user chose (HTTP or SOCKS5), over a
real proxy on loopback in front of the simulator; a proxy that fails is named in a plain sentence.

The simulator is reached as `nextcloud.test`, a name only the test proxy resolves: a request that
does not go through the proxy cannot reach it (addresses on this computer never use a proxy)."""

from __future__ import annotations

import base64
import gc
import ssl
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from nctask_desktop.api import NextcloudClient, discover_server, proxies, tls
from nctask_desktop.api import errors as e
from nctask_desktop.demo import DemoServer, DemoUser
from nctask_desktop.messages import explain
from nctask_desktop.services.accounts import AccountService, AccountStore
from nctask_desktop.services.secrets import SecretStore
from nctask_desktop.services.settings import Preferences
from tests.proxy_support import LoopbackProxy, free_port, loopback_proxy

pytestmark = pytest.mark.usefixtures("no_system_proxy")


def collect_socks_leftovers() -> None:
    """httpcore leaves the socket of a failed SOCKS5 handshake to the garbage collector (which
    closes it, with a ResourceWarning): collect it now, quietly, not in another test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def named(server: DemoServer) -> str:
    """The simulator's address under the name only the proxy knows."""
    return server.base_url.replace("127.0.0.1", "nextcloud.test")


@pytest.fixture
def tls_origin() -> Iterator[tuple[DemoServer, trustme.CA]]:
    """The simulator over https, with a certificate for nextcloud.test from a private CA."""
    ca = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("nextcloud.test", "127.0.0.1").configure_cert(context)
    server = DemoServer(users=[DemoUser("alice", "pw", "Alice")], tls=context)
    server.start()
    yield server, ca
    server.stop()


# --- the setting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "setting"),
    [
        ("", proxies.SYSTEM),
        ("system", proxies.SYSTEM),
        ("none", proxies.DIRECT),
        (" Direct ", proxies.DIRECT),
        ("http://proxy.example.org:3128", "http://proxy.example.org:3128"),
        ("HTTP://Proxy.Example.org:3128/", "http://proxy.example.org:3128"),
        ("http://proxy.example.org", "http://proxy.example.org:80"),
        ("socks://10.0.0.1", "socks5://10.0.0.1:1080"),
        ("socks5h://[::1]:9050", "socks5h://[::1]:9050"),
        ("http://user:p%40ss@proxy:8080", "http://user:p%40ss@proxy:8080"),
    ],
)
def test_proxy_settings_are_read_in_their_usual_spellings(typed: str, setting: str) -> None:
    assert proxies.normalize(typed) == setting


@pytest.mark.parametrize(
    "typed",
    ["proxy.example.org:3128", "ftp://proxy:21", "socks4://proxy:1080", "http://:3128",
     "http://proxy:99999", "http://proxy:3128/path", "http://proxy:0"],
)  # fmt: skip
def test_what_cannot_be_a_proxy_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValueError, match=r"proxy"):
        proxies.normalize(typed)


def test_a_proxys_label_never_shows_its_credentials() -> None:
    assert proxies.label("http://ann:secret@proxy.example.org:3128") == "proxy.example.org:3128"
    assert proxies.credentials("http://ann:p%40ss@proxy:1") == ("ann", "p@ss")
    assert proxies.credentials("http://proxy:1") is None


def test_the_route_of_an_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explicit proxies are obeyed, `none` goes direct, and this computer is always direct."""
    chosen = "socks5://proxy.example.org:1080"
    assert proxies.proxy_for("https://cloud.example.org/x", chosen) == chosen
    assert proxies.proxy_for("https://cloud.example.org/x", "none") is None
    for here in (
        "http://127.0.0.1:8080",
        "https://localhost",
        "http://[::1]:80",
        "http://a.localhost",
    ):
        assert proxies.proxy_for(here, chosen) is None
    assert proxies.proxy_for("https://cloud.example.org", "") is None  # no system proxy here
    monkeypatch.setenv("HTTPS_PROXY", "corp-proxy:8080")  # no scheme: an HTTP proxy
    monkeypatch.setenv("HTTP_PROXY", "http://plain-proxy:3128")
    monkeypatch.setenv("NO_PROXY", ".internal,files.example.org")
    assert proxies.proxy_for("https://cloud.example.org", "") == "http://corp-proxy:8080"
    assert proxies.proxy_for("http://cloud.example.org", "") == "http://plain-proxy:3128"
    assert proxies.proxy_for("https://cloud.internal", "") is None
    assert proxies.proxy_for("https://files.example.org:443/x", "") is None
    assert proxies.proxy_for("https://127.0.0.1", "") is None
    assert proxies.proxy_for("https://cloud.example.org", "none") is None
    assert proxies.proxy_for("https://cloud.example.org", "ftp://bad") == "http://corp-proxy:8080"
    monkeypatch.delenv("HTTPS_PROXY")
    monkeypatch.delenv("HTTP_PROXY")
    monkeypatch.setenv("ALL_PROXY", "socks5://all-proxy:1080")
    assert proxies.proxy_for("https://cloud.example.org", "") == "socks5://all-proxy:1080"


# --- through a real proxy -------------------------------------------------------------------------


async def test_plain_http_goes_through_an_http_proxy(
    demo_server: DemoServer, proxy: LoopbackProxy
) -> None:
    base = named(demo_server)
    found, _status = await discover_server(base, proxy=proxy.url("http"))
    assert found == base
    async with NextcloudClient(base, "alice", "alice-app-password", proxy=proxy.url()) as client:
        assert (await client.get_user()).id == "alice"
        assert "core:text2text" in await client.get_task_types()
    assert f"GET {base}/status.php" in proxy.forwarded
    assert f"GET {base}/ocs/v2.php/cloud/user" in proxy.forwarded
    assert len(proxy.forwarded) == 3 and proxy.connects == []


async def test_https_goes_through_a_connect_tunnel(
    tls_origin: tuple[DemoServer, trustme.CA], proxy: LoopbackProxy, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The certificate is read through the tunnel too, and checked by name against the system's
    store (a private CA the computer trusts) as without a proxy."""
    server, ca = tls_origin
    base = named(server)
    target = base.removeprefix("https://")
    pem = await tls.fetch_certificate(base, proxy=proxy.url())
    ca_pem = ca.cert_pem.bytes().decode()
    assert tls.fingerprint(pem) != tls.fingerprint(ca_pem)
    assert proxy.connects == [target]
    async with NextcloudClient(base, "alice", "pw", proxy=proxy.url(), pinned=pem) as client:
        assert (await client.get_user()).id == "alice"
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    async with NextcloudClient(base, "alice", "pw", proxy=proxy.url()) as client:
        assert (await client.get_user()).id == "alice"
        assert "core:text2text" in await client.get_task_types()
    assert proxy.connects == [target] * 3  # one tunnel per client, its connection kept
    assert proxy.forwarded == []
    assert [r.path for r in server.requests if r.path.endswith("cloud/user")] != []


async def test_socks5_for_http_and_https_with_a_sign_in(
    demo_server: DemoServer,
    tls_origin: tuple[DemoServer, trustme.CA],
    proxy: LoopbackProxy,
) -> None:
    proxy.socks_login = ("ann", "s3cret")
    chosen = proxy.url("socks5", "ann:s3cret")
    async with NextcloudClient(
        named(demo_server), "alice", "alice-app-password", proxy=chosen
    ) as client:
        assert (await client.get_user()).id == "alice"
    server, _ca = tls_origin
    pem = await tls.fetch_certificate(named(server), proxy=chosen)
    async with NextcloudClient(named(server), "alice", "pw", proxy=chosen, pinned=pem) as client:
        assert (await client.get_user()).id == "alice"
    http_port = demo_server.base_url.rsplit(":", 1)[1]
    tls_port = server.base_url.rsplit(":", 1)[1]
    assert proxy.socks == [
        f"nextcloud.test:{http_port}",
        f"nextcloud.test:{tls_port}",
        f"nextcloud.test:{tls_port}",
    ]
    assert set(proxy.auths) == {"ann:s3cret"}
    proxy.socks_login = ("ann", "other")
    with pytest.raises(e.ProxyFailedError) as refused:
        async with NextcloudClient(named(demo_server), proxy=chosen) as client:
            await client.get_status()
    assert "s3cret" not in repr(refused.value) and "s3cret" not in str(refused.value)
    del refused
    collect_socks_leftovers()


async def test_an_http_proxy_gets_its_credentials_and_they_stay_out_of_errors(
    demo_server: DemoServer, tls_origin: tuple[DemoServer, trustme.CA], proxy: LoopbackProxy
) -> None:
    chosen = proxy.url("http", "ann:s3cret")
    async with NextcloudClient(named(demo_server), proxy=chosen) as client:
        await client.get_status()
    server, _ca = tls_origin
    await tls.fetch_certificate(named(server), proxy=chosen)
    basic = "Basic " + base64.b64encode(b"ann:s3cret").decode()
    assert proxy.auths == [basic, basic]
    proxy.refuse = True
    with pytest.raises(e.ProxyFailedError) as refused:
        async with NextcloudClient(named(server), proxy=chosen) as client:
            await client.get_status()
    for text in (str(refused.value), repr(refused.value), explain(refused.value).render()):
        assert "s3cret" not in text and "ann" not in text


async def test_the_systems_proxy_is_used_and_its_exceptions_kept(
    demo_server: DemoServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    async with NextcloudClient(named(demo_server)) as client:  # the default: the system's
        await client.get_status()
    assert len(proxy.forwarded) == 1
    async with NextcloudClient(demo_server.base_url) as client:  # this computer: direct
        await client.get_status()
    monkeypatch.setenv("NO_PROXY", "nextcloud.test")
    with pytest.raises(e.ConnectionFailedError) as direct:
        async with NextcloudClient(named(demo_server)) as client:
            await client.get_status()
    assert not isinstance(direct.value, e.ProxyFailedError)
    assert len(proxy.forwarded) == 1


async def test_no_proxy_goes_direct_even_when_the_system_has_one(
    demo_server: DemoServer, proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    monkeypatch.setenv("HTTPS_PROXY", proxy.url())
    with pytest.raises(e.ConnectionFailedError) as direct:  # only the proxy knows the name
        async with NextcloudClient(named(demo_server), proxy="none") as client:
            await client.get_status()
    assert not isinstance(direct.value, e.ProxyFailedError)
    with pytest.raises(OSError):  # the name is looked up here, and is not found
        await tls.fetch_certificate(named(demo_server), proxy="none")
    assert proxy.relayed == 0


# --- a proxy that fails ---------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["http", "socks5"])
async def test_an_unreachable_proxy_is_named_in_a_plain_sentence(
    demo_server: DemoServer, scheme: str
) -> None:
    port = free_port()
    chosen = f"{scheme}://ann:s3cret@127.0.0.1:{port}"
    for address in (named(demo_server), named(demo_server).replace("http:", "https:")):
        with pytest.raises(e.ProxyUnreachableError) as failed:
            async with NextcloudClient(address, proxy=chosen) as client:
                await client.get_status()
        assert failed.value.proxy == f"127.0.0.1:{port}"
        assert explain(failed.value).render() == (
            f"The proxy server at 127.0.0.1:{port} could not be reached. Check the proxy in "
            "Preferences → Network (or in your system's network settings if the app uses "
            "those), then try again."
        )
        assert "s3cret" not in repr(failed.value)
    with pytest.raises(e.ProxyUnreachableError):  # no plain-http guess behind a dead proxy
        await discover_server("nextcloud.test", proxy=chosen)
    with pytest.raises(OSError):
        await tls.fetch_certificate("https://nextcloud.test", proxy=chosen)


@pytest.mark.parametrize("scheme", ["http", "socks5"])
async def test_a_proxy_that_refuses_says_so(
    tls_origin: tuple[DemoServer, trustme.CA], proxy: LoopbackProxy, scheme: str
) -> None:
    server, _ca = tls_origin
    proxy.refuse = True
    with pytest.raises(e.ProxyFailedError) as refused:
        async with NextcloudClient(named(server), proxy=proxy.url(scheme)) as client:
            await client.get_status()
    assert not isinstance(refused.value, e.ProxyUnreachableError | e.CertificateError)
    port = server.base_url.rsplit(":", 1)[1]
    assert (
        explain(refused.value)
        .render()
        .startswith(
            f"The proxy server at {proxy.address} did not connect you to nextcloud.test:{port}. "
        )
    )
    with pytest.raises(ConnectionError, match="proxy"):
        await tls.fetch_certificate(named(server), proxy=proxy.url(scheme))
    del refused
    collect_socks_leftovers()


# --- the services ---------------------------------------------------------------------------------


async def test_accounts_follow_the_setting_at_once(demo_server: DemoServer, tmp_path: Path) -> None:
    """Signing in goes through the chosen proxy; a changed setting applies to the next request
    of clients already made."""
    accounts = AccountService(
        AccountStore(tmp_path / "accounts.json"), SecretStore(use_keyring=False)
    )
    with loopback_proxy() as first, loopback_proxy() as second:
        setting = {"proxy": first.url()}
        accounts.proxy = lambda: setting["proxy"]
        base = named(demo_server)
        account = await accounts.add_with_app_password(base, "alice", "alice-app-password")
        assert account.server == base and first.forwarded and not second.relayed
        async with await accounts.client_for(account) as client:
            await client.get_user()
            setting["proxy"] = second.url("socks5")
            await client.get_user()
            setting["proxy"] = "none"
            with pytest.raises(e.ConnectionFailedError):
                await client.get_user()
        assert second.socks == [base.removeprefix("http://")]


def test_the_workspace_reads_the_proxy_from_the_preferences(tmp_path: Path) -> None:
    from nctask_desktop.services.workspace import Workspace

    prefs = Preferences()
    workspace = Workspace(
        prefs, store=AccountStore(tmp_path / "a.json"), secrets=SecretStore(use_keyring=False)
    )
    assert workspace.accounts.proxy() == ""
    prefs.proxy = "socks5://proxy.example.org:1080"
    assert workspace.accounts.proxy() == "socks5://proxy.example.org:1080"
    prefs.save(tmp_path / "prefs.json")
    assert Preferences.load(tmp_path / "prefs.json").proxy == "socks5://proxy.example.org:1080"
