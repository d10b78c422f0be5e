"""Content hashes of the inputs, cheap enough to decide "nothing to do" before importing
the document libraries (python-docx, Jinja2, Markdown cost about a third of a second)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..project import INPUT_DIRS  # the folders whose files are hashed

# the build options and the site's manifest are JSON objects (json.dumps / json.loads)
JsonObject = dict[str, Any]
# .svg and .png: the house logo (its file must be under one of INPUT_DIRS, see house.Logo)
INPUT_SUFFIXES = (".yaml", ".yml", ".md", ".po", ".html", ".css", ".docx", ".svg", ".png")
PACKAGE = Path(__file__).resolve().parents[1]  # the whole package, briefings/


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
    from ..safefs import walk_files

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


def code_hash(hashes: Hashes | None = None) -> str:
    """The tool's own code: a new version or a local change invalidates every output."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        digest.update(rel.encode())
        if hashes is None:
            digest.update(path.read_bytes())
        else:  # the content's hash stands for the content (the cache keeps no bytes)
            digest.update(hashes.of(path, f"code:{rel}").encode())
    return digest.hexdigest()[:32]


def fingerprint(root: Path, options: JsonObject, hashes: Hashes | None = None) -> str:
    """One hash of every input file's path and content, the code and the build options.
    With `hashes`, a file whose stat data is unchanged since it was last hashed is not read."""
    digest = hashlib.sha256()
    digest.update(code_hash(hashes).encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    for path in input_files(root):
        rel = path.relative_to(root).as_posix()
        digest.update(rel.encode() + b"\0")
        digest.update((hashes.of(path, rel) if hashes else file_hash(path)).encode())
    return digest.hexdigest()


# --- the stat cache ---------------------------------------------------------------------

CACHE_VERSION = 1
# A file modified this close to the moment its stat data is recorded is not recorded: a
# second change in the same clock tick would keep its size and modification time.
RACY_NS = 1_000_000_000


def cache_path(out: Path) -> Path:
    """Beside the site, not in it (like the build lock): it is this machine's, never published."""
    return out.parent / f".{out.name}.hashes.json"


class Hashes:
    """Content hashes that skip reading a file whose size, modification time and inode are
    those recorded when it was last hashed, as git and make trust a file's stat data. A file
    modified within RACY_NS of the recording is not recorded, so it is read the next time (a
    second save in the same clock tick keeps its modification time). Published files are
    recorded from staging, just before the swap, which moves neither inodes nor times. The
    cache is a speed-up only: a missing, damaged or foreign one means every file is read, as
    without it; an edit that restores a file's size, modification time and inode is not seen
    (as by git)."""

    def __init__(self, root: Path, out: Path):
        self.root, self.out = str(Path(root).resolve()), out
        self.known: dict[str, tuple[int, int, int, str]] = {}
        self.seen: dict[str, tuple[int, int, int, str]] = {}
        self.now = time.time_ns()
        try:
            raw = json.loads(cache_path(out).read_bytes())
        except (OSError, ValueError):
            return
        if (
            isinstance(raw, dict)
            and raw.get("version") == CACHE_VERSION
            and raw.get("root") == self.root
            and isinstance(raw.get("files"), dict)
        ):
            for key, rec in raw["files"].items():
                if (
                    isinstance(rec, list)
                    and len(rec) == 4
                    and all(type(v) is int for v in rec[:3])
                    and isinstance(rec[3], str)
                ):
                    self.known[key] = (rec[0], rec[1], rec[2], rec[3])

    def of(self, path: Path, key: str, follow: bool = True) -> str:
        try:
            st = os.stat(path, follow_symlinks=follow)
        except OSError:
            return file_hash(path)
        if not stat.S_ISREG(st.st_mode):
            return file_hash(path)
        mine = (st.st_size, st.st_mtime_ns, st.st_ino)
        rec = self.known.get(key)
        digest = rec[3] if rec is not None and rec[:3] == mine else file_hash(path)
        if not digest.startswith("unreadable:") and self.now - st.st_mtime_ns > RACY_NS:
            self.seen[key] = (*mine, digest)
        return digest

    def site_file(self, name: str, digest: str) -> bool:
        """The published file `name` is there and still has the content `digest`."""
        return self.of(self.out / name, f"site:{name}", follow=False) == digest

    def record_site(self, folder: Path, files: dict[str, str]) -> None:
        """What the build wrote (or linked) into `folder`, which becomes the site unchanged:
        a rename moves neither a file's inode nor its modification time."""
        for key in [k for k in self.seen if k.startswith("site:")]:
            del self.seen[key]
        now = time.time_ns()
        for name, digest in files.items():
            try:
                st = os.lstat(folder / name)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime_ns > RACY_NS:
                self.seen[f"site:{name}"] = (st.st_size, st.st_mtime_ns, st.st_ino, digest)

    def save(self) -> None:
        """Write the cache if it changed; a failure to write is no failure of the build."""
        if self.seen == self.known:
            return
        from ..safefs import write_atomic

        body = {
            "version": CACHE_VERSION,
            "root": self.root,
            "files": dict(sorted(self.seen.items())),
        }
        try:
            write_atomic(cache_path(self.out), json.dumps(body, separators=(",", ":")).encode())
        except OSError:
            pass


DEFAULT_FORMATS = ("html", "docx", "pdf")  # and every format the site already has


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


def up_to_date(root: Path, out: Path, options: JsonObject) -> bool:
    """True when the last build of `out` had exactly these inputs and options, and every file
    it published is still there, unaltered (an edited or damaged file is rebuilt)."""
    manifest, _why = read_manifest(out)
    if manifest is None:
        return False
    hashes = Hashes(root, out)
    same = manifest["fingerprint"] == fingerprint(root, effective(options, manifest), hashes)
    same = same and all(hashes.site_file(n, d) for n, d in manifest["files"].items())
    if same:
        hashes.save()  # a file touched but unchanged is then trusted again next time
    return same
