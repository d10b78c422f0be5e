"""Content hashes of the inputs, cheap enough to decide "nothing to do" before importing
the document libraries (python-docx, Jinja2, Markdown cost about a third of a second)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .project import INPUT_DIRS  # the folders whose files are hashed

# the build options and the site's manifest are JSON objects (json.dumps / json.loads)
JsonObject = dict[str, Any]
# .svg and .png: the house logo (its file must be under one of INPUT_DIRS, see house.Logo)
INPUT_SUFFIXES = (".yaml", ".yml", ".md", ".po", ".html", ".css", ".docx", ".svg", ".png")
PACKAGE = Path(__file__).resolve().parent


def content_hash(data: bytes) -> str:
    """The hash the manifest records for a file's content (what `file_hash` gives for the file)."""
    return hashlib.sha256(data).hexdigest()[:32]


def file_hash(path: Path) -> str:
    """The content hash of a regular file; for anything else (a dangling or looping link, a
    FIFO, a device, a folder) a marker that never matches, so the build runs and reports it
    clearly. Opened non-blocking and checked with fstat before reading, so it cannot block;
    which links are allowed is the loader's business (briefings.safefs), not the hash's."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"unreadable:{exc.strerror or exc}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "unreadable:not a regular file"
        digest = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
        return digest.hexdigest()[:32]
    except OSError as exc:
        return f"unreadable:{exc.strerror or exc}"
    finally:
        os.close(fd)


def input_files(root: Path) -> list[Path]:
    """Every input file, in a fixed order; directory links are not followed (a link loop
    such as `sources/a -> .` would otherwise make the walk explode)."""
    from .safefs import walk_files

    found = [
        path
        for name in INPUT_DIRS
        for path in walk_files(root / name)
        if path.name.endswith(INPUT_SUFFIXES)
    ]
    for name in INPUT_DIRS:  # a folder named like an input (facts/x.yaml) is reported by the build
        for dirpath, dirnames, _files in os.walk(root / name):
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(".") and not os.path.islink(os.path.join(dirpath, d))
            )
            found += [Path(dirpath) / d for d in dirnames if d.endswith(INPUT_SUFFIXES)]
    return found


def code_hash() -> str:
    """The tool's own code: a new version or a local change invalidates every output."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def fingerprint(root: Path, options: JsonObject) -> str:
    """One hash of every input file's path and content, the code and the build options."""
    digest = hashlib.sha256()
    digest.update(code_hash().encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for path in input_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(file_hash(path).encode())
    return digest.hexdigest()


DEFAULT_FORMATS = ("html", "docx")  # and every format the site already has


def formats_of(records: Iterable[object]) -> tuple[str, ...]:
    """The formats published units have, sorted (records as the manifest keeps them)."""
    return tuple(
        sorted({f for rec in records if isinstance(rec, dict) for f in (rec.get("keys") or {})})
    )


def default_formats(had: tuple[str, ...]) -> tuple[str, ...]:
    """What a build without --format makes: the defaults plus every format the site has."""
    return tuple(dict.fromkeys(DEFAULT_FORMATS + had))


def effective(options: JsonObject, manifest: JsonObject | None) -> JsonObject:
    """The options with the formats a build without --format makes (so a no-change run
    after `--format pdf` stays one)."""
    if options.get("formats") is not None:
        return options
    return {
        **options,
        "formats": list(default_formats(formats_of((manifest or {}).get("units", {}).values()))),
    }


def build_options(
    packs: list[str] | None,
    langs: list[str] | None,
    formats: Iterable[str] | None,
    base_url: str | None,
    only: bool = False,
) -> JsonObject:
    """What, besides the input files, decides a build's output (for the no-change check).
    `formats` is None when not given: every format the site already has, plus the defaults."""
    return {
        "packs": packs,
        "langs": langs,
        "formats": list(formats) if formats else None,
        "base_url": base_url,
        "only": only,
    }


# The site's own record of what briefings wrote into it, kept inside the folder so that it
# is swapped in with the site it describes, and so that a folder briefings did not write
# can be told apart from one it did.
MANIFEST = ".briefings-manifest.json"
MANIFEST_VERSION = 2


def manifest_path(out: Path) -> Path:
    return out / MANIFEST


def read_manifest(out: Path) -> tuple[JsonObject | None, str | None]:
    """(manifest, None), (None, None) when there is none, or (None, why) when it is damaged."""
    path = manifest_path(out)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror})"
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, "is not valid JSON"
    why = _shape_problem(manifest)
    return (None, why) if why else (manifest, None)


def _shape_problem(manifest: object) -> str | None:
    if not isinstance(manifest, dict) or manifest.get("briefings") != MANIFEST_VERSION:
        return f"is not a version {MANIFEST_VERSION} briefings manifest"
    files, units = manifest.get("files"), manifest.get("units")
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items()
    ):
        return "has no valid 'files' map"
    if not isinstance(units, dict) or not isinstance(manifest.get("fingerprint"), str):
        return "has no valid 'units' map or fingerprint"
    if any(not _safe_relative(name) for name in files):
        return "names a file outside the site"
    return None


def _safe_relative(name: str) -> bool:
    parts = name.split("/")
    return bool(name) and not name.startswith("/") and all(p not in ("", ".", "..") for p in parts)


def intact(out: Path, name: str, digest: str) -> bool:
    """The published file is there and still has the content the manifest recorded."""
    try:
        return file_hash(out / name) == digest
    except OSError:
        return False


def up_to_date(root: Path, out: Path, options: JsonObject) -> bool:
    """True when the last build of `out` had exactly these inputs and options, and every file
    it published is still there, unaltered (an edited or damaged file is rebuilt)."""
    manifest, _why = read_manifest(out)
    if manifest is None or manifest["fingerprint"] != fingerprint(
        root, effective(options, manifest)
    ):
        return False
    return all(intact(out, name, digest) for name, digest in manifest["files"].items())
