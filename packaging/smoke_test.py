#!/usr/bin/env python3
"""Smoke test of the built (frozen) app: does it start on a clean machine?

    python packaging/smoke_test.py                           # dist/nctask-desktop (or the .app)
    python packaging/smoke_test.py --bundle /opt/nctask-desktop
    python packaging/smoke_test.py --command /usr/bin/nctask-desktop   # as installed by the .deb
    python packaging/smoke_test.py --expect-keychain         # macOS/Windows runners: a real keychain

Runs the bundle's executables in a clean environment: a fresh HOME and NCTASK_HOME, no PYTHONPATH,
no virtualenv, a minimal PATH, Qt offscreen (unless --platform), in an empty working folder. Checks:
1. `nctask-desktop --version` says the version of nctask_desktop/__init__.py;
2. `nctask-desktop --smoke-test` (it prints its one line after the main window's first paint):
   version, Qt platform, keyring back-end (never "fail"; with --expect-keychain not the in-memory
   fallback either), language English, the microphone library (PortAudio) loaded;
3. the same in German (--lang, default de; from the locale on Linux and from the preferences on every
   system): Qt's own qtbase translation and ours (nctask_desktop_de, else the English plural
   catalogue nctask_desktop_en when the bundle has it) loaded;
4. the simulator inside the bundle: `nctask-demo` starts and listens; the bundled `nctask` lists its
   task types and runs a task to the end against it.
Exit status 0 when everything passed; each check prints one line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import buildinfo  # noqa: E402

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
EXE = ".exe" if WINDOWS else ""
TIMEOUT = 90


class Failed(Exception):
    pass


def ok(text: str) -> None:
    print(f"[smoke] ok: {text}", flush=True)


def locate(args: argparse.Namespace, info: buildinfo.BuildInfo) -> tuple[Path, Path, Path]:
    """(gui, cli, demo) executables."""
    if args.command:
        gui = Path(args.command)
        if not gui.is_absolute():
            gui = Path(shutil.which(str(gui)) or gui).absolute()
        folder = gui.resolve().parent  # /usr/bin/nctask-desktop -> /opt/nctask-desktop/
        cli = gui.parent / (info.cli_name + EXE)
        if not cli.exists():
            cli = folder / (info.cli_name + EXE)
        return gui, cli, folder / (info.demo_name + EXE)
    if args.bundle:
        folder = Path(args.bundle)
    elif MACOS and (ROOT / "dist" / f"{info.display_name}.app").exists():
        folder = ROOT / "dist" / f"{info.display_name}.app"
    else:
        folder = ROOT / "dist" / info.gui_name
    folder = folder.absolute()  # the checks run in other working folders
    if folder.suffix == ".app":
        folder = folder / "Contents" / "MacOS"
    return tuple(folder / (n + EXE) for n in (info.gui_name, info.cli_name, info.demo_name))  # type: ignore[return-value]


def clean_env(
    home: Path, platform_name: str, lang: str | None, stdout_file: Path
) -> dict[str, str]:
    """What a fresh user session has, and nothing of this build's Python."""
    env: dict[str, str] = {}
    if WINDOWS:
        for key in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT", "NUMBER_OF_PROCESSORS",
                    "PROCESSOR_ARCHITECTURE", "USERNAME", "USERDOMAIN", "PROGRAMDATA", "ALLUSERSPROFILE",
                    "PROGRAMFILES", "PROGRAMFILES(X86)", "COMMONPROGRAMFILES"):  # fmt: skip
            if key in os.environ:
                env[key] = os.environ[key]
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = f"{system_root}\\System32;{system_root}"
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
        env["TEMP"] = env["TMP"] = str(home / "Temp")
        (home / "Temp").mkdir()
    else:
        env["PATH"] = "/usr/bin:/bin"
        env["TMPDIR"] = str(home / "tmp")
        (home / "tmp").mkdir()
        if "USER" in os.environ:
            env["USER"] = os.environ["USER"]
    env["HOME"] = str(home)
    env["NCTASK_HOME"] = str(home / "nctask")
    env["NCTASK_STDOUT_FILE"] = str(stdout_file)  # windowed Windows exe without a console
    if platform_name:
        env["QT_QPA_PLATFORM"] = platform_name
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"):
        if platform_name != "offscreen" and key in os.environ:
            env[key] = os.environ[key]
    # A user session's bus (the Secret Service keychain is reached through it), when there is one.
    for key in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        if key in os.environ:
            env[key] = os.environ[key]
    if lang:
        env["LANG"] = env["LC_ALL"] = lang
        env["LANGUAGE"] = lang.split(".")[0]
    else:
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def run_app(
    exe: Path,
    args: list[str],
    env: dict[str, str],
    cwd: Path,
    stdout_file: Path,
    stdin: str | None = None,
) -> str:
    stdout_file.unlink(missing_ok=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            [str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT,
            **({"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}),
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise Failed(f"{exe.name} {' '.join(args)}: no exit within {TIMEOUT} s") from exc
    out = result.stdout
    if not out.strip() and stdout_file.exists():
        out = stdout_file.read_text(encoding="utf-8", errors="replace")
    if result.returncode != 0:
        raise Failed(
            f"{exe.name} {' '.join(args)} exited {result.returncode}\nstdout: {out}\nstderr: {result.stderr}"
        )
    ok(f"{exe.name} {' '.join(args)} ({time.monotonic() - started:.1f} s)")
    return out


def parse_smoke_line(out: str, gui_name: str) -> dict[str, str]:
    """`nctask-desktop 0.1.0; qt=6.11.3; platform=offscreen; keyring=...; language=en; ...`"""
    lines = [line for line in out.splitlines() if line.startswith(gui_name + " ")]
    if len(lines) != 1:
        raise Failed(f"expected one smoke-test line, got: {out!r}")
    parts = [p.strip() for p in lines[0].split(";")]
    facts = {"version": parts[0].split(" ", 1)[1]}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        facts[key] = value
    return facts


def check_smoke(
    facts: dict[str, str], info: buildinfo.BuildInfo, args: argparse.Namespace, lang: str | None
) -> None:
    if facts.get("version") != info.version:
        raise Failed(f"smoke test reports version {facts.get('version')}, expected {info.version}")
    if args.platform and facts.get("platform") != args.platform:
        raise Failed(f"Qt platform {facts.get('platform')}, expected {args.platform}")
    keyring = facts.get("keyring", "")
    if not keyring or "fail" in keyring.lower():
        raise Failed(f"keyring back-end: {keyring!r}")
    if args.expect_keychain and (keyring.startswith("memory") or "null" in keyring.lower()):
        raise Failed(f"a keychain exists here, but the app uses {keyring!r}")
    microphone = facts.get("microphone", "")
    if not microphone or microphone == "none":
        raise Failed(
            "the microphone library (PortAudio) does not load in the bundle"
            + (" (Linux: is libportaudio2 installed?)" if sys.platform.startswith("linux") else "")
        )
    language = facts.get("language", "")
    loaded = [t for t in facts.get("translations", "").split(",") if t and t != "none"]
    if lang is None:
        if not language.startswith("en"):
            raise Failed(f"language {language!r}, expected English")
    else:
        want = lang.split("_")[0]
        if not language.startswith(want):
            raise Failed(f"language {language!r}, expected {want}")
        if not any(t.startswith(f"qtbase_{want}") for t in loaded):
            raise Failed(f"Qt's translation qtbase_{want} did not load: {loaded}")
        ours = sorted(p.stem for p in args.qm_files)
        if f"nctask_desktop_{want}" in ours:
            wanted_ours = f"nctask_desktop_{want}"
        elif "nctask_desktop_en" in ours:
            wanted_ours = "nctask_desktop_en"
        else:
            wanted_ours = ""
        if wanted_ours and not any(t.startswith(wanted_ours) for t in loaded):
            raise Failed(
                f"our translation {wanted_ours} is in the bundle but did not load: {loaded}"
            )
    ok(
        f"window painted; version {facts['version']}, platform {facts.get('platform')}, keyring "
        f"{keyring}, language {language}, translations {','.join(loaded) or 'none'}, "
        f"microphone {microphone}"
    )


def check_file_argument(
    gui: Path, env: dict[str, str], cwd: Path, stdout_file: Path, strict: bool
) -> None:
    """`nctask-desktop FILE`: what the menu entry (%F), Windows "Open with"/"Send to" and macOS
    document types start. The app must take the file, not stop at an unknown argument."""
    sample = cwd / "notes.txt"
    sample.write_text("Write a haiku about snow\n", encoding="utf-8")
    result = subprocess.run(
        [str(gui), "--smoke-test", str(sample)], env=env, cwd=cwd, capture_output=True, text=True,
        timeout=TIMEOUT, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    if result.returncode == 0:
        ok("nctask-desktop --smoke-test FILE: the app takes a file on its command line")
        return
    text = f"nctask-desktop FILE exits {result.returncode}: {result.stderr.strip()[-300:]}"
    if strict:
        raise Failed(text)
    print(f"[smoke] WARNING (not counted; --strict-files makes it fail): {text}", flush=True)


KEYRING_MODULES = {
    "linux": [
        "keyring.backends.SecretService",
        "secretstorage",
        "jeepney.io.blocking",
        "keyring.backends.kwallet",
    ],
    "win32": ["keyring.backends.Windows", "win32ctypes.core"],
    "darwin": ["keyring.backends.macOS", "keyring.backends.macOS.api"],
}


def check_keyring_modules(gui: Path) -> None:
    """The keychain back-ends of this system are in the app's module archive, and keyring's entry
    points (its metadata) beside it: without them the app silently falls back to memory."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        print("[smoke] note: PyInstaller not installed here: keyring modules not inspected")
        return
    archive = CArchiveReader(str(gui.resolve()))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    missing = [m for m in KEYRING_MODULES.get(system, []) if m not in modules]
    if missing:
        raise Failed(f"keyring back-ends missing from the bundle: {missing}")
    top = gui.resolve().parent
    metadata = [
        *top.rglob("keyring-*.dist-info/entry_points.txt"),
        *top.parent.rglob("keyring-*.dist-info/entry_points.txt"),
    ]
    if not metadata:
        raise Failed("keyring's metadata (entry points) is not in the bundle")
    ok(f"keyring back-ends in the bundle: {', '.join(KEYRING_MODULES.get(system, []))}")


def check_demo(cli: Path, demo: Path, env: dict[str, str], cwd: Path, keychain: bool) -> None:
    """The simulator inside the bundle starts; the bundled CLI runs a task against it."""
    password = "smoke-Test-Pass-Word-12345"
    proc = subprocess.Popen(
        [str(demo), "--port", "0", "--user", f"smoke:{password}", "--task-seconds", "0.2"],
        env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        match = re.match(r"listening on (http://\S+)$", line)
        if not match:
            proc.kill()
            raise Failed(
                f"{demo.name} did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}"
            )
        base = match.group(1)
        ok(f"{demo.name}: {line}")
        cli_env = {
            **env,
            "NCTASK_SERVER": base,
            "NCTASK_LOGIN": "smoke",
            "NCTASK_APP_PASSWORD": password,
        }
        out = run_app(cli, ["types"], cli_env, cwd, Path(env["NCTASK_STDOUT_FILE"]))
        if "core:text2text" not in out:
            raise Failed(f"nctask types lists no core:text2text: {out!r}")
        out = run_app(
            cli,
            ["run", "core:text2text", "-i", "input=Write a haiku about snow", "--wait", "--json"],
            cli_env,
            cwd,
            Path(env["NCTASK_STDOUT_FILE"]),
        )
        task = json.loads(out)
        status = str(task.get("status", ""))
        if "SUCCESSFUL" not in status.upper() and status != "3":
            raise Failed(f"the demo task did not succeed: {task!r}")
        ok(f"bundled nctask ran a task on the bundled simulator: status {status}")
        if keychain:  # a round trip through the system keychain: stored by login, read by types
            out_file = Path(env["NCTASK_STDOUT_FILE"])
            run_app(
                cli,
                ["login", base, "--login-name", "smoke", "--app-password-stdin"],
                env,
                cwd,
                out_file,
                stdin=password + "\n",
            )
            out = run_app(cli, ["types"], env, cwd, out_file)
            if "core:text2text" not in out:
                raise Failed(f"nctask types with the keychain's password failed: {out!r}")
            run_app(cli, ["logout"], env, cwd, out_file)
            ok("the bundled nctask stored the app password in the keychain and used it")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--bundle", help="bundle folder, or the .app (default: dist/)")
    where.add_argument("--command", help="the installed launcher, e.g. /usr/bin/nctask-desktop")
    parser.add_argument(
        "--expect-keychain", action="store_true", help="fail on the in-memory fallback"
    )
    parser.add_argument("--lang", default="de", help="second UI language to check (default de)")
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM (e.g. xcb under Xvfb)"
    )
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument(
        "--strict-files", action="store_true", help="fail when the app refuses a file argument"
    )
    args = parser.parse_args(argv)
    info = buildinfo.BuildInfo.from_tree(ROOT)
    gui, cli, demo = locate(args, info)
    for exe in (gui, cli, demo):
        if not exe.exists():
            print(f"[smoke] FAILED: {exe} does not exist (build with packaging/build.py)")
            return 1
    internal = gui.resolve().parent / "_internal"
    if MACOS and not internal.exists():  # .app: Contents/Frameworks or Resources
        internal = gui.resolve().parent.parent
    args.qm_files = list(internal.rglob("nctask_desktop/i18n/*.qm"))
    print(f"[smoke] {gui} ({info.gui_name} {info.version}); our translations: "
          f"{', '.join(sorted(p.name for p in args.qm_files)) or 'none'}")  # fmt: skip

    failures = 0
    with tempfile.TemporaryDirectory(prefix="nctask-smoke-") as tmp:
        base = Path(tmp)
        stdout_file = base / "stdout.txt"

        def fresh(
            name: str, lang: str | None, prefs_lang: str | None = None
        ) -> tuple[dict[str, str], Path]:
            home = base / name
            (home / "work").mkdir(parents=True)
            env = clean_env(home, args.platform, lang, stdout_file)
            if prefs_lang:
                config = Path(env["NCTASK_HOME"]) / "config"
                config.mkdir(parents=True)
                (config / "preferences.json").write_text(json.dumps({"language": prefs_lang}))
            return env, home / "work"

        steps = []
        env, cwd = fresh("version", None)
        steps.append(("version", lambda: check_version(gui, env, cwd, stdout_file, info)))
        steps.append(("keyring modules", lambda: check_keyring_modules(gui)))
        env_en, cwd_en = fresh("en", None)
        steps.append(("smoke en", lambda: check_smoke(
            parse_smoke_line(run_app(gui, ["--smoke-test"], env_en, cwd_en, stdout_file), info.gui_name),
            info, args, None)))  # fmt: skip
        lang = args.lang
        locale = {"de": "de_DE", "fr": "fr_FR"}.get(lang, lang)
        if not (WINDOWS or MACOS):  # the locale decides on Linux; Windows/macOS ignore LANG
            env_l, cwd_l = fresh("lang-env", f"{locale}.UTF-8")
            steps.append((f"smoke {lang} (locale)", lambda: check_smoke(
                parse_smoke_line(run_app(gui, ["--smoke-test"], env_l, cwd_l, stdout_file), info.gui_name),
                info, args, locale)))  # fmt: skip
        env_p, cwd_p = fresh("lang-prefs", None, prefs_lang=locale)
        steps.append((f"smoke {lang} (preferences)", lambda: check_smoke(
            parse_smoke_line(run_app(gui, ["--smoke-test"], env_p, cwd_p, stdout_file), info.gui_name),
            info, args, locale)))  # fmt: skip
        env_f, cwd_f = fresh("file", None)
        steps.append(
            (
                "file argument",
                lambda: check_file_argument(gui, env_f, cwd_f, stdout_file, args.strict_files),
            )
        )
        if not args.skip_demo:
            env_d, cwd_d = fresh("demo", None)
            steps.append(
                ("demo", lambda: check_demo(cli, demo, env_d, cwd_d, args.expect_keychain))
            )
        for name, step in steps:
            try:
                step()
            except (Failed, json.JSONDecodeError, OSError) as exc:
                failures += 1
                print(f"[smoke] FAILED {name}: {exc}", flush=True)
    total = len(steps)
    print(f"smoke: {total - failures} passed, {failures} failed")
    return 1 if failures else 0


def check_version(
    gui: Path, env: dict[str, str], cwd: Path, stdout_file: Path, info: buildinfo.BuildInfo
) -> None:
    out = run_app(gui, ["--version"], env, cwd, stdout_file).strip()
    if out != f"{info.gui_name} {info.version}":
        raise Failed(f"--version says {out!r}, expected '{info.gui_name} {info.version}'")
    ok(f"--version: {out}")


if __name__ == "__main__":
    sys.exit(main())
