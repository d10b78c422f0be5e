"""Document to tagged PDF/UA-1 bytes with Typst (the `typst` Python binding).

Typst was chosen over WeasyPrint and LibreOffice: it installs from PyPI as one wheel with
no system libraries (LibreOffice is a system package; WeasyPrint needs Pango), writes
tagged PDF/UA-1 (structure tree, /Lang per passage, alt text, table header cells, notes,
outline) and refuses to write a document that breaks that standard's rules. It compiles a
two-page note in about 0.05 s; an eleven-page briefing with 190 footnotes takes about
0.6 s of CPU, most of it footnote layout (figures in benchmarks/README.md).

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
from functools import lru_cache
from pathlib import Path

from ... import model as m
from .typst_source import typst_source

FONTS = Path(__file__).resolve().parent.parent.parent / "fonts"


def inputs_hash(fonts: Path = FONTS) -> str:
    """The fonts and the Typst version: what the output depends on besides the Document
    (read without importing Typst)."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        engine = version("typst")
    except PackageNotFoundError:
        engine = "-"
    digest = hashlib.sha256(f"typst {engine}".encode())
    for path in sorted(Path(fonts).glob("*.ttf")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def carlito() -> frozenset[int]:
    """The code points Carlito (regular) maps to a glyph, from its cmap table."""
    return frozenset(cmap_of((FONTS / "Carlito-Regular.ttf").read_bytes()))


def cmap_of(font: bytes) -> set[int]:
    """Code points of a TrueType/OpenType font's Unicode cmap (formats 4 and 12)."""
    tables = {font[12 + 16 * i: 16 + 16 * i]: struct.unpack(">II", font[20 + 16 * i: 28 + 16 * i])
              for i in range(struct.unpack(">H", font[4:6])[0])}
    base = tables[b"cmap"][0]
    out: set[int] = set()
    for k in range(struct.unpack(">H", font[base + 2: base + 4])[0]):
        platform, encoding, offset = struct.unpack(">HHI", font[base + 4 + 8 * k: base + 12 + 8 * k])
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4)):
            continue
        at = base + offset
        kind = struct.unpack(">H", font[at: at + 2])[0]
        if kind == 4:
            segs = struct.unpack(">H", font[at + 6: at + 8])[0] // 2
            ends = struct.unpack(f">{segs}H", font[at + 14: at + 14 + 2 * segs])
            starts = struct.unpack(f">{segs}H", font[at + 16 + 2 * segs: at + 16 + 4 * segs])
            for start, end in zip(starts, ends):
                out.update(range(start, end + 1))     # deltas and ranges may map some to glyph 0: rare
            out.discard(0xFFFF)
        elif kind == 12:
            groups = struct.unpack(">I", font[at + 12: at + 16])[0]
            for g in range(groups):
                start, end, _ = struct.unpack(">III", font[at + 16 + 12 * g: at + 28 + 12 * g])
                out.update(range(start, end + 1))
    return out


def _all_text(doc: m.Document) -> str:
    """Every character the document shows, labels included (for the strict fallback)."""
    parts = [doc.meta.title, doc.meta.subtitle or "", doc.meta.event_name, doc.meta.event_place,
             doc.meta.reference or "", doc.meta.author or "", *map(str, doc.labels.values())]

    def walk(node):
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
    format = "pdf"
    suffix = ".pdf"

    def __init__(self, fonts: Path = FONTS):
        import typst
        self.fonts = Path(fonts)
        # Only the shipped fonts and those inside the Typst wheel: never the machine's,
        # so the output does not depend on what happens to be installed.
        self.compiler = typst.Compiler(font_paths=[str(self.fonts)], ignore_system_fonts=True)

    def inputs_hash(self) -> str:
        return inputs_hash(self.fonts)

    def write(self, doc: m.Document, ctx) -> bytes:
        when = getattr(ctx, "when", None) or dt.datetime.combine(doc.meta.date, dt.time())
        stamp = when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when
        # A character none of the fonts has (an emoji, a CJK ideograph): PDF/UA refuses to
        # print it as a blank box. Typst names it; it is printed as U+FFFD instead. Should
        # that not settle it (a combining mark Typst does not name, U+FFFD missing in the
        # style at hand), every character Carlito lacks is printed as '?'.
        missing: set[str] = set()
        for _ in range(4):
            try:
                return self.compile(typst_source(doc, frozenset(missing)).encode("utf-8"), stamp)
            except PdfError as exc:
                named = undisplayable(str(exc))
                if not named:
                    raise
                new = {ch for ch in named if ord(ch) not in carlito() and not ch.isspace()} - missing
                if not new:
                    break
                missing |= new
        strict = frozenset(ch for ch in _all_text(doc) if ord(ch) not in carlito() and not ch.isspace())
        return self.compile(typst_source(doc, strict, "?").encode("utf-8"), stamp)

    def compile(self, source: bytes, stamp: dt.datetime) -> bytes:
        """Typst markup to PDF/UA-1 bytes, in a child process (see `isolated`)."""
        return isolated(lambda: self.compiler.compile(source, format="pdf", pdf_standards=["ua-1"],
                                                      timestamp=stamp))


_NOT_SHOWN = re.compile(r'the text `"((?:[^"\\]|\\.)*)"` could not be displayed')
_ESCAPE = re.compile(r'\\u\{([0-9a-fA-F]+)\}|\\(.)')


def undisplayable(message: str) -> set[str]:
    """The characters of Typst's 'could not be displayed with font' error."""
    found = _NOT_SHOWN.search(message)
    if not found:
        return set()
    value = _ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1) else
                        {"n": "\n", "t": "\t", "r": "\r"}.get(e.group(2), e.group(2)), found.group(1))
    return set(value) - {" "}


def isolated(work) -> bytes:
    """Run `work()` (which calls Typst and returns bytes) in a forked child and return its
    result. Typst memoizes every layout it makes and never lets go of it, about 100 MB per
    briefing, so a worker that compiled in-process would grow with every document; the
    child exits and its memory goes with it. The parent never starts Typst's threads, so
    forking stays safe. Typst's errors come back as PdfError."""
    import typst
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                                       # the child
        os.close(read)
        try:
            try:
                payload = b"P" + work()
            except typst.TypstError as exc:
                hints = f" ({'; '.join(exc.hints)})" if exc.hints else ""
                payload = b"E" + f"{exc.message}{hints}".encode("utf-8", "replace")
            except BaseException as exc:               # noqa: BLE001 - reported to the parent
                payload = b"E" + f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
            with os.fdopen(write, "wb") as out:
                out.write(payload)
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if payload[:1] == b"P":
        return payload[1:]
    if payload[:1] == b"E":
        raise PdfError(payload[1:].decode("utf-8"))
    raise PdfError(f"the Typst process stopped without a result (wait status {status})")
