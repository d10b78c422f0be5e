"""Hostile content stays inert: script payloads through every text entry point."""

from __future__ import annotations

import re

import html5lib
import pytest
import yaml
from babel.messages.pofile import read_po, write_po

from .conftest import cli

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<iframe src=//evil.example></iframe>",
    '"><script>alert(1)</script>',
    "{{ ''.__class__.__mro__ }}",
    "<style>body{display:none}</style>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<!-- --><script>alert(1)</script>",
    "![x](javascript:alert(1))",
    "<details open ontoggle=alert(1)>",
]
DANGEROUS_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.I)
NS = "{http://www.w3.org/1999/xhtml}"


def assert_inert(site):
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        root = html5lib.parse(page.read_bytes(), treebuilder="etree", namespaceHTMLElements=True)
        for el in root.iter():
            tag = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
            house_logo = (
                tag == "img"
                and el.get("class") == "logo"
                and re.fullmatch(r"(\.\./)*assets/house-logo\.(svg|png)", el.get("src", ""))
            )
            assert house_logo or tag not in (
                "script",
                "iframe",
                "object",
                "embed",
                "style",
                "img",
                "details",
            ), (page, tag)
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (page, tag, name)
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    assert not DANGEROUS_URL.match(value), (page, name, value)
            if tag == "svg":
                for child in el.iter():
                    assert not any(k.lower().startswith("on") for k in child.attrib)


def edit_yaml(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_through_every_text_entry_point(project, payload):
    src = project / "sources"
    edit_yaml(
        src / "facts" / "ai-act.yaml",
        lambda d: d["facts"][1].update(text=f"Most of it applies from {{date}}. {payload}"),
    )
    edit_yaml(
        src / "packs" / "test-pack.yaml",
        lambda d: (
            d.update(title=f"Pack {payload}", reference=payload, author=payload),
            d["event"].update(name=payload, place=payload),
            d["documents"][0].update(title=f"Title {payload}"),
        ),
    )
    # `oj` and pinpoints are read by the notation module (anything else is an error, below);
    # a press report's number is shown in its notes as written
    edit_yaml(
        src / "documents.yaml",
        lambda d: (
            d["documents"][0].update(
                short_title=f"AI Act {payload}", title=f"Regulation {payload}"
            ),
            d["documents"][1].update(number=payload),
        ),
    )
    edit_yaml(
        src / "glossary.yaml", lambda d: d["terms"][0]["terms"].update(fr=payload, de=payload)
    )
    assert cli("i18n", "init", "fr", root=project).exit_code == 0
    po = project / "locales" / "fr" / "LC_MESSAGES" / "test-pack.po"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id and message.context and not message.context.startswith("fact:"):
            message.string = (
                f"{payload} {message.id}" if "{{" not in message.id else message.id + " " + payload
            )
        elif message.id:
            message.string = message.id.replace("{date}", "{date} " + payload)
    with po.open("wb") as fh:
        write_po(fh, catalog, width=0)
    result = cli("build", "-j", "1", "--format", "html,docx,md", root=project)
    assert result.exit_code == 0, result.stderr  # hostile text is data: it never breaks a build
    assert_inert(project / "build" / "site")


@pytest.mark.parametrize("field", ["oj", "pinpoint"])
def test_payloads_in_citation_notation_are_rejected(project, field):
    payload = "<script>alert(1)</script>"
    if field == "oj":
        edit_yaml(
            project / "sources" / "documents.yaml", lambda d: d["documents"][0].update(oj=payload)
        )
        expected = "oj: cannot read Official Journal reference '<script>alert(1)</script>'"
    else:
        edit_yaml(
            project / "sources" / "facts" / "ai-act.yaml",
            lambda d: d["facts"][0]["citation"].update(pinpoint=payload),
        )
        expected = "citation.pinpoint: cannot read pinpoint '<script>alert(1)</script>'"
    result = cli("build", "-j", "1", root=project)
    assert result.exit_code == 1 and expected in result.stderr, result.stderr
    assert not (project / "build" / "site").exists()


def test_dangerous_document_urls_are_rejected(project):
    edit_yaml(
        project / "sources" / "documents.yaml",
        lambda d: d["documents"][1].update(url="data:text/html,<script>alert(1)</script>"),
    )
    result = cli("build", "-j", "1", root=project)
    assert result.exit_code == 1
    assert "only http, https and mailto links are allowed" in result.stderr
