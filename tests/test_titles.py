"""Official titles of the cited acts in the 24 languages (sources/documents.yaml).

Every legal act and proposal has a full title and a short title in each official language;
the languages not checked against EUR-Lex are listed in `unverified_titles`; every act
number in a title is written the way that language's Official Journal writes it; sources
that are not legal acts say which language their own title is in.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from briefings.languages import CODES, SOURCE_LANGUAGE
from briefings.sources.library import SourceDocument, load_library
from briefings.sources.schema import file_name

from .conftest import REPO, cli, copy_project

LIB = load_library(REPO)
LEGAL = sorted((d for d in LIB.documents.values() if d.is_legal_act), key=lambda d: d.id)
OTHERS = sorted((d for d in LIB.documents.values() if not d.is_legal_act), key=lambda d: d.id)
TRANSLATED = [c for c in CODES if c != SOURCE_LANGUAGE]

# How each language's Official Journal writes "(EU) 2024/1689", "(EU) No 910/2014",
# "(EC) No 300/2008" and "Directive 2014/90/EU" (the abbreviations of the Interinstitutional
# Style Guide, as the OJ titles of these acts show them): the Union's and the Community's
# abbreviation, and the word for "No". Hungarian writes the old numbers with the abbreviation
# after them: "910/2014/EU".
OJ_FORMS = {
    "bg": ("ЕС", "ЕО", "№"),
    "cs": ("EU", "ES", "č."),
    "da": ("EU", "EF", "nr."),
    "de": ("EU", "EG", "Nr."),
    "el": ("ΕΕ", "ΕΚ", "αριθ."),
    "en": ("EU", "EC", "No"),
    "es": ("UE", "CE", "n.º"),
    "et": ("EL", "EÜ", "nr"),
    "fi": ("EU", "EY", "N:o"),
    "fr": ("UE", "CE", "no"),
    "ga": ("AE", "CE", "Uimh."),
    "hr": ("EU", "EZ", "br."),
    "hu": ("EU", "EK", None),
    "it": ("UE", "CE", "n."),
    "lt": ("ES", "EB", "Nr."),
    "lv": ("ES", "EK", "Nr."),
    "mt": ("UE", "KE", "Nru"),
    "nl": ("EU", "EG", "nr."),
    "pl": ("UE", "WE", "nr"),
    "pt": ("UE", "CE", "n.º"),
    "ro": ("UE", "CE", "nr."),
    "sk": ("EÚ", "ES", "č."),
    "sl": ("EU", "ES", "št."),
    "sv": ("EU", "EG", "nr"),
}

NEW_NUMBER = re.compile(r"\(EU\) (\d{4}/\d+)(?![\d/])")
OLD_NUMBER = re.compile(r"\((EU|EC)\) No (\d+/\d{4})")
DIRECTIVE_NUMBER = re.compile(r"(?<![\d/])(\d{4}/\d+)/EU\b")


def test_the_oj_table_covers_every_language():
    assert sorted(OJ_FORMS) == sorted(CODES)


def test_there_are_legal_acts_to_check():
    ids = {d.id for d in LEGAL}
    assert {
        "ai-act",
        "nis2",
        "cra",
        "cybersecurity-act",
        "cyber-solidarity-act",
        "omnibus-ai",
        "digital-omnibus",
    } <= ids


@pytest.mark.parametrize("doc", LEGAL, ids=lambda d: d.id)
def test_every_legal_act_has_a_title_and_short_title_in_all_24_languages(doc):
    assert doc.title and doc.short_title  # English
    missing_titles = [c for c in TRANSLATED if not doc.titles.get(c)]
    missing_short = [c for c in TRANSLATED if not doc.short_titles.get(c)]
    assert not missing_titles, f"{doc.id}: no title in {missing_titles}"
    assert not missing_short, f"{doc.id}: no short title in {missing_short}"
    for lang in CODES:
        assert doc.title_lang(lang) == lang and doc.short_title_lang(lang) == lang
        assert doc.exists_in(lang)


@pytest.mark.parametrize("doc", LEGAL, ids=lambda d: d.id)
def test_titles_are_not_the_english_ones_left_in_place(doc):
    for lang in TRANSLATED:
        assert doc.titles[lang] != doc.title, (doc.id, lang)
        assert doc.short_titles[lang] != doc.short_title, (doc.id, lang)


def _forms(doc):
    """(language, the English form of an act number, the form it must take) for every number."""
    for lang in TRANSLATED:
        eu, ec, no = OJ_FORMS[lang]
        for number in NEW_NUMBER.findall(doc.title):
            yield lang, f"(EU) {number}", f"({eu}) {number}"
        for union, number in OLD_NUMBER.findall(doc.title):
            abbr = eu if union == "EU" else ec
            want = f"{number}/{abbr}" if no is None else f"({abbr}) {no} {number}"
            yield lang, f"({union}) No {number}", want
        for number in DIRECTIVE_NUMBER.findall(doc.title):
            yield lang, f"{number}/EU", f"{number}/{eu}"


@pytest.mark.parametrize("doc", LEGAL, ids=lambda d: d.id)
def test_act_numbers_use_the_languages_official_journal_form(doc):
    wrong = [
        (lang, english, want) for lang, english, want in _forms(doc) if want not in doc.titles[lang]
    ]
    assert not wrong, "\n".join(
        f"{doc.id} [{lang}]: {english} should read {want!r}" for lang, english, want in wrong
    )


@pytest.mark.parametrize(
    "doc", [d for d in LEGAL if d.number and NEW_NUMBER.search(d.number)], ids=lambda d: d.id
)
def test_the_acts_own_number_is_in_every_title(doc):
    number = NEW_NUMBER.search(doc.number).group(1)
    for lang in CODES:
        eu = OJ_FORMS[lang][0]
        assert f"({eu}) {number}" in doc.title_in(lang), (doc.id, lang)


@pytest.mark.parametrize("doc", LEGAL, ids=lambda d: d.id)
def test_no_title_carries_another_languages_abbreviation(doc):
    # e.g. a French title that kept "(EU)" or a German one that kept "(UE)"
    for lang in TRANSLATED:
        eu, ec, _no = OJ_FORMS[lang]
        for other in {f[0] for f in OJ_FORMS.values()} - {eu, ec}:
            assert f"({other}) " not in doc.titles[lang], (doc.id, lang, other)


def test_the_translation_reviews_short_forms():
    ai_act = LIB.documents["ai-act"]
    assert ai_act.short_title_in("fr") == "règlement sur l’IA"  # FR-23
    assert ai_act.short_title_in("de") == "KI-Verordnung"  # DE-19
    assert (
        LIB.documents["cybersecurity-act"]
        .title_in("de")
        .endswith("(Rechtsakt zur Cybersicherheit)")
    )  # DE-7


@pytest.mark.parametrize("doc", LEGAL, ids=lambda d: d.id)
def test_unverified_titles_name_real_languages_that_have_titles(doc):
    assert all(code in CODES for code in doc.unverified_titles)
    assert len(set(doc.unverified_titles)) == len(doc.unverified_titles)
    for lang in CODES:
        assert doc.title_verified(lang) == (lang not in doc.unverified_titles)


def test_english_titles_count_as_verified():
    assert all(d.title_verified("en") for d in LEGAL)


@pytest.mark.parametrize("doc", OTHERS, ids=lambda d: d.id)
def test_other_sources_say_their_own_language(doc):
    assert doc.source_lang == "en"
    assert doc.original_lang == "en"
    for lang in CODES:
        assert doc.title_lang(lang) == (lang if lang in doc.titles else "en")
        assert doc.exists_in(lang) == (lang == "en" or lang in doc.titles)
    # a description of the source written by the authors is translated; the source's own
    # title is not, so a French page shows the English title, tagged as English
    if "fr" not in doc.titles:
        assert doc.title_in("fr") == doc.title and doc.title_lang("fr") == "en"
    if "fr" in doc.short_titles:
        assert doc.short_title_lang("fr") == "fr"


def _doc(**fields):
    base = {
        "id": "x",
        "type": "regulation",
        "tier": "primary-law",
        "title": "Regulation (EU) 2099/1",
        "short_title": "X Act",
        "publisher": "EU",
    }
    return SourceDocument.model_validate({**base, **fields})


def test_the_model_defaults():
    act = _doc(titles={"fr": "Règlement (UE) 2099/1"})
    assert act.is_legal_act and act.source_lang is None and act.original_lang == "en"
    assert act.exists_in("pl") and act.title_lang("pl") == "en" and act.title_lang("fr") == "fr"
    news = _doc(type="news-report", tier="media-report")
    assert not news.is_legal_act and not news.exists_in("fr") and news.exists_in("en")
    french = _doc(type="press-release", tier="official-statement", source_lang="fr")
    assert (
        french.title_lang("en") == "fr"
        and french.title_lang("de") == "fr"
        and french.exists_in("fr")
    )
    assert not french.exists_in("en")


@pytest.mark.parametrize(
    "fields, fragment",
    [
        ({"unverified_titles": ["xx"]}, "unknown language code 'xx'"),
        ({"unverified_titles": ["fr"]}, "names fr, but the document has no title in that language"),
        ({"titles": {"fr": "t"}, "unverified_titles": ["fr", "fr"]}, "names fr more than once"),
        ({"source_lang": "en"}, "a regulation exists in all 24 official languages"),
        ({"source_lang": "english", "type": "news-report"}, "unknown language code 'english'"),
    ],
)
def test_the_model_rejects(fields, fragment):
    with pytest.raises(ValidationError) as exc:
        _doc(**fields)
    assert fragment in str(exc.value)


def test_a_bad_unverified_titles_entry_is_reported_with_file_and_line(tmp_path):
    root = copy_project(tmp_path / "project")
    path = root / "sources" / "documents.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = data["documents"][0]
    assert first["type"] == "regulation"
    first["unverified_titles"] = ["pl"]
    first.pop("titles", None)
    first.pop("short_titles", None)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = cli("check", root=root)
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert (
        f"sources/documents.yaml:2: document '{first['id']}': "
        "'unverified_titles:' names pl, but the "
        "document has no title in that language"
    ) in result.stderr, result.stderr


def test_the_shipped_documents_file_is_valid_against_the_schema():
    schema = json.loads((REPO / "schemas" / file_name("documents")).read_text(encoding="utf-8"))
    text = (REPO / "sources" / "documents.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=_Editor)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert not errors, errors[:3]
    props = schema["$defs"]["SourceDocument"]["properties"]
    assert props["unverified_titles"]["items"]["enum"] == list(CODES)
    assert props["source_lang"]["description"]
    bad = {"documents": [{**data["documents"][0], "unverified_titles": ["xx"]}]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


class _Editor(yaml.SafeLoader):
    """YAML as an editor reads it (dates stay strings, as in tests/test_schema.py)."""


_Editor.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_titles_are_listed_in_language_code_order():
    # a reviewer finds a language at the same place in every entry
    for doc in LIB.documents.values():
        for field in (doc.titles, doc.short_titles):
            assert list(field) == sorted(field), doc.id
