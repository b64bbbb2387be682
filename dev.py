#!/usr/bin/env python3
"""Set up and run nctask-desktop from a checkout: `python3 dev.py run` or `python3 dev.py test`.

Creates `.venv` beside this file (once; again only when pyproject.toml changes), installs the project
into it, and then starts the app or runs the checks. On Debian or Ubuntu it also installs the system
libraries Qt needs, with apt-get (as root, or through sudo), when they are missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
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
    "libportaudio2",  # the microphone, for recording audio inputs (sounddevice loads it)
]


def say(text: str) -> None:
    print(f"[dev.py] {text}", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    result = subprocess.run(cmd, **kw)  # type: ignore[call-overload]
    if result.returncode != 0:
        sys.exit(result.returncode)


def run_quietly(cmd: list[str], what: str) -> None:
    """Run `cmd` printing nothing, unless it fails: then its output and one sentence, and stop."""
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        say(f"{what} failed (the messages above say why). Fix that, then run this again.")
        sys.exit(result.returncode)


def venv_package() -> list[str]:
    """Debian's package for `venv` with pip, when this Python lacks it (Debian and Ubuntu split it out)."""
    if importlib.util.find_spec("ensurepip") is not None or venv_works():
        return []
    return [f"python{sys.version_info.major}.{sys.version_info.minor}-venv"]


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
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            _ask_root("Some system packages are missing", command)
        prefix = ["sudo", "env", "DEBIAN_FRONTEND=noninteractive"]  # sudo resets the environment
    say("Installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], env=env, check=False)
    # apt's and dpkg's progress (hundreds of lines) is shown only when something goes wrong.
    result = subprocess.run(
        [*prefix, *command[:3], "-qq", *command[3:]],
        env=env,
        check=False,
        stdout=subprocess.PIPE,
        text=True,
    )
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        _ask_root("The system packages could not be installed", command)


def _ask_root(what: str, command: list[str]) -> None:
    say(f"{what}. Run this one command as root (for example after `su -`), then run this again:")
    print(f"    apt-get update && {' '.join(command)}", flush=True)
    sys.exit(1)


def _dpkg_has(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return "install ok installed" in result.stdout


def venv_works() -> bool:
    """Whether .venv has a Python that runs and has pip (an interrupted set-up leaves it without)."""
    if not PYTHON.exists():
        return False
    probe = subprocess.run([str(PYTHON), "-c", "import pip"], capture_output=True, check=False)
    return probe.returncode == 0


def check_python() -> None:
    if sys.version_info < (3, 11) or sys.version_info >= (3, 14):
        say(f"nctask-desktop needs Python 3.11 to 3.13; this is {sys.version.split()[0]}.")
        sys.exit(1)


def ensure_venv(extras: str) -> None:
    """Create the virtualenv and install the project with `extras` unless already done."""
    check_python()

    def stamp(extras: str) -> str:
        return hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()

    wanted = stamp(extras)
    # The test set-up has everything the app needs: `run` after `test` installs nothing again.
    enough = {wanted, stamp("[test]")} if not extras else {wanted}
    works = venv_works()
    if works and STAMP.exists() and STAMP.read_text() in enough:
        return
    if not works:
        if VENV.exists():
            say(
                "The virtual environment in .venv is incomplete (an earlier set-up stopped"
                " half-way): making it again"
            )
        else:
            say("Creating the virtual environment in .venv")
        apt_install(venv_package())
        # Debian's venv reports a missing ensurepip itself and exits: checked just below.
        with contextlib.suppress(subprocess.CalledProcessError, OSError, SystemExit):
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        if not venv_works():
            shutil.rmtree(VENV, ignore_errors=True)
            say(
                "Python could not make a virtual environment with pip here. Install your system's"
                " package for Python's venv module (python3-venv on Debian and Ubuntu), then run"
                " this again."
            )
            sys.exit(1)
    STAMP.unlink(missing_ok=True)
    say("Installing nctask-desktop and its dependencies (a minute or two the first time)")
    run_quietly([str(PYTHON), "-m", "pip", "install", "-q", "--upgrade", "pip"], "Updating pip")
    run_quietly(
        [str(PYTHON), "-m", "pip", "install", "-q", "-e", f"{ROOT}{extras}"],
        "Installing nctask-desktop",
    )
    STAMP.write_text(wanted)


def compile_translations() -> None:
    """nctask_desktop/i18n/*.qm from i18n/*.ts (the compiled catalogues are not kept in git)."""
    run_quietly(
        [str(PYTHON), str(ROOT / "packaging" / "translations.py")], "Compiling the translations"
    )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command == "run":
        check_python()
        apt_install([*APT_PACKAGES, *venv_package()])
        ensure_venv("")
        compile_translations()
        return subprocess.call([str(PYTHON), "-m", "nctask_desktop", *rest])
    if command == "test":
        check_python()
        apt_install([*APT_PACKAGES, *venv_package()])
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
    if command == "bench":
        check_python()
        apt_install([*APT_PACKAGES, *venv_package()])
        ensure_venv("")
        compile_translations()
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        failed = 0
        for script in ("startup", "polling", "history", "transfer", "loop_stall", "idle_cpu"):
            say(f"bench/{script}.py")
            failed |= subprocess.call([str(PYTHON), str(ROOT / "bench" / f"{script}.py")], cwd=ROOT)
        return failed
    print(__doc__)
    print(
        "Commands: run [APP OPTIONS], test [PYTEST OPTIONS], cli [NCTASK ARGUMENTS], "
        "bench (every benchmark of bench/, printing its figures)"
    )
    return 0 if command == "help" else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
