"""Whether a translation that writes a value in its own words still carries that value.

A translated unit normally keeps every placeholder of its source. A translator may instead
replace a *value placeholder* with wording of their own, where the language needs a form
the placeholder cannot give (a case ending, an inflected term, a short form of an act's
title): `date()`, `value()` (both only with `cite=false`), `term()` and `doc()` in template
units, and `{date}` / `{value}` in fact sentences. The translation is accepted only if its
own text carries the same value, read by the rules below (docs/translating.md says the same
for translators). Placeholders that carry a note (`fact()`, `cite()`, and `date()`/`value()`
that cite) must stay: dropping them would drop a citation.

Rules, each checked on the translation's text outside its placeholders:

- **a date**: day, month and year of the same date, in any order the languages use
  (`18 mai 2026`, `2026. május 18-án`, `2026. gada 18. maijā`, `toukokuun 18. päivänä 2026`),
  the month as a name (CLDR's format and stand-alone forms, wide and abbreviated, through
  Babel: the genitive where CLDR's format form is the genitive, as in PL `maja`, CS
  `května`, LT `gegužės`, HR `svibnja`, EL `Μαΐου`; plus `MONTH_FORMS` below), as a number or
  a Roman numeral (`18.5.2026`, `2026-05-18`, `18. 5. 2026`, `18 V 2026`); a case suffix
  or ordinal ending after the day is free (HU `18-án`, `-jén`, FR `1er`, EN `18th`).
- **an amount**: the same number, grouped as the locale groups it (or not at all) and with
  the locale's decimal sign (`15`, `15,5`, `35 000 000`); a percentage with `%` (or the
  word), a sum of money with its currency (code, sign or word), a duration followed by a
  word that starts like the unit's word in that language (the stems of the interface
  catalogue's plural forms, at least two letters: DE `Tag` gives `15 Tagen`, PL `godzin`,
  HU `órán`, FI `tunnin`), a power of ten as `10²⁵` or `10^25`.
- **a term or an act's title**: the official term, or the act's short or full title, in
  the reader's language, word by word in order, each word either as written or as its stem
  (the word without its last letter, or last two letters for words of six letters or more;
  words of up to three letters exactly) followed by an ending of at most five letters
  (`systemischem Risiko`, `modèles d’IA à usage général`, `KI-Modelle`). An act's title may
  also be shortened the way the acts' own short forms are: a run of two or more words of
  three letters or more replaced by their initials (`règlement sur l’IA` for `règlement sur
  l’intelligence artificielle`), or those initials joined to the title's first word as a
  compound (`KI-Verordnung` for `Verordnung über künstliche Intelligenz`).

A value must appear in the translation more often than in the source's own text (so a date
or number the English already spells out cannot stand for a dropped one), once for each
placeholder dropped.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

from ..languages import BY_CODE
from . import contexts
from .formatting import POINT_LANGS, format_date, format_number, format_value

if TYPE_CHECKING:
    import jinja2
    from jinja2 import nodes

    from ..sources.library import Library, Value

VALUE_HELPERS = ("date", "value", "term", "doc")

# Inflected month names that CLDR does not give, for languages whose dates take a case
# other than CLDR's format form (stem + endings; every stem is the month's own). Covered:
#   fi: nominative stem + genitive -n ('toukokuun 18. päivänä'), partitive -ta, inessive
#       -ssa, elative -sta, illative -hun, adessive -lla, ablative -lta, allative -lle, -ksi;
#   et: genitive -i, adessive -l ('18. mail'), inessive -s, elative -st, terminative -ni,
#       comitative -ga, translative -ks (with the stem's linking -i- where it has one);
#   lv: the case endings of the 1st (-s: marts, maijs) and 2nd (-is: janvāris) declension,
#       locative included ('2026. gada 18. maijā');
#   sl: the genitive a date takes ('18. maja 2026', CLDR gives only 'maj').
# Not extended, because CLDR's format form is already the case a date with a day takes:
# pl, cs, sk, lt, hr, el, bg, and the languages whose month names do not inflect in dates
# (de, fr, it, es, pt, ro, nl, da, sv, hu: HU inflects the day, '18-án', not the month).
# Not covered: ga and mt mutations of the month name after a preposition.
_FI_MONTHS = (
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
)
_ET_MONTHS = (
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
)
_LV_STEMS = (
    "janvār",
    "februār",
    "mart",
    "aprīl",
    "maij",
    "jūnij",
    "jūlij",
    "august",
    "septembr",
    "oktobr",
    "novembr",
    "decembr",
)
_SL_GENITIVE = (
    "januarja",
    "februarja",
    "marca",
    "aprila",
    "maja",
    "junija",
    "julija",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
)


def _et_forms(month: str, endings: list[str]) -> list[str]:
    """An Estonian month's forms: the nominative, and its case endings on the stem, which
    drops the last 'e' of the months in -ber (september: septembri, septembrist; oktoober:
    oktoobril); the nominative with an ending is kept as well (a lenient reading)."""
    stem = month[:-2] + "r" if month.endswith("ber") else month
    return list(dict.fromkeys([month + e for e in endings] + [stem + e for e in endings[1:]]))


def _table() -> dict[str, list[list[str]]]:
    fi = ["", "n", "ta", "ssa", "sta", "hun", "lla", "lta", "lle", "ksi"]
    et = ["", "i", "l", "il", "s", "is", "st", "ist", "ni", "ini", "ga", "iga", "ks", "iks"]
    lv = ["s", "is", "a", "am", "im", "i", "u", "ā", "ī"]
    return {
        "fi": [[stem + e for e in fi] for stem in _FI_MONTHS],
        "et": [_et_forms(month, et) for month in _ET_MONTHS],
        "lv": [[stem + e for e in lv] for stem in _LV_STEMS],
        "sl": [[form] for form in _SL_GENITIVE],
    }


MONTH_FORMS = _table()

# Words that may stand between a date's parts ('18 de mayo de 2026', '2026. gada 18. maijā',
# '2026 m. gegužės 18 d.', 'toukokuun 18. päivänä 2026', "18 ta' Mejju 2026", '18th of May').
_FILLERS = r"de|del|gada|m\.|d\.|päivä\w*|ta['’]|of|г\.|r\.|roku|dne|dňa|den"
_SEP = r"[\s\u00a0\u202f,]*(?:(?:" + _FILLERS + r")[\s\u00a0\u202f,]*)?"
_DAY_END = r"(?:er|ᵉʳ|st|nd|rd|th|\.|-?[^\W\d_]{1,6}(?![^\W\d_]))?"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_LETTER = r"[^\W\d_]"


@lru_cache(maxsize=64)
def month_forms(lang: str) -> tuple[tuple[str, ...], ...]:
    """The names of each month (index 0 = January) a date in `lang` may use, lower case."""
    from babel import Locale

    loc = Locale.parse(BY_CODE[lang].babel)
    out: list[tuple[str, ...]] = []
    for month in range(1, 13):
        forms: set[str] = set()
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                name = loc.months[context][width].get(month)
                if name:
                    forms.add(name.lower().rstrip("."))
        forms.update(f.lower() for f in MONTH_FORMS.get(lang, [[]] * 12)[month - 1])
        out.append(tuple(sorted(forms, key=len, reverse=True)))
    return tuple(out)


@lru_cache(maxsize=512)
def date_pattern(value: dt.date, lang: str) -> re.Pattern[str]:
    """Every way `lang` may write `value` (see the module's rules)."""
    day = rf"(?<!\d)0?{value.day}(?!\d){_DAY_END}"
    year = rf"(?<!\d){value.year}(?!\d)\.?"
    names = "|".join(re.escape(f) for f in month_forms(lang)[value.month - 1])
    month = rf"(?<!{_LETTER})(?:{names}|{_ROMAN[value.month - 1]})(?!{_LETTER})\.?"
    num = rf"0?{value.month}"
    numeric_sep = r"\s?[./-]\s?"
    orders = [
        day + _SEP + month + _SEP + year,  # 18 mai 2026, 18. května 2026
        year + _SEP + month + _SEP + day,  # 2026. május 18-án, 2026 m. gegužės 18 d.
        year + _SEP + day + _SEP + month,  # 2026. gada 18. maijā
        month + _SEP + day + _SEP + year,  # toukokuun 18. päivänä 2026, May 18, 2026
        rf"(?<![\d.]){value.day:d}{numeric_sep}{num}{numeric_sep}{value.year}(?!\d)",
        rf"(?<![\d.])0{value.day:d}{numeric_sep}{num}{numeric_sep}{value.year}(?!\d)"
        if value.day < 10
        else None,
        rf"(?<!\d){value.year}{numeric_sep}{num}{numeric_sep}0?{value.day}(?![\d])",
    ]
    return re.compile("|".join(f"(?:{o})" for o in orders if o), re.I)


_CURRENCY = {
    "EUR": r"EUR|€|euro\w*|eur[oó]\w*|eiro\w*|евро|ευρώ",
    "USD": r"USD|US\$|\$|dollar\w*|dolar\w*|долар\w*|δολάρι\w*|dollaru?",
}
_PERCENT = (
    r"%|pro[cz]ent\w*|per\s?cent\w*|percent\w*|pour\s?cent|por\s?cien?to|per\s?cento|"
    r"protsent\w*|prosent\w*|százalék\w*|odstot\w*|postot\w*|τοις\s?εκατό|на\s?сто|процент\w*|"
    r"faoin\s?gcéad|fil-mija|procentu\w*"
)


def number_pattern(amount: float | int, lang: str) -> str:
    """The number as the locale writes it: groups of three separated by a (no-break) space,
    the group sign of the locale, or nothing; the locale's decimal sign."""
    text = format_number(amount, lang)
    point = "." if lang in POINT_LANGS else ","
    whole, _, frac = text.partition(point)
    groups = whole.replace("\u00a0", " ").split(" ")
    group_sign = r"[\s\u00a0\u202f" + ("," if point == "." else ".") + "']?"
    body = group_sign.join(re.escape(g) for g in groups)
    if frac:
        body += re.escape(point) + re.escape(frac)
    return rf"(?<![\d.,])(?<!\d[.,]){body}(?![\d])(?![.,]\d)"


def _unit_stems(unit: str, translations: gettext.NullTranslations | None) -> list[str]:
    """The start of every word the unit's plural forms use (at least two letters)."""
    one, many = {
        "hours": ("{n} hour", "{n} hours"),
        "days": ("{n} day", "{n} days"),
        "weeks": ("{n} week", "{n} weeks"),
        "months": ("{n} month", "{n} months"),
    }[unit]
    forms = {one, many}
    if translations is not None:
        for n in (0, 1, 2, 3, 4, 5, 6, 11, 12, 20, 21, 22, 25, 100, 101, 102, 111, 1000):
            forms.add(translations.ngettext(one, many, n))
    stems = set()
    for form in forms:
        word = form.replace("{n}", " ").strip().split()
        if not word:
            continue
        first = word[0].lower()
        stems.add(first[: max(2, len(first) - 2)] if len(first) > 3 else first[:2])
    return sorted(stems, key=len, reverse=True)


def value_pattern(
    amount: float | int,
    unit: str,
    lang: str,
    translations: gettext.NullTranslations | None = None,
) -> re.Pattern[str]:
    """An amount with its unit (see the module's rules)."""
    if unit == "FLOP" or unit == "count":
        from .formatting import power_of_ten

        exp = power_of_ten(amount)
        if exp:
            sup = str(exp).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
            return re.compile(rf"(?<!\d)10(?:{sup}|\s?\^\s?{exp}(?!\d))")
    number = number_pattern(amount, lang)
    gap = r"[\s\u00a0\u202f]?"
    if unit == "percent":
        return re.compile(rf"{number}{gap}(?:{_PERCENT})", re.I)
    if unit in _CURRENCY:
        cur = _CURRENCY[unit]
        return re.compile(rf"(?:(?<!\w)(?:{cur}){gap}{number}|{number}{gap}(?:{cur})(?!\w))", re.I)
    if unit in ("hours", "days", "weeks", "months"):
        stems = "|".join(re.escape(s) for s in _unit_stems(unit, translations))
        return re.compile(rf"{number}{gap}-?(?:{stems}){_LETTER}*", re.I)
    return re.compile(number)


# --- terms and titles ---------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text.replace("’", "'"))]


def word_matches(have: str, want: str) -> bool:
    """A word of the text is the word of the term, or its stem with an ending."""
    if have == want:
        return True
    if len(want) <= 3:
        return False
    stem = want[:-1] if len(want) <= 5 else want[:-2]
    return have.startswith(stem) and len(have) - len(stem) <= 5


def phrase_count(text: str, phrases: list[list[str]]) -> int:
    """How many times any of `phrases` (token lists) occurs in text, without overlaps."""
    have = _tokens(text)
    count, i = 0, 0
    while i < len(have):
        for phrase in phrases:
            if (
                phrase
                and i + len(phrase) <= len(have)
                and all(
                    word_matches(h, w)
                    for h, w in zip(have[i : i + len(phrase)], phrase, strict=True)
                )
            ):
                count += 1
                i += len(phrase)
                break
        else:
            i += 1
    return count


def title_forms(title: str) -> list[list[str]]:
    """An act's title as token lists: itself, and its short forms by initials."""
    words = _WORD.findall(title.replace("’", "'"))
    out = [[w.casefold() for w in words]]
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            run = words[i:j]
            if not all(len(w) >= 3 and w.isalpha() for w in run):
                break
            initials = "".join(w[0] for w in run).casefold()
            out.append(
                [w.casefold() for w in words[:i]] + [initials] + [w.casefold() for w in words[j:]]
            )
            if j == len(words) and i >= 1:  # German compound: 'KI-Verordnung'
                out.append([initials, words[0].casefold()])
    return out


# --- placeholders ---------------------------------------------------------------------


# What a template call's constant argument can be: a Jinja literal (string, number, true,
# false, none), or 'event.date' for an attribute of a name.
Constant: TypeAlias = str | int | float | bool | None


@dataclass(frozen=True)
class Call:
    helper: str
    args: tuple[Constant, ...]
    kwargs: tuple[tuple[str, Constant], ...]  # ((name, value), ...)

    def kwarg(self, name: str, default: Constant = None) -> Constant:
        return dict(self.kwargs).get(name, default)

    def show(self) -> str:
        """The call as a template writes it: '{{ value("nis2.early-warning", cite=false) }}'."""

        def text(v: Constant) -> str:
            if isinstance(v, bool):
                return str(v).lower()
            if isinstance(v, str) and v == "event.date":
                return v
            return '"' + v + '"' if isinstance(v, str) else str(v)

        parts = [text(a) for a in self.args] + [f"{k}={text(v)}" for k, v in self.kwargs]
        return "{{ " + f"{self.helper}({', '.join(parts)})" + " }}"


_ENV: jinja2.Environment | None = None


def parse_call(construct: str) -> Call | None:
    """A `{{ helper(args) }}` construct as a call with constant arguments (`event.date` is
    kept as the string 'event.date'), or None for anything else."""
    global _ENV
    import jinja2
    from jinja2 import nodes

    if _ENV is None:
        _ENV = jinja2.Environment()
    try:
        tree = _ENV.parse(construct)
    except jinja2.TemplateSyntaxError:
        return None
    if (
        len(tree.body) != 1
        or not isinstance(tree.body[0], nodes.Output)
        or len(tree.body[0].nodes) != 1
    ):
        return None
    call = tree.body[0].nodes[0]
    if (
        not isinstance(call, nodes.Call)
        or not isinstance(call.node, nodes.Name)
        or call.dyn_args
        or call.dyn_kwargs
    ):
        return None

    def const(node: nodes.Expr) -> Constant:
        if isinstance(node, nodes.Const) and isinstance(node.value, str | int | float | None):
            return node.value  # bool is an int
        if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
            return f"{node.node.name}.{node.attr}"
        raise ValueError

    try:
        args = tuple(const(a) for a in call.args)
        kwargs = tuple((k.key, const(k.value)) for k in call.kwargs)
    except ValueError:
        return None
    return Call(call.node.name, args, kwargs)


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


def literal_text(text: str) -> str:
    """A unit's own words: its placeholders taken out."""
    return _JINJA.sub(" ", re.sub(r"\{(?:date|value)\}", " ", text))


@dataclass
class Expected:
    pattern: re.Pattern[str] | list[list[str]]  # a compiled regex, or token phrases
    what: str  # 'the date 2026-05-18 (18. Mai 2026)'

    def count(self, text: str) -> int:
        if isinstance(self.pattern, list):
            return phrase_count(text, self.pattern)
        return len(self.pattern.findall(text))


class ValueMatcher:
    """The values of one language's placeholders, from the library."""

    def __init__(
        self, lib: Library, lang: str, translations: gettext.NullTranslations | None = None
    ):
        self.lib, self.lang, self.translations = lib, lang, translations

    def language(self) -> str:
        return BY_CODE[self.lang].english

    # what a placeholder stands for

    def _date(self, value: dt.date) -> Expected:
        return Expected(
            date_pattern(value, self.lang),
            f"the date {value.isoformat()} (e.g. '{format_date(value, self.lang)}')",
        )

    def _value(self, fact_id: str, value: Value) -> Expected:
        shown = (
            format_value(value.amount, value.unit, self.lang, self.translations)
            if self.translations is not None
            else f"{value.amount:g} {value.unit}"
        )
        return Expected(
            value_pattern(value.amount, value.unit, self.lang, self.translations),
            f"the value of '{fact_id}' (e.g. '{shown}')",
        )

    def expected(self, call: Call, template: str | None) -> Expected | str:
        """What the translation must carry instead of the call, or why it cannot be dropped."""
        name = call.helper
        if name == "cite":
            return "cite() carries a note: keep it"
        if name == "fact":
            return "fact() carries a note (with cite=false, a whole cited sentence): keep it"
        if name not in VALUE_HELPERS:
            return f"{name}() is not a value placeholder: keep it"
        arg = (
            call.args[0]
            if call.args
            else call.kwarg(
                {"date": "what", "value": "fact_id", "term": "term_id", "doc": "doc_id"}[name]
            )
        )
        if name in ("date", "value"):
            what = arg
            fact = self.lib.facts.get(what) if isinstance(what, str) else None
            if fact is not None and call.kwarg("cite", True) is not False:
                return f"{name}() of a fact carries its note unless it has cite=false: keep it"
            if name == "value":
                if fact is None or fact.value is None:
                    return "value() of an unknown fact: keep it"
                return self._value(fact.id, fact.value)
            if fact is not None:
                return (
                    self._date(fact.date)
                    if fact.date
                    else "date() of a fact without a date: keep it"
                )
            if isinstance(what, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", what):
                try:
                    return self._date(dt.date.fromisoformat(what))
                except ValueError:
                    return "date() of an impossible date: keep it"
            if what == "event.date":
                dates = {
                    p.event.date
                    for p in self.lib.packs.values()
                    if any(d.template == template for d in p.documents)
                }
                if len(dates) == 1:
                    return self._date(dates.pop())
                return "date(event.date) of a template several packs use: keep it"
            return "date() of something that is not a fact or a date: keep it"
        if name == "term":
            term = self.lib.terms.get(arg) if isinstance(arg, str) else None
            if term is None:
                return "term() of an unknown term: keep it"
            official = term.terms.get(self.lang, term.terms["en"])
            forms = [_tokens(official)] + [
                _tokens(f) for f in getattr(term, "forms", {}).get(self.lang, [])
            ]
            return Expected(forms, f"the term '{official}' (or an inflected form of it)")
        document = self.lib.documents.get(arg) if isinstance(arg, str) else None
        if document is None:
            return "doc() of an unknown document: keep it"
        full = call.kwarg("full", False)
        title = document.title_in(self.lang) if full else document.short_title_in(self.lang)
        forms = title_forms(title) + ([] if full else [_tokens(document.title_in(self.lang))])
        return Expected(forms, f"the title '{title}' (or an inflected or shortened form of it)")

    def fact_expected(self, fact_id: str, name: str) -> Expected | str:
        fact = self.lib.facts.get(fact_id)
        if fact is None:
            return "the fact is unknown: keep it"
        if name == "date":
            return self._date(fact.date) if fact.date else "the fact has no date: keep it"
        return self._value(fact.id, fact.value) if fact.value else "the fact has no value: keep it"

    def uses(self, dropped: Iterable[str]) -> set[tuple[str, str]]:
        """The facts and terms the dropped placeholders stood for ('fact', id) / ('term', id):
        the unit still depends on them (a changed value must rebuild it, and may reject it)."""
        out: set[tuple[str, str]] = set()
        for construct in dropped:
            call = parse_call(construct)
            if call is None or not call.args or not isinstance(call.args[0], str):
                continue
            if call.helper in ("date", "value") and call.args[0] in self.lib.facts:
                out.add(("fact", call.args[0]))
            elif call.helper == "term":
                out.add(("term", call.args[0]))
        return out

    def dropped_problem(
        self, dropped: Counter[str], msgid: str, string: str, context: str
    ) -> str | None:
        """Why the translation may not drop these constructs (placeholder -> how many), or None."""
        theirs, ours = literal_text(string), literal_text(msgid)
        template = contexts.template_of(context)
        fact_id = contexts.fact_of(context) if contexts.is_fact(context) else None
        needs: dict[str, tuple[Expected, str]] = {}  # what -> (how to find it, the first call)
        counts: Counter[str] = Counter()  # what -> how many placeholders dropped it
        for construct, n in sorted(dropped.items()):
            if fact_id and construct in ("{date}", "{value}"):
                expected = self.fact_expected(fact_id, construct[1:-1])
                shown = construct
            else:
                call = parse_call(construct)
                expected = (
                    self.expected(call, template)
                    if call
                    else "it is not a value placeholder: keep it"
                )
                shown = call.show() if call else construct
            if isinstance(expected, str):
                return f"it drops {shown}; {expected}"
            needs.setdefault(expected.what, (expected, shown))
            counts[expected.what] += n
        for what, (expected, construct) in needs.items():
            if expected.count(theirs) < counts[what] + expected.count(ours):
                return (
                    f"it drops {construct} but does not write {what} in {self.language()} "
                    "in its place"
                )
        return None
