"""The in-band marks: private-use characters that carry structure through the Markdown stage.

Between rendering a template and parsing its Markdown, three things travel inside the text:

* a **fallback span** (text shown in another language than the document's):
  ``U+E000 <lang> U+E001 text U+E002``; spans nest (an untranslated fact inside an untranslated
  unit); the parser turns them into ``lang`` attributes on the model's nodes;
* an **original-language span** (the title of a source that exists only in that language):
  ``U+E003 <lang> U+E001 text U+E002``; tagged with its language like a fallback, but not a
  missing translation;
* a **note reference** (a citation's place): ``U+E010 <n> U+E011``; the parser turns it into a
  FootnoteRef;
* a **capital mark** before a name `term()` or `doc()` inserted: tidy makes its first letter a
  capital where it starts a sentence, a cell or a heading, and removes the mark;
* a **figure place**: ``U+E012 figure:<n> U+E013`` on a line of its own; the parser turns it into
  the composed Figure.

This module is the only one that spells these characters. Every value a template inserts goes
through `strip`, so content can neither forge a mark nor leave residue of one; the Document that
writers receive holds none (the property test in tests/test_marks.py checks every writer's bytes).
"""

from __future__ import annotations

import re

FALLBACK_OPEN, FALLBACK_CLOSE, FALLBACK_END = "\ue000", "\ue001", "\ue002"
ORIGINAL_OPEN = "\ue003"
NOTE_OPEN, NOTE_CLOSE = "\ue010", "\ue011"
FIGURE_OPEN, FIGURE_CLOSE = "\ue012", "\ue013"
# before a name term() or doc() inserted: capitalised where it starts a sentence or cell
# (tidy.capital_starts), then removed
CAPITAL = "\ue014"

PRIVATE = re.compile("[\ue000-\ue01f]")  # the block reserved for our marks
SPAN_CHARS = re.compile("[\ue000-\ue00f]")  # the part of it the language spans use
# a language code as the fallback mark spells it (ISO 639-1: the 24 EU languages are two letters)
_LANG = "[a-z]{2}"
FALLBACK_START = re.compile(f"[\ue000\ue003]({_LANG})\ue001")
FALLBACK_WHOLE = re.compile(f"\ue000({_LANG})\ue001(.*)\ue002", re.S)
NOTE = re.compile("\ue010(\\d+)\ue011")
FIGURE_LINE = re.compile("^\ue012figure:(\\d+)\ue013$")
# what the parser splits a text run on: a span's start, a span's end, a note reference
SPAN_PIECES = re.compile(f"([\ue000\ue003]{_LANG}\ue001|\ue002|\ue010\\d+\ue011)")


def fallback(text: str, lang: str) -> str:
    """`text` marked as shown in `lang` although the document is in another language."""
    return f"{FALLBACK_OPEN}{lang}{FALLBACK_CLOSE}{text}{FALLBACK_END}"


# An untranslated template unit is rendered wholly in the source language: its helpers (dates,
# numbers, terms) are told so by these two calls around it, in the order Jinja renders them.
UNIT_START, UNIT_END = "briefings_fallback_start", "briefings_fallback_end"


def fallback_unit(text: str, lang: str) -> str:
    """A template unit shown untranslated: marked, and rendered in `lang` (the source language)."""
    return fallback(f"{{{{ {UNIT_START}() }}}}{text}{{{{ {UNIT_END}() }}}}", lang)


def original(text: str, lang: str) -> str:
    """`text` marked as being in `lang` because the source exists only in that language."""
    return f"{ORIGINAL_OPEN}{lang}{FALLBACK_CLOSE}{text}{FALLBACK_END}"


def split_fallback(text: str) -> tuple[str | None, str]:
    """(lang, body) of a text that is one whole fallback span, else (None, text)."""
    match = FALLBACK_WHOLE.fullmatch(text)
    return (match.group(1), match.group(2)) if match else (None, text)


def note(number: int) -> str:
    """A citation note's place in the text."""
    return f"{NOTE_OPEN}{number}{NOTE_CLOSE}"


def figure(number: int) -> str:
    """A figure's place: a line of its own between blank lines."""
    return f"\n\n{FIGURE_OPEN}figure:{number}{FIGURE_CLOSE}\n\n"


def strip(text: str) -> str:
    """Text without any mark: a fallback mark's language code goes with it (no 'en' is left
    glued to the text), and any other private-use character of the block is dropped."""
    return PRIVATE.sub("", FALLBACK_START.sub("", text))


def residue(text: str) -> str | None:
    """What in a writer's output text shows a mark survived (for tests and checks), or None."""
    match = PRIVATE.search(text)
    return repr(match.group(0)) if match else None
