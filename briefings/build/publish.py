"""A staging folder swapped into place, under a lock: all of a build or none of it.

briefings replaces only what it made. The output folder must be new, empty, or a site
briefings wrote (its manifest lists every file in it); the project itself and its source
folders are refused whatever they hold. A symbolic link to the output folder is kept:
the site is published into the link's target.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import OutputRefused, Problem

# Folders of the project that a build must never replace, whatever they hold.
from ..project import PROTECTED
from .fingerprint import MANIFEST, read_manifest

_SITE_TOP = {"index.html", "404.html", "accessibility.html", "sitemap.xml", MANIFEST}
# the accessibility statement and the home page in each language
_SITE_TOP_LANG = re.compile(r"(accessibility|index)-[a-z]{2}\.html")
_SITE_FILE = re.compile(
    r"(assets/[^/]+|[a-z0-9][a-z0-9-]*/[a-z]{2}/[a-z0-9][a-z0-9-]*\.(html|docx|md|pdf))"
)


def refuse(out: Path, why: str) -> OutputRefused:
    return OutputRefused(Problem(f"{why}; nothing was touched", entry=f"--out {out}"))


def output_folder(root: Path, out: Path, cwd: Path | None = None) -> Path:
    """The real folder to publish into (a link's target), or OutputRefused for a folder
    that a build must never replace."""
    real = Path(os.path.realpath(out))
    project = Path(os.path.realpath(root))
    here = Path(os.path.realpath(cwd or os.getcwd()))
    if project == real or project.is_relative_to(real):
        raise refuse(out, f"{real} is the project folder or contains it")
    for name in PROTECTED:
        if real.is_relative_to(project / name):
            raise refuse(out, f"{real} is inside the project's {name}/ folder")
    if real == here:
        raise refuse(
            out, "that is the current folder; give the site a folder of its own, such as build/site"
        )
    if os.path.lexists(real) and not real.is_dir():
        raise refuse(out, f"{real} exists and is not a folder")
    above = real.parent
    while not os.path.lexists(above):
        above = above.parent
    if not above.is_dir():
        raise refuse(out, f"{above} is a file, so no folder can be made below it")
    return real


def site_files(folder: Path) -> set[str]:
    """Every file, link or other non-folder entry below `folder`, as relative paths
    (links are listed, never followed)."""
    found: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath)
        for d in list(dirnames):
            if (base / d).is_symlink():
                found.add((base / d).relative_to(folder).as_posix())
                dirnames.remove(d)
        found.update((base / f).relative_to(folder).as_posix() for f in filenames)
    return found


def looks_like_site(files: set[str]) -> bool:
    """Every file is where briefings puts its own (used when the manifest is damaged or
    from version 1, to tell a briefings site from a folder of someone's files)."""
    return bool(files) and all(
        f in _SITE_TOP or _SITE_TOP_LANG.fullmatch(f) or _SITE_FILE.fullmatch(f) for f in files
    )


def legacy_manifest(real: Path) -> Path:
    """Version 1 kept its manifest beside the site, not in it."""
    return real.parent / f".{real.name}.manifest.json"


@dataclass
class Owned:
    """What the output folder holds: a usable manifest, or a site without one (version 1, or
    a damaged manifest) whose files are listed so that a partial build can widen to all."""

    manifest: dict[str, Any] = field(default_factory=dict)  # as read from its JSON
    unlisted: frozenset[str] | None = None
    warnings: list[Problem] = field(default_factory=list)


def owned(real: Path, out: Path | None = None) -> Owned:
    """What briefings wrote in the folder; OutputRefused when it holds anything else."""
    out = out or real
    if not real.exists():
        return Owned()
    files = site_files(real)
    if not files:
        return Owned()
    manifest, why = read_manifest(real)
    if manifest is not None:
        extra = sorted(files - set(manifest["files"]) - {MANIFEST})
        if extra:
            more = f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""
            raise refuse(
                out,
                f"{real / extra[0]}{more} was not written by briefings; move it out of the "
                "folder or choose another --out",
            )
        return Owned(manifest)
    if looks_like_site(files) and (why or legacy_manifest(real).is_file()):
        warning = (
            [
                Problem(
                    f"the site's manifest {why}; it is ignored and every output is rebuilt",
                    file=str(real / MANIFEST),
                    level="warning",
                )
            ]
            if why
            else []
        )
        return Owned({}, frozenset(files), warning)
    raise refuse(
        out,
        f"{real} holds files briefings did not write (it is not a briefings site); "
        "choose a new or empty folder",
    )


class Publisher:
    """`with p.staging() as folder: ...; p.publish()` replaces the site at `out` with `folder`."""

    def __init__(self, root: Path, out: Path):
        self.given = Path(out)
        self.out = output_folder(root, out)
        self.parent = self.out.parent
        self.name = self.out.name
        self._staging: Path | None = None
        self.found = Owned()

    @property
    def old(self) -> Path:
        return self.parent / f".{self.name}.old"

    def _recover(self) -> None:
        """A build killed between two renames: the old site is put back; a dead build's staging
        goes."""
        if not self.out.exists() and self.old.exists():
            os.rename(self.old, self.out)
        elif self.old.exists():
            shutil.rmtree(self.old, ignore_errors=True)
        for stale in self.parent.glob(f".{self.name}.staging-*"):
            pid = stale.name.rsplit("-", 1)[-1]
            if not pid.isdigit() or not _alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)

    def _open_lock(self) -> IO[str]:
        self.parent.mkdir(parents=True, exist_ok=True)
        return open(self.parent / f".{self.name}.lock", "a+")

    def tidy(self) -> None:
        """Remove what a killed build left, if no other build is running (for no-change runs)."""
        try:
            lock = self._open_lock()
        except OSError:
            return
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return
            try:
                self._recover()
            except OSError:
                pass
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def staging(self, waiting: Callable[[Path], object] | None = None) -> Iterator[Path]:
        lock = self._open_lock()  # held until the end of the staging
        try:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if waiting:
                    waiting(self.out)
                fcntl.flock(lock, fcntl.LOCK_EX)
            self._recover()
            self.found = owned(self.out, self.given)  # again, under the lock
            self._staging = self.parent / f".{self.name}.staging-{os.getpid()}"
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging.mkdir()
            yield self._staging
        finally:
            if self._staging is not None and self._staging.exists():
                shutil.rmtree(self._staging, ignore_errors=True)
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()

    def publish(self) -> None:
        staging = self._staging
        if staging is None:
            raise RuntimeError("Publisher.publish() called outside its staging()")
        for path in staging.rglob("*"):
            _mode(path, 0o755 if path.is_dir() else 0o644)
        _mode(staging, 0o755)
        if self.out.exists():
            if _exchange(staging, self.out):  # one atomic step: the old site is now in staging
                shutil.rmtree(staging, ignore_errors=True)
            else:
                os.rename(self.out, self.old)
                os.rename(staging, self.out)
                shutil.rmtree(self.old, ignore_errors=True)
        else:
            os.rename(staging, self.out)
        legacy_manifest(self.out).unlink(missing_ok=True)


def _mode(path: Path, want: int) -> None:
    """chmod only where needed: files linked from the live site already have their mode,
    and changing it would change the live site before the swap."""
    if stat.S_IMODE(path.lstat().st_mode) != want:
        os.chmod(path, want)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where the
    platform or file system cannot, so the caller falls back to two renames."""
    import ctypes  # only when publishing: kept off the no-change path

    func = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if func is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
