"""A small Typst compile server: `python compile_server.py FONTS`, requests on stdin.

Run as a script (never imported by the build), it loads only the standard library,
Typst and pikepdf (`row_headers`, beside it), so it stays small however large the process
that started it. For every request it forks a child that compiles one document (and tags
its tables' row headers) and exits: Typst memoizes every
layout it makes for the life of a process (a worker that compiled in-process grew past
500 MB after 18 documents), and a child forked from this small process peaks at about
20 MB plus what Typst needs for that one document. The server itself never calls Typst,
so it never starts Typst's thread pool and forking it stays safe.

Protocol (binary, big-endian): a request is `>qI` (creation time in seconds since 1970,
length of the source) and the Typst source; the answer is one byte, `P` (a PDF/UA-1
file follows) or `E` (Typst's error message, UTF-8, follows), `>Q` length, payload.
End of input ends the server.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

    from typst import Compiler, TypstError

REQUEST = struct.Struct(">qI")
ANSWER = struct.Struct(">cQ")


def read_exact(stream: IO[bytes], n: int) -> bytes | None:
    data = bytearray()
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _unchanged(pdf: bytes) -> bytes:
    return pdf


def compile_in_child(
    typst: ModuleType,
    compiler: Compiler,
    source: bytes,
    stamp: int,
    finish: Callable[[bytes], bytes] = _unchanged,
) -> tuple[bytes, bytes]:
    """`source` compiled in a forked child; `finish` edits the PDF there (`row_headers`)."""
    typst_error: type[TypstError] = typst.TypstError  # `typst` is imported by main()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compile, answer, exit
        os.close(read)
        try:
            try:
                pdf = compiler.compile(
                    source, format="pdf", pdf_standards=["ua-1"], timestamp=stamp
                )
                if not isinstance(pdf, bytes):  # format="pdf" without output: one file's bytes
                    raise TypeError(f"Typst returned {type(pdf).__name__}, not a PDF")
                payload = b"P" + finish(pdf)
            except typst_error as exc:
                hints = f" ({'; '.join(exc.hints)})" if exc.hints else ""
                payload = b"E" + f"{exc.message}{hints}".encode("utf-8", "replace")
            except BaseException as exc:  # noqa: BLE001 - reported to the build
                payload = b"E" + f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
            with os.fdopen(write, "wb") as out:
                out.write(payload)
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if payload[:1] in (b"P", b"E"):
        return payload[:1], payload[1:]
    return b"E", f"the Typst process stopped without a result (wait status {status})".encode()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: compile_server.py FONTS", file=sys.stderr)
        return 2
    import typst  # before any fork: children share its pages

    if TYPE_CHECKING:  # the same module, as the package names it
        from .row_headers import tag_row_headers
    else:
        from row_headers import tag_row_headers  # this script's folder is on sys.path

    # The font list is read once here (making a Compiler starts no thread). Only the
    # shipped fonts and those inside the Typst wheel: never the machine's, so the output
    # does not depend on what happens to be installed.
    compiler = typst.Compiler(font_paths=[argv[1]], ignore_system_fonts=True)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = read_exact(inp, REQUEST.size)
        if head is None:
            return 0
        stamp, length = REQUEST.unpack(head)
        source = read_exact(inp, length)
        if source is None:
            return 0
        kind, payload = compile_in_child(typst, compiler, source, stamp, tag_row_headers)
        out.write(ANSWER.pack(kind, len(payload)) + payload)
        out.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
