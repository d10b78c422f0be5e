"""Interface labels by key: a key that is no label cannot ship. Labels raises UnknownLabel (a
KeyError) where it used to return the key, so a misspelt key printed English in every
language with no error; the layouts read labels through StrictUndefined, and every key
written in a layout or a writer is checked against labels.py."""

from __future__ import annotations

import re

import pytest

from briefings.i18n.labels import KNOWN_KEYS, MESSAGES, PACK_KEYS, Labels, UnknownLabel

from .conftest import REPO, cli, copy_project, copy_repo


def test_a_key_that_is_no_label_raises_instead_of_showing_the_key():
    labels = Labels({"Summary": "Résumé", "briefing": "Note"})
    assert labels["Summary"] == "Résumé" and labels.get("briefing") == "Note"
    for ask in (lambda: labels["Sumary"], lambda: labels.get("Sumary", "Sumary")):
        with pytest.raises(UnknownLabel, match="'Sumary' is no interface label"):
            ask()
    assert issubclass(UnknownLabel, KeyError)


def test_a_known_label_not_set_gives_the_default_with_get_only():
    labels = Labels({"Summary": "Résumé"})
    assert labels.get("logo_alt", "") == "" and labels.get("logo_href") is None
    with pytest.raises(UnknownLabel, match="'logo_href' is not set"):
        labels["logo_href"]


def test_the_composer_sets_exactly_the_known_pack_keys():
    """PACK_KEYS is the list of what compose.Composer.labels adds: kept true both ways."""
    from briefings.compose.composer import Composer
    from briefings.sources.library import load_library

    lib = load_library(REPO)
    composer = Composer(lib)
    products = {p.id for p in composer.house.profile.products}
    for pack in lib.packs.values():
        for lang in ("en", "fr"):
            keys = set(composer.labels(pack, lang))
            assert keys - products == set(KNOWN_KEYS) - {"logo_href", "logo_alt"}  # no logo
            assert not products & KNOWN_KEYS


# labels["X"], labels['X'], labels.X, labels.get("X") in a layout
_LAYOUT_KEY = re.compile(
    r"""labels(?:\[\s*(["'])(?P<item>.+?)\1\s*\]|\.get\(\s*(["'])(?P<got>.+?)\3|\.(?P<attr>\w+))"""
)
# label("X"), labels["X"], labels.get("X", ...) in code; in site.py also the labels it names
# `shown` and `statements[x]`
_CODE_KEY = re.compile(r"""\blabels?(?:\(|\[|\.get\()\s*(["'])(?P<key>[^"']+)\1""")
_SITE_KEY = re.compile(r"""(?:statements\[\w+\]|shown)(?:\[|\.get\()\s*(["'])(?P<key>[^"']+)\1""")


def _layout_keys() -> list[tuple[str, int, str]]:
    out = []
    for path in sorted((REPO / "templates" / "html").glob("*.html")):
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            for match in _LAYOUT_KEY.finditer(line):
                key = match.group("item") or match.group("got") or match.group("attr")
                if key != "get":
                    out.append((path.name, n, key))
    return out


def test_every_label_key_a_layout_names_is_a_label():
    keys = _layout_keys()
    assert len(keys) > 40  # the scan sees the layouts' keys
    assert {"Skip to main content", "logo_href", "disclaimer", "Notes"} <= {k for *_, k in keys}
    assert [k for k in keys if k[2] not in KNOWN_KEYS] == []


def test_every_label_key_the_code_names_is_a_label():
    found = []
    for path in sorted((REPO / "briefings").rglob("*.py")):
        if path.name == "labels.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            found += [(path.name, n, m.group("key")) for m in _CODE_KEY.finditer(line)]
            if path.parent.name == "site" and path.name == "pages.py":
                found += [(path.name, n, m.group("key")) for m in _SITE_KEY.finditer(line)]
    assert len(found) > 60
    names = {k for *_, k in found}
    assert {"Main references", "Page {page} of {pages}", "draft_caps", "Page not found"} <= names
    assert [k for k in found if k[2] not in KNOWN_KEYS] == []


def test_the_scans_see_a_misspelt_key():
    assert _CODE_KEY.search('self.label("Main referencess")').group("key") not in KNOWN_KEYS
    match = _LAYOUT_KEY.search('{{ labels["Notess"] }}')
    assert match and match.group("item") == "Notess" not in KNOWN_KEYS


def test_interface_messages_have_keys_apart_from_the_pack_keys():
    assert not set(MESSAGES) & PACK_KEYS


def _built_files(out):
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize("where", ["shipped", "fixture"])
def test_every_layout_and_writer_renders_in_two_languages_with_known_labels(tmp_path, where):
    """Every page type (document, pack index, home, 404, accessibility) and every writer
    (html, docx, md, pdf) in English and French: an unknown key would stop the build. The
    shipped packs are drafts without a logo; the fixture project's house has a logo."""
    root = copy_repo(tmp_path) if where == "shipped" else copy_project(tmp_path / "p")
    out = tmp_path / "site"
    args = ("--lang", "en,fr", "--format", "html,docx,md,pdf", "--only", "--out", out)
    result = cli("build", "-j", "1", *args, root=root)
    assert result.exit_code == 0, result.stderr
    files = _built_files(out)
    for name in ("index.html", "index-fr.html", "404.html", "accessibility-fr.html"):
        assert name in files
    for lang in ("en", "fr"):
        for ext in ("html", "docx", "md", "pdf"):
            assert any(re.fullmatch(rf"[^/]+/{lang}/[^/]+\.{ext}", f) for f in files), (lang, ext)
        assert any(f.endswith(f"/{lang}/index.html") for f in files)


def test_a_misspelt_key_in_a_layout_stops_the_build(project):
    page = project / "templates" / "html" / "briefing.html"  # a copy (copy_project)
    assert not page.is_symlink()
    text = page.read_text(encoding="utf-8")
    assert 'labels["Notes"]' in text
    page.write_text(text.replace('labels["Notes"]', 'labels["Notess"]'), encoding="utf-8")
    result = cli("build", "-j", "1", "--lang", "en", root=project)
    assert result.exit_code == 70, result.stderr
    assert "Notess" in result.stderr
    assert not (project / "build" / "site").exists()
