"""Typed records past the loader: the manifest's unit records (build.UnitRecord) and a unit's
dependencies (compose.Deps) as frozen values, read back from JSON with a reason when they do
not have the shape this version writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from briefings.build.builder import BadRecord, UnitRecord
from briefings.build.fingerprint import MANIFEST
from briefings.compose.composer import Deps
from briefings.compose.coverage import Coverage
from briefings.errors import Problem

from .conftest import cli
from .test_publish import snapshot


def _manifest(site: Path) -> dict:
    return json.loads((site / MANIFEST).read_text(encoding="utf-8"))


def test_every_record_of_a_built_manifest_reads_back_as_it_was_written(built):
    """to_json(from_json(record)) is the record, for every unit of a real build, and the
    whole manifest serialises to the same bytes (what the build writes)."""
    manifest = _manifest(built)
    assert manifest["units"]
    again = {name: UnitRecord.parse(rec).to_json() for name, rec in manifest["units"].items()}
    assert again == manifest["units"]
    text = json.dumps(
        {**manifest, "units": again}, ensure_ascii=False, indent=1, sort_keys=True
    ).encode("utf-8")
    assert text == (built / MANIFEST).read_bytes()
    rec = UnitRecord.parse(manifest["units"]["test-pack/note/en"])
    assert isinstance(rec.deps, Deps) and isinstance(rec.coverage, Coverage)
    assert rec.published and "html" in rec.sizes and rec.map is not None
    assert all(isinstance(w, Problem) for w in rec.warnings)


def _good() -> dict:
    return {
        "keys": {"html": "k1", "docx": "k2"},
        "sizes": {"html": 10, "docx": 20},
        "deps": {"facts": ["a.b"], "terms": [], "glossary": False},
        "title": "A title",
        "product": "Briefing",
        "title_lang": None,
        "complete": True,
        "translated": 3,
        "fallback": 0,
        "coverage": {"words": 10, "fallback": 0, "original": 0, "percent": 100},
        "published": True,
        "map": {"en": True, "fr": False},
        "warnings": [
            {
                "file": "f.md",
                "line": 2,
                "level": "warning",
                "entry": None,
                "field": None,
                "message": "m",
            }
        ],
    }


def test_a_well_formed_record_round_trips():
    rec = UnitRecord.parse(_good())
    assert rec.to_json() == _good()
    assert UnitRecord.from_json(rec.to_json()) == rec
    assert rec.deps == Deps(("a.b",), (), False)
    assert rec.coverage.percent == 100 and rec.map == {"en": True, "fr": False}
    assert rec.warnings == (Problem("m", "f.md", 2, None, None, "warning"),)


def _drop(key):
    def edit(rec):
        del rec[key]

    return edit


def _set(path, value):
    def edit(rec):
        *outer, last = path
        target = rec
        for name in outer:
            target = target[name]
        target[last] = value

    return edit


WRONG = [
    ("not an object", lambda rec: rec.clear() or rec.update({"x": 1}), "keys or sizes"),
    ("no keys", _drop("keys"), "keys or sizes"),
    ("a size that is text", _set(("sizes", "html"), "12"), "keys or sizes"),
    ("a size that is a boolean", _set(("sizes", "html"), True), "keys or sizes"),
    ("keys and sizes of other formats", _set(("sizes",), {"html": 10}), "different formats"),
    ("deps not an object", _set(("deps",), []), "deps is list"),
    ("deps.facts text", _set(("deps", "facts"), "a.b"), "deps.facts"),
    ("deps.glossary a number", _set(("deps", "glossary"), 1), "deps.glossary"),
    ("no title", _drop("title"), "title is NoneType"),
    ("title_lang a number", _set(("title_lang",), 3), "title_lang is int"),
    ("translated a boolean", _set(("translated",), True), "translated is bool"),
    ("coverage percent wrong", _set(("coverage", "percent"), 50), "coverage does not"),
    ("coverage words text", _set(("coverage", "words"), "10"), "coverage is not"),
    ("a switcher of text", _set(("map",), {"en": "yes"}), "is not an object of bool"),
    ("a warning with another field", _set(("warnings",), [{"msg": "m"}]), "problem's fields"),
    ("a warning's line text", _set(("warnings", 0, "line"), "2"), "line is not a number"),
]


@pytest.mark.parametrize("edit,reason", [(e, r) for _n, e, r in WRONG], ids=[n for n, *_ in WRONG])
def test_a_record_of_the_wrong_shape_gives_none_and_says_why(edit, reason):
    rec = copy.deepcopy(_good())
    edit(rec)
    assert UnitRecord.from_json(rec) is None
    with pytest.raises(BadRecord, match=reason):
        UnitRecord.parse(rec)


def test_a_record_that_is_not_an_object_is_refused():
    assert UnitRecord.from_json(["keys"]) is None
    with pytest.raises(BadRecord, match="the record is list"):
        UnitRecord.parse(["keys"])


def test_deps_are_a_frozen_value_serialised_as_before():
    deps = Deps(("aia.one", "nis2.two"), ("gpai-model",), True)
    assert deps.to_json() == {
        "facts": ["aia.one", "nis2.two"],
        "terms": ["gpai-model"],
        "glossary": True,
    }
    assert Deps.from_json(deps.to_json()) == deps
    with pytest.raises(AttributeError):
        deps.facts = ()  # type: ignore[misc]
    for bad in ({"facts": [1], "terms": [], "glossary": False}, {"facts": [], "terms": []}):
        with pytest.raises(ValueError):
            Deps.from_json(bad)


@pytest.mark.parametrize(
    "edit",
    [
        _set(("sizes", "html"), "12"),  # read as a size by the pack index
        _set(("warnings",), [{"msg": "m"}]),  # read as a Problem's fields
    ],
    ids=["size-as-text", "warning-of-another-shape"],
)
def test_a_published_record_that_would_break_the_build_is_rebuilt(project, edit):
    """Before the typed records, these passed the shape check and the build failed with an
    internal error (exit 70); now the unit is rebuilt and the site comes out as before."""
    assert cli("build", "-j", "1", root=project).exit_code == 0
    site = project / "build" / "site"
    before = {k: v for k, v in snapshot(site).items() if k != MANIFEST}
    manifest = _manifest(site)
    edit(manifest["units"]["test-pack/note/en"])
    (site / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    result = cli("build", "-j", "1", "--lang", "en", root=project)
    assert result.exit_code == 0, result.stderr
    assert "(1 rebuilt, 0 unchanged;" in result.output, result.output
    assert {k: v for k, v in snapshot(site).items() if k != MANIFEST} == before
    assert UnitRecord.parse(_manifest(site)["units"]["test-pack/note/en"]).sizes["html"] > 0


def test_a_box_has_no_title_field_and_a_quoted_title_is_an_error_with_its_line():
    """Callout.title was always empty (the parser dropped the title): it is gone, and a
    quoted title, which used to vanish without a word, is reported with its line."""
    import dataclasses

    from briefings import model as m
    from briefings.compose.parse import Parser

    assert [f.name for f in dataclasses.fields(m.Callout)] == ["kind", "blocks"]
    parser = Parser()
    blocks, _notes, problems = parser.parse("!!! summary\n    Short.\n", "t.md")
    assert not problems.errors and blocks == (
        m.Callout("summary", (m.Paragraph((m.Text("Short."),)),)),
    )
    text = 'Intro.\n\n!!! note "Watch out"\n    Careful.\n'
    _blocks, _notes, problems = parser.parse(text, "t.md")
    assert [(p.file, p.line) for p in problems.errors] == [("t.md", 3)]
    assert "box title ('!!! note \"Watch out\"') is not supported" in problems.errors[0].message


def test_the_parser_gives_every_heading_its_anchor_summary_box_first():
    from briefings import model as m
    from briefings.compose.parse import Parser

    text = "## Key dates\n\n!!! summary\n    ### Key dates\n\n    Short.\n\n## Key dates\n"
    blocks, _notes, problems = Parser().parse(text, "t.md")
    assert not problems.errors
    top = [b.id for b in blocks if isinstance(b, m.Heading)]
    (box,) = [b for b in blocks if isinstance(b, m.Callout)]
    assert [b.id for b in box.blocks if isinstance(b, m.Heading)] == ["s-key-dates"]
    assert top == ["s-key-dates-2", "s-key-dates-3"]
    doc = m.Document(_meta(), blocks)
    assert list(m.section_ids(doc).values()) == ["s-key-dates", "s-key-dates-2", "s-key-dates-3"]
    # a Document built by hand (no ids) gets the same anchors
    bare = m.Document(_meta(), (m.Heading(2, (m.Text("Key dates"),)),) * 1)
    assert list(m.section_ids(bare).values()) == ["s-key-dates"]


def _meta():
    import datetime as dt

    from briefings import model as m

    day = dt.date(2026, 5, 18)
    return m.Meta("p", "d", "en", "T", "briefing", day, "E", "P", day, None, None, "S")


def test_check_and_the_page_agree_on_the_anchor_of_a_heading_in_the_summary_box(project):
    """check.py used to make its own anchors from the top-level headings only, so a link to
    a heading inside the summary box was reported although the page has it."""
    note = project / "templates" / "briefings" / "note.md"
    text = note.read_text(encoding="utf-8")
    text = text.replace("!!! summary\n\n", "!!! summary\n\n    ### Why it matters\n\n", 1)
    text += "\nSee [why](#s-why-it-matters) and [nowhere](#s-nowhere).\n"
    note.write_text(text, encoding="utf-8")
    checked = cli("check", root=project)
    said = checked.stdout + checked.stderr
    links = [line for line in said.splitlines() if "internal link" in line]
    assert len(links) == 1 and "'#s-nowhere'" in links[0], said
    assert cli("build", "-j", "1", "--lang", "en", root=project).exit_code == 0
    page = (project / "build" / "site" / "test-pack" / "en" / "note.html").read_text()
    assert 'id="s-why-it-matters"' in page and 'href="#s-why-it-matters"' in page
