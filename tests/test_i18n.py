"""The translators' workflow: extract, init, translate, build, update (fuzzy), status."""

from __future__ import annotations

import datetime as dt
import json
import re

import html5lib
import pytest
from babel.messages.pofile import read_po, write_po

from briefings.errors import Problems
from briefings.i18n.catalogs import load_messages
from briefings.i18n.formatting import format_date, format_value
from briefings.languages import CODES, LANGUAGES

from .conftest import REPO, cli

NS = "{http://www.w3.org/1999/xhtml}"


def set_translation(po_path, context, msgid, string, fuzzy=False):
    with po_path.open("rb") as fh:
        catalog = read_po(fh)
    message = catalog.get(msgid, context)
    assert message is not None, (context, msgid)
    message.string = string
    if fuzzy:
        message.flags.add("fuzzy")
    else:
        message.flags.discard("fuzzy")
    with po_path.open("wb") as fh:
        write_po(fh, catalog, width=0, include_previous=True)


def page_text(path):
    root = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)
    return root, "".join(root.itertext())


def test_extract_is_deterministic(project):
    assert cli("i18n", "extract", root=project).exit_code == 0
    first = (project / "locales" / "test-pack.pot").read_bytes()
    assert cli("i18n", "extract", root=project).exit_code == 0
    assert (project / "locales" / "test-pack.pot").read_bytes() == first
    text = first.decode()
    assert 'msgctxt "note: heading"\nmsgid "Background"' in text
    assert (
        'msgctxt "fact:aia.entry-into-force"\nmsgid "The AI Act entered into force on {date}."'
        in text
    )
    assert "#: templates/briefings/note.md:5" in text


def test_round_trip_translation_shows_in_build_then_fuzzy_falls_back(project):
    assert cli("i18n", "init", "pl", root=project).exit_code == 0
    po = project / "locales" / "pl" / "LC_MESSAGES" / "test-pack.po"
    set_translation(po, "note: heading", "Background", "Kontekst")
    set_translation(
        po,
        "fact:aia.general-application",
        "Most of the AI Act applies from {date}.",
        "Większość przepisów aktu w sprawie AI stosuje się od {date}.",
    )
    assert cli("build", "--lang", "pl", "-j", "1", root=project).exit_code == 0
    root, text = page_text(project / "build" / "site" / "test-pack" / "pl" / "note.html")
    assert "Kontekst" in text
    assert "Większość przepisów aktu w sprawie AI stosuje się od 2 sierpnia 2026." in text
    # The source unit changes: after update the translation is fuzzy, keeps #| and is not used.
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text().replace("## Background", "## Background and context"))
    assert cli("i18n", "update", root=project).exit_code == 0
    po_text = po.read_text()
    assert '#| msgid "Background"' in po_text
    with po.open("rb") as fh:
        msg = read_po(fh).get("Background and context", "note: heading")
    assert msg.fuzzy and msg.string == "Kontekst"
    assert cli("build", "--lang", "pl", "-j", "1", root=project).exit_code == 0
    root, text = page_text(project / "build" / "site" / "test-pack" / "pl" / "note.html")
    assert "Kontekst" not in text
    heading = [
        h for h in root.iter(NS + "h2") if "Background and context" in "".join(h.itertext())
    ][0]
    assert heading.find(NS + "span").get("lang") == "en"
    status = json.loads(
        cli(
            "i18n", "status", "--catalogues", "--lang", "pl", "--format", "json", root=project
        ).stdout
    )
    content = next(r for r in status if r["domain"] == "test-pack")
    assert content["fuzzy"] == 1 and content["translated"] == 1
    assert content["untranslated"] == content["total"] - 2


def test_placeholder_mismatch_is_reported_and_falls_back(project):
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    po = project / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    msgid = '{{ fact("aia.entry-into-force") }} Providers of a {{ term("gpai-model") }} face fines.'
    set_translation(
        po,
        "note: paragraph",
        msgid,
        '{{ fact("aia.entry-into-force") }} Amendes pour {{ pack.title }}.',
    )
    result = cli("build", "--lang", "fr", "-j", "1", root=project)
    assert result.exit_code == 0
    assert "locales/fr/LC_MESSAGES/test-pack.po:" in result.stderr
    assert "translation rejected (placeholders differ" in result.stderr
    assert 'msgid \'{{ fact("aia.entry-into-force") }} Providers' in result.stderr
    strict = cli("build", "--lang", "fr", "--strict", "-j", "1", root=project)
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    "bad",
    [
        "## Titre injecté",
        "ligne | cassée",
        "<img src=x onerror=alert(1)>",
        "deux\nlignes",
        "- liste",
    ],
)
def test_structure_changing_translation_is_rejected(project, bad):
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    po = project / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    set_translation(po, "note: table cell", "Entry into force", bad)
    result = cli("build", "--lang", "fr", "-j", "1", root=project)
    assert result.exit_code == 0 and "translation rejected" in result.stderr
    root, text = page_text(project / "build" / "site" / "test-pack" / "fr" / "note.html")
    assert "Entry into force" in text and bad.strip() not in text


def test_plural_forms_follow_each_language(tmp_path):
    """The shipped catalogues choose the plural form by each language's own rule."""
    counts = {
        "fr": (1, 2, 72),
        "pl": (1, 2, 5, 22, 25),
        "ga": (1, 2, 3, 7, 11),
        "lv": (0, 1, 21, 72),
    }
    for lang, ns in counts.items():
        tr = load_messages(REPO, lang, Problems())
        forms = [tr.ngettext("{n} hour", "{n} hours", n) for n in ns]
        assert all("{n}" in f for f in forms), (lang, forms)
        if lang == "pl":
            assert forms[0] != forms[1] != forms[2] and forms[1] == forms[3]
        if lang == "fr":
            assert forms[0] == "{n} heure" and forms[1] == forms[2] == "{n} heures"


@pytest.mark.parametrize("lang", CODES)
def test_dates_and_numbers_in_every_language(lang):
    day = dt.date(2026, 5, 18)
    long = format_date(day, lang)
    assert "2026" in long and "18" in long and "May" not in long.replace("Mayo", "") or lang == "en"
    # the short form in the language's own notation (i18n/notation.py; ISG per language)
    from briefings.i18n.notation import short_date, with_date_suffix

    assert format_date(day, lang, "short") == with_date_suffix(short_date(day, lang), lang)
    assert {
        "en": "18.5.2026",
        "fr": "18.5.2026",
        "hu": "2026.5.18.",
        "lv": "18.5.2026.",
        "pl": "18.5.2026\u00a0r.",
    }.get(lang, format_date(day, lang, "short")) == format_date(day, lang, "short")
    expected = {
        "en": "18 May 2026",
        "fr": "18 mai 2026",
        "de": "18. Mai 2026",
        "pt": "18 de maio de 2026",
        "lv": "2026. gada 18. maijs",
        "hu": "2026. május 18.",
        "ga": "18 Bealtaine 2026",
    }
    if lang in expected:
        assert long == expected[lang]
    import gettext

    amount = format_value(15_000_000, "EUR", lang, gettext.NullTranslations())
    assert "15\u00a0000\u00a0000" in amount and "EUR" in amount
    assert format_value(2.5, "percent", lang, gettext.NullTranslations()) == (
        "2.5\u00a0%" if lang in ("en", "ga", "mt") else "2,5\u00a0%"
    )


def test_languages_are_in_protocol_order():
    assert [
        language.code for language in LANGUAGES
    ] == "bg es cs da de et el en fr ga hr it lv lt hu mt nl pl pt ro sk sl fi sv".split()


def test_status_counts_and_json(project):
    assert cli("i18n", "init", "de", root=project).exit_code == 0
    result = cli("i18n", "status", "--catalogues", "--lang", "de", root=project)
    assert result.exit_code == 0 and "de Deutsch" in result.stdout
    rows = json.loads(
        cli(
            "i18n", "status", "--catalogues", "--lang", "de", "--format", "json", root=project
        ).stdout
    )
    content = next(r for r in rows if r["domain"] == "test-pack")
    assert content["translated"] == 0 and content["untranslated"] == content["total"] > 10
    bad = cli("i18n", "status", "--lang", "xx", root=project)
    assert bad.exit_code == 1 and "unknown language code 'xx'" in bad.stderr


def test_pybabel_extract_uses_the_registered_method(project, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "test-pack.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            str(REPO / "babel.cfg"),
            "-o",
            str(out),
            ".",
        ],
        cwd=project,
        check=True,
        capture_output=True,
    )
    text = out.read_text()
    assert 'msgctxt "note: heading"' in text and 'msgid "Background"' in text


def test_strict_fails_below_the_coverage_threshold(project):
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    result = cli("build", "--lang", "fr", "--strict", "-j", "1", root=project)
    assert result.exit_code == 1
    assert re.search(
        r"test-pack/fr/note: translation coverage \d+ % of the words is below the pack's threshold "
        r"of 100 %",
        result.stderr,
    )
    assert (
        cli("build", "--lang", "fr", "-j", "1", root=project).exit_code == 0
    )  # without --strict it falls back


def test_check_warns_when_a_translation_misses_the_official_term(project):
    assert cli("i18n", "init", "de", root=project).exit_code == 0
    po = project / "locales" / "de" / "LC_MESSAGES" / "test-pack.po"
    text = "The Commission can fine providers of general-purpose AI models up to {value}."
    set_translation(
        po,
        "fact:aia.fine-gpai",
        text,
        "Die Kommission kann Anbieter von KI-Allzweckmodellen mit bis zu {value} belegen.",
    )
    result = cli("check", root=project)
    assert (
        "does not use the official term 'KI-Modell mit allgemeinem Verwendungszweck'"
        in result.stderr
    )
    assert "locales/de/LC_MESSAGES/test-pack.po:" in result.stderr
    set_translation(
        po,
        "fact:aia.fine-gpai",
        text,
        "Die Kommission kann Anbieter von KI-Modell mit allgemeinem Verwendungszweck "
        "mit bis zu {value} belegen.",
    )
    assert "official term" not in cli("check", root=project).stderr


def test_check_json_output(project):
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\nApplies from 2 August 2026.\n")
    result = cli("check", "--format", "json", root=project)
    rows = json.loads(result.stdout)["problems"]
    typed = [r for r in rows if "typed into the text" in r["message"]]
    assert (
        typed
        and typed[0]["level"] == "warning"
        and typed[0]["file"] == "templates/briefings/note.md"
    )
    assert result.exit_code == 0
    assert cli("check", "--strict", root=project).exit_code == 1


def test_citations_link_the_official_text_in_the_readers_language(built):
    html = (built / "test-pack" / "fr" / "note.html").read_text()
    assert "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R1689" in html
    assert (
        "Règlement sur l'intelligence artificielle</a>, art. 113, JO L" in html
    )  # footnotes start with a capital


def test_compile_writes_mo_files_gettext_reads(project):
    import gettext

    assert cli("i18n", "init", "de", root=project).exit_code == 0
    po = project / "locales" / "de" / "LC_MESSAGES" / "messages.po"
    set_translation(po, None, "Summary", "Zusammenfassung")
    result = cli("i18n", "compile", root=project)
    assert result.exit_code == 0 and "messages.mo" in result.stdout
    with open(project / "locales" / "de" / "LC_MESSAGES" / "messages.mo", "rb") as fh:
        assert gettext.GNUTranslations(fh).gettext("Summary") == "Zusammenfassung"


@pytest.mark.parametrize(
    "helper, keyword",
    [("term", "term_id"), ("doc", "doc_id"), ("value", "fact_id")],
)
def test_a_placeholder_with_a_keyword_argument_gets_the_same_translator_note(helper, keyword):
    """`term(term_id="x")` is the same call as `term("x")`: the catalogue's note says what it
    shows in English (it used to fail with a KeyError on None)."""
    from briefings.i18n.extract import placeholder_notes
    from briefings.sources.library import load_library

    from .conftest import REPO

    lib = load_library(REPO)
    name = {
        "term": next(iter(lib.terms)),
        "doc": next(iter(lib.documents)),
        "value": next(k for k, f in lib.facts.items() if f.value is not None),
    }[helper]
    extra = ", cite=false" if helper == "value" else ""
    positional = placeholder_notes(f'A {{{{ {helper}("{name}"{extra}) }}}}.', lib, "briefing")
    by_keyword = placeholder_notes(
        f'A {{{{ {helper}({keyword}="{name}"{extra}) }}}}.', lib, "briefing"
    )
    english = positional[-1].split("In English: ", 1)[1].split(" = ", 1)[1]
    assert by_keyword[-1].endswith(f" = {english}")
    assert f'{keyword}="{name}"' in by_keyword[-1]
