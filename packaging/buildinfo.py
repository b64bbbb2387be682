"""The facts every packaging file shares: version, names, ids, languages, file types.

The version is read from nctask_desktop/__init__.py (`__version__`, the one place; pyproject reads it
too), without importing the app. Used by build.py, the PyInstaller spec and smoke_test.py.
"""

from __future__ import annotations

import ast
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_ID = "org.nctask.Desktop"  # AppStream id, macOS bundle id
PUBLISHER = "The nctask-desktop authors"
HOMEPAGE = "https://github.com/nctask/nctask-desktop"
# Languages shipped besides English (the source language). German is the baseline: the installers
# are translated into it; every nctask_desktop_XX.ts in i18n/ adds its language.
BASE_LANGUAGES = ("de",)

# The kinds of input files the app takes (nctask_desktop/ui/forms/filekinds.py plus text files for
# text inputs): (MIME type, extensions). Used for the .desktop file, the Windows "Open with"
# registrations and macOS document types.
FILE_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("image/png", ("png",)),
    ("image/jpeg", ("jpg", "jpeg")),
    ("image/gif", ("gif",)),
    ("image/webp", ("webp",)),
    ("image/bmp", ("bmp",)),
    ("image/tiff", ("tif", "tiff")),
    ("image/heic", ("heic",)),
    ("image/heif", ("heif",)),
    ("image/avif", ("avif",)),
    ("image/svg+xml", ("svg",)),
    ("audio/x-wav", ("wav",)),
    ("audio/mpeg", ("mp3",)),
    ("audio/ogg", ("ogg", "oga")),
    ("audio/x-opus+ogg", ("opus",)),
    ("audio/flac", ("flac",)),
    ("audio/mp4", ("m4a",)),
    ("audio/aac", ("aac",)),
    ("audio/x-ms-wma", ("wma",)),
    ("audio/x-aiff", ("aif", "aiff")),
    ("audio/AMR", ("amr",)),
    ("audio/webm", ()),
    ("video/mp4", ("mp4", "m4v")),
    ("video/quicktime", ("mov",)),
    ("video/webm", ("webm",)),
    ("video/x-matroska", ("mkv",)),
    ("video/x-msvideo", ("avi",)),
    ("video/mpeg", ("mpeg", "mpg")),
    ("video/ogg", ("ogv",)),
    ("video/x-ms-wmv", ("wmv",)),
    ("video/3gpp", ("3gp",)),
    ("text/plain", ("txt",)),
    ("text/markdown", ("md",)),
)
# macOS: Uniform Type Identifiers covering the same kinds.
MACOS_CONTENT_TYPES = {
    "Image": ["public.image"],
    "Audio": ["public.audio"],
    "Video": ["public.movie"],
    "Text": ["public.plain-text", "net.daringfireball.markdown"],
}
MACOS_FALLBACK_MINIMUM = "13.0"  # Qt 6.8 to 6.11 support macOS 13 and later


def read_version(root: Path = ROOT) -> str:
    """`__version__` from nctask_desktop/__init__.py, parsed (not imported)."""
    tree = ast.parse((root / "nctask_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise SystemExit("buildinfo: no __version__ in nctask_desktop/__init__.py")


def read_constant(root: Path, name: str, default: str) -> str:
    tree = ast.parse((root / "nctask_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    return default


def shipped_languages(root: Path = ROOT) -> tuple[str, ...]:
    """The UI languages besides English: the base ones plus each i18n/*.ts or compiled .qm."""
    langs = set(BASE_LANGUAGES)
    for folder in (root / "i18n", root / "nctask_desktop" / "i18n"):
        for path in folder.glob("nctask_desktop_*.*"):
            if path.suffix in (".ts", ".qm"):
                langs.add(path.stem.removeprefix("nctask_desktop_"))
    return tuple(sorted(langs))


@dataclass(frozen=True)
class BuildInfo:
    version: str
    display_name: str = "AI Tasks for Nextcloud"
    app_id: str = APP_ID
    gui_name: str = "nctask-desktop"
    cli_name: str = "nctask"
    demo_name: str = "nctask-demo"
    languages: tuple[str, ...] = field(default=BASE_LANGUAGES)

    @classmethod
    def from_tree(cls, root: Path = ROOT) -> BuildInfo:
        return cls(
            version=read_version(root),
            display_name=read_constant(root, "APP_DISPLAY_NAME", "AI Tasks for Nextcloud"),
            languages=shipped_languages(root),
        )

    @property
    def windows_version(self) -> tuple[int, int, int, int]:
        """1.2.3rc1 -> (1, 2, 3, 0): Windows wants four numbers."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        numbers += [0] * (4 - len(numbers))
        return (numbers[0], numbers[1], numbers[2], numbers[3])


# The .desktop file also names the whole families: file managers that match wildcards offer the app
# for any image, recording or video; those that do not still find the concrete types.
MIME_FAMILIES = ("image/*", "audio/*", "video/*")


def mime_types() -> list[str]:
    """The MimeType= list of the .desktop file: the concrete types, then the families."""
    return [*(mime for mime, _ in FILE_TYPES), *MIME_FAMILIES]


def extensions() -> list[str]:
    return sorted({ext for _, exts in FILE_TYPES for ext in exts})


# --- Windows --------------------------------------------------------------------------------------


def write_windows_version_file(info: BuildInfo, path: Path) -> Path:
    """The VERSIONINFO resource of the executables (Explorer's Details tab), in PyInstaller's format."""
    v = info.windows_version
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', {PUBLISHER!r}),
      StringStruct('FileDescription', {info.display_name!r}),
      StringStruct('FileVersion', {info.version!r}),
      StringStruct('InternalName', {info.gui_name!r}),
      StringStruct('LegalCopyright', 'AGPL-3.0-or-later'),
      StringStruct('OriginalFilename', {info.gui_name + ".exe"!r}),
      StringStruct('ProductName', {info.display_name!r}),
      StringStruct('ProductVersion', {info.version!r})])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- macOS ----------------------------------------------------------------------------------------


def macos_minimum_version() -> str:
    """The oldest macOS the bundle runs on: the newest minimum among the Python build and the Qt
    wheels' platform tags (their WHEEL files), e.g. macosx_13_0_universal2 -> 13.0."""
    if sys.platform != "darwin":
        return MACOS_FALLBACK_MINIMUM
    from importlib import metadata

    found: list[tuple[int, int]] = []
    match = re.match(r"macosx-(\d+)\.(\d+)", sysconfig.get_platform())
    if match:
        found.append((int(match[1]), int(match[2])))
    for dist in ("PySide6_Essentials", "shiboken6"):
        try:
            wheel = metadata.distribution(dist).read_text("WHEEL") or ""
        except metadata.PackageNotFoundError:
            continue
        for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", wheel):
            found.append((int(major), int(minor)))
    if not found:
        return MACOS_FALLBACK_MINIMUM
    major, minor = max(found)
    return f"{major}.{minor}"


def macos_info_plist(info: BuildInfo) -> dict[str, object]:
    """Info.plist keys beyond those PyInstaller's BUNDLE writes (name, id, version, icon)."""
    doc_types = [
        {
            "CFBundleTypeName": kind,
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",  # offered in "Open With", never taking over the default
            "LSItemContentTypes": types,
        }
        for kind, types in MACOS_CONTENT_TYPES.items()
    ]
    return {
        "CFBundleDisplayName": info.display_name,
        "CFBundleName": info.display_name,
        "CFBundleShortVersionString": info.version,
        "CFBundleVersion": info.version,
        "CFBundleExecutable": info.gui_name,
        "CFBundleDocumentTypes": doc_types,
        "LSMinimumSystemVersion": macos_minimum_version(),
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"{PUBLISHER}, AGPL-3.0-or-later",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", *info.languages],
        # Asked when the user first records an audio input; without it macOS refuses the microphone.
        "NSMicrophoneUsageDescription": (
            "AI Tasks for Nextcloud records audio from the microphone only when you choose Record "
            "for an audio input or the microphone in the chat, to send it to your Nextcloud."
        ),
    }
