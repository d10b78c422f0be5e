"""Golden files: the fixture pack in every format, in English and in a partly translated French,
compared with normalised copies in tests/golden/ (DOCX document.xml and footnotes.xml, the
HTML page's <main>, the Markdown). A change of output that no hand-written assertion names
shows up here as a diff; refresh on purpose with `make golden` (pytest --update-golden)."""

from __future__ import annotations

import difflib
import re
import zipfile
from pathlib import Path

import html5lib
import pytest
from lxml import etree

from .conftest import cli, copy_project
from .test_i18n import set_translation

GOLDEN = Path(__file__).parent / "golden"
LANGS = ("en", "fr")
# A partly translated French: the heading, one paragraph unit and one fact; the rest falls back.
FRENCH = [
    ("note: heading", "Background", "Contexte"),
    ("note: heading", "Dates", "Dates"),
    (
        "fact:aia.general-application",
        None,
        "La plupart des dispositions s’appliquent à partir du {date}.",
    ),
]


@pytest.fixture(scope="module")
def golden_site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("golden") / "project")
    assert cli("i18n", "init", "fr", root=root).exit_code == 0
    po = root / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    for context, msgid, string in FRENCH:
        if msgid is None:
            msgid = next(m.id for m in catalog if m.context == context)
        set_translation(po, context, msgid, string)
    result = cli("build", "-j", "1", "--format", "html,docx,md", root=root)
    assert result.exit_code == 0, result.stderr
    return root / "build" / "site" / "test-pack"


def _xml(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(data, parser), pretty_print=True, encoding="unicode")


def _main(data: bytes) -> str:
    tree = html5lib.parse(data, treebuilder="lxml", namespaceHTMLElements=False)
    main = tree.getroot().find(".//main")
    assert main is not None, "the page has no <main>"
    text = etree.tostring(main, pretty_print=True, encoding="unicode", method="html")
    return re.sub(r"[ \t]+\n", "\n", text)


def _outputs(site: Path, lang: str) -> dict[str, str]:
    folder = site / lang
    with zipfile.ZipFile(folder / "note.docx") as z:
        document, footnotes = z.read("word/document.xml"), z.read("word/footnotes.xml")
    return {
        f"{lang}/note.document.xml": _xml(document),
        f"{lang}/note.footnotes.xml": _xml(footnotes),
        f"{lang}/note.main.html": _main((folder / "note.html").read_bytes()),
        f"{lang}/note.md": (folder / "note.md").read_text(encoding="utf-8"),
    }


@pytest.mark.parametrize("lang", LANGS)
def test_outputs_match_the_golden_files(golden_site, lang, request):
    update = request.config.getoption("--update-golden")
    failures = []
    for name, text in _outputs(golden_site, lang).items():
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            continue
        assert path.is_file(), f"{path} is missing: run `make golden`"
        want = path.read_text(encoding="utf-8")
        if text != want:
            diff = difflib.unified_diff(
                want.splitlines(), text.splitlines(), f"golden/{name}", "built", lineterm=""
            )
            failures.append("\n".join(list(diff)[:60]))
    assert not failures, (
        "output differs from the golden files (run `make golden` if intended):\n"
        + "\n\n".join(failures)
    )


def test_the_golden_french_is_partly_translated(golden_site):
    """The golden set covers what shipped problem 1 was about: a partly translated page."""
    md = (golden_site / "fr" / "note.md").read_text(encoding="utf-8")
    assert "## Contexte" in md and "La plupart des dispositions" in md
    assert "The AI Act entered into force" in md or "entered into force" in md  # a fallback passage


def test_markdown_output_reads_back(golden_site):
    """The .md is Markdown a reader or another tool can use: it parses, and its notes resolve."""
    import markdown

    for lang in LANGS:
        md = (golden_site / lang / "note.md").read_text(encoding="utf-8")
        body = md.split("---", 2)[2] if md.startswith("---") else md
        html = markdown.markdown(body, extensions=["footnotes", "tables"])
        tree = html5lib.parse(html, treebuilder="lxml", namespaceHTMLElements=False)
        refs = tree.getroot().findall(".//sup/a")
        notes = tree.getroot().findall(".//div[@class='footnote']//li")
        assert refs and len(refs) == len(notes), (lang, len(refs), len(notes))
        assert tree.getroot().findall(".//table"), lang
        assert [h.text for h in tree.getroot().findall(".//h2")], lang
