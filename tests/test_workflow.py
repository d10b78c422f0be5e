"""The translation workflow of issue 15: per-pack catalogues (migration, exact and near
matches), status per document, the reviser's sign-off and the translation status each
document states."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import html5lib
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from lxml import etree

from briefings.i18n.catalogs import MACHINE_MARK

from .conftest import cli

X = "{urn:oasis:names:tc:xliff:document:1.2}"
LC = Path("locales") / "fr" / "LC_MESSAGES"


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


def write(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as fh:
        write_po(fh, catalog, width=0, include_previous=True)


def translate_all(po: Path, prefix: str = "FR ", machine: bool = False) -> None:
    """Give every entry a translation (the English with a prefix; placeholders kept), and the
    fixture's act its French title, so that the whole document is in French."""
    docs = po.parents[3] / "sources" / "documents.yaml"
    text = docs.read_text(encoding="utf-8")
    if "\n    titles: {fr:" not in text:
        docs.write_text(
            text.replace(
                "    short_titles: {fr:",
                '    titles: {fr: "Règlement (UE) 2024/1689 '
                'établissant des règles harmonisées concernant l’intelligence artificielle"}\n'
                "    short_titles: {fr:",
                1,
            ),
            encoding="utf-8",
        )
    catalog = read(po)
    for message in catalog:
        if message.id and not isinstance(message.id, tuple):
            message.string = (
                message.id
                if message.id.startswith(("{{", "!!!", "|", "-", "1."))
                else prefix + message.id
            )
            if "<" in message.id:  # the fixture's hostile fact: a translation without its markup
                message.string = "Texte avec des astérisques, des crochets, un dièse et une barre."
            message.flags.discard("fuzzy")
            message.user_comments = [MACHINE_MARK] if machine else []
    write(po, catalog)


def text_of(path: Path) -> str:
    tree = html5lib.parse(path.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
    return " ".join("".join(tree.itertext()).split())


@pytest.fixture
def fr(project) -> Path:
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    return project


# --- per-pack catalogues ---------------------------------------------------------------------


def test_init_makes_one_catalogue_per_pack_and_the_interface(project):
    result = cli("i18n", "init", "fr", root=project)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / LC).glob("*.po")) == ["messages.po", "test-pack.po"]
    pot = (
        read(project / "locales" / "test-pack.pot")
        if (project / "locales" / "test-pack.pot").exists()
        else None
    )
    po = read(project / LC / "test-pack.po")
    contexts = {m.context for m in po if m.id}
    assert "note: heading" in contexts and "fact:aia.general-application" in contexts
    assert "pack:test-pack" in contexts and "document:test-pack/note" in contexts
    assert pot is None or {m.context for m in pot if m.id} == contexts


def test_version_1_content_po_is_split_per_pack_and_nothing_is_lost(project):
    """`i18n update` moves each translation of the old single content.po into the pack's
    catalogue (fuzzy stays fuzzy), keeps one no pack uses as an obsolete entry, and removes
    content.po."""
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    new = project / LC / "test-pack.po"
    old = project / LC / "content.po"
    catalog = read(new)
    catalog.domain = "content"
    for message in catalog:
        if message.context == "note: heading" and message.id == "Background":
            message.string = "Contexte"
        if message.context == "fact:aia.general-application":
            message.string, message.user_comments = (
                "L’essentiel s’applique à partir du {date}.",
                ["de Marie"],
            )
            message.flags.add("fuzzy")
    catalog.add("Label no figure shows", "Étiquette", context="fact-label:aia.fine-gpai")
    catalog.add("A unit long gone", "Une unité disparue", context="gone: paragraph")
    write(old, catalog)
    new.unlink()
    result = cli("i18n", "update", root=project)
    assert result.exit_code == 0, result.output
    assert "content.po" in result.output and not old.exists()
    po = read(new)
    assert po.get("Background", "note: heading").string == "Contexte"
    fact = po.get("Most of the AI Act applies from {date}.", "fact:aia.general-application")
    assert (
        fact.string.startswith("L’essentiel") and fact.fuzzy and fact.user_comments == ["de Marie"]
    )
    kept = {(m.context, m.string) for m in po.obsolete.values()}
    assert ("fact-label:aia.fine-gpai", "Étiquette") in kept  # its fact is the pack's
    assert ("gone: paragraph", "Une unité disparue") in kept  # no home: kept anyway
    # the build reads the pack's catalogue
    assert cli("build", "--lang", "fr", "--format", "html", root=project).exit_code == 0
    assert "Contexte" in text_of(project / "build" / "site" / "test-pack" / "fr" / "note.html")


def _second_pack(project: Path) -> None:
    pack = (project / "sources" / "packs" / "test-pack.yaml").read_text(encoding="utf-8")
    (project / "sources" / "packs" / "other.yaml").write_text(
        pack.replace("id: test-pack", "id: other").replace("title: Test pack", "title: Other pack"),
        encoding="utf-8",
    )


def test_a_fact_two_packs_use_is_translated_once(fr):
    po = fr / LC / "test-pack.po"
    translate_all(po, machine=True)
    _second_pack(fr)
    result = cli("i18n", "update", root=fr)
    assert result.exit_code == 0, result.output
    other = read(fr / LC / "other.po")
    fact = other.get("Most of the AI Act applies from {date}.", "fact:aia.general-application")
    assert fact.string == "FR Most of the AI Act applies from {date}." and not fact.fuzzy
    assert fact.user_comments == [MACHINE_MARK]  # its origin travels with it
    assert (
        other.get("Other pack", "pack:other").string == ""
    )  # the other pack's own title: no guess


def _facts(project: Path, extra: str, template_line: str) -> None:
    facts = project / "sources" / "facts" / "ai-act.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + extra, encoding="utf-8")
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text(encoding="utf-8") + "\n" + template_line + "\n", encoding="utf-8")


FACT = """  - id: x.{id}
    text: "{text}"
    date: 2026-01-{day:02d}
    citation: {{document: ai-act, pinpoint: "Art. 1"}}
    as_of: 2026-05-18
"""


def test_update_suggests_similar_english_as_fuzzy_and_never_an_unrelated_guess(fr):
    _facts(
        fr,
        FACT.format(
            id="omnibus", text="The Commission proposed the Digital Omnibus on AI on {date}.", day=1
        )
        + FACT.format(
            id="essential",
            text="For essential entities, the maximum fine must be at least ten million "
            "euro or two per cent of turnover, from {date}.",
            day=2,
        ),
        '{{ fact("x.omnibus") }} {{ fact("x.essential") }}',
    )
    assert cli("i18n", "update", root=fr).exit_code == 0
    po = fr / LC / "test-pack.po"
    catalog = read(po)
    catalog.get(
        "The Commission proposed the Digital Omnibus on AI on {date}.", "fact:x.omnibus"
    ).string = "La Commission a proposé l’omnibus numérique sur l’IA le {date}."
    catalog.get(
        "For essential entities, the maximum fine must be at least ten million euro "
        "or two per cent of "
        "turnover, from {date}.",
        "fact:x.essential",
    ).string = (
        "Pour les entités essentielles, l’amende maximale est d’au moins dix millions d’euros "
        "ou deux pour cent "
        "du chiffre d’affaires, à partir du {date}."
    )
    write(po, catalog)
    _facts(
        fr,
        FACT.format(
            id="ehds",
            text="The Commission proposed the European Health Data Space on {date}.",
            day=3,
        )
        + FACT.format(
            id="important",
            text="For important entities, the maximum fine must be at least ten million "
            "euro or two per cent of turnover, from {date}.",
            day=4,
        ),
        '{{ fact("x.ehds") }} {{ fact("x.important") }}',
    )
    assert cli("i18n", "update", root=fr).exit_code == 0
    catalog = read(po)
    ehds = catalog.get(
        "The Commission proposed the European Health Data Space on {date}.", "fact:x.ehds"
    )
    assert ehds.string == "" and not ehds.fuzzy  # 0.64 alike: not offered
    near = catalog.get(
        "For important entities, the maximum fine must be at least ten million euro "
        "or two per cent "
        "of turnover, from {date}.",
        "fact:x.important",
    )
    assert near.fuzzy and near.string.startswith("Pour les entités essentielles")
    assert '#| msgid "For essential entities, the maximum fine' in po.read_text(
        encoding="utf-8"
    )  # not read back
    comments = " ".join(near.user_comments)  # Babel wraps long comments
    assert re.search(
        r"suggested from locales/fr/LC_MESSAGES/test-pack\.po, "
        r"fact:x\.essential: English 9\d % alike",
        comments,
    ), comments
    # a fuzzy suggestion is never shown: the build uses English for it
    assert cli("build", "--lang", "fr", "--format", "html", root=fr).exit_code == 0
    text = text_of(fr / "build" / "site" / "test-pack" / "fr" / "note.html")
    assert "For important entities" in text and "l’omnibus numérique" in text


def test_a_pack_id_may_not_be_a_catalogue_name(project):
    pack = project / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace("id: test-pack", "id: messages"), encoding="utf-8"
    )
    result = cli("check", root=project)
    assert result.exit_code == 1
    assert "'messages' is the name of a translation catalogue" in result.output + result.stderr


# --- status -----------------------------------------------------------------------------------


def test_status_counts_the_entries_a_document_uses_in_units_and_words(fr):
    po = fr / LC / "test-pack.po"
    catalog = read(po)
    catalog.get("Background", "note: heading").string = "Contexte"
    fuzzy = catalog.get("Dates", "note: heading")
    fuzzy.string = "Dates"
    fuzzy.flags.add("fuzzy")
    write(po, catalog)
    rows = json.loads(cli("i18n", "status", "--lang", "fr", "--format", "json", root=fr).stdout)
    assert [(r["pack"], r["document"], r["lang"]) for r in rows] == [("test-pack", "note", "fr")]
    entries = rows[0]["entries"]
    assert entries["translated"] == {"units": 1, "words": 1}
    assert entries["fuzzy"] == {"units": 1, "words": 1}
    # every other entry the document uses is untranslated; their English words are counted
    catalog = read(po)
    used = [
        m
        for m in catalog
        if m.id and not m.context.startswith("pack:") and not m.context.startswith("fact-label:")
    ]
    assert entries["untranslated"]["units"] == len(used) - 2
    assert rows[0]["review"] == "none" and rows[0]["machine_assisted"] is False
    text = cli("i18n", "status", "--lang", "fr", root=fr).stdout
    assert re.search(r"test-pack/note\s+fr\s+\d+%\s+1/\d+\s+1 ", text) and "not revised" in text


# --- review and the translation status of each document --------------------------------------


def _line(page: Path) -> str:
    text = text_of(page)
    found = re.search(r"Translation (.*?) (?:Download|Summary|Word|$)", text)
    return found.group(1) if found else text


def test_a_revision_is_recorded_shown_and_voided_by_a_change(fr):
    po = fr / LC / "test-pack.po"
    translate_all(po, machine=True)
    page = fr / "build" / "site" / "test-pack" / "fr" / "note.html"
    assert cli("build", "--lang", "fr", "--format", "html,docx", root=fr).exit_code == 0
    assert "machine-assisted, not yet revised" in text_of(page)
    word = docx.Document(str(page.with_suffix(".docx")))
    assert any(p.text == "Translation: machine-assisted, not yet revised" for p in word.paragraphs)

    result = cli(
        "i18n", "review", "--pack", "test-pack", "--lang", "fr", "--by", "Anne Réviseur", root=fr
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert "recorded: test-pack/note in fr revised by Anne Réviseur" in result.output
    reviews = (fr / "locales" / "fr" / "reviews.yaml").read_text(encoding="utf-8")
    assert "by: 'Anne Réviseur'" in reviews and re.search(r"sha256: '[0-9a-f]{64}'", reviews)
    assert (
        cli("build", "--lang", "fr", "--format", "html,docx", root=fr).exit_code == 0
    )  # the sign-off rebuilds
    assert "revised by Anne Réviseur, " in text_of(page)
    word = docx.Document(str(page.with_suffix(".docx")))
    assert any(
        p.text.startswith("Translation: revised by Anne Réviseur, ") for p in word.paragraphs
    )
    rows = json.loads(cli("i18n", "status", "--lang", "fr", "--format", "json", root=fr).stdout)
    assert rows[0]["review"] == "revised" and rows[0]["reviser"] == "Anne Réviseur"

    catalog = read(po)  # a translator changes one entry afterwards
    catalog.get("Background", "note: heading").string = "Arrière-plan"
    write(po, catalog)
    rows = json.loads(cli("i18n", "status", "--lang", "fr", "--format", "json", root=fr).stdout)
    assert rows[0]["review"] == "void"
    assert "void (changed since)" in cli("i18n", "status", "--lang", "fr", root=fr).stdout
    assert cli("build", "--lang", "fr", "--format", "html", root=fr).exit_code == 0
    assert "revised by" not in text_of(page) and "machine-assisted, not yet revised" in text_of(
        page
    )


def test_a_change_to_a_fact_voids_the_revision_too(fr):
    translate_all(fr / LC / "test-pack.po")
    assert (
        cli(
            "i18n", "review", "--pack", "test-pack", "--lang", "fr", "--by", "A. Reviser", root=fr
        ).exit_code
        == 0
    )
    facts = fr / "sources" / "facts" / "ai-act.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("date: 2026-08-02", "date: 2026-08-03"),
        encoding="utf-8",
    )
    rows = json.loads(cli("i18n", "status", "--lang", "fr", "--format", "json", root=fr).stdout)
    assert rows[0]["review"] == "void"


def test_only_a_wholly_translated_document_can_be_approved(fr):
    result = cli(
        "i18n", "review", "--pack", "test-pack", "--lang", "fr", "--by", "A. Reviser", root=fr
    )
    assert result.exit_code == 1
    assert (
        "test-pack/note/fr:" in result.stderr
        and "only a wholly translated text can be approved" in result.stderr
    )
    assert not (fr / "locales" / "fr" / "reviews.yaml").exists()
    bad = cli("i18n", "review", "--pack", "test-pack", "--lang", "en", "--by", "A", root=fr)
    assert bad.exit_code == 2 and "--lang" in bad.stderr
    bad = cli("i18n", "review", "--pack", "test-pack", "--lang", "fr", "--by", "<script>", root=fr)
    assert bad.exit_code == 2 and "--by" in bad.stderr


def test_require_review_publishes_a_language_only_while_its_sign_off_holds(fr):
    pack = fr / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8") + "require_review: true\n", encoding="utf-8")
    translate_all(fr / LC / "test-pack.po")
    page = fr / "build" / "site" / "test-pack" / "fr" / "note.html"
    assert cli("build", "--lang", "fr,en", "--format", "html", root=fr).exit_code == 0
    assert not page.exists()
    text = cli("i18n", "status", "--lang", "fr", root=fr).stdout
    assert "no (not revised)" in text
    assert (
        cli(
            "i18n", "review", "--pack", "test-pack", "--lang", "fr", "--by", "A. Reviser", root=fr
        ).exit_code
        == 0
    )
    assert cli("build", "--lang", "fr,en", "--format", "html", root=fr).exit_code == 0
    assert page.exists() and "revised by A. Reviser" in text_of(page)


def test_a_human_translation_states_its_translator(fr):
    po = fr / LC / "test-pack.po"
    translate_all(po)
    catalog = read(po)
    catalog.last_translator = "Marie Dupont <marie@example.eu>"
    write(po, catalog)
    assert cli("build", "--lang", "fr", "--format", "html,md", root=fr).exit_code == 0
    page = fr / "build" / "site" / "test-pack" / "fr" / "note.html"
    assert "by Marie Dupont, not yet revised" in text_of(page)
    md = page.with_suffix(".md").read_text(encoding="utf-8")
    assert 'translation: "by Marie Dupont, not yet revised"' in md


@pytest.mark.parametrize(
    "content, message",
    [
        ("reviews: 3\n", "expected a mapping with a list 'reviews:'"),
        (
            "reviews:\n  - {pack: test-pack, document: note, by: A, date: '2026-13-01', sha256: '"
            + "0" * 64
            + "'}\n",
            "date: not a date",
        ),
        (
            "reviews:\n"
            "  - {pack: test-pack, document: note, by: A, date: '2026-12-01', sha256: abc}\n",
            "sha256: not a SHA-256 digest",
        ),
        (
            "reviews:\n  - {pack: test-pack, document: note, date: '2026-12-01', sha256: "
            + "0" * 64
            + "}\n",
            "by: missing or not text",
        ),
    ],
)
def test_a_malformed_reviews_file_is_a_clear_error(fr, content, message):
    (fr / "locales" / "fr" / "reviews.yaml").write_text(content, encoding="utf-8")
    result = cli("build", "--lang", "fr", "--format", "html", root=fr)
    assert result.exit_code == 1
    assert "locales/fr/reviews.yaml:" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


# --- XLIFF: machine-assisted segments and a translator's confirmation --------------------------


def test_xliff_marks_machine_translation_and_a_confirmed_segment_becomes_the_translators(
    fr, tmp_path
):
    po = fr / LC / "test-pack.po"
    translate_all(po, machine=True)
    path = tmp_path / "fr.xlf"
    assert (
        cli("i18n", "export", "--pack", "test-pack", "--lang", "fr", "-o", path, root=fr).exit_code
        == 0
    )
    tree = etree.parse(str(path))
    targets = [u.find(f"{X}target") for u in tree.iter(f"{X}trans-unit")]
    assert {(t.get("state"), t.get("state-qualifier")) for t in targets if t.text or len(t)} == {
        ("needs-review-translation", "mt-suggestion")
    }
    before = po.read_bytes()
    result = cli("i18n", "import", path, root=fr)
    assert result.exit_code == 0 and "no change" in result.output and po.read_bytes() == before
    for target in targets:  # the translator confirms every segment in the CAT tool
        target.set("state", "translated")
        target.attrib.pop("state-qualifier", None)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, "--translator", "Marie Dupont <marie@example.eu>", root=fr)
    assert result.exit_code == 0, result.output + result.stderr
    catalog = read(po)
    assert not any(MACHINE_MARK in m.user_comments for m in catalog if m.id)
    assert catalog.last_translator == "Marie Dupont <marie@example.eu>"
    assert cli("build", "--lang", "fr", "--format", "html", root=fr).exit_code == 0
    assert "by Marie Dupont, not yet revised" in text_of(
        fr / "build" / "site" / "test-pack" / "fr" / "note.html"
    )


# --- the documented path (docs/translating.md, "From XLIFF to a published page") -------------


def test_the_documented_xliff_path_publishes_the_translators_name_then_the_revisers(tmp_path):
    """Issue 15's 'done when': the French at-a-glance out as XLIFF, translated in a CAT tool
    (simulated: one target rewritten, every segment confirmed), back in, published with the
    translator's name; then revised."""
    from .conftest import copy_repo

    root = copy_repo(tmp_path / "project")
    xlf = tmp_path / "aag-fr.xlf"
    result = cli(
        "i18n",
        "export",
        "--pack",
        "plenary-2026-05-18",
        "--lang",
        "fr",
        "--document",
        "at-a-glance",
        "-o",
        xlf,
        root=root,
    )
    assert result.exit_code == 0, result.output + result.stderr
    tree = etree.parse(str(xlf))
    for unit in tree.iter(f"{X}trans-unit"):
        target = unit.find(f"{X}target")
        if (
            unit.get("resname") == "plenary-2026-05-18-at-a-glance: heading"
            and "".join(unit.find(f"{X}source").itertext()) == "Key dates"
        ):
            target.text = "Dates clés"
        target.set("state", "translated")
        target.attrib.pop("state-qualifier", None)
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")
    result = cli(
        "i18n", "import", xlf, "--translator", "Marie Martin <marie.martin@example.eu>", root=root
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert cli("build", "--lang", "fr", "--pack", "plenary-2026-05-18", root=root).exit_code == 0
    page = root / "build" / "site" / "plenary-2026-05-18" / "fr" / "at-a-glance.html"
    assert _meta(page)["Traduction"] == "par Marie Martin, non encore révisée"
    assert "Dates clés" in text_of(page)
    word = docx.Document(str(page.with_suffix(".docx")))
    assert any(
        p.text == "Traduction: par Marie Martin, non encore révisée" for p in word.paragraphs
    )
    # the briefing was not in the XLIFF: it stays machine-assisted
    briefing = text_of(page.with_name("briefing.html"))
    assert "assistée par traduction automatique, non encore révisée" in briefing
    result = cli(
        "i18n",
        "review",
        "--pack",
        "plenary-2026-05-18",
        "--lang",
        "fr",
        "--document",
        "at-a-glance",
        "--by",
        "Claire Martin",
        root=root,
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert cli("build", "--lang", "fr", "--pack", "plenary-2026-05-18", root=root).exit_code == 0
    assert re.fullmatch(
        r"révisée par Claire Martin, \d{1,2}(er)? \w+ 20\d\d", _meta(page)["Traduction"]
    )


def _meta(page: Path) -> dict[str, str]:
    """The document's metadata list (dt -> dd) on its web page."""
    tree = html5lib.parse(page.read_bytes(), treebuilder="etree", namespaceHTMLElements=False)
    return {
        "".join(dt.itertext()): "".join(dd.itertext())
        for div in tree.iter("div")
        for dt, dd in [(div.find("dt"), div.find("dd"))]
        if dt is not None and dd is not None
    }
