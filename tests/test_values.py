"""Grammar around inserted values: a translation may write a value placeholder's value in its
own words (accepted only if it is the same value), and inserted names are capitalised where
a sentence or cell starts (issue 12, item 6)."""

from __future__ import annotations

import datetime as dt
import gettext
import json

import pytest

from briefings.compose.tidy import CAPITAL, capital_starts, capitalise_first
from briefings.i18n.catalogs import check_translation
from briefings.i18n.values import (
    ValueMatcher,
    _tokens,
    date_pattern,
    phrase_count,
    title_forms,
    value_pattern,
)

from .conftest import cli
from .test_i18n import page_text, set_translation

MAY_18 = dt.date(2026, 5, 18)


@pytest.mark.parametrize(
    "lang, text, accepted",
    [
        ("hu", "2026. május 18-án", True),
        ("hu", "2026. május 18-ig", True),
        ("hu", "2026. május 19-én", False),  # another day
        ("hu", "2026. június 18-án", False),  # another month
        ("hu", "2025. május 18-án", False),  # another year
        ("hu", "május 18-án", False),  # no year: not the same date
        ("pl", "18 maja 2026 r.", True),  # CLDR's format form is the genitive
        ("pl", "do 18 maja 2026 r.", True),
        ("pl", "18 czerwca 2026 r.", False),
        ("cs", "do 18. května 2026", True),
        ("lt", "2026 m. gegužės 18 d.", True),
        ("lv", "2026. gada 18. maijā", True),  # locative, from the table
        ("lv", "līdz 2026. gada 18. maijam", True),  # dative
        ("lv", "2026. gada 18. jūnijā", False),
        ("fi", "toukokuun 18. päivänä 2026", True),  # genitive, from the table
        ("fi", "18. toukokuuta 2026", True),  # partitive, CLDR
        ("fi", "18. kesäkuuta 2026", False),
        ("et", "18. mail 2026", True),  # adessive, from the table
        ("et", "18. juunil 2026", False),
        ("sl", "18. maja 2026", True),  # genitive, from the table
        ("el", "18 Μαΐου 2026", True),
        ("bg", "18 май 2026 г.", True),
        ("de", "am 18. Mai 2026", True),
        ("de", "am 18.5.2026", True),
        ("de", "am 18.05.2026", True),
        ("de", "am 118. Mai 2026", False),  # not the 18th
        ("de", "am 18.5.20261", False),
        ("fr", "le 18 mai 2026", True),
        ("fr", "le 18 V 2026", True),  # Roman numeral month
        ("fr", "le 8 mai 2026", False),
        ("es", "el 18 de mayo de 2026", True),
        ("en", "on 18 May 2026", True),
        ("en", "on May 18, 2026", True),
        ("pt", "2026-05-18", True),
    ],
)
def test_date_forms(lang, text, accepted):
    assert bool(date_pattern(MAY_18, lang).search(text)) is accepted


def test_french_first_of_the_month():
    assert date_pattern(dt.date(2026, 8, 1), "fr").search("le 1er août 2026")
    assert not date_pattern(dt.date(2026, 8, 1), "fr").search("le 11 août 2026")


class _German(gettext.NullTranslations):
    """The German plural forms of the shipped interface catalogue, for durations."""

    FORMS = {
        "{n} day": ("{n} Tag", "{n} Tage"),
        "{n} hour": ("{n} Stunde", "{n} Stunden"),
        "{n} month": ("{n} Monat", "{n} Monate"),
        "{n} week": ("{n} Woche", "{n} Wochen"),
    }

    def ngettext(self, one, many, n):
        forms = self.FORMS.get(one)
        return (forms[0] if n == 1 else forms[1]) if forms else super().ngettext(one, many, n)


@pytest.mark.parametrize(
    "amount, unit, lang, text, accepted",
    [
        (15, "days", "de", "binnen 15 Tagen", True),
        (15, "days", "de", "innerhalb von 15 Tagen", True),
        (15, "days", "de", "binnen 15 Stunden", False),  # another unit
        (15, "days", "de", "binnen 150 Tagen", False),  # another number
        (15, "days", "de", "binnen 1,5 Tagen", False),
        (24, "hours", "pl", "w ciągu 24 godzin", True),  # the genitive plural: stem of "godzina"
        (15.5, "percent", "fr", "15,5 %", True),
        (15.5, "percent", "fr", "15.5 %", False),  # not the French decimal sign
        (15.5, "percent", "fr", "15,5 millions", False),
        (35_000_000, "EUR", "fr", "35 000 000 EUR", True),
        (35_000_000, "EUR", "fr", "35 000 000 d’euros", False),  # no currency word right after it
        (35_000_000, "EUR", "de", "35.000.000 Euro", True),
        (35_000_000, "EUR", "de", "35 Mio. EUR", False),  # abbreviated numbers are not read
        (35_000_000, "EUR", "en", "EUR 35 000 000", True),
        (1e25, "FLOP", "de", "mehr als 10²⁵ FLOP", True),
        (1e25, "FLOP", "de", "mehr als 10²⁴ FLOP", False),
        (18, "count", "fr", "dans 18 secteurs", True),
        (18, "count", "fr", "dans 118 secteurs", False),
    ],
)
def test_value_forms(amount, unit, lang, text, accepted):
    translations = _German() if lang == "de" else None
    if lang == "pl":

        class _Polish(gettext.NullTranslations):
            def ngettext(self, one, many, n):
                return {0: "{n} godzina", 1: "{n} godziny"}.get(n % 2, "{n} godzin")

        translations = _Polish()
    assert bool(value_pattern(amount, unit, lang, translations).search(text)) is accepted


@pytest.mark.parametrize(
    "text, term, count",
    [
        ("Modelle mit systemischem Risiko", "systemisches Risiko", 1),
        ("systemische Risiken und ein systemisches Risiko", "systemisches Risiko", 2),
        (
            "Anbieter von KI-Modellen mit allgemeinem Verwendungszweck",
            "KI-Modell mit allgemeinem Verwendungszweck",
            1,
        ),
        ("des modèles d’IA à usage général", "modèle d’IA à usage général", 1),
        ("Modelle mit Risiko", "systemisches Risiko", 0),  # a word missing
        ("Risikobewertungssysteme", "Risiko", 0),  # an ending of more than five letters
        ("Vorfälle", "schwerwiegender Vorfall", 0),
    ],
)
def test_term_forms(text, term, count):
    assert phrase_count(text, [_tokens(term)]) == count


@pytest.mark.parametrize(
    "text, title, count",
    [
        ("le règlement sur l’IA", "règlement sur l’intelligence artificielle", 1),
        (
            "Règlement sur l’intelligence artificielle",
            "règlement sur l’intelligence artificielle",
            1,
        ),
        ("die KI-Verordnung", "Verordnung über künstliche Intelligenz", 1),
        ("der KI-Verordnung", "Verordnung über künstliche Intelligenz", 1),
        ("die NIS-2-Richtlinie", "Verordnung über künstliche Intelligenz", 0),
        ("die KX-Verordnung", "Verordnung über künstliche Intelligenz", 0),
    ],
)
def test_title_forms(text, title, count):
    assert phrase_count(text, title_forms(title)) == count


@pytest.fixture(scope="module")
def matchers():
    from pathlib import Path

    from briefings.errors import Problems
    from briefings.i18n.catalogs import load_messages
    from briefings.sources.library import load_library

    from .conftest import REPO

    lib = load_library(REPO)
    return {
        lang: ValueMatcher(lib, lang, load_messages(Path(REPO), lang, Problems()))
        for lang in ("de", "fr", "hu")
    }


MSGID = (
    'Providers report within {{ value("aia.art73-standard", cite=false) }} under the '
    '{{ doc("ai-act") }} from {{ date("aia.general-application", cite=false) }}'
    '{{ cite("ai-act", "Art. 73") }}.'
)


@pytest.mark.parametrize(
    "lang, string, why",
    [
        (
            "de",
            "Anbieter melden innerhalb von 15 Tagen nach der KI-Verordnung ab dem 2. August 2026"
            '{{ cite("ai-act", "Art. 73") }}.',
            None,
        ),
        (
            "de",
            'Anbieter melden innerhalb von 15 Tagen nach der {{ doc("ai-act") }} ab dem '
            '{{ date("aia.general-application", cite=false) }}{{ cite("ai-act", "Art. 73") }}.',
            None,
        ),
        (
            "de",
            'Anbieter melden innerhalb von 14 Tagen nach der {{ doc("ai-act") }} ab dem '
            '{{ date("aia.general-application", cite=false) }}{{ cite("ai-act", "Art. 73") }}.',
            "does not write the value of 'aia.art73-standard'",
        ),
        (
            "de",
            "Anbieter melden innerhalb von 15 Tagen nach der KI-Verordnung ab dem 3. August 2026"
            '{{ cite("ai-act", "Art. 73") }}.',
            "does not write the date 2026-08-02",
        ),
        (
            "de",
            "Anbieter melden innerhalb von 15 Tagen nach der KI-Verordnung ab dem 2. August 2026.",
            'it drops {{ cite("ai-act", "Art. 73") }}; cite() carries a note: keep it',
        ),
        (
            "de",
            "Anbieter melden innerhalb von 15 Tagen nach der Richtlinie ab dem 2. August 2026"
            '{{ cite("ai-act", "Art. 73") }}.',
            "does not write the title 'KI-Verordnung'",
        ),
        (
            "de",
            'Anbieter melden innerhalb von {{ value("aia.art73-standard", cite=false) }} '
            '{{ value("aia.art73-standard", cite=false) }} nach der KI-Verordnung '
            "ab dem 2. August 2026"
            '{{ cite("ai-act", "Art. 73") }}.',
            "placeholders differ",
        ),  # one added: never
        (
            "hu",
            "A szolgáltatók 2026. augusztus 2-ától 15 napon belül jelentenek a mesterséges "
            "intelligenciáról "
            'szóló rendelet szerint{{ cite("ai-act", "Art. 73") }}.',
            None,
        ),
    ],
)
def test_check_translation_with_values(matchers, lang, string, why):
    got = check_translation(MSGID, string, "briefing: paragraph", matchers[lang])
    if why is None:
        assert got is None
    else:
        assert got is not None and why in got, got


def test_placeholders_with_notes_must_stay(matchers):
    msgid = 'From {{ date("aia.general-application") }}, {{ fact("aia.entry-into-force") }}'
    got = check_translation(
        msgid,
        'Ab dem 2. August 2026, {{ fact("aia.entry-into-force") }}',
        "t: paragraph",
        matchers["de"],
    )
    assert "date() of a fact carries its note unless it has cite=false" in got
    got = check_translation(
        msgid,
        'Ab dem {{ date("aia.general-application") }}, In Kraft seit dem 1. August 2024.',
        "t: paragraph",
        matchers["de"],
    )
    assert "fact() carries a note" in got


def test_a_value_the_source_already_writes_does_not_count(matchers):
    msgid = 'Within {{ value("aia.art73-standard", cite=false) }}, not 15 days later.'
    assert "does not write" in check_translation(
        msgid, "Binnen 15 Tagen? Nein.", "t: paragraph", matchers["de"]
    )
    assert (
        check_translation(
            msgid, "Binnen 15 Tagen, nicht 15 Tage später.", "t: paragraph", matchers["de"]
        )
        is None
    )


def test_fact_sentence_may_write_its_date(matchers):
    fact = matchers["hu"].lib.facts["aia.general-application"]
    context = f"fact:{fact.id}"
    assert (
        check_translation(
            fact.text,
            "A rendelet nagy része 2026. augusztus 2-ától alkalmazandó.",
            context,
            matchers["hu"],
        )
        is None
    )
    got = check_translation(
        fact.text,
        "A rendelet nagy része 2026. augusztus 3-ától alkalmazandó.",
        context,
        matchers["hu"],
    )
    assert "does not write the date 2026-08-02" in got
    assert "placeholders differ" in check_translation(
        fact.text, "Ohne Datum.", context, None
    )  # no matcher: strict


def test_inflected_term_passes_check_and_renders(project):
    """A German translation that writes the term in the dative instead of term() is accepted
    by `check` and shown; one that drops the term is rejected, naming file, line and value."""
    assert cli("i18n", "init", "de", root=project).exit_code == 0
    po = project / "locales" / "de" / "LC_MESSAGES" / "test-pack.po"
    msgid = '{{ fact("aia.entry-into-force") }} Providers of a {{ term("gpai-model") }} face fines.'
    good = (
        '{{ fact("aia.entry-into-force") }} Anbietern von KI-Modellen '
        "mit allgemeinem Verwendungszweck "
        "drohen Geldbußen."
    )
    set_translation(po, "note: paragraph", msgid, good)
    report = json.loads(cli("check", "--format", "json", root=project).stdout)
    assert not [p for p in report["problems"] if "translation rejected" in p["message"]], report
    assert cli("build", "--lang", "de", "-j", "1", root=project).exit_code == 0
    _root, text = page_text(project / "build" / "site" / "test-pack" / "de" / "note.html")
    assert "Anbietern von KI-Modellen mit allgemeinem Verwendungszweck drohen Geldbußen." in text

    # the unit still depends on the term it wrote out: a changed term rebuilds it, and the
    # translation, no longer carrying the official term, falls back
    glossary = project / "sources" / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            "de: KI-Modell mit allgemeinem Verwendungszweck", "de: KI-Modell für allgemeine Zwecke"
        ),
        encoding="utf-8",
    )
    assert cli("build", "--lang", "de", "-j", "1", root=project).exit_code == 0
    _root, text = page_text(project / "build" / "site" / "test-pack" / "de" / "note.html")
    assert (
        "Providers of a general-purpose AI model face fines." in text
    )  # falls back: wholly English
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            "de: KI-Modell für allgemeine Zwecke", "de: KI-Modell mit allgemeinem Verwendungszweck"
        ),
        encoding="utf-8",
    )

    set_translation(
        po,
        "note: paragraph",
        msgid,
        '{{ fact("aia.entry-into-force") }} Anbietern drohen Geldbußen.',
    )
    report = json.loads(cli("check", "--format", "json", root=project).stdout)
    rejected = [p for p in report["problems"] if "translation rejected" in p["message"]]
    assert len(rejected) == 1, report
    problem = rejected[0]
    assert problem["file"] == "locales/de/LC_MESSAGES/test-pack.po" and problem["line"]
    assert problem["entry"].startswith("msgid '{{ fact(")
    assert 'drops {{ term("gpai-model") }}' in problem["message"]
    assert "'KI-Modell mit allgemeinem Verwendungszweck'" in problem["message"]
    assert cli("build", "--lang", "de", "-j", "1", root=project).exit_code == 0
    _root, text = page_text(project / "build" / "site" / "test-pack" / "de" / "note.html")
    assert (
        "Providers of a general-purpose AI model face fines." in text
    )  # the English unit, wholly English


@pytest.mark.parametrize(
    "markdown, lang, expected",
    [
        (
            f"| {CAPITAL}règlement sur l’IA | x {CAPITAL}directive SRI 2 |",
            "fr",
            "| Règlement sur l’IA | x directive SRI 2 |",
        ),
        (f"## {CAPITAL}modèles d’IA", "fr", "## Modèles d’IA"),
        (f"- **{CAPITAL}fournisseurs :** texte", "fr", "- **Fournisseurs :** texte"),
        (f"Table: {CAPITAL}délais", "fr", "Table: Délais"),
        (f"    {CAPITAL}règlement sur l’IA", "fr", "    Règlement sur l’IA"),  # summary box
        (f"Fin. {CAPITAL}règlement", "fr", "Fin. Règlement"),
        (
            f"Fin.\ue0103\ue011 {CAPITAL}règlement",
            "fr",
            "Fin.\ue0103\ue011 Règlement",
        ),  # after a note
        (f"Fin ! « {CAPITAL}règlement »", "fr", "Fin ! « Règlement »"),
        (f"le {CAPITAL}règlement", "fr", "le règlement"),
        (f"l’{CAPITAL}intelligence", "fr", "l’intelligence"),
        (f"p. ex. {CAPITAL}règlement", "fr", "p. ex. règlement"),  # an abbreviation
        (
            f"Informations : {CAPITAL}règlement",
            "fr",
            "Informations : règlement",
        ),  # no capital after a colon
        (f"am 18. {CAPITAL}vorfall", "de", "am 18. vorfall"),  # an ordinal, not a sentence end
        (f"Ende 2026. {CAPITAL}verordnung", "de", "Ende 2026. Verordnung"),
        (f"{CAPITAL}κανονισμός για την ΤΝ", "el", "Κανονισμός για την ΤΝ"),
        (f"{CAPITAL}άρθρο 5", "el", "Άρθρο 5"),  # the accent stays
        (f"{CAPITAL}регламент", "bg", "Регламент"),
        (f"{CAPITAL}eIDAS", "en", "eIDAS"),  # cased on purpose
        (f"{CAPITAL}tAcht", "ga", "tAcht"),
        (f"{CAPITAL}ijverordening", "nl", "IJverordening"),
        (
            f"\ue000en\ue001{CAPITAL}provider",
            "fr",
            "\ue000en\ue001Provider",
        ),  # an English fallback unit
        ("no mark here", "fr", "no mark here"),
    ],
)
def test_capital_starts(markdown, lang, expected):
    assert capital_starts(markdown, lang) == expected


def test_capitalise_first_leaves_numbers_and_acronyms():
    assert capitalise_first("2026 rules") == "2026 rules"
    assert capitalise_first("mRNA") == "mRNA"
    assert capitalise_first("directive") == "Directive"
    assert capitalise_first("") == ""


def test_term_and_doc_capitalised_at_a_sentence_start_in_the_rendered_page(project):
    """term() opening a French sentence renders with a capital, in the page and the Markdown."""
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    po = project / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    msgid = '{{ fact("aia.entry-into-force") }} Providers of a {{ term("gpai-model") }} face fines.'
    set_translation(
        po,
        "note: paragraph",
        msgid,
        '{{ fact("aia.entry-into-force") }} {{ term("gpai-model") }} : des amendes sont prévues.',
    )
    assert (
        cli("build", "--lang", "fr", "-j", "1", "--format", "html,md", root=project).exit_code == 0
    )
    _root, text = page_text(project / "build" / "site" / "test-pack" / "fr" / "note.html")
    assert "Modèle d'IA à usage général : des amendes sont prévues." in text
    markdown = (project / "build" / "site" / "test-pack" / "fr" / "note.md").read_text(
        encoding="utf-8"
    )
    assert (
        "Modèle d'IA à usage général : des amendes sont prévues." in markdown
        and "\ue014" not in markdown
    )


def test_french_timeline_separators_have_a_no_break_space(project):
    """FR-13: the separators the code writes around timeline entries follow French typography."""
    assert (
        cli("build", "--lang", "fr,de", "-j", "1", "--format", "html,md", root=project).exit_code
        == 0
    )
    site = project / "build" / "site" / "test-pack"
    french = (site / "fr" / "note.md").read_text(encoding="utf-8")
    assert "- 1er août 2024\u00a0: " in french and "- 1er août 2024: " not in french
    german = (site / "de" / "note.md").read_text(encoding="utf-8")
    assert " August 2024: [The AI Act" in german  # German: no space before the colon
    _root, text = page_text(site / "fr" / "note.html")
    assert "1er août 2024\u00a0: " in text and "\u00a0; 18 mai 2026\u00a0: " in text


def test_glossary_forms_cover_what_the_stem_rule_cannot(matchers):
    """German plurals with an umlaut are read only through the glossary's `forms`."""
    from briefings.i18n.values import parse_call

    expected = matchers["de"].expected(parse_call('{{ term("serious-incident") }}'), None)
    assert (
        expected.count("die Meldung schwerwiegender Vorfälle") == 1
    )  # listed form, by the stem rule
    assert expected.count("bei schwerwiegenden Vorfällen") == 1
    assert expected.count("eines schwerwiegenden Vorfalls") == 1  # the term itself, inflected
    assert expected.count("bei Vorfällen") == 0
    without = ValueMatcher(matchers["de"].lib, "de")
    term = without.lib.terms["serious-incident"]
    assert phrase_count("bei schwerwiegenden Vorfällen", [_tokens(term.terms["de"])]) == 0


@pytest.mark.parametrize(
    "text, accepted",
    [
        ("alates 11. septembrist 2026", True),  # elative: the stem drops the e of -ber
        ("11. septembril 2026", True),
        ("11. oktoobril 2026", False),  # another month
        ("11. septembrist 2025", False),  # another year
    ],
)
def test_estonian_months_in_ber_inflect_on_their_own_stem(text, accepted):
    """Reported by the Estonian translator: 'septembrist' was refused, 'septemberist' (not
    Estonian) accepted."""
    assert bool(date_pattern(dt.date(2026, 9, 11), "et").search(text)) is accepted
