"""Exchange with CAT tools: XLIFF 1.2 export and import, TMX 1.4, TBX-Basic and CSV terms."""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from lxml import etree

from briefings.i18n.catalogs import MACHINE_MARK, po_path
from briefings.i18n.exchange import bcp47, split_codes, unit_id
from briefings.languages import CODES
from briefings.sources.library import load_library

from .conftest import cli, copy_repo

X = "{urn:oasis:names:tc:xliff:document:1.2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PACK = "plenary-2026-05-18"
STATES = {
    "new",
    "needs-translation",
    "needs-review-translation",
    "translated",
    "signed-off",
    "final",
}
# what XLIFF 1.2 (xliff-core-1.2) allows inside a trans-unit and inside <source>/<target>
UNIT_CHILDREN = {
    "source",
    "seg-source",
    "target",
    "context-group",
    "count-group",
    "prop-group",
    "note",
    "alt-trans",
}
INLINE = {"g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "mrk"}


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory) -> Path:
    """The repository's sources, templates and catalogues (the shipped French and German)."""
    return copy_repo(tmp_path_factory.mktemp("exchange") / "project")


@pytest.fixture
def project(repo_copy, tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(repo_copy, root)
    return root


def export(root: Path, out: Path, pack=PACK, lang="fr") -> etree._ElementTree:
    result = cli("i18n", "export", "--pack", pack, "--lang", lang, "-o", out, root=root)
    assert result.exit_code == 0, result.output
    return etree.parse(str(out))


def units(tree) -> dict[str, etree._Element]:
    return {u.get("id"): u for u in tree.iter(f"{X}trans-unit")}


def read_catalog(path: Path):
    with path.open("rb") as fh:
        return read_po(fh)


def find_unit(tree, context: str, msgid: str) -> etree._Element:
    return units(tree)[unit_id(context, msgid)]


def set_target(unit, text: str, state="translated"):
    """A CAT tool's edit by a translator: the target's text replaced (its codes kept as the
    export wrote them), its state set, no longer a machine translation's suggestion."""
    target = unit.find(f"{X}target")
    for child in list(target):
        target.remove(child)
    target.text = text
    target.set("state", state)
    target.attrib.pop("state-qualifier", None)


# --- round trip ---------------------------------------------------------------------------


def test_export_then_import_without_change_leaves_the_po_byte_identical(project, tmp_path):
    for lang in ("fr", "de"):
        for pack in (PACK, "ai-act-demo"):
            po = po_path(project, lang, pack)
            before = po.read_bytes()
            path = tmp_path / f"{pack}-{lang}.xlf"
            export(project, path, pack=pack, lang=lang)
            result = cli("i18n", "import", path, "--translator", "A <a@example.eu>", root=project)
            assert result.exit_code == 0, result.output
            assert "no change" in result.output
            assert po.read_bytes() == before


def test_a_changed_target_changes_that_entry_and_the_header_only(project, tmp_path):
    po = po_path(project, "fr", PACK)
    before = read_catalog(po)
    raw_before = po.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    heading = find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates")
    set_target(heading, "Les dates clés")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli(
        "i18n",
        "import",
        path,
        "--translator",
        "Marie Martin <marie@example.eu>",
        "--team",
        "French translation unit",
        root=project,
    )
    assert result.exit_code == 0, result.output
    assert "updated 1 entry in locales/fr/LC_MESSAGES/plenary-2026-05-18.po" in result.output
    after = read_catalog(po)
    changed = [
        m.id
        for m in after
        if m.id
        and (
            before.get(m.id, m.context).string != m.string
            or before.get(m.id, m.context).fuzzy != m.fuzzy
        )
    ]
    assert changed == ["Key dates"]
    assert after.get("Key dates", f"{PACK}-at-a-glance: heading").string == "Les dates clés"
    assert len(after) == len(before)
    assert after.last_translator == "Marie Martin <marie@example.eu>"
    assert after.language_team == "French translation unit"
    # the file itself: the header fields and that one msgstr, and the entry's machine-assisted
    # mark gone (a person translated it); nothing else (other comments kept)
    raw_after = po.read_text(encoding="utf-8").split("\n")
    mark = (
        raw_before.index('msgid "Key dates"')
        - 1
        - next(
            i
            for i, line in enumerate(reversed(raw_before[: raw_before.index('msgid "Key dates"')]))
            if line == f"# {MACHINE_MARK}"
        )
    )
    assert raw_before[mark] == f"# {MACHINE_MARK}"
    raw_before = raw_before[:mark] + raw_before[mark + 1 :]
    assert len(raw_after) == len(raw_before)
    diff = [(a, b) for a, b in zip(raw_before, raw_after, strict=True) if a != b]
    assert [b for _a, b in diff if not b.startswith('"')] == ['msgstr "Les dates clés"']
    assert {b.split(":")[0] for _a, b in diff if b.startswith('"')} == {
        '"PO-Revision-Date',
        '"Last-Translator',
        '"Language-Team',
    }


def test_state_maps_to_fuzzy_and_back(project, tmp_path):
    po = po_path(project, "fr", PACK)
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    unit = find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates")
    unit.find(f"{X}target").set("state", "needs-review-translation")  # a translator's draft
    unit.find(f"{X}target").attrib.pop("state-qualifier", None)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", path, root=project).exit_code == 0
    assert read_catalog(po).get("Key dates", f"{PACK}-at-a-glance: heading").fuzzy
    again = export(project, tmp_path / "again.xlf")
    target = find_unit(again, f"{PACK}-at-a-glance: heading", "Key dates").find(f"{X}target")
    assert target.get("state") == "needs-review-translation"
    target.set("state", "translated")
    again.write(str(tmp_path / "again.xlf"), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", tmp_path / "again.xlf", root=project).exit_code == 0
    assert not read_catalog(po).get("Key dates", f"{PACK}-at-a-glance: heading").fuzzy


def test_a_new_language_is_exported_as_new_units_and_imported(project, tmp_path):
    po_path(project, "pl", PACK).unlink()  # as before a translator starts the pack
    result = cli("i18n", "init", "pl", root=project)
    assert result.exit_code == 0 and f"created locales/pl/LC_MESSAGES/{PACK}.po" in result.output
    assert "kept (already there" in result.output and "messages.po" in result.output
    path = tmp_path / "pl.xlf"
    tree = export(project, path, lang="pl")
    assert tree.getroot()[0].get("target-language") == "pl"
    assert {u.find(f"{X}target").get("state") for u in units(tree).values()} == {"new"}
    unit = find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates")
    set_target(unit, "Kluczowe daty")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", path, root=project).exit_code == 0
    message = read_catalog(po_path(project, "pl", PACK)).get(
        "Key dates", f"{PACK}-at-a-glance: heading"
    )
    assert message.string == "Kluczowe daty" and not message.fuzzy


def test_header_fields_come_from_the_xliff_phase(project, tmp_path):
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    set_target(find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates"), "Dates à retenir")
    header = tree.getroot()[0].find(f"{X}header")
    group = etree.SubElement(header, f"{X}phase-group")
    etree.SubElement(
        group,
        f"{X}phase",
        {
            "phase-name": "t1",
            "process-name": "translation",
            "contact-name": "Jeanne Dupont",
            "contact-email": "jd@example.eu",
            "company-name": "DGT French",
            "date": "2026-12-01T09:30:00Z",
        },
    )
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", path, root=project).exit_code == 0
    text = po_path(project, "fr", PACK).read_text(encoding="utf-8")
    assert '"Last-Translator: Jeanne Dupont <jd@example.eu>\\n"' in text
    assert '"Language-Team: DGT French\\n"' in text
    assert '"PO-Revision-Date: 2026-12-01 09:30+0000\\n"' in text


# --- refused ------------------------------------------------------------------------------


def _refused(project, tmp_path, edit) -> str:
    po = po_path(project, "fr", PACK)
    before = po.read_bytes()
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    edit(tree)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 1, result.output
    assert po.read_bytes() == before, "a refused import changed the PO"
    assert "nothing was written" in result.output
    return result.output


def _glance_paragraph(tree):
    for unit in units(tree).values():
        if (
            unit.get("resname") == f"{PACK}-at-a-glance: paragraph"
            and unit.find(f"{X}target/{X}ph") is not None
        ):
            return unit
    raise AssertionError("no paragraph with codes")


def test_a_dropped_placeholder_is_refused_with_the_unit_id_and_line(project, tmp_path):
    seen = {}

    def drop(tree):
        unit = _glance_paragraph(tree)
        target = unit.find(f"{X}target")
        ph = target.find(f"{X}ph")
        seen.update(id=unit.get("id"), ph=ph.get("id"), line=target.sourceline)
        previous = ph.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (ph.tail or "")
        else:
            target.text = (target.text or "") + (ph.tail or "")
        target.remove(ph)
        # another edit in the same file is not written either
        set_target(find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates"), "Dates")

    out = _refused(project, tmp_path, drop)
    assert (
        f"fr.xlf:{seen['line']}: trans-unit '{seen['id']}': translation refused: "
        "protected codes differ: "
        f'missing <ph id="{seen["ph"]}">' in out
    )


def test_a_tampered_code_is_refused(project, tmp_path):
    def tamper(tree):
        ph = _glance_paragraph(tree).find(f"{X}target/{X}ph")
        ph.text = ph.text.replace("}}", "~ range(99) }}")

    out = _refused(project, tmp_path, tamper)
    assert "was changed: it must stay" in out


def test_code_typed_into_a_target_is_refused(project, tmp_path):
    def inject(tree):
        set_target(
            find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates"),
            "Dates {{ range(10) | list }}",
        )

    out = _refused(project, tmp_path, inject)
    assert "translation refused" in out and "range" in out


def test_structure_is_checked_as_in_a_po(project, tmp_path):
    def heading(tree):
        set_target(
            find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates"), "Dates <script>x</script>"
        )

    assert "translation refused: HTML markup" in _refused(project, tmp_path, heading)


def test_a_stale_or_unknown_unit_is_refused(project, tmp_path):
    def stale(tree):
        unit = find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates")
        unit.set("id", unit_id(f"{PACK}-at-a-glance: heading", "Key dates (old)"))
        unit.find(f"{X}source").text = "Key dates (old)"

    assert "not an entry of the current sources" in _refused(project, tmp_path, stale)


def test_an_edited_source_is_refused(project, tmp_path):
    def edit(tree):
        find_unit(tree, f"{PACK}-at-a-glance: heading", "Key dates").find(
            f"{X}source"
        ).text = "Other"

    assert "the <source> is not the English of this unit" in _refused(project, tmp_path, edit)


def test_a_file_original_that_names_no_pack_catalogue_of_the_language_is_refused(project, tmp_path):
    po = po_path(project, "fr", PACK)
    before = po.read_bytes()
    for original in (
        f"locales/de/LC_MESSAGES/{PACK}.po",  # another language's catalogue
        "locales/fr/LC_MESSAGES/no-such-pack.po",
        "locales/fr/LC_MESSAGES/messages.po",  # the interface's, not a pack's
        f"locales/fr/{PACK}.po",
    ):
        path = tmp_path / "fr.xlf"
        tree = export(project, path)
        tree.find(f"{X}file").set("original", original)
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
        result = cli("i18n", "import", path, root=project)
        assert result.exit_code == 1, (original, result.output)
        assert f"<file original={original!r}> names no pack catalogue of this language" in (
            result.output
        )
        assert "(expected locales/fr/LC_MESSAGES/<pack>.po" in result.output
        assert po.read_bytes() == before
    tree = export(project, path)  # the catalogue the export names is accepted
    assert tree.find(f"{X}file").get("original") == f"locales/fr/LC_MESSAGES/{PACK}.po"
    result = cli("i18n", "import", path, "--translator", "A <a@example.eu>", root=project)
    assert result.exit_code == 0 and "no change" in result.output, result.output


def test_entity_declarations_are_refused(project, tmp_path):
    path = tmp_path / "xxe.xlf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>',
        encoding="utf-8",
    )
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 1
    assert "xxe.xlf:2: a DOCTYPE declaration" in result.output


def test_usage_errors_exit_2(project):
    assert cli("i18n", "export", "--pack", PACK, root=project).exit_code == 2
    assert cli("i18n", "export", "--pack", PACK, "--lang", "en", root=project).exit_code == 2
    result = cli("i18n", "export", "--pack", "plenary", "--lang", "fr", root=project)
    assert result.exit_code == 2 and "unknown pack 'plenary'" in result.output


# --- the XLIFF's structure ------------------------------------------------------------------


def test_xliff_is_xliff_1_2_with_one_unit_per_entry_and_codes_as_ph(project, tmp_path):
    tree = export(project, tmp_path / "fr.xlf")
    root = tree.getroot()
    assert root.tag == f"{X}xliff" and root.get("version") == "1.2"
    (file,) = root
    assert file.tag == f"{X}file"
    assert file.get("source-language") == "en" and file.get("target-language") == "fr"
    assert (
        file.get("datatype")
        and file.get("original") == "locales/fr/LC_MESSAGES/plenary-2026-05-18.po"
    )
    assert [etree.QName(c).localname for c in file] == ["header", "body"]
    found = list(tree.iter(f"{X}trans-unit"))
    ids = [u.get("id") for u in found]
    assert len(ids) == len(set(ids)), "trans-unit ids must be unique"
    # the schema's other identity constraints and attribute types that this file could break
    names = [g.get("name") for g in tree.iter(f"{X}context-group") if g.get("name") is not None]
    assert len(names) == len(set(names)), "context-group names must be unique in a <file>"
    for ph in tree.iter(f"{X}ph"):
        assert re.fullmatch(r"x-\S+|image|pb|lb", ph.get("ctype", "x-none"))
    for group in tree.iter(f"{X}context-group"):
        assert {c.get("context-type") for c in group} <= {"sourcefile", "linenumber"}
    for unit in found:
        assert unit.get("approved", "no") in ("yes", "no")
    # translate-toolkit (as other XLIFF readers) reads the same units back
    from translate.storage.xliff import xlifffile

    store = xlifffile.parsestring((tmp_path / "fr.xlf").read_bytes())
    assert [u.getid().split("\x04")[-1] for u in store.units] == ids
    header = file.find(f"{X}header")
    assert [etree.QName(c).localname for c in header] == ["tool", "note"]
    assert header.find(f"{X}tool").get("tool-id") and header.find(f"{X}tool").get("tool-name")
    po = read_catalog(po_path(project, "fr", PACK))
    lib = load_library(project)
    for unit in found:
        children = [etree.QName(c).localname for c in unit]
        assert set(children) <= UNIT_CHILDREN and children[0] == "source", children
        context = unit.get("resname")
        source = unit.find(f"{X}source")
        msgid = "".join(source.itertext())
        assert unit.get("id") == unit_id(context, msgid)
        codes = [p[0] for p in split_codes(msgid) if isinstance(p, tuple)]
        phs = source.findall(f"{X}ph")
        assert [ph.text for ph in phs] == codes
        assert all(ph.get("id") and ph.get("equiv-text") for ph in phs)
        for element in source.iter():
            if element is not source:
                assert etree.QName(element).localname in INLINE
        target = unit.find(f"{X}target")
        assert target.get("state") in STATES
        message = po.get(msgid, context)
        if message is not None and message.string:
            assert "".join(target.itertext()) == message.string
            machine = MACHINE_MARK in message.user_comments
            assert target.get("state") == (
                "needs-review-translation" if message.fuzzy or machine else "translated"
            )
            assert target.get("state-qualifier") == (
                "mt-suggestion" if machine and not message.fuzzy else None
            )
            src_ids = {}
            for ph in phs:
                src_ids.setdefault(ph.text, []).append(ph.get("id"))
            for ph in target.findall(f"{X}ph"):
                assert ph.get("id") in src_ids.get(ph.text, [ph.get("id")])
            target_ids = [ph.get("id") for ph in target.findall(f"{X}ph")]
            assert len(target_ids) == len(set(target_ids))
        assert len({ph.get("id") for ph in phs}) == len(phs), "inline ids are unique in a <source>"
        assert any(n.text == f"Context: {context}" for n in unit.findall(f"{X}note"))
    contexts = [u.get("resname") for u in found]
    # the pack's own entries and documents, and nothing of the other pack
    assert f"pack:{PACK}" in contexts and f"document:{PACK}/at-a-glance" in contexts
    assert not any(
        c.startswith(("ai-act-demo", "pack:ai-act-demo", "document:ai-act-demo")) for c in contexts
    )
    facts = {c.split(":", 1)[1] for c in contexts if c.startswith("fact:")}
    assert facts and facts <= set(lib.facts)
    # every fact the templates name is there
    named = set()
    for doc in lib.packs[PACK].documents:
        text = (project / "templates" / "briefings" / f"{doc.template}.md").read_text(
            encoding="utf-8"
        )
        named |= set(re.findall(r'(?:fact|date|value)\("([a-z0-9.-]+)"', text))
    assert named & set(lib.facts) <= facts


def test_equiv_text_says_what_a_code_becomes(project, tmp_path):
    tree = export(project, tmp_path / "fr.xlf")
    labels = {ph.text: ph.get("equiv-text") for ph in tree.iter(f"{X}ph")}
    dates = [label for code, label in labels.items() if code.startswith("{{ date(")]
    assert dates and all(
        re.fullmatch(r"\[date: \d{1,2}(er)? \w+ \d{4}\]|\[date: \d+\.\d+\.\d{4}\]", d)
        for d in dates
    ), dates
    assert labels['{{ doc("nis2") }}'] == "[title: directive SRI 2]"
    assert any(
        label.startswith("[note: ") for code, label in labels.items() if code.startswith("{{ cite(")
    )
    assert any(
        label.startswith("[term: ") for code, label in labels.items() if code.startswith("{{ term(")
    )
    assert "{date}" in labels and labels["{date}"].startswith("[date: ")


# --- TMX ----------------------------------------------------------------------------------


def test_tmx_has_one_tu_per_translated_unit(project, tmp_path):
    out = tmp_path / "all.tmx"
    result = cli("i18n", "export", "--format", "tmx", "-o", out, root=project)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    assert tree.getroot().get("version") == "1.4"
    assert tree.getroot().find("header").get("srclang") == "en"
    tus = tree.getroot().find("body").findall("tu")
    from translate.storage.tmx import tmxfile

    assert len(tmxfile.parsestring(out.read_bytes()).units) == len(tus)
    tuids = [tu.get("tuid") for tu in tus]
    assert len(tuids) == len(set(tuids))
    # expected: every entry of every pack with a translation the build would use
    from briefings.i18n.exchange import pack_entries

    lib = load_library(project)
    from briefings.compose.composer import Translations

    tr = Translations(lib)
    expected = {}
    for pack in lib.packs.values():
        # as the build reads them: a translation that writes a value out is one
        contents = {lang: tr.content(lang, pack.id) for lang in pack.languages if lang != "en"}
        for entry in pack_entries(lib, pack, None):
            langs = {
                lang
                for lang, c in contents.items()
                if lang in pack.languages and c.lookup(entry.context, entry.msgid)
            }
            if langs:
                expected.setdefault(entry.id, set()).update(langs)
    assert set(tuids) == set(expected)
    for tu in tus:
        langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
        assert langs[0] == "en" and set(langs[1:]) == {bcp47(c) for c in expected[tu.get("tuid")]}
    only_fr = cli(
        "i18n", "export", "--format", "tmx", "--pack", "ai-act-demo", "--lang", "fr", root=project
    )
    assert only_fr.exit_code == 0
    langs = set(re.findall(rb'xml:lang="([a-zA-Z-]+)"', only_fr.stdout_bytes))
    assert langs == {b"en", b"fr"}


# --- terms --------------------------------------------------------------------------------


def test_tbx_lists_every_term_in_every_language(project, tmp_path):
    out = tmp_path / "terms.tbx"
    result = cli("i18n", "terms", "--format", "tbx", "-o", out, root=project)
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(out))
    assert tree.getroot().tag == "martif" and tree.getroot().get("type") == "TBX-Basic"
    entries = {e.get("id"): e for e in tree.iter("termEntry")}
    lib = load_library(project)
    assert set(entries) == set(lib.terms)
    for term in lib.terms.values():
        entry = entries[term.id]
        got = {ls.get(XML_LANG): ls.findtext("tig/term") for ls in entry.findall("langSet")}
        assert got == {
            ("pt-PT" if lang == "pt" else lang): text for lang, text in term.terms.items()
        }
        source = entry.findtext("admin[@type='source']")
        assert source.startswith(lib.documents[term.defined_in.document].short_title)
        if term.defined_in.pinpoint:
            assert source.endswith(term.defined_in.pinpoint)


def test_terms_csv_has_one_row_per_concept(project):
    result = cli("i18n", "terms", "--format", "csv", root=project)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"))))
    lib = load_library(project)
    assert [r["id"] for r in rows] == list(lib.terms)
    languages = [c for c in CODES if any(c in t.terms for t in lib.terms.values())]
    assert list(rows[0])[7:] == languages  # after id … iate, note, to_confirm
    for row in rows:
        term = lib.terms[row["id"]]
        assert Counter({lang: row[lang] for lang in languages if row[lang]}) == Counter(term.terms)


# --- what CAT tools write back --------------------------------------------------------------


def test_x_codes_and_segment_marks_are_read_back(project, tmp_path):
    po = po_path(project, "fr", PACK)
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    unit = _glance_paragraph(tree)
    source = unit.find(f"{X}source")
    msgid = "".join(source.itertext())
    target = unit.find(f"{X}target")
    for child in list(target):
        target.remove(child)
    # a tool that segments the target (<mrk mtype="seg">) and writes each code as <x/>
    mrk = etree.SubElement(target, f"{X}mrk", {"mtype": "seg", "mid": "1"})
    mrk.text = "Nouveau : "
    for ph in source.findall(f"{X}ph"):
        etree.SubElement(mrk, f"{X}x", {"id": ph.get("id")}).tail = " ; "
    target.text = None
    target.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 0, result.output
    codes = [p[0] for p in split_codes(msgid) if isinstance(p, tuple)]
    expected = "Nouveau : " + "".join(code + " ; " for code in codes)
    assert read_catalog(po).get(msgid, unit.get("resname")).string == expected


def test_an_entry_missing_from_an_older_po_is_added(project, tmp_path):
    po = po_path(project, "fr", PACK)
    catalog = read_catalog(po)
    context = f"{PACK}-at-a-glance: heading"
    catalog.delete("Key dates", context)
    from briefings.i18n.workflow import po_bytes

    po.write_bytes(po_bytes(catalog))
    path = tmp_path / "fr.xlf"
    tree = export(project, path)
    unit = find_unit(tree, context, "Key dates")
    assert unit.find(f"{X}target").get("state") == "new"
    set_target(unit, "Dates clés")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", path, root=project).exit_code == 0
    message = read_catalog(po).get("Key dates", context)
    assert message.string == "Dates clés" and message.auto_comments == ["Heading level 2"]
    assert message.locations


def test_the_glossary_check_warns_on_import(project, tmp_path):
    path = tmp_path / "fr.xlf"
    tree = export(project, path, pack="ai-act-demo")
    msgid = (
        "How will the AI Office use its powers over *general-purpose AI models with systemic risk*?"
    )
    unit = next(
        u for u in units(tree).values() if "".join(u.find(f"{X}source").itertext()) == msgid
    )
    set_target(
        unit,
        "Comment le Bureau de l’IA utilisera-t-il ses pouvoirs sur les "
        "*grands modèles dangereux* ?",
    )
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert result.exit_code == 0, result.output
    assert (
        f"fr.xlf:{unit.find(f'{X}target').sourceline}: warning: "
        f"trans-unit '{unit.get('id')}': the source "
        "uses 'systemic risk' but the translation does not use the official term "
        "'risque systémique'"
    ) in result.output
    assert "updated 1 entry" in result.output  # a warning does not stop the import


def test_one_document_of_a_pack(project, tmp_path):
    result = cli(
        "i18n",
        "export",
        "--pack",
        PACK,
        "--lang",
        "fr",
        "--document",
        "at-a-glance",
        "-o",
        tmp_path / "glance.xlf",
        root=project,
    )
    assert result.exit_code == 0, result.output
    contexts = {
        u.get("resname") for u in etree.parse(str(tmp_path / "glance.xlf")).iter(f"{X}trans-unit")
    }
    whole = {u.get("resname") for u in export(project, tmp_path / "all.xlf").iter(f"{X}trans-unit")}
    assert f"document:{PACK}/at-a-glance" in contexts and f"pack:{PACK}" in contexts
    assert not any(
        c.startswith((f"{PACK}-briefing", f"{PACK}-key-terms", f"document:{PACK}/briefing"))
        for c in contexts
    )
    assert any(c.startswith(f"{PACK}-at-a-glance") for c in contexts)
    assert any(c.startswith("fact:") for c in contexts) and contexts < whole
    bad = cli(
        "i18n", "export", "--pack", PACK, "--lang", "fr", "--document", "at-a-glanse", root=project
    )
    assert bad.exit_code == 2 and "did you mean 'at-a-glance'" in bad.output


def test_a_translation_made_in_xliff_is_published(tmp_path):
    """The translator's path on the small fixture project: init, export, translate, import,
    build."""
    from .conftest import copy_project

    root = copy_project(tmp_path / "fixture")
    assert cli("i18n", "init", "fr", root=root).exit_code == 0
    path = tmp_path / "note-fr.xlf"
    tree = export(root, path, pack="test-pack", lang="fr")
    set_target(find_unit(tree, "note: heading", "Background"), "Contexte de la note")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("i18n", "import", path, "--translator", "T <t@example.eu>", root=root).exit_code == 0
    result = cli("build", "-j", "1", "--lang", "fr", "--format", "html", root=root)
    assert result.exit_code == 0, result.output
    page = (root / "build" / "site" / "test-pack" / "fr" / "note.html").read_text(encoding="utf-8")
    assert "Contexte de la note" in page and ">Background<" not in page


def test_language_tags_and_declared_encoding(project, tmp_path):
    from briefings.i18n.exchange import lang_of_tag

    assert [
        lang_of_tag(t) for t in ("fr", "fr-FR", "pt-PT", "pt_pt", "pt", "pt-BR", "EN", "xx", None)
    ] == ["fr", "fr", "pt", "pt", "pt", None, "en", None, None]
    path = tmp_path / "latin.xlf"
    tree = export(project, path)
    data = path.read_bytes().replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"', 1)
    path.write_bytes(data)
    result = cli("i18n", "import", path, root=project)
    assert (
        result.exit_code == 1
        and "latin.xlf:1: the file declares encoding 'ISO-8859-1'" in result.output
    )
    tree.getroot()[0].set("target-language", "pt-BR")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    result = cli("i18n", "import", path, root=project)
    assert (
        result.exit_code == 1
        and "target-language 'pt-BR' is not one of the languages" in result.output
    )


def test_a_code_used_twice_has_two_ids_and_dropping_one_is_refused(project, tmp_path):
    seen = {}

    def drop_second_use(tree):
        for unit in units(tree).values():
            phs = unit.findall(f"{X}target/{X}ph")
            texts = [ph.text for ph in phs]
            twice = [t for t in texts if texts.count(t) > 1]
            if twice:
                first, second = [ph for ph in phs if ph.text == twice[0]][:2]
                assert first.get("id") != second.get("id")
                seen.update(id=second.get("id"), unit=unit.get("id"))
                parent = second.getparent()
                previous = second.getprevious()
                if previous is not None:
                    previous.tail = (previous.tail or "") + (second.tail or "")
                parent.remove(second)
                return
        raise AssertionError("no unit uses a code twice")

    out = _refused(project, tmp_path, drop_second_use)
    assert (
        f"trans-unit '{seen['unit']}': translation refused: protected codes differ: "
        f'missing <ph id="{seen["id"]}">' in out
    )
