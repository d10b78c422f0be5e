"""House profiles: everything institutional comes from sources/house.yaml, nothing from code.

The fixture project carries a second profile (a national parliament's research service);
the shipped project carries the EPRS profile."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pikepdf
import pytest

from .conftest import REPO, cli

INSTITUTIONAL = re.compile(
    r"EPRS|European Parliamentary Research Service|Members' Research Service"
)


def test_no_institution_is_named_in_code_or_layouts():
    places = sorted((REPO / "briefings").rglob("*.py")) + sorted(
        (REPO / "templates" / "html").glob("*")
    )
    found = [
        f"{p.relative_to(REPO)}:{n}"
        for p in places
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if INSTITUTIONAL.search(line)
    ]
    assert found == []
    with zipfile.ZipFile(REPO / "templates" / "docx" / "reference.docx") as z:
        assert not any(
            INSTITUTIONAL.search(z.read(n).decode("utf-8", "replace")) for n in z.namelist()
        )


def _all_text(site: Path) -> str:
    out = []
    for p in sorted(site.rglob("*")):
        if p.suffix in (".html", ".md", ".css", ".svg", ".xml"):
            out.append(p.read_text(encoding="utf-8"))
        elif p.suffix == ".docx":
            with zipfile.ZipFile(p) as z:
                out += [
                    z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")
                ]
    return "\n".join(out)


def test_a_second_profile_shows_everywhere_and_eprs_nowhere(built):
    text = _all_text(built)
    assert not INSTITUTIONAL.search(
        text
    )  # (act titles still name "the European Parliament and the Council")
    html = (built / "test-pack" / "en" / "note.html").read_text(encoding="utf-8")
    assert "National Parliament · Parliamentary Research Service" in html
    assert '<p class="product-label">RESEARCH NOTE</p>' in html
    assert "© National Parliament, 2026." in html
    assert (
        '<img class="logo" src="../../assets/house-logo.svg" alt="Parliamentary Research Service"'
        in html
    )
    assert (built / "assets" / "house-logo.svg").read_bytes() == (
        REPO / "tests" / "fixtures" / "project" / "templates" / "house" / "logo.svg"
    ).read_bytes()
    assert "--accent: #6a1b4d;" in (built / "assets" / "briefings.css").read_text()
    fr = (built / "test-pack" / "fr" / "note.html").read_text(encoding="utf-8")
    assert (
        "Parlement national · Service de recherche parlementaire" in fr
        and "NOTE DE RECHERCHE" in fr
    )
    word = docx.Document(str(built / "test-pack" / "en" / "note.docx"))
    header = word.sections[0].header
    assert header.paragraphs[0].text.startswith(
        " National Parliament · Parliamentary Research Service"
    )
    pictures = header._element.xpath(".//wp:docPr")
    assert [p.get("descr") for p in pictures] == ["Parliamentary Research Service"]
    assert word.core_properties.author == "Parliamentary Research Service"


def test_the_shipped_profile_is_eprs(shipped):
    html = (shipped / "plenary-2026-05-18" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "EPRS | European Parliamentary Research Service" in html
    assert '<p class="product-label">BRIEFING · <span class="draft">DRAFT</span></p>' in html
    de = (shipped / "plenary-2026-05-18" / "de" / "at-a-glance.html").read_text(encoding="utf-8")
    assert (
        "EPRS | Wissenschaftlicher Dienst des Europäischen Parlaments" in de
        and "AUF EINEN BLICK" in de
    )


def test_without_a_profile_nothing_institutional_is_added(project):
    (project / "sources" / "house.yaml").unlink()
    assert cli("build", "-j", "1", "--lang", "en", root=project).exit_code == 0
    html = (project / "build" / "site" / "test-pack" / "en" / "note.html").read_text(
        encoding="utf-8"
    )
    assert 'class="disclaimer"' not in html and "logo" not in html
    assert '<p class="product-label">BRIEFING</p>' in html


@pytest.mark.parametrize(
    "change, expect",
    [
        (
            lambda s: s.replace('colours: {accent: "#6a1b4d"', 'colours: {accent: "#ffcc00"'),
            "house.yaml:25: house profile: colours.accent: #ffcc00 on white has a contrast of "
            "1.5:1; text needs at least 4.5:1",
        ),
        (
            lambda s: s.replace(
                "file: templates/house/logo.svg", "file: templates/house/nologo.svg"
            ),
            "house profile: logo.file: no such file templates/house/nologo.svg",
        ),
        (
            lambda s: s.replace("file: templates/house/logo.svg", "file: logo.svg"),
            "house profile: logo.file: expected the logo under templates/ "
            "(where changes are noticed), got 'logo.svg'",
        ),
        (
            lambda s: s.replace('  en: "National Parliament"\n', ""),
            "house profile: organisation: the source language 'en' is required",
        ),
        (
            lambda s: s.replace("  - id: briefing\n", "  - id: note-verbale\n"),
            "test-pack.yaml:9: pack 'test-pack': documents.0.product: got 'briefing'; "
            "the house profile's products are "
            "'note-verbale', 'at-a-glance', 'key-terms'",
        ),
    ],
)
def test_a_bad_profile_is_a_clear_error(project, change, expect):
    house = project / "sources" / "house.yaml"
    house.write_text(change(house.read_text(encoding="utf-8")), encoding="utf-8")
    result = cli("check", root=project)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert expect in result.stderr, result.stderr


def test_reference_numbers_follow_the_house_pattern(project):
    house = project / "sources" / "house.yaml"
    house.write_text(
        house.read_text(encoding="utf-8") + 'reference_pattern: "^PRS-\\\\d{4}-\\\\d{3}$"\n',
        encoding="utf-8",
    )
    result = cli("check", root=project)
    assert (
        "reference: 'PE xxx.xxx (placeholder)' does not follow the house profile's "
        "reference pattern" in result.stderr
    )
    pack = project / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(pack.read_text().replace('"PE xxx.xxx (placeholder)"', '"PRS-2026-014"'))
    assert "reference pattern" not in cli("check", root=project).stderr


def test_products_shape_the_starter_and_check_their_parts(project):
    house = project / "sources" / "house.yaml"
    text = house.read_text(encoding="utf-8")
    house.write_text(
        text.replace(
            "  - id: briefing\n", "  - id: briefing\n    summary: false\n    timeline: false\n"
        ),
        encoding="utf-8",
    )
    result = cli(
        "new",
        "pack",
        "libe-2026-07-01",
        "--title",
        "T",
        "--event",
        "LIBE meeting",
        "--place",
        "Brussels",
        "--date",
        "2026-07-01",
        root=project,
    )
    assert result.exit_code == 0, result.stderr + result.stdout
    starter = (project / "templates" / "briefings" / "libe-2026-07-01-briefing.md").read_text(
        encoding="utf-8"
    )
    assert "!!! summary" not in starter and "## Key dates" not in starter
    checked = cli("check", "--pack", "test-pack", root=project)  # the fixture's note has both
    assert "a summary box, but the house profile's product 'briefing' has none" in checked.stderr
    assert "a timeline, but the house profile's product 'briefing' has none" in checked.stderr
    (project / "templates" / "house" / "note.md").write_text(
        "## Our own starter\n\nText.\n", encoding="utf-8"
    )
    house.write_text(
        text.replace(
            "  - id: briefing\n", "  - id: briefing\n    template: templates/house/note.md\n"
        ),
        encoding="utf-8",
    )
    assert (
        cli(
            "new",
            "pack",
            "libe-2026-07-02",
            "--title",
            "T",
            "--event",
            "E",
            "--place",
            "P",
            "--date",
            "2026-07-02",
            root=project,
        ).exit_code
        == 0
    )
    assert (
        project / "templates" / "briefings" / "libe-2026-07-02-briefing.md"
    ).read_text() == "## Our own starter\n\nText.\n"


def test_a_draft_pack_says_so_in_every_language(shipped):
    """Editorial review A3: a draft must look like one in every language."""
    en = (shipped / "plenary-2026-05-18" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert '<p class="product-label">BRIEFING · <span class="draft">DRAFT</span></p>' in en
    de = (shipped / "plenary-2026-05-18" / "de" / "at-a-glance.html").read_text(encoding="utf-8")
    assert 'AUF EINEN BLICK · <span class="draft">ENTWURF</span>' in de
    # Greek is not published (below the gate); its label is made the same way (capitals drop
    # the tonos)
    word = docx.Document(str(shipped / "plenary-2026-05-18" / "de" / "briefing.docx"))
    assert word.paragraphs[0].text == "BRIEFING · ENTWURF"


def test_greek_capitals_keep_the_diaeresis_and_drop_the_tonos():
    from briefings.i18n.formatting import caps

    assert caps("Με μια ματιά", "el") == "ΜΕ ΜΙΑ ΜΑΤΙΑ"
    assert caps("προϊόν", "el") == "ΠΡΟΪΟΝ"
    assert caps("ÉTAT", "fr") == "ÉTAT" and caps("Kurz gefasst", "de") == "KURZ GEFASST"


def test_editing_only_the_logo_rebuilds_every_file_that_shows_it(project):
    """The logo is embedded in the Word and PDF files and copied for the web pages: a change
    to its file alone (nothing else) is noticed by the no-change check and the unit keys."""
    from briefings import serve
    from briefings.build.fingerprint import INPUT_SUFFIXES

    assert serve.INPUT_SUFFIXES is INPUT_SUFFIXES and {".svg", ".png"} <= set(
        INPUT_SUFFIXES
    )  # the watcher too
    site = project / "build" / "site"
    assert (
        cli("build", "-j", "1", "--lang", "en", "--format", "html,docx,pdf", root=project).exit_code
        == 0
    )
    before = {p.name: p.read_bytes() for p in (site / "test-pack" / "en").glob("note.*")}
    assert (
        "up to date"
        in cli("build", "-j", "1", "--lang", "en", "--format", "html,docx,pdf", root=project).stdout
    )
    svg, png = (
        project / "templates" / "house" / "logo.svg",
        project / "templates" / "house" / "logo.png",
    )
    svg.write_text(svg.read_text(encoding="utf-8").replace("#6a1b4d", "#1b4d6a"), encoding="utf-8")
    result = cli("build", "-j", "1", "--lang", "en", "--format", "html,docx,pdf", root=project)
    assert result.exit_code == 0 and "up to date" not in result.stdout, result.stdout
    assert "#1b4d6a" in (site / "assets" / "house-logo.svg").read_text(encoding="utf-8")
    after = {p.name: p.read_bytes() for p in (site / "test-pack" / "en").glob("note.*")}
    assert after["note.pdf"] != before["note.pdf"]  # the PDF header draws the SVG
    with pikepdf.open(site / "test-pack" / "en" / "note.pdf") as pdf:
        fills = {
            tuple(round(float(x), 3) for x in operands)
            for operands, op in pikepdf.parse_content_stream(pdf.pages[0])
            if str(op) in ("rg", "scn")
        }
    assert (0.106, 0.302, 0.416) in fills  # #1b4d6a
    png.write_bytes(png.read_bytes() + b"\0")  # the Word file's PNG (trailing byte: same image)
    result = cli("build", "-j", "1", "--lang", "en", "--format", "html,docx,pdf", root=project)
    assert result.exit_code == 0 and "1 rebuilt" in result.stdout, result.stdout
