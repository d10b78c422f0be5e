"""A staging folder swapped into place, under a lock: all of a build or none of it."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sys
from pathlib import Path

from .errors import BriefingsError, Problem


class Publisher:
    """`with p.staging() as folder: ...; p.publish()` replaces `out` with `folder`."""

    def __init__(self, out: Path):
        self.out = Path(out)
        self.parent = self.out.parent
        self.name = self.out.name
        self._staging: Path | None = None
        self._lock = None

    @property
    def old(self) -> Path:
        return self.parent / f".{self.name}.old"

    def _recover(self):
        """A build killed between the two renames: the old site is put back."""
        if not self.out.exists() and self.old.exists():
            os.rename(self.old, self.out)
        elif self.old.exists():
            shutil.rmtree(self.old, ignore_errors=True)
        for stale in self.parent.glob(f".{self.name}.staging-*"):
            pid = stale.name.rsplit("-", 1)[-1]
            if not pid.isdigit() or not _alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)

    @contextlib.contextmanager
    def staging(self):
        try:
            self.parent.mkdir(parents=True, exist_ok=True)
            lock_path = self.parent / f".{self.name}.lock"
            self._lock = open(lock_path, "a+")
        except OSError as exc:
            raise BriefingsError(Problem(f"cannot write the output folder: {exc.strerror}", file=str(self.parent)))
        try:
            try:
                fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"waiting for another build of {self.out} to finish…", file=sys.stderr)
                fcntl.flock(self._lock, fcntl.LOCK_EX)
            self._recover()
            self._staging = self.parent / f".{self.name}.staging-{os.getpid()}"
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging.mkdir()
            yield self._staging
        finally:
            if self._staging is not None and self._staging.exists():
                shutil.rmtree(self._staging, ignore_errors=True)
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()

    def publish(self):
        for path in self._staging.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        os.chmod(self._staging, 0o755)
        if self.out.exists():
            os.rename(self.out, self.old)
        os.rename(self._staging, self.out)
        shutil.rmtree(self.old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
