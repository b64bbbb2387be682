"""Packaging files agree with the code: version, file types, icons (packaging/, issue 5)."""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

import pytest

import nctask_desktop

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import buildinfo  # noqa: E402
import icons  # noqa: E402


def test_version_comes_from_the_package() -> None:
    assert buildinfo.read_version(ROOT) == nctask_desktop.__version__
    info = buildinfo.BuildInfo.from_tree(ROOT)
    assert info.display_name == nctask_desktop.APP_DISPLAY_NAME
    assert info.gui_name == nctask_desktop.APP_NAME


def test_desktop_file_declares_the_file_types_of_buildinfo() -> None:
    desktop = (ROOT / "packaging" / "linux" / "nctask-desktop.desktop").read_text(encoding="utf-8")
    line = re.search(r"^MimeType=(.*)$", desktop, re.M)
    assert line is not None
    assert [m for m in line.group(1).split(";") if m] == buildinfo.mime_types()
    assert re.search(r"^Exec=nctask-desktop %F$", desktop, re.M)


def test_metainfo_lists_the_current_version_first() -> None:
    text = (ROOT / "packaging" / "linux" / f"{buildinfo.APP_ID}.metainfo.xml").read_text("utf-8")
    newest = re.search(r'<release version="([^"]+)"', text)
    assert newest is not None and newest.group(1) == nctask_desktop.__version__


def test_windows_version_has_four_numbers() -> None:
    assert buildinfo.BuildInfo(version="1.2.3rc1").windows_version == (1, 2, 3, 0)
    assert buildinfo.BuildInfo(version="2.0").windows_version == (2, 0, 0, 0)


@pytest.mark.usefixtures("qapp")
def test_icons_are_generated_from_the_svg(tmp_path: Path) -> None:
    files = icons.generate(tmp_path / "icons")
    ico = files["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    icns = files["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for size in icons.PNG_SIZES:
        png = files["hicolor"] / f"{size}x{size}" / "apps" / "nctask-desktop.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert (width, height) == (size, size)


def test_the_microphone_is_declared_wherever_a_system_asks() -> None:
    """macOS asks with the Info.plist's sentence and refuses a hardened app without the
    entitlement; the .deb and dev.py bring PortAudio, which sounddevice loads at run time."""
    plist = buildinfo.macos_info_plist(buildinfo.BuildInfo.from_tree(ROOT))
    reason = plist["NSMicrophoneUsageDescription"]
    assert isinstance(reason, str) and "microphone" in reason and "Record" in reason
    entitlements = (ROOT / "packaging" / "macos" / "entitlements.plist").read_text("utf-8")
    assert "<key>com.apple.security.device.audio-input</key>\n    <true/>" in entitlements
    build = (ROOT / "packaging" / "build.py").read_text("utf-8")
    assert re.search(r'EXTRA_DEPENDS = \[[^\]]*"libportaudio2"', build)
    dev = (ROOT / "dev.py").read_text("utf-8")
    assert re.search(r'APT_PACKAGES = \[[^\]]*"libportaudio2"', dev)


def test_open_with_and_send_to_are_declared_on_every_system() -> None:
    """Linux file managers, Windows Explorer and macOS Finder offer the app for the files it
    takes; a second start hands them to the running app (nctask_desktop/ui/single_instance.py)."""
    desktop = (ROOT / "packaging" / "linux" / "nctask-desktop.desktop").read_text(encoding="utf-8")
    line = re.search(r"^MimeType=(.*)$", desktop, re.M)
    assert line is not None
    declared = [m for m in line.group(1).split(";") if m]
    for family in ("image/*", "audio/*", "video/*"):
        assert family in declared  # and the concrete types, for file managers without wildcards
    for concrete in (
        "image/png",
        "image/jpeg",
        "audio/mpeg",
        "audio/x-wav",
        "video/mp4",
        "text/plain",
    ):
        assert concrete in declared
    assert re.search(r"^Exec=nctask-desktop %F$", desktop, re.M)  # every selected file, one start
    nsi = (ROOT / "packaging" / "windows" / "installer.nsi").read_text(encoding="utf-8")
    install, uninstall = nsi.split('Section "Uninstall"', 1)
    assert re.search(
        r'CreateShortCut "\$SENDTO\\\$\{DISPLAY_NAME\}\.lnk" "\$INSTDIR\\\$\{GUI_EXE\}"', install
    )
    assert 'Delete "$SENDTO\\${DISPLAY_NAME}.lnk"' in uninstall
    plist = buildinfo.macos_info_plist(buildinfo.BuildInfo.from_tree(ROOT))
    doc_types = plist["CFBundleDocumentTypes"]
    assert isinstance(doc_types, list)
    content = {t for d in doc_types for t in d["LSItemContentTypes"]}
    assert {"public.image", "public.audio", "public.movie", "public.plain-text"} <= content
    assert {d["LSHandlerRank"] for d in doc_types} == {"Alternate"}  # never the default app
    spec = (ROOT / "packaging" / "nctask-desktop.spec").read_text(encoding="utf-8")
    not_used = re.search(r"QT_MODULES_NOT_USED = \[(.*?)\]", spec, re.S)
    assert not_used is not None and '"QtNetwork"' not in not_used.group(1)  # QLocalServer
