"""Trust: the operating system's store (a private CA it trusts is trusted), a home server's own
certificate trusted by its fingerprint and pinned to the account, and a changed certificate
refused before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from nctask_desktop.api import errors as e
from nctask_desktop.api import tls
from nctask_desktop.demo import DemoServer
from nctask_desktop.services.accounts import AccountService, AccountStore
from nctask_desktop.services.secrets import SecretStore
from tests.support import tls_server


@pytest.fixture
def home_server() -> Iterator[tuple[DemoServer, trustme.CA]]:
    """An https server whose certificate no computer trusts (its own CA)."""
    ca = trustme.CA()
    server = tls_server(ca)
    yield server, ca
    server.stop()


def service(tmp_path: Path) -> AccountService:
    return AccountService(AccountStore(tmp_path / "accounts.json"), SecretStore(use_keyring=False))


async def test_a_certificate_the_computer_does_not_trust_is_refused_then_pinned(
    home_server: tuple[DemoServer, trustme.CA], tmp_path: Path
) -> None:
    server, _ca = home_server
    accounts = service(tmp_path)
    with pytest.raises(e.CertificateError) as refused:
        await accounts.check_server(server.base_url)
    assert not isinstance(refused.value, e.CertificateChangedError)
    pem = await accounts.server_certificate(server.base_url)
    shown = tls.fingerprint(pem)
    assert len(shown.split(":")) == 32 and shown == shown.upper()
    assert tls.same_fingerprint(shown, shown.replace(":", "").lower())
    accounts.trust(server.base_url, pem)
    account = await accounts.add_with_app_password(server.base_url, "alice", "pw")
    assert account.certificate == pem  # pinned to the account, kept with it
    again = AccountStore(tmp_path / "accounts.json").find(account.key)
    assert again is not None and again.certificate == pem
    async with await accounts.client_for(account) as client:
        assert (await client.get_user()).id == "alice"


async def test_a_changed_certificate_is_refused_before_anything_is_sent(
    home_server: tuple[DemoServer, trustme.CA], tmp_path: Path
) -> None:
    server, _ca = home_server
    accounts = service(tmp_path)
    pem = await accounts.server_certificate(server.base_url)
    accounts.trust(server.base_url, pem)
    account = await accounts.add_with_app_password(server.base_url, "alice", "pw")
    port = int(server.base_url.rsplit(":", 1)[1])
    server.stop()
    other = tls_server(trustme.CA(), port=port)  # the same address, another certificate
    try:
        fresh = AccountService(accounts.store, accounts.secrets)  # a new start of the app
        with pytest.raises(e.CertificateChangedError) as changed:
            async with await fresh.client_for(account) as client:
                await client.get_user()
        assert changed.value.trusted == tls.fingerprint(pem)
        new = await fresh.server_certificate(other.base_url)
        assert not tls.same_fingerprint(tls.fingerprint(new), changed.value.trusted)
        assert other.requests == []  # the handshake failed: no request, no password sent
    finally:
        other.stop()


async def test_a_private_ca_in_the_systems_store_is_trusted(
    home_server: tuple[DemoServer, trustme.CA], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, ca = home_server
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # the Linux store, as OpenSSL reads it
    accounts = service(tmp_path)
    assert await accounts.check_server(server.base_url) == server.base_url
    account = await accounts.add_with_app_password(server.base_url, "alice", "pw")
    assert account.certificate == ""  # nothing pinned: the system trusts it


def test_the_cli_names_the_fingerprint_and_trusts_it_when_told(
    home_server: tuple[DemoServer, trustme.CA],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Untrusted: exit 4 and the fingerprint on stderr; with NCTASK_TLS_FINGERPRINT it works; a
    fingerprint that does not match: exit 4, "changed"."""
    import asyncio

    from nctask_desktop import cli

    server, _ca = home_server
    monkeypatch.setenv("NCTASK_SERVER", server.base_url)
    monkeypatch.setenv("NCTASK_LOGIN", "alice")
    monkeypatch.setenv("NCTASK_APP_PASSWORD", "pw")
    assert cli.main(["types"]) == 4
    err = capsys.readouterr().err
    expected = tls.fingerprint(asyncio.run(tls.fetch_certificate(server.base_url)))
    assert "not trusted" in err and f"SHA-256 fingerprint: {expected}" in err
    assert "--trust-fingerprint" in err
    monkeypatch.setenv("NCTASK_TLS_FINGERPRINT", expected.replace(":", "").lower())
    assert cli.main(["types"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    monkeypatch.setenv("NCTASK_TLS_FINGERPRINT", "00" * 32)
    assert cli.main(["types"]) == 4
    err = capsys.readouterr().err
    assert "changed" in err and expected in err


def test_login_trust_fingerprint_pins_the_certificate_to_the_account(
    home_server: tuple[DemoServer, trustme.CA], capsys: pytest.CaptureFixture[str]
) -> None:
    import asyncio
    import io
    import sys

    from nctask_desktop import cli

    server, _ca = home_server
    expected = tls.fingerprint(asyncio.run(tls.fetch_certificate(server.base_url)))
    stdin = sys.stdin
    try:
        sys.stdin = io.StringIO("pw\n")
        code = cli.main(
            [
                "login",
                server.base_url,
                "--login-name",
                "alice",
                "--app-password-stdin",
                "--trust-fingerprint",
                expected,
            ]
        )
    finally:
        sys.stdin = stdin
    assert code == 0, capsys.readouterr().err
    account = AccountStore().current
    assert account is not None and tls.fingerprint(account.certificate) == expected
    assert cli.main(["types"]) == 0  # the pinned certificate is used from now on
