"""Where the external checkers are (LibreOffice, Nu HTML Checker, Chromium + axe-core).

Each finder returns the path or None; tests skip with the reason when a tool is absent.
`.ci/run` installs all of them, so CI always runs these tests.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NODE_MODULES = Path(
    os.environ.get("BRIEFINGS_NODE_MODULES", REPO / ".ci" / "tools" / "node_modules")
)


def soffice() -> str | None:
    return os.environ.get("SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")


def vnu_jar() -> Path | None:
    path = Path(os.environ.get("VNU_JAR", NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"))
    return path if path.is_file() and shutil.which("java") else None


def axe_js() -> Path | None:
    path = Path(os.environ.get("AXE_JS", NODE_MODULES / "axe-core" / "axe.min.js"))
    return path if path.is_file() else None


def chromium() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def playwright_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
