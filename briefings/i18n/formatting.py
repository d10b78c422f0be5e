"""Dates, numbers and amounts to text, in the Interinstitutional Style Guide's way."""

from __future__ import annotations

import datetime as dt
import gettext
import math

from babel.dates import format_date as babel_format_date

from ..languages import BY_CODE

NBSP = "\u00a0"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Decimal point in English, Irish and Maltese; comma elsewhere (ISG 7.3.3).
POINT_LANGS = {"en", "ga", "mt"}
# ISO code before the amount in these languages, after it elsewhere (ISG 7.3.3).
CODE_FIRST_LANGS = {"en", "ga", "mt", "nl"}


def release_locale_data(keep: int = 6) -> None:
    """Drop Babel's cached CLDR data (over 1 MB per locale) once more than `keep` locales
    are loaded: a build goes language by language, so memory stays flat however many
    languages a pack has, and a locale is reloaded only every few languages."""
    import babel.localedata

    clear = getattr(babel.localedata, "clear_caches", None)  # public since Babel 2.16
    if clear is not None and len(getattr(babel.localedata, "_cache", ())) > keep:
        clear()


def format_date(value: dt.date, lang: str, form: str = "long") -> str:
    """'18 May 2026' (long) or '18.5.2026' (short), each in the language's own notation
    (short: HU '2026.5.18.', LV '18.5.2026.', PL '18.5.2026 r.'; i18n/notation.py)."""
    if form == "short":
        from .notation import short_date, with_date_suffix

        return with_date_suffix(short_date(value, lang), lang)
    text = babel_format_date(value, "long", locale=BY_CODE[lang].babel)
    if lang == "fr" and value.day == 1:
        text = "1er" + text[1:]  # French writes the first of the month as an ordinal
    return text


def format_number(value: float | int, lang: str) -> str:
    """Thousands grouped with a non-breaking space; the language's decimal sign."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", NBSP)
    whole, _, frac = f"{value:,.6f}".rstrip("0").partition(".")
    sign = "." if lang in POINT_LANGS else ","
    return whole.replace(",", NBSP) + (sign + frac if frac else "")


def power_of_ten(value: float) -> int | None:
    if value >= 1e6:
        exp = round(math.log10(value))
        if math.isclose(value, 10**exp):
            return exp
    return None


def format_value(
    amount: float | int, unit: str, lang: str, translations: gettext.NullTranslations
) -> str:
    """An amount with its unit: 'EUR 15 000 000', '3 %', '72 hours', '10²⁵ FLOP'."""
    _ = translations.ngettext
    exp = power_of_ten(amount) if unit in ("FLOP", "count") else None
    number = f"10{str(exp).translate(SUPERSCRIPT)}" if exp else format_number(amount, lang)
    n = int(amount) if float(amount).is_integer() else 2
    if unit in ("EUR", "USD"):
        return f"{unit}{NBSP}{number}" if lang in CODE_FIRST_LANGS else f"{number}{NBSP}{unit}"
    if unit == "percent":
        return f"{number}{NBSP}%"
    if unit == "hours":
        return _("{n} hour", "{n} hours", n).replace("{n}", number)
    if unit == "days":
        return _("{n} day", "{n} days", n).replace("{n}", number)
    if unit == "weeks":
        return _("{n} week", "{n} weeks", n).replace("{n}", number)
    if unit == "months":
        return _("{n} month", "{n} months", n).replace("{n}", number)
    if unit == "FLOP":
        return f"{number}{NBSP}FLOP"
    return number


# Languages that put a no-break space before ':', ';', '?' and '!' (French, as the
# Interinstitutional Style Guide and the French content catalogue write it).
SPACE_BEFORE_PUNCTUATION = {"fr"}


def punctuation(mark: str, lang: str) -> str:
    """A separator the code writes (': ', '; ') as `lang` writes it: '\u00a0: ' in French;
    Greek's semicolon is the ano teleia (';' is its question mark), written as U+00B7, the
    character U+0387 is canonically equivalent to."""
    if lang == "el" and mark[:1] == ";":
        return "\u00b7" + mark[1:]
    if lang in SPACE_BEFORE_PUNCTUATION and mark[:1] in ":;?!":
        return NBSP + mark
    return mark


def caps(text: str, lang: str) -> str:
    """Text in capitals as the language writes them: Greek drops the accent (tonos) in
    capitals but keeps the diaeresis ('Με μια ματιά' -> 'ΜΕ ΜΙΑ ΜΑΤΙΑ', not 'ΜΑΤΙΆ')."""
    import unicodedata

    upper = text.upper()
    if lang != "el":
        return upper
    bare = "".join(c for c in unicodedata.normalize("NFD", upper) if c not in "\u0301\u0341")
    return unicodedata.normalize("NFC", bare)
