"""Reading project files safely: regular files inside the project, never blocking; and the
one way files are written (`write_atomic`).

Sources, templates and locales are read through `read_bytes`. A symbolic link is followed
only when it leads to a regular file inside the project (a template linked to a secret
file elsewhere must never be published); a dangling link, a link loop, a FIFO, a device or
a folder where a file is expected is a clear error. Nothing is opened before `lstat`/`stat`
says it is a regular file, and files are opened with O_NONBLOCK, so a FIFO swapped in
between the two calls cannot hang a build either.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path


class UnsafeFile(OSError):
    """A path that is not a regular file inside the project; `reason` is one short phrase."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
        self.strerror = reason


def check_file(path: Path, root: Path | None = None) -> Path:
    """The resolved path of `path` when it is a regular file (inside `root` when given), else
    UnsafeFile."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise UnsafeFile("no such file") from None
    except OSError as exc:
        raise UnsafeFile(f"cannot read: {exc.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        try:
            target = path.resolve(strict=True)
        except FileNotFoundError:
            raise UnsafeFile("a symbolic link to a file that does not exist") from None
        except RuntimeError:
            raise UnsafeFile("a symbolic link loop") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UnsafeFile("a symbolic link loop") from None
            raise UnsafeFile(f"cannot read: {exc.strerror}") from None
    else:
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise UnsafeFile("a symbolic link loop in its folder") from None
    if root is not None:
        try:
            target.relative_to(Path(root).resolve())
        except ValueError:
            raise UnsafeFile("a symbolic link to a file outside the project (refused)") from None
    try:
        info = os.stat(target)
    except OSError as exc:
        raise UnsafeFile(f"cannot read: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeFile(f"not a regular file ({_kind(info.st_mode)})")
    return target


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def read_bytes(path: Path, root: Path | None = None) -> bytes:
    """The content of a regular project file (UnsafeFile or OSError otherwise); never blocks."""
    target = check_file(path, root)
    fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsafeFile("not a regular file")
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: Path, root: Path | None = None) -> str:
    """UTF-8 text of a regular project file (UnicodeDecodeError, UnsafeFile or OSError
    otherwise)."""
    return read_bytes(path, root).decode("utf-8")


def walk_files(top: Path) -> Iterator[Path]:
    """Every file name under `top` (sorted, hidden names skipped), never following a
    directory link: a link loop such as `sources/a -> .` cannot make a walk explode."""
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and not os.path.islink(os.path.join(dirpath, d))
        )
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write a file whole or not at all: the bytes go to a new temporary file in the same
    folder, which then replaces `path` in one rename. A reader sees the old file or the new
    one, never half of one; an interrupted write leaves the old file as it was; and a file
    that is a hard link (staging shares files with the published site) is replaced, never
    written through, so the other name keeps its content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when writing: kept off the no-change path

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        raise
