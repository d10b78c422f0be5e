"""Document to tagged PDF/UA-1 bytes with Typst (the `typst` Python binding).

Typst was chosen over WeasyPrint and LibreOffice: it installs from PyPI as one wheel with
no system libraries (LibreOffice is a system package; WeasyPrint needs Pango), writes
tagged PDF/UA-1 (structure tree, /Lang per passage, alt text, table header cells, notes,
outline) and refuses to write a document that breaks that standard's rules. It compiles a
two-page note in about 0.04 s; the eleven-page English briefing with its 113 notes in
about 0.22 s of CPU (0.40 s before the markup stopped making Typst lay the document out
twice; figures in benchmarks/README.md).

The writer reads only the Document model (see `typst_source`); `write(doc, ctx)` is the
writer-registry signature: `ctx.when` is the build's fixed date (SOURCE_DATE_EPOCH or the
pack date), so two builds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import struct
import subprocess
import sys
from functools import lru_cache
from multiprocessing.util import Finalize
from pathlib import Path

from ... import model as m
from .. import WriteContext
from .compile_server import ANSWER, REQUEST, read_exact
from .typst_source import Logo as Logo  # the formats table builds it from the house logo
from .typst_source import typst_source

FONTS = Path(__file__).resolve().parent.parent.parent / "fonts"
SERVER = Path(__file__).resolve().parent / "compile_server.py"


def inputs_hash(fonts: Path = FONTS) -> str:
    """The fonts and the versions of Typst and pikepdf (which tags the row headers): what
    the output depends on besides the Document (read without importing either)."""
    from importlib.metadata import PackageNotFoundError, version

    engines = []
    for name in ("typst", "pikepdf"):
        try:
            engines.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            engines.append(f"{name} -")
    digest = hashlib.sha256(" ".join(engines).encode())
    for path in sorted(Path(fonts).glob("*.ttf")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def carlito() -> frozenset[int]:
    """The code points Carlito (regular) maps to a glyph, from its cmap table."""
    return frozenset(cmap_of((FONTS / "Carlito-Regular.ttf").read_bytes()))


def cmap_of(font: bytes) -> set[int]:
    """Code points of a TrueType/OpenType font's Unicode cmap (formats 4 and 12)."""
    tables = {
        font[12 + 16 * i : 16 + 16 * i]: struct.unpack(">II", font[20 + 16 * i : 28 + 16 * i])
        for i in range(struct.unpack(">H", font[4:6])[0])
    }
    base = tables[b"cmap"][0]
    out: set[int] = set()
    for k in range(struct.unpack(">H", font[base + 2 : base + 4])[0]):
        platform, encoding, offset = struct.unpack(
            ">HHI", font[base + 4 + 8 * k : base + 12 + 8 * k]
        )
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4)):
            continue
        at = base + offset
        kind = struct.unpack(">H", font[at : at + 2])[0]
        if kind == 4:
            segs = struct.unpack(">H", font[at + 6 : at + 8])[0] // 2
            ends = struct.unpack(f">{segs}H", font[at + 14 : at + 14 + 2 * segs])
            starts = struct.unpack(f">{segs}H", font[at + 16 + 2 * segs : at + 16 + 4 * segs])
            for start, end in zip(starts, ends, strict=True):  # segs values each
                out.update(range(start, end + 1))  # deltas and ranges may map some to glyph 0: rare
            out.discard(0xFFFF)
        elif kind == 12:
            groups = struct.unpack(">I", font[at + 12 : at + 16])[0]
            for g in range(groups):
                start, end, _ = struct.unpack(">III", font[at + 16 + 12 * g : at + 28 + 12 * g])
                out.update(range(start, end + 1))
    return out


def _all_text(doc: m.Document) -> str:
    """Every character the document shows, labels included (for the strict fallback)."""
    parts = [
        doc.meta.title,
        doc.meta.subtitle or "",
        doc.meta.event_name,
        doc.meta.event_place,
        doc.meta.reference or "",
        doc.meta.author or "",
        *map(str, doc.labels.values()),
        *doc.headlines.values(),  # the product's name in capitals (Greek: without accents)
    ]

    def walk(node: object) -> None:
        if isinstance(node, (m.Text, m.Code)):
            parts.append(node.text)
        elif isinstance(node, (tuple, list)):
            for n in node:
                walk(n)
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                value = getattr(node, name)
                if isinstance(value, str) and name in ("alt",):
                    parts.append(value)
                elif not isinstance(value, (str, int, bool, dt.date)) and value is not None:
                    walk(value)

    walk(doc.blocks)
    walk(doc.footnotes)
    walk(doc.references)
    return "".join(parts)


class PdfError(Exception):
    """Typst refused the document (a bug in the markup we generate, or a PDF/UA rule)."""


class PdfWriter:
    """Writes PDF/UA-1 through a compile server (`compile_server.py`), one per process that
    writes PDFs, started on the first document: a fresh interpreter that loads only Typst
    and forks a child per document, so no process holds more than one document's layout
    and none is a copy of the build's own memory. Started with `subprocess` (fork and
    exec), it is safe from a threaded process too (`briefings serve`)."""

    format = "pdf"
    suffix = ".pdf"

    def __init__(self, fonts: Path = FONTS, logo: Logo | None = None, accent: str | None = None):
        self.fonts = Path(fonts)
        self.logo = logo  # the house logo for the page header, if any
        self.accent = accent  # the house's accent colour (#rrggbb), if any
        self._servers: dict[int, subprocess.Popen[bytes]] = {}  # process id -> its compile server

    def inputs_hash(self) -> str:
        return inputs_hash(self.fonts)

    def write(self, doc: m.Document, ctx: WriteContext | None) -> bytes:
        when = (ctx.when if ctx is not None else None) or dt.datetime.combine(
            doc.meta.date, dt.time()
        )
        stamp = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when
        # A character none of the fonts has (an emoji, a CJK ideograph): PDF/UA refuses to
        # print it as a blank box. Typst names it; it is printed as U+FFFD instead. Should
        # that not settle it (a combining mark Typst does not name, U+FFFD missing in the
        # style at hand), every character Carlito lacks is printed as '?'.
        missing: set[str] = set()
        for _ in range(4):
            try:
                return self.compile(
                    typst_source(
                        doc, frozenset(missing), logo=self.logo, accent=self.accent
                    ).encode("utf-8"),
                    stamp,
                )
            except PdfError as exc:
                named = undisplayable(str(exc))
                if not named:
                    raise
                new = {
                    ch for ch in named if ord(ch) not in carlito() and not ch.isspace()
                } - missing
                if not new:
                    break
                missing |= new
        strict = frozenset(
            ch for ch in _all_text(doc) if ord(ch) not in carlito() and not ch.isspace()
        )
        return self.compile(
            typst_source(doc, strict, "?", self.logo, self.accent).encode("utf-8"), stamp
        )

    def compile(self, source: bytes, stamp: dt.datetime) -> bytes:
        """Typst markup to PDF/UA-1 bytes; Typst's errors come back as PdfError."""
        seconds = int(stamp.timestamp())
        for _attempt in (1, 2):  # a server that died is started again, once
            server = self._running()
            stdin, stdout = server.stdin, server.stdout
            assert stdin is not None and stdout is not None  # _running() opens both as pipes
            try:
                stdin.write(REQUEST.pack(seconds, len(source)) + source)
                stdin.flush()
                head = read_exact(stdout, ANSWER.size)
                if head is not None:
                    kind, length = ANSWER.unpack(head)
                    payload = read_exact(stdout, length)
                    if payload is not None:
                        if kind == b"P":
                            return payload
                        raise PdfError(payload.decode("utf-8", "replace"))
            except (BrokenPipeError, OSError):
                pass
            self.close()
        raise PdfError("the Typst compile server stopped without a result")

    def _running(self) -> subprocess.Popen[bytes]:
        # by process: a forked worker never uses its parent's server (their pipes are
        # shared), and keeps the parent's entry untouched
        server = self._servers.get(os.getpid())
        if server is None:
            server = subprocess.Popen(
                [sys.executable, str(SERVER), str(self.fonts)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            self._servers[os.getpid()] = server
            Finalize(self, PdfWriter._stop, args=(server,), exitpriority=10)
        return server

    def close(self) -> None:
        """Stop this process's compile server (it also stops when its input closes)."""
        server = self._servers.pop(os.getpid(), None)
        if server is not None:
            PdfWriter._stop(server)

    @staticmethod
    def _stop(server: subprocess.Popen[bytes]) -> None:
        # waited for, so its children count in the build's resource usage
        for stream in (server.stdin, server.stdout):
            if stream is None:  # never: both are pipes
                continue
            try:
                stream.close()
            except OSError:
                pass
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


_NOT_SHOWN = re.compile(r'the text `"((?:[^"\\]|\\.)*)"` could not be displayed')
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}|\\(.)")


def undisplayable(message: str) -> set[str]:
    """The characters of Typst's 'could not be displayed with font' error."""
    found = _NOT_SHOWN.search(message)
    if not found:
        return set()
    value = _ESCAPE.sub(
        lambda e: (
            chr(int(e.group(1), 16))
            if e.group(1)
            else {"n": "\n", "t": "\t", "r": "\r"}.get(e.group(2), e.group(2))
        ),
        found.group(1),
    )
    return set(value) - {" "}
