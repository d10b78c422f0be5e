"""Real parts: LibreOffice opens the DOCX, the Nu checker and axe-core judge the HTML."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest

from . import tools

pytestmark = pytest.mark.integration

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def to_pdf(docx: Path, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                tools.soffice(),
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
    return outdir / (docx.stem + ".pdf")


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


needs_soffice = pytest.mark.skipif(
    not tools.soffice(),
    reason="LibreOffice (soffice) not installed; CI installs libreoffice-writer-nogui",
)


@needs_soffice
def test_libreoffice_converts_docx_with_footnotes_on_the_page(built, tmp_path):
    pdf = to_pdf(built / "test-pack" / "en" / "note.docx", tmp_path)
    pages = pdf_pages(pdf)
    assert pages == 2  # with the fonts .ci/run installs (Carlito)
    text = pdf_text(pdf)
    assert "A test briefing" in text
    assert f"Page 1 of {pages}" in text  # footer fields resolved
    assert "PE xxx.xxx (placeholder)" in text  # header
    assert "OJ L, 2024/1689, 12.7.2024" in text  # footnote text on the page


@needs_soffice
def test_libreoffice_converts_every_shipped_english_document(shipped, tmp_path):
    for docx in sorted(shipped.glob("*/en/*.docx")):
        pdf = to_pdf(docx, tmp_path)
        assert pdf_pages(pdf) >= 1, docx


def _vnu(paths) -> list[dict]:
    out = subprocess.run(
        [
            "java",
            "-jar",
            str(tools.vnu_jar()),
            "--format",
            "json",
            "--also-check-svg",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return [
        m
        for m in json.loads(out.stderr or '{"messages": []}')["messages"]
        if m.get("type") == "error"
    ]


@pytest.mark.skipif(
    not tools.vnu_jar(),
    reason="Nu HTML Checker (java + vnu-jar) not installed; .ci/run installs it",
)
def test_nu_html_checker_finds_no_errors_on_any_page(built, shipped):
    pages = sorted(built.rglob("*.html")) + sorted(shipped.rglob("*.html"))
    errors = _vnu(pages)
    assert not errors, "\n".join(
        f"{e.get('url')}:{e.get('lastLine')}: {e.get('message')}" for e in errors[:20]
    )


def _axe(urls) -> dict[str, list]:
    from playwright.sync_api import sync_playwright

    source = tools.axe_js().read_text(encoding="utf-8")
    found = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=tools.chromium(), args=tools.CHROMIUM_ARGS)
        context = browser.new_context(
            bypass_csp=True
        )  # to inject axe; the pages themselves run no script
        page = context.new_page()
        for url in urls:
            page.goto(url)
            page.evaluate(source)
            found[url] = page.evaluate(
                "async (tags) => (await axe.run(document, {runOnly: tags})).violations"
                ".map(v => `${v.id} (${v.impact}) x${v.nodes.length}: ${v.nodes[0].target}`)",
                AXE_TAGS,
            )
            page.set_viewport_size({"width": 375, "height": 800})
            page.goto(url)
            page.evaluate(source)
            narrow = page.evaluate(
                "async (tags) => (await axe.run(document, {runOnly: tags}))"
                ".violations.map(v => v.id)",
                AXE_TAGS,
            )
            found[url] += [f"narrow viewport: {v}" for v in narrow]
            page.set_viewport_size({"width": 1280, "height": 900})
        browser.close()
    return found


@pytest.mark.skipif(
    not (tools.chromium() and tools.axe_js() and tools.playwright_available()),
    reason="Chromium, axe-core or playwright not installed; .ci/run installs them",
)
def test_axe_core_reports_no_violations_on_every_page_type(built, shipped):
    pages = [
        built / "index.html",
        built / "404.html",
        built / "accessibility.html",
        built / "test-pack" / "en" / "index.html",
        built / "test-pack" / "en" / "note.html",
        built / "test-pack" / "fr" / "note.html",
    ]
    pages += sorted(shipped.glob("*/en/*.html")) + sorted(shipped.glob("*/fr/*.html"))
    pages += sorted(shipped.glob("*/pl/*.html"))
    results = _axe([p.as_uri() for p in pages])
    bad = {url: v for url, v in results.items() if v}
    assert not bad, json.dumps(bad, indent=1)


@needs_soffice
def test_libreoffice_never_breaks_a_first_column_word_of_the_english_briefing(shipped, tmp_path):
    """ "Supervisor-s", "Applicatio-n": a first-column word split over two lines shows up in
    the layout text as a line starting with its last letters alone in the first column."""
    import re

    import docx as python_docx

    path = shipped / "plenary-2026-05-18" / "en" / "briefing.docx"
    words = {
        w
        for t in python_docx.Document(str(path)).tables
        for row in t.rows
        for w in row.cells[0].text.split()
    }
    assert {"Supervisors", "Application"} <= words
    lines = pdf_text(to_pdf(path, tmp_path)).splitlines()
    for word in words:
        for cut in range(1, min(4, len(word) - 1)):
            tail = re.compile(rf"^\s{{0,3}}{re.escape(word[-cut:])}(\s{{3,}}|$)")
            head = re.compile(rf"^\s{{0,3}}{re.escape(word[:-cut])}(\s{{3,}}|$)")
            for before, after in zip(lines, lines[1:], strict=False):
                assert not (head.match(before) and tail.match(after)), (word, before, after)
