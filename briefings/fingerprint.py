"""Content hashes of the inputs, cheap enough to decide "nothing to do" before importing
the document libraries (python-docx, Jinja2, Markdown cost about a third of a second)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

INPUT_DIRS = ("sources", "templates", "locales")
INPUT_SUFFIXES = (".yaml", ".yml", ".md", ".po", ".html", ".css", ".docx")
PACKAGE = Path(__file__).resolve().parent


def file_hash(path: Path) -> str:
    """The content hash of a regular file; for anything else (a dangling or looping link, a
    FIFO, a device) a marker that never matches, so the build runs and reports it clearly.
    Never opens what is not a regular file, so it cannot block."""
    from .safefs import read_bytes
    try:
        return hashlib.sha256(read_bytes(path)).hexdigest()[:32]
    except OSError as exc:
        return f"unreadable:{exc.strerror or exc}"


def input_files(root: Path) -> list[Path]:
    """Every input file, in a fixed order; directory links are not followed (a link loop
    such as `sources/a -> .` would otherwise make the walk explode)."""
    from .safefs import walk_files
    return [path for name in INPUT_DIRS for path in walk_files(root / name)
            if path.name.endswith(INPUT_SUFFIXES)]


def code_hash() -> str:
    """The tool's own code: a new version or a local change invalidates every output."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def fingerprint(root: Path, options: dict) -> str:
    """One hash of every input file's path and content, the code and the build options."""
    digest = hashlib.sha256()
    digest.update(code_hash().encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for path in input_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(file_hash(path).encode())
    return digest.hexdigest()


def build_options(packs, langs, formats, base_url, out: Path) -> dict:
    """What, besides the input files, decides a build's output (for the no-change check)."""
    return {"packs": packs, "langs": langs, "formats": list(formats), "base_url": base_url,
            "out": str(Path(out).resolve())}


def manifest_path(out: Path) -> Path:
    return out.parent / f".{out.name}.manifest.json"


def up_to_date(root: Path, out: Path, options: dict) -> bool:
    """True when the last build of `out` had exactly these inputs and its files are all there."""
    try:
        manifest = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("fingerprint") != fingerprint(root, options):
        return False
    return all((out / rel).is_file() for rel in manifest.get("files", []))
