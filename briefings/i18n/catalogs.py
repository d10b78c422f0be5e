"""PO files to in-memory translations: `messages` (the interface) as gettext, each pack's
catalogue (`<pack>.po`: its units, facts, labels and titles) as unit lookups."""

from __future__ import annotations

import bisect
import gettext
import io
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po

from ..errors import Problems, rel
from ..languages import BY_CODE
from ..marks import strip as strip_marks
from ..project import ProjectLayout
from ..safefs import UnsafeFile, read_bytes
from . import contexts
from .plural import PluralError, PluralForms
from .units import ConstructError, structure_problem, template_constructs

if TYPE_CHECKING:
    from .values import ValueMatcher

# header field name -> [(value, line where it starts)]
HeaderFields = dict[str, list[tuple[str, int | None]]]

MESSAGES = "messages"  # the interface catalogue; every other catalogue is a pack's
MACHINE_MARK = "machine-assisted, not revised"  # a translator comment: no human translated it
_BRACE = re.compile(r"\{(\w+)\}")


def po_path(root: Path, lang: str, domain: str) -> Path:
    return ProjectLayout(root).catalogue(lang, domain)


def read_catalog(path: Path, lang: str, root: Path, problems: Problems) -> Catalog | None:
    """A PO file as a Babel catalogue; a malformed file is a problem, not a crash."""
    if not os.path.lexists(path):
        return None
    file = rel(path, root)
    try:
        data = read_bytes(path, root)
        syntax, headers = po_syntax(data.decode("utf-8"))
        if syntax:
            problems.add(f"malformed PO file: {syntax[1]}", file=file, line=syntax[0])
            return None
        bad = header_problems(headers)
        for line, message in bad:
            problems.add(message, file=file, line=line)
        if bad:
            return None
        return read_po(io.BytesIO(data), locale=BY_CODE[lang].babel, abort_invalid=True)
    except PoFileError as exc:
        line = exc.lineno + 1 if isinstance(getattr(exc, "lineno", None), int) else None
        problems.add(
            f"malformed PO file: {str(exc).split(' on ')[0].lower()}", file=file, line=line
        )
    except UnicodeDecodeError as exc:
        problems.add(f"malformed PO file: not UTF-8 ({exc.reason} at byte {exc.start})", file=file)
    except UnsafeFile as exc:
        problems.add(f"cannot read PO file: {exc.reason}", file=file)
    except (ValueError, OSError) as exc:
        problems.add(f"cannot read PO file: {exc}", file=file)
    return None


_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?)\s+(?=\")")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"'}


_STRING_BODY = re.compile(r'"((?:[^"\\]|\\.)*)')
_ESCAPE = re.compile(r"\\(.)")


def _po_string(body: str) -> str:
    """The value of one quoted PO string that makes up the whole of `body`; ValueError if
    malformed."""
    if not body.startswith('"'):
        raise ValueError("expected a string in double quotes")
    match = _STRING_BODY.match(body)
    assert match is not None  # any text that starts with '"' does
    end = match.end()
    if end >= len(body) or body[end] != '"':
        raise ValueError("a string is not closed with '\"'")
    if body[end + 1 :].strip():
        raise ValueError(f"unexpected text after a string: {body[end + 1 :].strip()[:20]!r}")
    content = match.group(1)
    if "\\" not in content:
        return content
    for escape in _ESCAPE.finditer(content):
        if escape.group(1) not in _ESCAPES:
            raise ValueError(f"unknown escape '\\{escape.group(1)}' in a string")
    return _ESCAPE.sub(lambda escape: _ESCAPES[escape.group(1)], content)


def po_syntax(text: str) -> tuple[tuple[int, str] | None, HeaderFields]:
    """Validate a PO file's raw text (Babel's reader accepts an unclosed string silently).
    Returns (line, message) of the first syntax error or None, and the header fields
    (name -> [(value, line)]) of the header entries (each `msgid ""` without msgctxt)."""
    header: list[tuple[str, int]] = []
    keyword, in_header, entry_id, has_ctxt = None, False, None, False
    for n, line in enumerate(text.split("\n"), 1):
        body = line.strip()
        obsolete = body.startswith("#~")
        if obsolete:
            body = body[2:].strip()
        elif body.startswith("#") or not body:
            continue
        if not body:
            continue
        match = _KEYWORD.match(body)
        try:
            if match:
                keyword = match.group(1)
                value = _po_string(body[match.end() :])
                if obsolete:
                    keyword = None
                    continue
                if keyword == "msgctxt":
                    has_ctxt = True
                elif keyword == "msgid":
                    entry_id, in_header = value, False
                elif keyword == "msgstr":
                    # Babel takes every such entry as header
                    in_header = entry_id == "" and not has_ctxt
                    has_ctxt = False
                    if in_header:
                        header.append(("\n", n))
                    if in_header:
                        header.append((value, n))
                else:
                    has_ctxt = has_ctxt and keyword == "msgid_plural"
            elif body.startswith('"'):
                value = _po_string(body)
                if keyword is None and not obsolete:
                    return (n, "a string outside any msgid or msgstr"), _header_fields(header)
                if keyword == "msgid" and not obsolete:
                    entry_id = (entry_id or "") + value
                if in_header and keyword == "msgstr" and not obsolete:
                    header.append((value, n))
            else:
                word = body.split()[0][:20] if body.split() else body
                return (
                    n,
                    f"unexpected {word!r} (expected msgctxt, msgid, msgstr, a string or a comment)",
                ), _header_fields(header)
        except ValueError as exc:
            return (n, str(exc)), _header_fields(header)
    return None, _header_fields(header)


def _header_fields(parts: list[tuple[str, int]]) -> HeaderFields:
    """Header fields from the header msgstr's strings (a field may span strings: it gets
    the line where it starts)."""
    text = ""
    starts: list[tuple[int, int]] = []
    for value, line in parts:
        starts.append((len(text), line))
        text += value
    fields: HeaderFields = {}
    pos = 0
    offsets = [at for at, _ in starts]
    for field_line in text.split("\n"):
        index = bisect.bisect_right(offsets, pos) - 1
        start = starts[index][1] if index >= 0 else None
        name, sep, rest = field_line.partition(":")
        if sep and name.strip():
            fields.setdefault(name.strip().lower(), []).append((rest.strip(), start))
        pos += len(field_line) + 1
    return fields


def header_problems(headers: HeaderFields) -> list[tuple[int | None, str]]:
    """What is wrong with a catalogue's header: the charset must be UTF-8 and Plural-Forms
    must be a bounded expression this module's own parser accepts (it is never evaluated
    by Python)."""
    out = []
    for ctype in headers.get("content-type", []):
        found = re.search(r"charset\s*=\s*([^\s;]+)", ctype[0], re.I)
        if found and found.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
            out.append(
                (
                    ctype[1],
                    f"the charset must be UTF-8, not {found.group(1)[:30]!r} "
                    "(save the file as UTF-8 and declare charset=UTF-8)",
                )
            )
    for forms in headers.get("plural-forms", []):
        try:
            PluralForms(forms[0])
        except PluralError as exc:
            out.append((forms[1], f"bad Plural-Forms header: {exc}"))
    return out


def _brace_names(text: str) -> list[str]:
    return sorted(_BRACE.findall(text))


@dataclass
class ContentEntry:
    string: str
    fuzzy: bool
    lineno: int | None
    # ('fact'|'term', id) of value placeholders the translation wrote out
    uses: frozenset[tuple[str, str]] = frozenset()
    machine: bool = False  # the translator comment MACHINE_MARK: no human has translated it


@dataclass
class Content:
    """One pack's catalogue in one language: (msgctxt, msgid) -> usable translation."""

    lang: str
    pack: str = ""
    file: str | None = None
    translator: str = ""  # the Last-Translator header's name ('' for Babel's placeholder)
    entries: dict[tuple[str | None, str], ContentEntry] = field(default_factory=dict)

    def lookup(self, context: str, msgid: str) -> str | None:
        entry = self.entries.get((context, msgid))
        if entry is None or entry.fuzzy or not entry.string:
            return None
        return entry.string

    def machine(self, context: str, msgid: str) -> bool:
        """Whether the usable translation of an entry is marked machine-assisted."""
        entry = self.entries.get((context, msgid))
        return entry is not None and entry.machine and self.lookup(context, msgid) is not None

    def uses(self, context: str, msgid: str) -> frozenset[tuple[str, str]]:
        """The facts and terms a usable translation stands on without naming them (it wrote
        their values in its own words): ('fact', id) and ('term', id)."""
        entry = self.entries.get((context, msgid))
        return (
            entry.uses
            if entry is not None and self.lookup(context, msgid) is not None
            else frozenset()
        )


def load_messages(root: Path, lang: str, problems: Problems) -> gettext.NullTranslations:
    """The interface catalogue compiled in memory (fuzzy entries left out)."""
    path = po_path(root, lang, MESSAGES)
    catalog = read_catalog(path, lang, root, problems)
    if catalog is None:
        return gettext.NullTranslations()
    file = rel(path, root)
    for message in list(catalog):
        if not message.id or not message.string:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (message.string,) if isinstance(message.string, str) else tuple(message.string)
        want = _brace_names(ids[-1])
        for s in strings:
            why = None
            if s and _brace_names(s) != want:
                why = f"placeholders {_brace_names(s)} differ from the msgid's {want}"
            elif s and len(s) > 10 * len(ids[-1]) + 200:  # interface text is short
                why = f"{len(s)} characters for a msgid of {len(ids[-1])}"
            elif s and strip_marks(s) != s:
                why = "private-use characters"
            if why:
                problems.warn(
                    f"{why}; the English text is used",
                    file=file,
                    line=message.lineno,
                    entry=f"msgid {ids[0][:50]!r}",
                )
                message.string = ("",) * len(strings) if isinstance(message.string, tuple) else ""
                break
    return Translations(catalog)


class Translations(gettext.NullTranslations):
    """A `messages` catalogue in memory, as gettext would use a compiled .mo of it (fuzzy and
    empty translations left out; an empty plural form shows the msgid), with the plural
    function from `plural.PluralForms`: the header is never compiled to Python code."""

    def __init__(self, catalog: Catalog):
        super().__init__()
        self.plural: Callable[[int], int]
        try:
            self.plural = PluralForms(catalog.plural_forms)
        except PluralError:  # the header was checked already; Babel's default otherwise
            self.plural = lambda n: int(n != 1)
        # 'msgid' or 'context\x04msgid' -> text; (that, form index) -> a plural form's text
        self._catalog: dict[str | tuple[str, int], str] = {}
        for message in list(catalog)[1:]:
            ids, strings = message.id, message.string
            if not strings or message.fuzzy:
                continue
            ctx = f"{message.context}\x04" if message.context else ""
            if not isinstance(ids, str):  # pluralizable: (singular, plural)
                for i, string in enumerate(strings):
                    self._catalog[(ctx + ids[0], i)] = string or ids[min(i, 1)]
            elif isinstance(strings, str):  # (Babel reads a singular's msgstr[n] as one text)
                self._catalog[ctx + ids] = strings

    def gettext(self, message: str) -> str:
        return self._catalog.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._catalog.get((msgid1, self.plural(n)))
        return found if found is not None else (msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        found = self._catalog.get(f"{context}\x04{message}")
        return found if found is not None else message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        found = self._catalog.get((f"{context}\x04{msgid1}", self.plural(n)))
        return found if found is not None else (msgid1 if n == 1 else msgid2)


def is_machine(message: Message) -> bool:
    """Whether a PO entry says no human has translated it (the translator comment MACHINE_MARK)."""
    return any(c.strip() == MACHINE_MARK for c in message.user_comments)


def load_content(
    root: Path, lang: str, pack: str, problems: Problems, values: ValueMatcher | None = None
) -> Content:
    """One pack's catalogue, each translation checked; a bad one falls back (with a problem).
    `values` (an `i18n.values.ValueMatcher`) lets a translation write a value placeholder's
    value in its own words; without it every placeholder must stay."""
    path = po_path(root, lang, pack)
    catalog = read_catalog(path, lang, root, problems)
    content = Content(lang, pack, rel(path, root))
    if catalog is None:
        return content
    from .review import translator_name

    content.translator = translator_name(catalog.last_translator)
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue  # (a plural entry's id is a tuple)
        # (Babel reads a singular's msgstr, even msgstr[n], as one text)
        string = strip_marks(message.string if isinstance(message.string, str) else "")
        uses: frozenset[tuple[str, str]] = frozenset()
        if string and not message.fuzzy:
            why = check_translation(message.id, string, message.context or "", values)
            if why:
                problems.warn(
                    f"translation rejected ({why}); the source text is used",
                    file=content.file,
                    line=message.lineno,
                    entry=f"msgid {message.id[:60]!r}",
                )
                string = ""
            elif values is not None and "{" in message.id:
                uses = frozenset(values.uses(_written_out(message.id, string)))
        content.entries[(message.context, message.id)] = ContentEntry(
            string, message.fuzzy, message.lineno, uses, is_machine(message)
        )
    return content


def _written_out(msgid: str, string: str) -> list[str]:
    """The placeholders of an accepted translation's msgid that it does not have."""
    try:
        return list(Counter(template_constructs(msgid)) - Counter(template_constructs(string)))
    except ConstructError:
        return []


def _dropped(
    ours: list[str] | None,
    theirs: list[str],
    msgid: str,
    string: str,
    context: str,
    values: ValueMatcher | None,
) -> str | None:
    """Why a translation with other placeholders than its msgid's cannot be used, or None
    (it only leaves out value placeholders whose values it writes itself)."""
    added, dropped = Counter(theirs) - Counter(ours), Counter(ours) - Counter(theirs)
    differ = (
        f"placeholders differ: the msgid has {ours or 'none'}, the translation {theirs or 'none'}"
    )
    if added or values is None:
        return differ
    return values.dropped_problem(dropped, msgid, string, context)


def check_translation(
    msgid: str, string: str, context: str, values: ValueMatcher | None = None
) -> str | None:
    """Why a content translation cannot be used, or None. A translation carries text, never
    code: its Jinja constructs must be the msgid's, each whole, and it may not start with
    indentation (which would turn it into a code block or a nested list). It may leave out a
    value placeholder only where `values` (an `i18n.values.ValueMatcher`) finds the same
    value written in its text; it may never add one."""
    if string != string.lstrip(" \t"):
        return "it starts with spaces or a tab, which would change the Markdown block"
    from ..compose.parse import markdown_limits  # what would make the whole document fail

    limits = markdown_limits(string)
    if limits:
        return limits[0][1]
    try:
        theirs = template_constructs(string)
    except ConstructError as exc:
        return str(exc)
    ours: list[str] | None
    try:
        ours = template_constructs(msgid)
    except ConstructError:
        if not contexts.is_data(context):
            return (
                "the source text has an incomplete Jinja construct, so it cannot be translated "
                "safely"
            )
        ours = theirs if not theirs else None
    if ours != theirs:
        why = _dropped(ours, theirs, msgid, string, context, values)
        if why:
            return why
    if contexts.is_fact(context) and _brace_names(msgid) != _brace_names(string):
        why = _dropped(
            [f"{{{n}}}" for n in _brace_names(msgid)],
            [f"{{{n}}}" for n in _brace_names(string)],
            msgid,
            string,
            context,
            values,
        )
        if why:
            return why
    kind = context.rsplit(":", 1)[-1].strip() if ":" in context else "paragraph"
    return structure_problem(
        string,
        kind if not contexts.is_data(context) or contexts.kind(context) == "fact-label" else "text",
    )
