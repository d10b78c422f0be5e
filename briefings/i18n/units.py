"""A briefing template to translation units, and translated units back to a template.

A unit is what a translator translates as one piece: a heading, a paragraph, a list
item, a table cell, a caption, a footnote text. Jinja expressions stay verbatim inside
the unit (they are placeholders, rendered after translation with the target locale).
The Markdown around a unit (`## `, `- `, `| `, indentation) is structure and is never
in the unit, so a translation cannot change the document's structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_HEADING = re.compile(r"^(\s*#{1,6}\s+)(.*?)(\s*#*\s*)$")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$")
_CAPTION = re.compile(r"^(\s*Table:\s*)(.*)$")
_FOOTDEF = re.compile(r"^(\s*\[\^[^\]]+\]:\s*)(.*)$")
_QUOTE = re.compile(r"^(\s*>\s?)(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BLOCK_HELPER = re.compile(r"^\s*\{\{\s*(timeline|glossary_table)\s*\(.*\}\}\s*$")
_ADMONITION = re.compile(r"^\s*!!!\s+\w+")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


@dataclass(frozen=True)
class Unit:
    """One translatable piece of a template, with where it is and what it is."""

    text: str
    kind: str  # heading | paragraph | list item | table cell | caption | footnote | quote
    line: int  # 1-based line in the template
    start: int  # column span of the text in that line
    end: int
    comment: str = ""


def _split_cells(line: str) -> list[tuple[int, int]]:
    """Spans of the cells of a pipe-table row (escaped pipes and pipes in Jinja kept)."""
    spans, depth, start, i = [], 0, None, 0
    body = line.rstrip()
    while i < len(body):
        two = body[i : i + 2]
        if two in ("{{", "{%"):
            depth += 1
            i += 2
            continue
        if two in ("}}", "%}") and depth:
            depth -= 1
            i += 2
            continue
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "|" and depth == 0:
            if start is not None:
                spans.append((start, i))
            start = i + 1
        elif start is None and not ch.isspace():
            start = i
        i += 1
    if start is not None and start < len(body):
        spans.append((start, len(body)))
    return spans


def _strip_span(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def split_units(source: str) -> list[Unit]:
    """Every translation unit of a template, in order."""
    units: list[Unit] = []
    lines = source.split("\n")
    table_row = 0
    caption = ""
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if (
            not stripped
            or _ADMONITION.match(line)
            or _BLOCK_HELPER.match(line)
            or _TABLE_SEP.match(line)
            or (stripped.startswith("{%") and stripped.endswith("%}"))
            or (stripped.startswith("{#") and stripped.endswith("#}"))
        ):
            if not stripped.startswith("|"):
                table_row = 0
            continue
        if stripped.startswith("|"):
            table_row += 1
            for col, (a, b) in enumerate(_split_cells(line), 1):
                a, b = _strip_span(line, a, b)
                if a < b:
                    where = "header" if table_row == 1 else f"row {table_row - 1}"
                    table = "Table" + (" " + repr(caption) if caption else "")
                    units.append(
                        Unit(line[a:b], "table cell", n, a, b, f"{table}: {where}, column {col}")
                    )
            continue
        table_row = 0
        for kind, rx in (
            ("heading", _HEADING),
            ("caption", _CAPTION),
            ("footnote", _FOOTDEF),
            ("list item", _ITEM),
            ("quote", _QUOTE),
        ):
            match = rx.match(line)
            if match:
                a, b = _strip_span(line, match.start(2), match.end(2))
                if a < b:
                    comment = (
                        f"Heading level {len(match.group(1).strip())}" if kind == "heading" else ""
                    )
                    if kind == "caption":
                        caption = line[a:b][:40]
                        comment = "Table caption"
                    units.append(Unit(line[a:b], kind, n, a, b, comment))
                break
        else:
            a, b = _strip_span(line, 0, len(line))
            units.append(
                Unit(
                    line[a:b],
                    "paragraph",
                    n,
                    a,
                    b,
                    "Summary box" if line.startswith("    ") else "",
                )
            )
    return units


class ConstructError(ValueError):
    """A text whose Jinja constructs are incomplete or stray (see `template_constructs`)."""


_LEXER = None


def template_constructs(text: str) -> list[str]:
    """The Jinja constructs of a unit, each whole and normalised, in sorted order, read by
    Jinja's own lexer (so a quote or a brace inside an expression cannot fool it). A text
    that opens a `{{`, `{%` or `{#` it does not close, or closes one it did not open, is a
    ConstructError: a translation must never be able to span two units."""
    if "{" not in text and "}" not in text:  # no construct can open or close: nothing to lex
        return []
    return list(_constructs(text))


@lru_cache(maxsize=1 << 14)
def _constructs(text: str) -> tuple[str, ...]:
    """template_constructs, remembered (a msgid is checked once for all 24 languages)."""
    global _LEXER
    import jinja2

    if _LEXER is None:
        _LEXER = jinja2.Environment().lexer
    constructs, current = [], None
    try:
        for _line, token, value in _LEXER.tokeniter(text, None):
            if token == "whitespace":
                continue
            if current is None:
                if token == "data":
                    if re.search(r"\}\}|%\}|#\}", value):
                        raise ConstructError(
                            "a '}}', '%}' or '#}' that closes a Jinja construct it does not open"
                        )
                    continue
                current = [value.strip()]
            else:
                current.append(value.strip())
            if token.endswith("_end"):
                constructs.append(" ".join(current))
                current = None
    except jinja2.TemplateSyntaxError as exc:
        raise ConstructError(f"an unclosed or invalid Jinja construct ({exc.message})") from None
    if current is not None:
        raise ConstructError("an unclosed Jinja construct")
    if text.rstrip().endswith("{"):
        raise ConstructError(
            "a '{' at the end, which could open a Jinja construct with what follows"
        )
    return tuple(sorted(constructs))


def structure_problem(translation: str, kind: str) -> str | None:
    """Why a translation would change the block structure, or None."""
    if "\n" in translation.strip():
        return "a line break (one unit must stay one line)"
    text = translation.strip()
    if kind != "heading" and re.match(r"^#{1,6}\s", text):
        return "a heading marker '#'"
    if re.match(r"^[-*+]\s", text) and kind not in ("list item",):
        return "a list marker"
    if kind != "table cell" and text.startswith("|"):
        return "a table row"
    if kind == "table cell" and _split_cells("|" + text + "|") != [(1, len(text) + 1)]:
        return "a '|' that would split the table cell"
    if text.startswith(">") or text.startswith("!!!") or text.startswith("    "):
        return "block markup"
    if re.search(r"<[A-Za-z/!?]", _JINJA.sub("", text)):
        return "HTML markup"
    if re.search(r"\[\^[^\]]*\]", text):
        return "a footnote marker"
    if "![" in text:
        return "an image"
    for target in re.findall(r"\]\(\s*<?([^)\s>]*)", _JINJA.sub("", text)):
        if not re.match(r"^(https?:|mailto:|#)", target, re.I):
            return f"a link to {target[:30]!r} (only http, https and mailto links)"
    return None


_ORDINAL_START = re.compile(r"^(\d+)([.)])(\s)")


def localize(source: str, units: list[Unit], replacement: dict[int, str]) -> str:
    """The template with unit i's text replaced by replacement[i] where given. A translation
    that starts with a number and a stop (Hungarian and Latvian dates: '2026. május 18-án')
    has the stop escaped, so Markdown reads text, not an ordered list."""
    lines = source.split("\n")
    by_line: dict[int, list[tuple[Unit, str]]] = {}
    for i, unit in enumerate(units):
        if i in replacement:
            text = replacement[i]
            if not _ORDINAL_START.match(unit.text):
                text = _ORDINAL_START.sub(r"\1\\\2\3", text, count=1)
            by_line.setdefault(unit.line, []).append((unit, text))
    for n, edits in by_line.items():
        line = lines[n - 1]
        for unit, text in sorted(edits, key=lambda e: -e[0].start):
            line = line[: unit.start] + text + line[unit.end :]
        lines[n - 1] = line
    return "\n".join(lines)


def is_translatable(text: str) -> bool:
    """False for a unit that is only placeholders, numbers and punctuation."""
    return any(ch.isalpha() for ch in _JINJA.sub("", text))
