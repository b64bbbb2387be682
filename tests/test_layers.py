"""The layers point one way: api/ and services/ (and the CLI) never import Qt or qasync."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "nctask_desktop"
QT_FREE = [
    "api",
    "services",
    "demo",
    "cli.py",
    "cli_follow.py",
    "cli_args.py",
    "cli_chat.py",
    "cli_trust.py",
    "messages.py",
    "demo_mode.py",
    "measure.py",
]
BANNED = ("PySide6", "qasync", "shiboken6")

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in {banned!r}:
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib
import nctask_desktop.api, nctask_desktop.services, nctask_desktop.demo
for pkg in (nctask_desktop.api, nctask_desktop.services, nctask_desktop.demo):
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
        if not info.name.endswith('__main__'):
            importlib.import_module(info.name)
import nctask_desktop.cli, nctask_desktop.cli_chat, nctask_desktop.messages
loaded = [m for m in sys.modules if m.split('.')[0] in {banned!r}]
assert not loaded, loaded
print('ok')
"""


def test_api_and_services_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER.format(banned=set(BANNED))],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_qt_import_statements_below_ui() -> None:
    offenders = []
    for entry in QT_FREE:
        root = PACKAGE / entry
        files = [root] if root.suffix == ".py" else sorted(root.rglob("*.py"))
        for path in files:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [
                    f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in BANNED
                ]
    assert offenders == []


def test_only_asyncqt_imports_qasync() -> None:
    users = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if any(
            line.strip().startswith(("import qasync", "from qasync"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert set(users) <= {"ui/asyncqt.py"}


def test_the_client_layers_do_not_know_the_simulator() -> None:
    """api/ and services/ never import demo/: the composition root starts the simulator."""
    offenders = []
    for layer in ("api", "services"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                modules = []
                if isinstance(node, ast.Import):
                    modules = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    modules = [node.module or ""]
                    if node.level and node.module is None:
                        modules = [a.name for a in node.names]
                offenders += [
                    f"{path.relative_to(PACKAGE)}: {m}"
                    for m in modules
                    if m.startswith(("nctask_desktop.demo", "demo"))
                ]
    assert offenders == []
