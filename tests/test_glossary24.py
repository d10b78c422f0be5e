"""The glossary in all 24 languages (issue 15, item 4): every term in every official language,
which languages are still to confirm (validated, with file and line), the TBX-Basic and CSV
exports carrying that state and the IATE entry, the glossary check in a third language (Polish),
through a PO file and through XLIFF import, and the key-terms page in the reader's language."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import shutil
from pathlib import Path

import pytest
from lxml import etree
from pydantic import ValidationError

from briefings.compose.composer import Composer
from briefings.errors import Problems
from briefings.i18n.catalogs import check_translation, load_messages
from briefings.i18n.values import ValueMatcher
from briefings.languages import CODES
from briefings.model import Table
from briefings.sources.library import Term, load_library

from .conftest import REPO, cli, copy_repo
from .test_i18n import set_translation

X = "{urn:oasis:names:tc:xliff:document:1.2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PACK = "plenary-2026-05-18"
GLANCE = f"{PACK}-at-a-glance"
# A list item of the at-a-glance that uses term("systemic-risk") (and writes "systemic risks"
# itself).
MSGID = (
    'A recital of the {{ doc("ai-act") }} (recital 110) names offensive cyber capabilities among '
    'the systemic risks of the most capable models{{ cite("ai-act", "Recital 110") }}; the '
    'binding provisions are the definition of {{ term("systemic-risk") }}'
    '{{ cite("ai-act", "Art. 3(65)") }} and Article 55, under which providers of such models '
    "must test them adversarially, mitigate the risks, report serious incidents and protect "
    'the models\' cybersecurity{{ cite("ai-act", "Art. 55(1)") }}.'
)
CONTEXT = f"{GLANCE}: list item"
# Polish: term() replaced by the term in the genitive; the doc() and cite() placeholders kept.
PL_PARTS = [
    "Motyw ",
    '{{ doc("ai-act") }}',
    " (motyw 110) wymienia ofensywne zdolności cybernetyczne wśród "
    "zagrożeń stwarzanych przez najbardziej zaawansowane modele",
    '{{ cite("ai-act", "Recital 110") }}',
    "; wiążące są definicja ryzyka systemowego",
    '{{ cite("ai-act", "Art. 3(65)") }}',
    " oraz art. 55, zgodnie z którym dostawcy takich modeli muszą je testować, "
    "ograniczać zagrożenia, "
    "zgłaszać poważne incydenty i chronić cyberbezpieczeństwo modeli",
    '{{ cite("ai-act", "Art. 55(1)") }}',
    ".",
]
PL_GOOD = "".join(PL_PARTS)
PL_WRONG = PL_GOOD.replace("ryzyka systemowego", "ryzyka ogólnego")  # not the official term


@pytest.fixture(scope="module")
def lib():
    return load_library(REPO)


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory) -> Path:
    return copy_repo(tmp_path_factory.mktemp("glossary24") / "project")


@pytest.fixture
def project(repo_copy, tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(repo_copy, root)
    return root


# --- the shipped glossary -----------------------------------------------------------------


def test_every_term_is_in_all_24_languages(lib):
    assert len(lib.terms) == 14
    for term in lib.terms.values():
        assert set(term.terms) == set(CODES), (term.id, sorted(set(CODES) - set(term.terms)))
        assert all(text.strip() == text and text for text in term.terms.values()), term.id


def test_verification_state_is_honest(lib):
    """English is the source and French and German were confirmed by the translation review:
    they are never 'to confirm'; every other language is, unless it was checked."""
    for term in lib.terms.values():
        assert len(set(term.unverified)) == len(term.unverified)
        assert set(term.unverified) <= set(term.terms)
        for lang in ("en", "fr", "de"):
            assert term.verified(lang), (term.id, lang)
        for lang in CODES:
            assert term.verified(lang) == (lang not in term.unverified)
        assert term.iate is None  # none found in a source: none recorded
    # what the glossary's header says was checked, and nothing else
    checked = {
        (t.id, lang)
        for t in lib.terms.values()
        for lang in CODES
        if lang not in ("en", "fr", "de") and t.verified(lang)
    }
    assert checked == {
        ("provider", "it"),
        ("deployer", "it"),
        ("high-risk-ai-system", "it"),
        ("human-oversight", "it"),
    }


# --- the model ------------------------------------------------------------------------------


def _term(**fields):
    base = {
        "id": "t",
        "terms": {"en": "term", "fr": "terme", "pl": "termin"},
        "defined_in": {"document": "ai-act", "pinpoint": "Art. 3(1)"},
    }
    return Term.model_validate({**base, **fields})


def test_the_model_accepts_a_verification_list_and_an_iate_id():
    term = _term(unverified=["pl"], iate=1234)
    assert (
        term.verified("fr") and not term.verified("pl") and not term.verified("de")
    )  # de: no wording
    assert term.iate_url == "https://iate.europa.eu/entry/result/1234"
    assert _term().unverified == [] and _term().iate is None and _term().iate_url is None


@pytest.mark.parametrize(
    "fields, fragment",
    [
        ({"unverified": ["xx"]}, "unknown language code 'xx'"),
        (
            {"unverified": ["de"]},
            "'unverified:' names de, but the term has no wording in that language",
        ),
        (
            {"unverified": ["de", "sv"]},
            "names de, sv, but the term has no wording in those languages",
        ),
        ({"unverified": ["pl", "pl"]}, "'unverified:' names pl more than once"),
        ({"iate": 0}, "greater than or equal to 1"),
        ({"iate": "IATE-12"}, "valid integer"),
    ],
)
def test_the_model_rejects(fields, fragment):
    with pytest.raises(ValidationError) as exc:
        _term(**fields)
    assert fragment in str(exc.value)


def test_a_bad_verification_list_is_reported_with_file_entry_field_and_line(project):
    path = project / "sources" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index("  - id: ai-office")
    sv = next(i for i in range(start, len(lines)) if lines[i].startswith("      sv: "))
    at = next(i for i in range(start, len(lines)) if lines[i].startswith("    unverified: "))
    lines[at] = "    unverified: [ga, sv]"
    del lines[sv]  # the term no longer has a Swedish wording
    path.write_text("\n".join(lines), encoding="utf-8")
    line = at  # 1-based number of the line, one line removed above it
    result = cli("check", root=project)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert (
        f"sources/glossary.yaml:{line}: term 'ai-office': unverified: "
        "'unverified:' names sv, but the "
        "term has no wording in that language"
    ) in result.stderr, result.stderr


def test_the_schema_describes_the_new_fields():
    import json

    schema = json.loads((REPO / "schemas" / "glossary.schema.json").read_text(encoding="utf-8"))
    props = schema["$defs"]["Term"]["properties"]
    assert props["unverified"]["items"]["enum"] == list(CODES)
    assert {"type": "integer", "minimum": 1, "maximum": 99_999_999} in [
        {k: v for k, v in alt.items() if k in ("type", "minimum", "maximum")}
        for alt in props["iate"]["anyOf"]
    ]
    assert "never guessed" in props["iate"]["description"]


# --- TBX and CSV ----------------------------------------------------------------------------

# The TBX core structure (ISO 30042:2008, the structure TBX-Basic constrains): what each
# element may contain. `auxInfo` is descrip/descripGrp/admin/adminGrp/transacGrp/note/ref/xref.
AUX = {"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}
# TBX-Basic's data categories on the levels this file uses
TBX_BASIC_TYPES = {
    "admin": {"source", "customerSubset", "projectSubset"},
    "xref": {"externalCrossReference", "xGraphic"},
    "termNote": {
        "partOfSpeech",
        "termType",
        "administrativeStatus",
        "grammaticalGender",
        "geographicalUsage",
        "termLocation",
    },
}


def _check_tbx_structure(root):
    assert root.tag == "martif" and root.get("type") == "TBX-Basic" and root.get(XML_LANG) == "en"
    assert [c.tag for c in root] == ["martifHeader", "text"]
    body = root.find("text/body")
    for entry in body:
        assert entry.tag == "termEntry" and entry.get("id")
        tags = [c.tag for c in entry]
        first_lang = tags.index("langSet")
        assert set(tags[:first_lang]) <= AUX and set(tags[first_lang:]) == {"langSet"}, tags
        for lang_set in entry.findall("langSet"):
            assert lang_set.get(XML_LANG)
            assert {c.tag for c in lang_set} <= AUX | {"tig", "ntig"} and lang_set.find(
                "tig"
            ) is not None
            for tig in lang_set.findall("tig"):
                kids = [c.tag for c in tig]
                assert kids[0] == "term" and kids.count("term") == 1
                notes_end = next(
                    (i for i, k in enumerate(kids[1:], 1) if k != "termNote"), len(kids)
                )
                assert set(kids[notes_end:]) <= AUX, kids
    for element in root.iter("admin", "xref", "termNote"):
        assert element.get("type") in TBX_BASIC_TYPES[element.tag], (
            element.tag,
            element.get("type"),
        )
    for xref in root.iter("xref"):
        assert xref.get("target", "").startswith("https://")


def test_tbx_carries_every_language_its_verification_state_and_the_iate_entry(project, tmp_path):
    path = project / "sources" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    marker = '    defined_in: {document: ai-act, pinpoint: "Art. 3(65)"}\n'
    assert text.count(marker) == 1
    path.write_text(
        text.replace(marker, marker + "    iate: 1234\n"), encoding="utf-8"
    )  # a test id
    out = tmp_path / "terms.tbx"
    result = cli("i18n", "terms", "--format", "tbx", "-o", out, root=project)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    _check_tbx_structure(tree.getroot())
    lib = load_library(project)
    entries = {e.get("id"): e for e in tree.iter("termEntry")}
    assert set(entries) == set(lib.terms)
    for term in lib.terms.values():
        entry = entries[term.id]
        where = entry.findtext("admin[@type='source']")
        assert (
            where
            == f"{lib.documents[term.defined_in.document].short_title}, {term.defined_in.pinpoint}"
        )
        iate = [x for x in entry.findall("xref") if "iate.europa.eu" in x.get("target")]
        if term.id == "systemic-risk":
            assert [(x.get("target"), x.text) for x in iate] == [
                ("https://iate.europa.eu/entry/result/1234", "IATE 1234")
            ]
        else:
            assert iate == []
        seen = {}
        for lang_set in entry.findall("langSet"):
            tag = lang_set.get(XML_LANG)
            lang = "pt" if tag == "pt-PT" else tag
            tig = lang_set.find("tig")
            note = tig.findtext("note")
            seen[lang] = tig.findtext("term")
            if term.verified(lang):
                assert note == f"verified: the wording of {where} in this language", (term.id, lang)
            else:
                assert note == f"to confirm: not yet checked against {where} in this language", (
                    term.id,
                    lang,
                )
        assert seen == term.terms
    # the state follows the glossary: Polish of 'systemic-risk' is to confirm, French verified
    risk = entries["systemic-risk"]
    assert risk.find(
        "langSet[@{http://www.w3.org/XML/1998/namespace}lang='pl']/tig/note"
    ).text.startswith("to confirm")
    assert risk.find(
        "langSet[@{http://www.w3.org/XML/1998/namespace}lang='fr']/tig/note"
    ).text.startswith("verified")


def test_csv_has_the_iate_id_the_languages_to_confirm_and_every_language(project):
    path = project / "sources" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    marker = '    defined_in: {document: nis2, pinpoint: "Art. 3(1)"}\n'
    path.write_text(text.replace(marker, marker + "    iate: 98765\n"), encoding="utf-8")
    result = cli("i18n", "terms", "--format", "csv", root=project)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"))))
    assert list(rows[0])[:7] == [
        "id",
        "defined_in",
        "document",
        "pinpoint",
        "iate",
        "note",
        "to_confirm",
    ]
    assert list(rows[0])[7:] == list(CODES)
    lib = load_library(project)
    assert [r["id"] for r in rows] == list(lib.terms)
    for row in rows:
        term = lib.terms[row["id"]]
        assert {lang: row[lang] for lang in CODES} == term.terms
        assert row["to_confirm"].split() == [c for c in CODES if c in term.unverified]
        assert row["iate"] == ("98765" if term.id == "essential-entities" else "")
    assert "fr" not in rows[0]["to_confirm"].split() and "pl" in rows[0]["to_confirm"].split()


# --- the glossary check in a third language (Polish) --------------------------------------


@pytest.fixture(scope="module")
def polish(lib):
    return ValueMatcher(lib, "pl", load_messages(REPO, "pl", Problems()))


def test_a_polish_translation_that_writes_the_term_out_is_checked_against_the_polish_term(polish):
    assert check_translation(MSGID, PL_GOOD, CONTEXT, polish) is None  # genitive, by the stem rule
    why = check_translation(MSGID, PL_WRONG, CONTEXT, polish)
    assert why is not None and "does not write the term 'ryzyko systemowe'" in why, why
    # the English term does not count in Polish
    english = PL_GOOD.replace("ryzyka systemowego", "systemic risk")
    assert "does not write the term 'ryzyko systemowe'" in check_translation(
        MSGID, english, CONTEXT, polish
    )


def test_a_listed_form_is_accepted_and_only_because_it_is_listed(lib, polish):
    """'Urzędu ds. AI' changes the stem of 'Urząd ds. AI': the glossary's Polish `forms` list it."""
    msgid = 'Reports go to the {{ term("ai-office") }}{{ cite("ai-act", "Art. 73") }}.'
    good = 'Zgłoszenia trafiają do Urzędu ds. AI{{ cite("ai-act", "Art. 73") }}.'
    assert "Urzędu ds. AI" in lib.terms["ai-office"].forms["pl"]
    assert check_translation(msgid, good, "t: paragraph", polish) is None
    term = lib.terms["ai-office"]
    bare = dataclasses.replace(
        lib, terms={**lib.terms, "ai-office": term.model_copy(update={"forms": {}})}
    )
    without = ValueMatcher(bare, "pl", load_messages(REPO, "pl", Problems()))
    why = check_translation(msgid, good, "t: paragraph", without)
    assert why is not None and "does not write the term 'Urząd ds. AI'" in why, why
    wrong = 'Zgłoszenia trafiają do Komisji{{ cite("ai-act", "Art. 73") }}.'
    assert "does not write the term 'Urząd ds. AI'" in check_translation(
        msgid, wrong, "t: paragraph", polish
    )


def test_check_rejects_a_wrong_polish_term_in_a_po_with_its_line(project):
    assert (project / "locales" / "pl" / "LC_MESSAGES" / f"{PACK}.po").exists()  # shipped
    po = project / "locales" / "pl" / "LC_MESSAGES" / f"{PACK}.po"
    set_translation(po, CONTEXT, MSGID, PL_WRONG)
    result = cli("check", "--pack", PACK, root=project)
    lines = po.read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(lines, 1) if text.startswith('msgid "A recital of the'))
    assert f"locales/pl/LC_MESSAGES/{PACK}.po:{line}:" in result.stderr, result.stderr
    assert "does not write the term 'ryzyko systemowe'" in result.stderr
    set_translation(po, CONTEXT, MSGID, PL_GOOD)
    result = cli("check", "--pack", PACK, root=project)
    assert "ryzyko systemowe" not in result.stderr, result.stderr


def _polish_target(unit, parts):
    """A CAT tool's Polish target: text between copies of the source's own codes."""
    codes = {ph.text: ph for ph in unit.find(f"{X}source").findall(f"{X}ph")}
    target = unit.find(f"{X}target")
    for child in list(target):
        target.remove(child)
    target.text, last = "", None
    for part in parts:
        if part in codes:
            last = copy.deepcopy(codes[part])
            last.tail = ""
            target.append(last)
        elif last is None:
            target.text += part
        else:
            last.tail += part
    target.set("state", "translated")


def _export_polish(project, path):
    assert (project / "locales" / "pl" / "LC_MESSAGES" / f"{PACK}.po").exists()  # shipped
    result = cli("i18n", "export", "--pack", PACK, "--lang", "pl", "-o", path, root=project)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(path))
    unit = next(
        u for u in tree.iter(f"{X}trans-unit") if "".join(u.find(f"{X}source").itertext()) == MSGID
    )
    return tree, unit


def test_xliff_import_rejects_a_wrong_polish_term_with_the_unit_id_and_line(project, tmp_path):
    path = tmp_path / "pl.xlf"
    tree, unit = _export_polish(project, path)
    _polish_target(unit, [p.replace("ryzyka systemowego", "ryzyka ogólnego") for p in PL_PARTS])
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    line = (
        etree.parse(str(path))
        .xpath("//x:trans-unit[@id=$id]/x:target", namespaces={"x": X[1:-1]}, id=unit.get("id"))[0]
        .sourceline
    )
    po = project / "locales" / "pl" / "LC_MESSAGES" / f"{PACK}.po"
    before = po.read_bytes()
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 1, result.output
    assert f"pl.xlf:{line}: trans-unit '{unit.get('id')}': translation refused:" in result.output, (
        result.output
    )
    # said with the code's id and the Polish term it stands for
    assert 'protected codes differ: missing <ph id="3"> [term: ryzyko systemowe]' in result.output
    assert po.read_bytes() == before  # nothing half-written


def test_xliff_import_accepts_the_polish_term_inflected(project, tmp_path):
    path = tmp_path / "pl.xlf"
    tree, unit = _export_polish(project, path)
    _polish_target(unit, PL_PARTS)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 0, result.output
    assert "official term" not in result.output, result.output
    from babel.messages.pofile import read_po

    with (project / "locales" / "pl" / "LC_MESSAGES" / f"{PACK}.po").open("rb") as fh:
        assert read_po(fh).get(MSGID, CONTEXT).string == PL_GOOD


def test_the_usage_check_warns_in_polish_when_the_source_writes_the_term(project, tmp_path):
    """The source writes 'serious incidents' itself (no term()); a Polish translation that writes
    something else there is imported, with a warning naming the official Polish term."""
    path = tmp_path / "pl.xlf"
    tree, unit = _export_polish(project, path)
    _polish_target(unit, [p.replace("poważne incydenty", "groźne zdarzenia") for p in PL_PARTS])
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 0, result.output
    assert (
        f"trans-unit '{unit.get('id')}': the source uses 'serious incident' "
        "but the translation does not "
        "use the official term 'poważny incydent'"
    ) in result.output, result.output
    assert "updated 1 entry" in result.output


# --- the key-terms page ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["pl", "ga", "el"])
def test_the_key_terms_page_shows_the_readers_column_from_the_glossary(lib, lang):
    pack = lib.packs[PACK]
    pdoc = next(d for d in pack.documents if d.template.endswith("key-terms"))
    doc = Composer(lib).compose(pack, pdoc, lang).document
    table = next(b for b in doc.blocks if isinstance(b, Table))
    header = ["".join(t.text for t in cell.children) for cell in table.header]
    from briefings.languages import BY_CODE

    assert [h.lower() for h in header[:4]] == [
        BY_CODE[c].native.lower() for c in ("en", "fr", "de", lang)
    ]
    shown = []
    for row in table.rows:
        texts = row[3].children
        assert all(getattr(t, "lang", None) is None for t in texts), (
            texts
        )  # not a fallback to English
        shown.append("".join(t.text for t in texts))
    by_english = sorted(lib.terms.values(), key=lambda t: t.terms["en"].lower())
    assert [s.lower() for s in shown] == [t.terms[lang].lower() for t in by_english]


def test_each_listed_form_is_one_the_stem_rule_cannot_read(lib):
    """`forms` stay sparing: each is needed (the term's own words do not read it) and read."""
    from briefings.i18n.values import _tokens, phrase_count

    listed = 0
    for term in lib.terms.values():
        for lang, forms in term.forms.items():
            assert lang in term.terms, (term.id, lang)
            for form in forms:
                listed += 1
                assert phrase_count(form, [_tokens(term.terms[lang])]) == 0, (term.id, lang, form)
                assert phrase_count(f"x {form} y", [_tokens(f) for f in forms]) == 1
    assert listed >= 10
