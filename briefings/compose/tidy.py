"""The parsed blocks tidied: a citation repeated within one paragraph, cell or list item is
noted once, notes are renumbered in reading order, and table cells start with a capital
(a cell may open with an inserted name that is lower case in running text, such as
"règlement sur la cyberrésilience")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeAlias

from .. import marks
from .. import model as m

# A citation: (document id, pinpoint or None).
Cite: TypeAlias = tuple[str, str | None]


def _key(note: m.Footnote) -> str:
    return repr(note.children)


def _inlines(
    nodes: Iterable[m.Inline], notes: Mapping[int, m.Footnote], seen: set[str], order: list[int]
) -> tuple[m.Inline, ...]:
    out: list[m.Inline] = []
    for node in nodes:
        if isinstance(node, m.FootnoteRef):
            note = notes.get(node.number)
            if note is None:
                continue
            key = _key(note)
            if key in seen:
                continue  # the same source again in this passage
            seen.add(key)
            order.append(node.number)
            out.append(m.FootnoteRef(len(order)))
        elif isinstance(node, (m.Strong, m.Emph, m.Link)):
            out.append(replace(node, children=tuple(_inlines(node.children, notes, seen, order))))
        else:
            out.append(node)
    return tuple(out)


def _block(block: m.Block, notes: Mapping[int, m.Footnote], order: list[int]) -> m.Block:
    if isinstance(block, (m.Heading, m.Paragraph)):
        return replace(block, children=_inlines(block.children, notes, set(), order))
    if isinstance(block, m.ListBlock):
        return replace(
            block, items=tuple(tuple(_block(b, notes, order) for b in item) for item in block.items)
        )
    if isinstance(block, m.Table):

        def cells(row: Iterable[m.TableCell]) -> tuple[m.TableCell, ...]:
            return tuple(
                replace(c, children=_inlines(c.children, notes, set(), order)) for c in row
            )

        return replace(
            block,
            caption=_inlines(block.caption, notes, set(), order),
            header=cells(block.header),
            rows=tuple(cells(r) for r in block.rows),
        )
    if isinstance(block, (m.Callout, m.Quote)):
        return replace(block, blocks=tuple(_block(b, notes, order) for b in block.blocks))
    return block


def merge_repeated(
    blocks: Iterable[m.Block], footnotes: Iterable[m.Footnote]
) -> tuple[tuple[m.Block, ...], tuple[m.Footnote, ...]]:
    """(blocks, footnotes) with repeats inside one passage dropped and notes numbered 1..n."""
    notes = {n.number: n for n in footnotes}
    order: list[int] = []
    new_blocks = tuple(_block(b, notes, order) for b in blocks)
    new_notes = tuple(m.Footnote(i, notes[old].children) for i, old in enumerate(order, 1))
    return new_blocks, new_notes


def capitalise_first(text: str, lang: str | None = None) -> str:
    """Text with its first letter as a capital, as a sentence or cell starts, by the rules of
    `i18n.notation.capitalize_first` (every script; a Greek accent stays, 'ά' -> 'Ά'; Dutch
    'ij' -> 'IJ'; a number or a point label starts as printed), and one more: a word cased
    on purpose is left alone, where a capital follows its first letter (an acronym such as
    'eIDAS', an Irish mutation such as 'tAcht', 'hEorpa')."""
    from ..i18n.notation import capitalize_first

    first = next((i for i, ch in enumerate(text) if ch.isalnum()), None)
    if first is None or not text[first].islower():
        return text
    if text[first + 1 : first + 2].isupper():
        return text
    return capitalize_first(text, lang)


# Where the renderer's term() and doc() put their text: the text after this mark is
# capitalised where it starts a sentence, a table cell or a block (`capital_starts`).
CAPITAL = marks.CAPITAL
_NOTE_MARK = re.compile(
    f"{marks.NOTE.pattern}|{marks.FALLBACK_START.pattern}|{marks.SPAN_CHARS.pattern}"
)
_OPENERS = " \t\u00a0\u202f*_[«„“‘\"'(¿¡"
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}|[-*+]|\d+[.)]|>|Table:|!!!\s+\w+.*)?$")
_SENTENCE_DONE = re.compile(r"(\w*)[.!?…][’”»\"')\]]*$")
# Words after whose full stop a sentence goes on ('e.g. the', 'z. B. die', 'Art. 5').
ABBREVIATIONS = frozenset("eg ie cf ex p pp s vgl bzw ca z b d h art arts no nr abs n etc".split())


def capital_starts(markdown: str, lang: str | None = None) -> str:
    """The resolved Markdown with each inserted name (after `CAPITAL`) capitalised where it
    starts a sentence, a table cell, a heading, list item, quote or caption; the marks
    removed."""
    if CAPITAL not in markdown:
        return markdown
    out: list[str] = []
    for line in markdown.split("\n"):
        if CAPITAL not in line:
            out.append(line)
            continue
        parts = line.split(CAPITAL)
        text = parts[0]
        for part in parts[1:]:
            if _starts(text, line):
                part = capitalise_first(part, lang)
            text += part
        out.append(text)
    return "\n".join(out)


def _starts(before: str, line: str) -> bool:
    plain = _NOTE_MARK.sub("", before)
    rest = plain.rstrip(_OPENERS)
    if _BLOCK_START.match(rest):
        return True
    if rest.endswith("|") and not rest.endswith("\\|") and line.lstrip().startswith("|"):
        return True
    done = _SENTENCE_DONE.search(rest)
    if not done or not any(c.isspace() for c in plain[len(rest) :]):
        return False  # no sentence ended, or 'e.g.(': no space after it
    word = done.group(1)
    if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    return not (word.isdigit() and len(word) <= 2 and rest[done.end(1) : done.end(1) + 1] == ".")


def _capital(nodes: Sequence[m.Inline]) -> tuple[m.Inline, ...]:
    if nodes and isinstance(nodes[0], m.Text) and nodes[0].text[:1].islower():
        first = nodes[0]
        return (replace(first, text=capitalise_first(first.text)),) + tuple(nodes[1:])
    if nodes and isinstance(nodes[0], (m.Strong, m.Emph, m.Link)):
        return (replace(nodes[0], children=_capital(nodes[0].children)),) + tuple(nodes[1:])
    return tuple(nodes)


def capitalise_cells(blocks: Iterable[m.Block]) -> tuple[m.Block, ...]:
    out: list[m.Block] = []
    for block in blocks:
        if isinstance(block, m.Table):

            def cells(row: Iterable[m.TableCell]) -> tuple[m.TableCell, ...]:
                return tuple(replace(c, children=_capital(c.children)) for c in row)

            block = replace(
                block,
                header=cells(block.header),
                rows=tuple(cells(r) for r in block.rows),
                caption=_capital(block.caption),
            )
        elif isinstance(block, (m.Callout, m.Quote)):
            block = replace(block, blocks=capitalise_cells(block.blocks))
        out.append(block)
    return tuple(out)


# --- citation notes in the resolved Markdown -----------------------------------------
#
# The renderer numbers one note per citation. Before the Markdown is parsed, the notes of
# each passage (a line: paragraph, list item, heading, caption; or one table cell) are
# tidied here, so every output (HTML, DOCX and Markdown) shows the same notes:
#   - a citation already noted in the passage is not noted again;
#   - consecutive citations in one sentence, and those of consecutive sentences that cite
#     the same document, become one note ("AI Act, Arts 51(1) and 52(1)"); no pinpoint
#     is dropped;
#   - a note that would follow a number ("in 18 sectors", "Article 15", "EUR 35 000 000")
#     moves to the end of its sentence, where it cannot be read as an exponent.

NOTE = marks.NOTE
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# A sentence ends at . ! ? (and any closing quote or bracket) before white space and a
# capital, or at the end of the passage. 'Art. 15', 'e.g. a' and '2.8.2026' do not end one.
_SENTENCE_END = re.compile(r"[.!?][’”»“\"')]*(?=\s+[\W_]*[^\W\d_a-z]|\s*$)")
_GLUED = re.compile(r"([\d%]|\(\w{1,4}\))$")  # '18', '7 %', 'Article 55(1)(c)'
_ARTICLE = re.compile(r"^Arts?\.?\s+(.*)$")
_NUMBER = re.compile(r"^\d+[a-z]?(\([^)]*\))*(-\([^)]*\))?$")  # '73', '55(1)(c)', '73(2)-(4)'


# A number before '.' or ')' is escaped where a value might open a line (a list marker);
# inside a line, after a word, it cannot, so the escape would only show in the Markdown
# output ('ab dem 11&#46; September').
_INNER_MARKER = re.compile(r"(?<= )(\d+)&#(46|41);")
_LINE_START = re.compile(r"^[\s>*+\-|]*")  # quote, list and table markers


def plain_numbers(markdown: str) -> str:
    """'… am 11&#46; Mai' -> '… am 11. Mai' wherever the number does not start a line."""

    def line(text: str) -> str:
        start = match.end() if (match := _LINE_START.match(text)) else 0  # it always matches
        return text[:start] + _INNER_MARKER.sub(
            lambda m: m.group(1) + chr(int(m.group(2))), text[start:]
        )

    return "\n".join(line(x) for x in markdown.split("\n"))


def merge_notes(markdown: str, cites: Sequence[Cite]) -> tuple[str, list[list[Cite]]]:
    """(markdown with markers renumbered, one list of (document, pinpoint) per new note).

    `cites[n - 1]` is the (document id, pinpoint or None) of marker n."""
    groups: list[list[Cite]] = []
    lines: list[str] = []
    for line in markdown.split("\n"):
        if marks.NOTE_OPEN not in line:
            lines.append(line)
        elif line.lstrip().startswith("|"):
            cells = _CELL_SPLIT.split(line)
            lines.append("|".join(_passage(cell, cites, groups) for cell in cells))
        else:
            lines.append(_passage(line, cites, groups))
    return "\n".join(lines), [_combine(group) for group in groups]


@dataclass
class _Run:
    """Citations that become one note, placed after the last of them."""

    offset: int  # in the plain text, of the last citation
    sentence: int  # the sentence that citation is in
    cites: list[Cite]


def _passage(text: str, cites: Sequence[Cite], groups: list[list[Cite]]) -> str:
    plain = ""
    notes: list[tuple[int, Cite]] = []  # (offset in plain text, cite)
    for i, part in enumerate(NOTE.split(text)):
        if i % 2:
            notes.append((len(plain), cites[int(part) - 1]))
        else:
            plain += part
    if not notes:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(plain)]

    def sentence(offset: int) -> int:  # a note right after '.' belongs to that sentence
        return sum(1 for e in ends if e < offset)

    seen: set[Cite] = set()
    runs: list[_Run] = []
    for offset, cite in notes:
        here = sentence(offset)
        if cite in seen:  # the same source again in this passage:
            if runs and cite in runs[-1].cites and here - runs[-1].sentence <= 1:
                runs[-1].offset, runs[-1].sentence = offset, here  # one note after the run
            continue
        seen.add(cite)
        if runs and (
            runs[-1].sentence == here
            or (runs[-1].sentence == here - 1 and runs[-1].cites[-1][0] == cite[0])
        ):
            runs[-1].offset, runs[-1].sentence = offset, here
            runs[-1].cites.append(cite)
        else:
            runs.append(_Run(offset, here, [cite]))
    out: list[str] = []
    last = 0
    for r in runs:
        offset, run = r.offset, r.cites
        if _GLUED.search(plain[:offset].rstrip("\u00a0")) and not plain[offset:].strip() == "":
            later = [e for e in ends if e >= offset]
            offset = later[0] if later else len(plain.rstrip())
        elif plain[offset : offset + 1] in (".", "?", "!") and offset + 1 in ends:
            offset += 1  # after the full stop, as a fact's note is
        start = offset
        while start > last and plain[start - 1] in " \t":
            start -= 1  # a note follows the word, never a space
        out.append(plain[last:start])
        groups.append(run)
        out.append(marks.note(len(groups)))
        last = offset
    out.append(plain[last:])
    return "".join(out)


def _combine(run: list[Cite]) -> list[Cite]:
    """One (document, pinpoint) per document, in order of first citation: 'Art. 51(1)' and
    'Art. 52(1)' become 'Arts 51(1) and 52(1)'; a citation of the whole act adds nothing
    to a pinpoint of the same act."""
    by_doc: dict[str, list[str]] = {}
    for doc, pinpoint in run:
        by_doc.setdefault(doc, [])
        if pinpoint and pinpoint not in by_doc[doc]:
            by_doc[doc].append(pinpoint)
    return [(doc, combine_pinpoints(pins) if pins else None) for doc, pins in by_doc.items()]


def combine_pinpoints(pinpoints: list[str]) -> str:
    """'Art. 51(1)', 'Art. 52(1)' -> 'Arts 51(1) and 52(1)'; other pinpoints (recitals,
    annexes, chapters of a code) are kept whole, in order, separated by commas."""
    articles: list[str] = []
    parts: list[str | None] = []  # pinpoints in order; None marks where the articles go
    for pin in pinpoints:
        match = _ARTICLE.match(pin)
        numbers = re.split(r",\s*|\s+and\s+", match.group(1)) if match else []
        if numbers and all(_NUMBER.match(x) for x in numbers):
            for number in numbers:
                if number not in articles:
                    articles.append(number)
            if None not in parts:
                parts.append(None)
        elif pin not in parts:
            parts.append(pin)
    if len(articles) == 1:
        article_text = f"Art. {articles[0]}"
    else:
        article_text = (
            "Arts " + ", ".join(articles[:-1]) + " and " + articles[-1] if articles else ""
        )
    return ", ".join(article_text if p is None else p for p in parts)
