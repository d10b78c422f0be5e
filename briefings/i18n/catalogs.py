"""PO files to in-memory translations: `messages` as gettext, `content` as unit lookups."""

from __future__ import annotations

import gettext
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

from ..errors import Problems, rel
from ..languages import BY_CODE
from .units import placeholders, structure_problem, strip_marks

DOMAINS = ("messages", "content")
_BRACE = re.compile(r"\{(\w+)\}")


def po_path(root: Path, lang: str, domain: str) -> Path:
    return root / "locales" / lang / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(path: Path, lang: str, root: Path, problems: Problems) -> Catalog | None:
    """A PO file as a Babel catalogue; a malformed file is a problem, not a crash."""
    if not path.exists():
        return None
    file = rel(path, root)
    try:
        data = path.read_bytes()
        unclosed = _unclosed_string(data.decode("utf-8"))
        if unclosed:
            problems.add("malformed PO file: a string is not closed with '\"'", file=file, line=unclosed)
            return None
        return read_po(io.BytesIO(data), locale=BY_CODE[lang].babel, abort_invalid=True)
    except PoFileError as exc:
        line = exc.lineno + 1 if isinstance(getattr(exc, "lineno", None), int) else None
        problems.add(f"malformed PO file: {str(exc).split(' on ')[0].lower()}", file=file, line=line)
    except UnicodeDecodeError as exc:
        problems.add(f"malformed PO file: not UTF-8 ({exc.reason} at byte {exc.start})", file=file)
    except (ValueError, OSError) as exc:
        problems.add(f"cannot read PO file: {exc}", file=file)
    return None


def _unclosed_string(text: str) -> int | None:
    """The line of a msgid/msgstr/continuation string without its closing quote (Babel accepts it silently)."""
    for n, line in enumerate(text.split("\n"), 1):
        body = line.strip()
        if body.startswith("#~"):
            body = body[2:].strip()
        if not body or body.startswith("#"):
            continue
        if body.startswith(("msgid", "msgstr", "msgctxt", '"')):
            quote = body.find('"')
            rest = body[quote:] if quote >= 0 else ""
            if len(rest) < 2 or not rest.endswith('"') or rest.endswith('\\"') and not rest.endswith('\\\\"'):
                return n
    return None


def _brace_names(text: str) -> list[str]:
    return sorted(_BRACE.findall(text))


@dataclass
class ContentEntry:
    string: str
    fuzzy: bool
    lineno: int | None


@dataclass
class Content:
    """The `content` catalogue of one language: (msgctxt, msgid) -> usable translation."""

    lang: str
    file: str | None = None
    entries: dict[tuple[str | None, str], ContentEntry] = field(default_factory=dict)

    def lookup(self, context: str, msgid: str) -> str | None:
        entry = self.entries.get((context, msgid))
        if entry is None or entry.fuzzy or not entry.string:
            return None
        return entry.string


def load_messages(root: Path, lang: str, problems: Problems) -> gettext.NullTranslations:
    """The interface catalogue compiled in memory (fuzzy entries left out)."""
    path = po_path(root, lang, "messages")
    catalog = read_catalog(path, lang, root, problems)
    if catalog is None:
        return gettext.NullTranslations()
    file = rel(path, root)
    for message in list(catalog):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        want = _brace_names(ids[-1])
        for s in strings:
            if s and _brace_names(s) != want:
                problems.warn(f"placeholders {_brace_names(s)} differ from the msgid's {want}; "
                              "the English text is used", file=file, line=message.lineno,
                              entry=f"msgid {ids[0][:50]!r}")
                message.string = ("",) * len(strings) if isinstance(message.string, tuple) else ""
                break
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def load_content(root: Path, lang: str, problems: Problems) -> Content:
    """The content catalogue, each translation checked; a bad one falls back (with a problem)."""
    path = po_path(root, lang, "content")
    catalog = read_catalog(path, lang, root, problems)
    content = Content(lang, rel(path, root))
    if catalog is None:
        return content
    for message in catalog:
        if not message.id or isinstance(message.id, tuple):
            continue
        string = strip_marks(message.string or "")
        if string and not message.fuzzy:
            why = check_translation(message.id, string, message.context or "")
            if why:
                problems.warn(f"translation rejected ({why}); the source text is used",
                              file=content.file, line=message.lineno, entry=f"msgid {message.id[:60]!r}")
                string = ""
        content.entries[(message.context, message.id)] = ContentEntry(string, message.fuzzy, message.lineno)
    return content


def check_translation(msgid: str, string: str, context: str) -> str | None:
    """Why a content translation cannot be used, or None."""
    if placeholders(msgid) != placeholders(string):
        return f"placeholders differ: the msgid has {placeholders(msgid) or 'none'}, the translation {placeholders(string) or 'none'}"
    if context.startswith("fact:") and _brace_names(msgid) != _brace_names(string):
        return f"placeholders differ: the msgid has {_brace_names(msgid)}, the translation {_brace_names(string)}"
    kind = context.rsplit(":", 1)[-1].strip() if ":" in context else "paragraph"
    return structure_problem(string, kind if not context.startswith(("fact:", "pack:", "document:")) else "text")
