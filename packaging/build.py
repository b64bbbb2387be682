#!/usr/bin/env python3
"""Build nctask-desktop's bundle and installers for the system this runs on.

    python packaging/build.py              # everything for this system, into dist/
    python packaging/build.py --nsis-check # Linux: also compile the Windows installer script
                                           # around the Linux bundle (catches NSIS errors)
    python packaging/build.py --skip-bundle  # reuse dist/nctask-desktop (installers only)

Every system: translations (i18n/*.ts -> nctask_desktop/i18n/*.qm), icons from
resources/nctask-desktop.svg (build/icons), then the one-folder PyInstaller bundle from
packaging/nctask-desktop.spec into dist/nctask-desktop/.
- Linux:   dist/nctask-desktop-VERSION-linux-ARCH.tar.gz and dist/nctask-desktop_VERSION_ARCH.deb
           (installs into /opt/nctask-desktop; menu entry, icons, AppStream metadata, /usr/bin links);
           desktop-file-validate and appstreamcli validate run on the files that go in.
- Windows: dist/nctask-desktop-VERSION-windows-x64-setup.exe (NSIS, packaging/windows/installer.nsi).
- macOS:   dist/<Display Name>.app and dist/nctask-desktop-VERSION-macos-ARCH.dmg; signed, notarized
           and stapled when the signing variables are set (see sign_macos), skipped with a note if not.

It sets up what it needs: the project's .venv (via dev.py), PyInstaller in it (the `build` extra of
pyproject.toml), and on Debian/Ubuntu the system tools (dpkg-deb, desktop-file-utils, appstream,
nsis) with apt-get. Run it with any Python 3.11+; it re-runs itself with .venv's Python.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
sys.path.insert(0, str(PACKAGING))

import buildinfo  # noqa: E402

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
LINUX = sys.platform.startswith("linux")

# Debian tools the Linux build uses (dpkg-deb is part of dpkg itself).
APT_BUILD_TOOLS = ["desktop-file-utils", "appstream", "binutils", "xz-utils"]
APT_NSIS = ["nsis"]


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    say("$ " + " ".join(str(c) for c in cmd))
    result = subprocess.run([str(c) for c in cmd], text=True, **kw)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise SystemExit(f"[build] failed ({result.returncode}): {' '.join(str(c) for c in cmd)}")
    return result  # type: ignore[no-any-return]


def mb(path: Path) -> float:
    if path.is_dir():
        return (
            sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
            / 1e6
        )
    return path.stat().st_size / 1e6


# --- set-up ---------------------------------------------------------------------------------------


def ensure_environment(nsis: bool) -> None:
    """Re-run in the project's .venv (created by dev.py if missing) with PyInstaller installed."""
    sys.path.insert(0, str(ROOT))
    import dev  # the project's own set-up script: .venv, system libraries for Qt

    if LINUX:
        dev.apt_install([*dev.APT_PACKAGES, *APT_BUILD_TOOLS, *(APT_NSIS if nsis else [])])
    in_venv = Path(sys.prefix).resolve() == dev.VENV.resolve()
    if not in_venv:
        works = dev.PYTHON.exists() and (
            subprocess.call([str(dev.PYTHON), "-c", "import PySide6, nctask_desktop"], cwd=ROOT)
            == 0
        )
        if not works:
            dev.ensure_venv("")
        say(f"re-running with {dev.PYTHON}")
        sys.exit(subprocess.call([str(dev.PYTHON), __file__, *sys.argv[1:]]))
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
            "project"
        ]["optional-dependencies"]["build"]
        say("installing the build tools: " + " ".join(requirements))
        run([sys.executable, "-m", "pip", "install", "-q", *requirements])


# --- common steps ---------------------------------------------------------------------------------


def compile_translations() -> None:
    import translations

    translations.compile_all()


def make_icons() -> dict[str, Path]:
    import icons

    return icons.generate(BUILD / "icons")


def check_metadata(info: buildinfo.BuildInfo) -> None:
    """The AppStream release and the .desktop MIME types agree with the one place they come from."""
    metainfo = (PACKAGING / "linux" / f"{info.app_id}.metainfo.xml").read_text(encoding="utf-8")
    newest = re.search(r'<release version="([^"]+)"', metainfo)
    if not newest or newest.group(1) != info.version:
        raise SystemExit(
            f"[build] packaging/linux/{info.app_id}.metainfo.xml: add a <release "
            f'version="{info.version}" date="YYYY-MM-DD"> first in <releases> (the newest release '
            f"there is {newest.group(1) if newest else 'missing'})"
        )
    desktop = (PACKAGING / "linux" / "nctask-desktop.desktop").read_text(encoding="utf-8")
    line = re.search(r"^MimeType=(.*)$", desktop, re.M)
    declared = [m for m in (line.group(1) if line else "").split(";") if m]
    if declared != buildinfo.mime_types():
        raise SystemExit(
            "[build] MimeType= of packaging/linux/nctask-desktop.desktop differs from "
            "packaging/buildinfo.py FILE_TYPES; make them the same:\nMimeType="
            + ";".join(buildinfo.mime_types())
            + ";"
        )


def build_bundle(info: buildinfo.BuildInfo, icon_dir: Path) -> Path:
    env = {**os.environ, "NCTASK_ICON_DIR": str(icon_dir)}
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
            PACKAGING / "nctask-desktop.spec",
        ],
        env=env,
    )  # fmt: skip
    bundle = DIST / info.gui_name
    for name in (info.gui_name, info.cli_name, info.demo_name):
        exe = bundle / (name + (".exe" if WINDOWS else ""))
        if not exe.exists():
            raise SystemExit(f"[build] the bundle has no {exe.name}")
    say(f"bundle: {bundle} ({mb(bundle):.1f} MB)")
    return bundle


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


# --- Linux ----------------------------------------------------------------------------------------

# Debian packages for sonames the bundle links to but takes from the system, when the build machine
# does not have the library installed (so dpkg -S cannot tell).
SONAME_PACKAGES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# Needed at run time, but not linked: fonts, the X keyboard data, PortAudio (the microphone:
# sounddevice loads the system's library, which uses the system's ALSA and its PipeWire/PulseAudio
# plugins).
EXTRA_DEPENDS = [
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core | fonts-freefont-ttf",
    "xkb-data",
    "libportaudio2",
]
RECOMMENDS = ["gnome-keyring | kwalletmanager | keepassxc", "xdg-utils"]
GLIBC_CORE = re.compile(
    r"^(?:libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|ld-linux.*)\.so(?:\.\d+)*$"
)


def elf_files(bundle: Path) -> list[Path]:
    out = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def elf_facts(bundle: Path) -> tuple[set[str], str, str]:
    """(sonames the bundle needs from the system, newest GLIBC_ version, newest GLIBCXX_ version)."""
    bundled = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    glibc, glibcxx = [(2, 17)], [(3, 4)]
    for path in elf_files(bundle):
        dyn = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dyn))
        syms = subprocess.run(["readelf", "-VW", path], capture_output=True, text=True).stdout
        glibc += [tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_(\d+\.\d+)", syms)]
        glibcxx += [
            tuple(map(int, v.split("."))) for v in re.findall(r"GLIBCXX_(\d+\.\d+(?:\.\d+)?)", syms)
        ]  # type: ignore[misc]
    system = {n for n in needed if n not in bundled}
    return system, ".".join(map(str, max(glibc))), ".".join(map(str, max(glibcxx)))


def debian_package_of(soname: str) -> str:
    result = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    if result.returncode == 0:
        for line in result.stdout.splitlines():
            package = line.split(":")[0].strip()
            if package and "-dev" not in package:
                return package
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    raise SystemExit(f"[build] no Debian package known for {soname}; add it to SONAME_PACKAGES")


def linux_depends(bundle: Path) -> tuple[list[str], str]:
    """The .deb's Depends, from what the bundle's ELF files link to; and the glibc it needs."""
    system, glibc, glibcxx = elf_facts(bundle)
    packages: dict[str, str] = {}
    for soname in sorted(system):
        package = debian_package_of(soname)
        packages.setdefault(package, package)
    packages["libc6"] = f"libc6 (>= {glibc})"
    if "libstdc++6" in packages:
        # GLIBCXX_3.4.30 is GCC 12's libstdc++ (Debian 12, Ubuntu 22.04).
        gcc = {"3.4.28": "10", "3.4.29": "11", "3.4.30": "12", "3.4.31": "13", "3.4.32": "14"}
        if glibcxx in gcc:
            packages["libstdc++6"] = f"libstdc++6 (>= {gcc[glibcxx]})"
    say(f"the bundle needs glibc >= {glibc}, libstdc++ GLIBCXX_{glibcxx}")
    return [packages[k] for k in sorted(packages)] + EXTRA_DEPENDS, glibc


def check_linux_bundle(bundle: Path) -> None:
    """Every library the bundle links to resolves (bundled, or the system's for those the .deb
    depends on); nothing loads from the build machine's Python."""
    missing: set[str] = set()
    from_elsewhere: set[str] = set()
    for path in elf_files(bundle):
        out = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.add(line.split()[0])
            elif "=>" in line and (".venv" in line or ".pyenv" in line or "site-packages" in line):
                from_elsewhere.add(line.strip())
    if from_elsewhere:
        raise SystemExit(
            "[build] the bundle loads libraries from outside it:\n"
            + "\n".join(sorted(from_elsewhere))
        )
    if missing:
        known = {s for s in missing if s in SONAME_PACKAGES}
        unknown = missing - known
        say(f"not installed on this machine (the .deb depends on them): {', '.join(sorted(known))}")
        if unknown:
            raise SystemExit(f"[build] unresolved libraries: {', '.join(sorted(unknown))}")


def validate_linux_metadata(staging: Path, info: buildinfo.BuildInfo) -> None:
    apps = staging / "usr" / "share" / "applications"
    run(["desktop-file-validate", apps / "nctask-desktop.desktop"])
    metainfo = staging / "usr" / "share" / "metainfo" / f"{info.app_id}.metainfo.xml"
    # --no-net: the screenshot URLs are not fetched (no network for CI here; they are published
    # with the project's hosting).
    run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    run(["appstreamcli", "validate-tree", "--no-net", staging])


def stage_share(staging: Path, icons: dict[str, Path], info: buildinfo.BuildInfo) -> None:
    """usr/share: menu entry, icons (hicolor), AppStream metadata."""
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        PACKAGING / "linux" / "nctask-desktop.desktop",
        share / "applications" / "nctask-desktop.desktop",
    )
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(
        PACKAGING / "linux" / f"{info.app_id}.metainfo.xml",
        share / "metainfo" / f"{info.app_id}.metainfo.xml",
    )
    shutil.copytree(icons["hicolor"], share / "icons" / "hicolor", dirs_exist_ok=True)


def build_tarball(bundle: Path, icons: dict[str, Path], info: buildinfo.BuildInfo) -> Path:
    """nctask-desktop-VERSION/: the bundle, plus share/ (menu entry, icons, metainfo) to install."""
    out = DIST / f"{info.gui_name}-{info.version}-linux-{arch()}.tar.gz"
    top = f"{info.gui_name}-{info.version}"
    extra = BUILD / "tarball-share"
    shutil.rmtree(extra, ignore_errors=True)
    stage_share(extra, icons, info)

    def normalize(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.uid = ti.gid = 0
        ti.uname = ti.gname = "root"
        ti.mode = (ti.mode | 0o644) & 0o755 if not ti.isdir() else 0o755
        return ti

    with gzip.open(out, "wb", compresslevel=6) as gz, tarfile.open(fileobj=gz, mode="w") as tar:  # type: ignore[arg-type]
        tar.add(bundle, arcname=top, filter=normalize)
        tar.add(extra / "usr" / "share", arcname=f"{top}/share", filter=normalize)
    say(f"tar.gz: {out} ({mb(out):.1f} MB)")
    return out


def build_deb(bundle: Path, icons: dict[str, Path], info: buildinfo.BuildInfo) -> Path:
    deb_arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    staging = BUILD / "deb" / "root"
    shutil.rmtree(staging.parent, ignore_errors=True)
    opt = staging / "opt" / info.gui_name
    shutil.copytree(bundle, opt, symlinks=True)
    stage_share(staging, icons, info)
    bindir = staging / "usr" / "bin"
    bindir.mkdir(parents=True)
    for name in (info.gui_name, info.cli_name):
        (bindir / name).symlink_to(f"/opt/{info.gui_name}/{name}")
    doc = staging / "usr" / "share" / "doc" / info.gui_name
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {info.gui_name}\nSource: {buildinfo.HOMEPAGE}\n\n"
        f"Files: *\nCopyright: {buildinfo.PUBLISHER}\nLicense: AGPL-3.0-or-later\n"
        " The bundle in /opt/nctask-desktop also contains Python (PSF License), Qt and PySide6\n"
        " (LGPL-3.0), and the Python packages httpx, keyring, platformdirs, qasync, SecretStorage,\n"
        " jeepney, cryptography, cffi and sounddevice under their own licenses.\n",
        encoding="utf-8",
    )
    validate_linux_metadata(staging, info)
    depends, glibc = linux_depends(bundle)
    installed_kb = int(
        sum(p.lstat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink())
        / 1024
    )
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {info.gui_name}\n"
        f"Version: {info.version}\n"
        f"Architecture: {deb_arch}\n"
        f"Maintainer: {buildinfo.PUBLISHER} <nctask-desktop@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: net\n"
        "Priority: optional\n"
        f"Homepage: {buildinfo.HOMEPAGE}\n"
        "Description: run the AI tasks of your own Nextcloud server\n"
        " AI Tasks for Nextcloud writes or summarises text, translates, transcribes recordings,\n"
        " generates images and runs every other AI task a Nextcloud 30+ server offers,\n"
        " from the desktop and with your own files. Includes the nctask command line\n"
        " and a built-in demo server. Self-contained build in /opt/nctask-desktop.\n",
        encoding="utf-8",
    )
    for path in staging.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out = DIST / f"{info.gui_name}_{info.version}_{deb_arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", staging, out])
    run(["dpkg-deb", "--info", out], stdout=subprocess.DEVNULL)
    say(f".deb: {out} ({mb(out):.1f} MB); needs glibc >= {glibc}")
    return out


# --- Windows (NSIS) -------------------------------------------------------------------------------


def nsis_defines(
    info: buildinfo.BuildInfo, payload: Path, icons: dict[str, Path], out: Path
) -> list[str]:
    v = info.windows_version
    filetypes = BUILD / "nsis" / "filetypes.nsh"
    filetypes.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "; Written by packaging/build.py from packaging/buildinfo.py FILE_TYPES.",
        "!macro ForEachFileType MACRO",
    ]
    lines += [f'  !insertmacro ${{MACRO}} "{ext}"' for ext in buildinfo.extensions()]
    lines += ["!macroend", ""]
    filetypes.write_text("\n".join(lines), encoding="utf-8")
    return [
        f"-DVERSION={info.version}",
        f"-DVERSION4={v[0]}.{v[1]}.{v[2]}.{v[3]}",
        f"-DDISPLAY_NAME={info.display_name}",
        f"-DPUBLISHER={buildinfo.PUBLISHER}",
        f"-DHOMEPAGE={buildinfo.HOMEPAGE}",
        f"-DPAYLOAD={payload}",
        f"-DICON={icons['ico']}",
        f"-DFILETYPES={filetypes}",
        f"-DOUTFILE={out}",
        "-INPUTCHARSET", "UTF8",
    ]  # fmt: skip


def makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise SystemExit(
        "[build] makensis not found (Windows: choco install nsis; Debian: apt install nsis)"
    )


def build_nsis(
    info: buildinfo.BuildInfo, payload: Path, icons: dict[str, Path], out: Path, fast: bool = False
) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    flag = "/" if WINDOWS else "-"
    defines = nsis_defines(info, payload, icons, out) + (["-DCOMPRESSOR=zlib"] if fast else [])
    defines = [d.replace("-", flag, 1) for d in defines]
    run([makensis(), "-V3", "-WX", *defines, PACKAGING / "windows" / "installer.nsi"])
    say(f"installer: {out} ({mb(out):.1f} MB)")
    return out


def nsis_check(info: buildinfo.BuildInfo, bundle: Path, icons: dict[str, Path]) -> Path:
    """Compile installer.nsi around the Linux bundle: NSIS syntax, structure and translations are
    checked before a release; the result is not a usable installer (it holds Linux files)."""
    payload = BUILD / "nsis-check" / "payload"
    shutil.rmtree(payload.parent, ignore_errors=True)
    shutil.copytree(bundle, payload, symlinks=False)
    for name in (info.gui_name, info.cli_name, info.demo_name):  # the names the script expects
        shutil.copyfile(payload / name, payload / f"{name}.exe")
    out = BUILD / "nsis-check" / f"{info.gui_name}-nsis-check.exe"
    return build_nsis(info, payload, icons, out, fast=True)


# --- macOS ----------------------------------------------------------------------------------------


def sign_macos(app: Path, info: buildinfo.BuildInfo) -> bool:
    """Codesign (hardened runtime) when NCTASK_CODESIGN_IDENTITY names a Developer ID identity in
    the keychain (the workflow imports it from secrets); else say so and leave the app unsigned
    (PyInstaller has already signed it ad hoc, which Apple silicon needs to run it at all)."""
    identity = os.environ.get("NCTASK_CODESIGN_IDENTITY")
    if not identity:
        say("macOS: NCTASK_CODESIGN_IDENTITY not set: not signing (ad-hoc signature only)")
        return False
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    run([
        "codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
        "--entitlements", entitlements, "--sign", identity, app,
    ])  # fmt: skip
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", app])
    return True


def notarize_macos(dmg: Path) -> None:
    """notarytool + stapler when NCTASK_NOTARY_APPLE_ID, NCTASK_NOTARY_TEAM_ID and
    NCTASK_NOTARY_PASSWORD (an app-specific password) are set; else say so."""
    apple_id = os.environ.get("NCTASK_NOTARY_APPLE_ID")
    team = os.environ.get("NCTASK_NOTARY_TEAM_ID")
    password = os.environ.get("NCTASK_NOTARY_PASSWORD")
    if not (apple_id and team and password):
        say("macOS: notarization variables not set: not notarizing or stapling")
        return
    say("macOS: notarizing (xcrun notarytool submit --wait)")
    result = subprocess.run(
        ["xcrun", "notarytool", "submit", str(dmg), "--apple-id", apple_id, "--team-id", team,
         "--password", password, "--wait", "--output-format", "json"],
        capture_output=True, text=True,
    )  # fmt: skip
    status = ""
    with contextlib.suppress(json.JSONDecodeError):
        status = json.loads(result.stdout).get("status", "")
    if result.returncode != 0 or status != "Accepted":
        raise SystemExit(
            f"[build] notarization failed ({status or result.returncode}): {result.stderr}"
        )
    run(["xcrun", "stapler", "staple", dmg])
    run(["xcrun", "stapler", "validate", dmg])


def build_dmg(app: Path, info: buildinfo.BuildInfo, signed: bool) -> Path:
    out = DIST / f"{info.gui_name}-{info.version}-macos-{arch()}.dmg"
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run(["ditto", app, staging / app.name])
    (staging / "Applications").symlink_to("/Applications")
    out.unlink(missing_ok=True)
    run([
        "hdiutil", "create", "-volname", f"{info.display_name} {info.version}", "-srcfolder", staging,
        "-fs", "HFS+", "-format", "UDZO", "-ov", out,
    ])  # fmt: skip
    if signed:
        run(
            [
                "codesign",
                "--force",
                "--timestamp",
                "--sign",
                os.environ["NCTASK_CODESIGN_IDENTITY"],
                out,
            ]
        )
    notarize_macos(out)
    say(f"dmg: {out} ({mb(out):.1f} MB)")
    return out


# --- main -----------------------------------------------------------------------------------------


def write_checksums(files: list[Path]) -> None:
    lines = []
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.name}")
    (DIST / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/nctask-desktop")
    parser.add_argument(
        "--nsis-check",
        action="store_true",
        help="Linux/macOS: also compile the NSIS script around this system's bundle",
    )
    parser.add_argument("--no-installers", action="store_true", help="only the bundle")
    args = parser.parse_args(argv)
    started = time.monotonic()
    ensure_environment(nsis=args.nsis_check or WINDOWS)

    info = buildinfo.BuildInfo.from_tree(ROOT)
    say(f"{info.gui_name} {info.version}, languages: {' '.join(sorted({'en', *info.languages}))}")
    check_metadata(info)
    compile_translations()
    icons = make_icons()
    DIST.mkdir(exist_ok=True)
    bundle = DIST / info.gui_name
    if not args.skip_bundle or not bundle.exists():
        bundle = build_bundle(info, BUILD / "icons")
    if LINUX:
        check_linux_bundle(bundle)

    outputs: list[Path] = []
    if not args.no_installers:
        if LINUX:
            outputs.append(build_tarball(bundle, icons, info))
            outputs.append(build_deb(bundle, icons, info))
        elif WINDOWS:
            out = DIST / f"{info.gui_name}-{info.version}-windows-x64-setup.exe"
            outputs.append(build_nsis(info, bundle, icons, out))
        elif MACOS:
            app = DIST / f"{info.display_name}.app"
            signed = sign_macos(app, info)
            outputs.append(build_dmg(app, info, signed))
        if outputs:
            write_checksums(outputs)
    if args.nsis_check and not WINDOWS:
        nsis_check(info, bundle, icons)

    say(f"done in {time.monotonic() - started:.0f} s")
    say(f"  bundle {bundle}: {mb(bundle):.1f} MB")
    for path in outputs:
        say(f"  {path}: {mb(path):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
