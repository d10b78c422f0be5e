"""Translations for new or changed units, from the other catalogues of the same language.

`i18n update` fills an empty entry of a pack's catalogue, in this order:

1. the translation of the same English in the same context (msgctxt) from any catalogue of
   the language, active or obsolete: a fact two packs use is translated once; it is taken as
   translated, with its translator comments (a "machine-assisted" mark travels with it);
2. else the translation of the most similar English of the same kind (paragraph with
   paragraph, fact with fact...), if the two English texts are at least SIMILARITY alike:
   taken as fuzzy (never shown until a translator clears it), with the old English in `#|`
   and a comment naming where it came from and how alike the two were;
3. else nothing.

Similarity is difflib's ratio over words, each `{{ … }}` construct and `{date}`/`{value}`
one word, compared case-sensitively. SIMILARITY was measured on this repository
(`benchmarks/suggest_threshold.py`): of 652 real edits in its history (a fact's text changed
under the same id, a template unit replaced in place), 66 % score 0.80 or more (the rest are
rewrites a translator is better off doing afresh). Of the 372 current units, 14 have another
unit of their kind at 0.80 or more, each a long sentence differing in one detail ("For
essential entities, the maximum fine…" / "For important entities…", 0.96): a useful fuzzy
match. Just below 0.80 the closest pairs change the subject: "AI Act enters into force" /
"Cyber Resilience Act enters into force" 0.73, "Providers: serious incidents" /
"Signatories: serious incidents" 0.75, and the version 1 trial's complaint ("The Commission
proposed the European Health Data Space on {date}." offered "…the Digital Omnibus on AI…")
0.64: none of these is offered. The same unit edited (a fact under its id, a template unit
of the same kind within three lines of where it was) needs only SAME_UNIT: its place says
it is the same text; 93 % of the real edits score 0.50 or more.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import NamedTuple

from babel.messages.catalog import Catalog, Message

from . import contexts

SIMILARITY = 0.80
SAME_UNIT = 0.50  # the same unit edited: a fact under its id, a template unit in its place
_NEAR_LINES = 3
_WORDS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{(?:date|value|year)\}|\w+|[^\w\s]", re.S)


def words(text: str) -> list[str]:
    return _WORDS.findall(text)


def similarity(a: str, b: str) -> float:
    """How alike two English texts are, 0 to 1 (see the module's docstring)."""
    return SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


kind = contexts.kind  # what sort of entry a context names ('paragraph', 'fact', …)


def _usable(message: Message) -> bool:
    return (
        bool(message.id)
        and isinstance(message.string, str)
        and bool(message.string)
        and not message.fuzzy
    )


class _Candidate(NamedTuple):
    name: str  # the catalogue's
    message: Message
    obsolete: bool
    msgid: str  # message.id, which is a str for every usable (singular) entry


def _candidates(packs: dict[str, Catalog]) -> list[_Candidate]:
    """(catalogue name, message, obsolete, id) of every usable translation of the language."""
    out = []
    for name, catalog in packs.items():
        for obsolete, messages in ((False, list(catalog)), (True, catalog.obsolete.values())):
            out += [
                _Candidate(name, m, obsolete, m.id)
                for m in messages
                if _usable(m) and isinstance(m.id, str)
            ]
    return out


def fill(packs: dict[str, Catalog], files: dict[str, str]) -> int:
    """Fill the empty entries of each pack catalogue of one language (see the module's
    docstring); `files` names each catalogue's file for the comments. Returns how many were
    filled."""
    pool = _candidates(packs)
    exact: dict[tuple[str | None, str], _Candidate] = {}
    for item in pool:
        exact.setdefault((item.message.context, item.msgid), item)
    by_kind: dict[str, list[_Candidate]] = {}
    for item in pool:
        by_kind.setdefault(kind(item[1].context), []).append(item)
    filled = 0
    for name, catalog in packs.items():
        for message in catalog:
            if not message.id or not isinstance(message.id, str) or message.string:
                continue  # (a plural entry's id is a tuple)
            found = exact.get((message.context, message.id))
            if found is not None:
                message.string = found[1].string
                message.user_comments = list(found[1].user_comments)
                message.flags.discard("fuzzy")
                filled += 1
                continue
            best: _Candidate | None = None
            rank = (False, 0.0)
            for item in by_kind.get(kind(message.context), []):
                ratio = similarity(message.id, item.msgid)
                same = item[0] == name and _same_unit(message, item[1])
                candidate = (same, ratio)  # the same unit edited before any other text
                if ratio >= (SAME_UNIT if same else SIMILARITY) and candidate > rank:
                    best, rank = item, candidate
            score = rank[1]
            if best is not None:
                origin = files.get(best[0], best[0]) + (" (obsolete entry)" if best[2] else "")
                message.string = best[1].string
                message.flags.add("fuzzy")
                message.previous_id = [best.msgid]
                alike = f"English {round(score * 100)} % alike"
                message.user_comments = list(best[1].user_comments) + [
                    f"suggested from {origin}, {best[1].context}: {alike}"
                ]
                filled += 1
    return filled


def _belongs(context: str, pack: str, catalog: Catalog) -> bool:
    """Whether an entry no pack uses any more came from this pack: its own texts, a unit of a
    template its catalogue has units of, a fact (or a fact's label) it uses."""
    fact = contexts.fact_of(context)
    if fact is not None:
        return any(m.context == contexts.fact(fact) for m in catalog)
    if contexts.is_data(context):
        return contexts.pack_of(context) == pack
    template = contexts.template_of(context)
    return template is not None and any(
        contexts.template_of(m.context) == template for m in catalog
    )


def _same_unit(new: Message, old: Message) -> bool:
    """Whether `old` is an earlier English of the entry `new` (same catalogue): a fact under
    the same id, or a template unit of the same kind where the new one now is (within a few
    lines of the same template)."""
    if new.context != old.context:
        return False
    if contexts.is_data(new.context):
        return True
    return any(
        file == old_file and abs((line or 0) - (old_line or 0)) <= _NEAR_LINES
        for file, line in new.locations
        for old_file, old_line in old.locations
    )


def migrate(legacy: Catalog, packs: dict[str, Catalog]) -> None:
    """Move version 1's single content catalogue of a language into the pack catalogues:
    each translation goes to every pack whose catalogue has its entry (with its fuzzy state,
    previous English and translator comments); one that no pack uses (a timeline label no
    figure shows, an entry already obsolete) is kept as an obsolete entry of the packs that
    use its fact, or of every pack. Nothing is dropped."""
    placed = set()
    for catalog in packs.values():
        for message in catalog:
            if not message.id or message.string:
                continue
            old = legacy.get(message.id, message.context)
            if old is None or not old.string:
                continue
            message.string = old.string
            message.flags = set(message.flags) | ({"fuzzy"} if old.fuzzy else set())
            message.previous_id = list(old.previous_id)
            message.user_comments = list(old.user_comments)
            placed.add((message.context, message.id))
    rest = [
        m
        for m in list(legacy) + list(legacy.obsolete.values())
        if m.id and m.string and (m.context, m.id) not in placed
    ]
    for message in rest:
        homes = [c for name, c in packs.items() if _belongs(message.context or "", name, c)]
        for catalog in homes or packs.values():
            key = catalog._key_for(message.id, message.context)
            if key not in catalog.obsolete and catalog.get(message.id, message.context) is None:
                catalog.obsolete[key] = Message(
                    message.id,
                    message.string,
                    flags=message.flags,
                    context=message.context,
                    user_comments=list(message.user_comments),
                    auto_comments=list(message.auto_comments),
                    previous_id=list(message.previous_id),
                )
