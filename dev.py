#!/usr/bin/env python3
"""Set up and run nctask-desktop from a checkout: `python3 dev.py run` or `python3 dev.py test`.

Creates `.venv` beside this file (once; again only when pyproject.toml changes), installs the project
into it, and then starts the app or runs the checks. On Debian or Ubuntu it also installs the system
libraries Qt needs, with apt-get (as root, or through sudo), when they are missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".nctask-installed"
LINTED = ["nctask_desktop", "tests", "bench", "packaging", "dev.py"]

# What Qt's offscreen and xcb platforms load on Debian, plus a font so text is not drawn as boxes.
APT_PACKAGES = [
    "libegl1",
    "libgl1",
    "libopengl0",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "fonts-dejavu-core",
]


def say(text: str) -> None:
    print(f"[dev.py] {text}", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    result = subprocess.run(cmd, **kw)  # type: ignore[call-overload]
    if result.returncode != 0:
        sys.exit(result.returncode)


def apt_install(packages: list[str]) -> None:
    """Install Debian packages that are missing, if this is a Debian-like system."""
    if (
        not sys.platform.startswith("linux")
        or not shutil.which("apt-get")
        or not shutil.which("dpkg-query")
    ):
        return
    missing = [p for p in packages if not _dpkg_has(p)]
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("Please install these system packages, then run this again: " + " ".join(missing))
            sys.exit(1)
        prefix = ["sudo"]
    say("Installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], env=env, check=False)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def _dpkg_has(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return "install ok installed" in result.stdout


def ensure_venv(extras: str) -> None:
    """Create the virtualenv and install the project with `extras` unless already done."""
    if sys.version_info < (3, 11) or sys.version_info >= (3, 14):
        say(f"nctask-desktop needs Python 3.11 to 3.13; this is {sys.version.split()[0]}.")
        sys.exit(1)

    def stamp(extras: str) -> str:
        return hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()

    wanted = stamp(extras)
    # The test set-up has everything the app needs: `run` after `test` installs nothing again.
    enough = {wanted, stamp("[test]")} if not extras else {wanted}
    if STAMP.exists() and STAMP.read_text() in enough and PYTHON.exists():
        return
    if not PYTHON.exists():
        say("Creating the virtual environment in .venv")
        try:
            venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        except (subprocess.CalledProcessError, OSError):
            apt_install(["python3-venv"])
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("Installing nctask-desktop and its dependencies")
    run([str(PYTHON), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PYTHON), "-m", "pip", "install", "-q", "-e", f"{ROOT}{extras}"])
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command == "run":
        apt_install(APT_PACKAGES)
        ensure_venv("")
        return subprocess.call([str(PYTHON), "-m", "nctask_desktop", *rest])
    if command == "test":
        apt_install(APT_PACKAGES)
        ensure_venv("[test]")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        say("ruff")
        run([str(BIN / "ruff"), "check", *LINTED], cwd=ROOT)
        run([str(BIN / "ruff"), "format", "--check", *LINTED], cwd=ROOT)
        say("mypy")
        run([str(BIN / "mypy")], cwd=ROOT)
        say("pytest")
        return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    if command == "cli":
        ensure_venv("")
        return subprocess.call([str(BIN / "nctask"), *rest])
    print(__doc__)
    print("Commands: run [APP OPTIONS], test [PYTEST OPTIONS], cli [NCTASK ARGUMENTS]")
    return 0 if command == "help" else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
