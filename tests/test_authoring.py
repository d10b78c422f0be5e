"""Adoption: `new pack` scaffolding that builds at once, per-pack checks, JSON everywhere."""

from __future__ import annotations

import json

import docx
import yaml

from .conftest import cli

NEW = [
    "new",
    "pack",
    "itre-2026-06-03",
    "--title",
    "The European Health Data Space",
    "--event",
    "ITRE committee meeting",
    "--place",
    "Brussels",
    "--date",
    "2026-06-03",
    "--languages",
    "en,pl",
]


def test_new_pack_builds_at_once_in_two_languages(project):
    result = cli(*NEW, root=project)
    assert result.exit_code == 0, result.stderr + result.stdout
    assert "check: 0 error(s)" in result.stdout
    for rel in (
        "sources/packs/itre-2026-06-03.yaml",
        "sources/facts/itre-2026-06-03.yaml",
        "sources/documents/itre-2026-06-03.yaml",
        "sources/glossary/itre-2026-06-03.yaml",
        "templates/briefings/itre-2026-06-03-briefing.md",
    ):
        assert (project / rel).is_file(), rel
        if rel.endswith(".yaml"):
            first = (project / rel).read_text(encoding="utf-8").splitlines()[0]
            assert first.startswith("# yaml-language-server: $schema=../../schemas/"), first
    manifest = yaml.safe_load((project / "sources/packs/itre-2026-06-03.yaml").read_text())
    assert manifest["event"]["place"] == "Brussels" and manifest["languages"] == ["en", "pl"]
    checked = cli("check", "--strict", "--pack", "itre-2026-06-03", root=project)
    assert checked.exit_code == 0, checked.stderr
    built = cli("build", "-j", "1", "--pack", "itre-2026-06-03", root=project)
    assert built.exit_code == 0, built.stderr
    site = project / "build" / "site" / "itre-2026-06-03"
    html = (site / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "The European Health Data Space" in html and "EUR" in html and "3 June 2026" in html
    # nothing of it is in Polish yet: not published in Polish, and the Polish index says so
    assert not (site / "pl" / "briefing.html").exists()
    index = (site / "pl" / "index.html").read_text(encoding="utf-8")
    assert (
        "3 czerwca 2026" in index and "Not yet available in this language" in index
    )  # no Polish catalogue here
    text = "\n".join(p.text for p in docx.Document(str(site / "en" / "briefing.docx")).paragraphs)
    assert "ITRE committee meeting" in text or "Brussels" in text


def test_new_pack_never_overwrites(project):
    assert cli(*NEW, root=project).exit_code == 0
    tpl = project / "templates/briefings/itre-2026-06-03-briefing.md"
    tpl.write_text("## My own work\n", encoding="utf-8")
    again = cli(*NEW, root=project)
    assert again.exit_code == 1
    assert "exists already; nothing was created" in again.stderr
    assert tpl.read_text(encoding="utf-8") == "## My own work\n"


def test_new_pack_bad_values_are_usage_errors(project):
    result = cli(
        "new",
        "pack",
        "ITRE 3 June",
        "--title",
        "t",
        "--event",
        "e",
        "--place",
        "p",
        "--date",
        "2029-02-30",
        "--languages",
        "en,pol",
        root=project,
    )
    assert result.exit_code == 2
    assert "not a valid pack id" in result.stderr
    assert "2029-02-30: day is out of range for month" in result.stderr
    assert "unknown language code 'pol' (did you mean 'pl'?)" in result.stderr
    assert not (project / "sources" / "packs" / "ITRE 3 June.yaml").exists()
    missing = cli("new", "pack", "x-pack", root=project)
    assert missing.exit_code == 2 and "missing --title, --event, --place, --date" in missing.stderr


def test_staleness_is_judged_only_against_packs_that_use_the_fact(project):
    """New-user problem 9: facts of a later event warned about every other pack."""
    assert cli(*NEW, root=project).exit_code == 0
    result = cli("check", "--format", "json", root=project)
    report = json.loads(result.stdout)
    stale = [p for p in report["problems"] if p["field"] == "as_of"]
    assert stale == [], stale
    # a fact the early pack uses, verified after that pack's date, is still reported
    facts = project / "sources" / "facts" / "ai-act.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("as_of: 2026-05-", "as_of: 2026-07-", 1), encoding="utf-8")
    report = json.loads(cli("check", "--format", "json", root=project).stdout)
    stale = [p for p in report["problems"] if p["field"] == "as_of"]
    assert stale and all("pack 'test-pack'" in p["message"] for p in stale)
    assert report["summary"] == {
        "errors": 0,
        "warnings": len(report["problems"]),
        "strict": False,
        "ok": True,
    }
    only_new = json.loads(
        cli("check", "--format", "json", "--pack", "itre-2026-06-03", root=project).stdout
    )
    assert not [p for p in only_new["problems"] if p["field"] == "as_of"]


def test_check_unknown_pack_is_a_usage_error(project):
    result = cli("check", "--pack", "test-pak", root=project)
    assert result.exit_code == 2 and "did you mean 'test-pack'" in result.stderr


def test_list_and_build_speak_json(project):
    listed = json.loads(cli("list", "--format", "json", root=project).stdout)
    assert [p["id"] for p in listed] == ["test-pack"]
    assert listed[0]["documents"][0]["template"] == "templates/briefings/note.md"
    first = json.loads(cli("build", "-j", "1", "--json", root=project).stdout)
    assert first["up_to_date"] is False and len(first["built"]) == 4 and first["files"] > 8
    assert "test-pack/note/en" in first["built"]
    again = json.loads(cli("build", "-j", "1", "--json", root=project).stdout)
    assert again["up_to_date"] is True and again["built"] == []
    partial = json.loads(cli("build", "-j", "1", "--json", "--lang", "fr", root=project).stdout)
    assert partial["built"] == [] and partial["unchanged"] == 1 and partial["kept"] == 3


def test_uncited_numbers_in_prose_are_reported_unless_marked(project):
    """New-user problem 8: 'Only 12 of 27 Member States…' passed build and check."""
    tpl = project / "templates" / "briefings" / "note.md"
    base = tpl.read_text(encoding="utf-8")
    tpl.write_text(
        base + "\nOnly 12 of 27 Member States have transposed it.\n\n"
        'Article 5 applies{{ cite("ai-act", "Art. 5") }}.\n\n'
        "The 2030 Digital Decade targets remain. {# not a fact #}\n",
        encoding="utf-8",
    )
    lines = len(base.split("\n"))
    result = cli("check", "--format", "json", root=project)
    numbers = [
        p
        for p in json.loads(result.stdout)["problems"]
        if "a number typed into the text" in p["message"]
    ]
    assert [(p["line"], p["message"].split("(")[1].split(")")[0]) for p in numbers] == [
        (lines + 1, "'12'")
    ]
    assert "{# not a fact #}" in numbers[0]["message"]
    built = cli("build", "-j", "1", "--lang", "en", root=project)
    assert built.exit_code == 0
    html = (project / "build" / "site" / "test-pack" / "en" / "note.html").read_text(
        encoding="utf-8"
    )
    assert "2030 Digital Decade targets remain." in html and "not a fact" not in html


def test_helper_mistakes_are_said_in_the_templates_terms(project):
    """New-user trial: '_Call.date() got an unexpected keyword argument' and 'expected YYYY-MM-DD'
    for a date that is well formed but does not exist."""
    tpl = project / "templates" / "briefings" / "note.md"
    base = tpl.read_text(encoding="utf-8")
    tpl.write_text(base + '\n{{ date("aia.entry-into-force", cit=false) }}\n', encoding="utf-8")
    result = cli("check", root=project)
    assert (
        "date(): no argument 'cit' (did you mean 'cite'?); it takes what, format, cite"
        in result.stderr
    )
    assert "_Call" not in result.stderr
    tpl.write_text(base + '\n{{ date("2026-06-31") }}\n', encoding="utf-8")
    assert "date(): 2026-06-31: June 2026 has 30 days" in cli("check", root=project).stderr
