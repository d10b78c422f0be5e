"""Unit tests of the pieces that stand between untrusted input and the build: the
Plural-Forms parser, the translation construct check, the PO syntax check, the
reference-document sanitiser and the safe file reader."""

from __future__ import annotations

import gettext
import os
import zipfile
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural

from briefings.i18n.catalogs import check_translation, header_problems, po_syntax
from briefings.i18n.plural import PluralError, PluralForms
from briefings.i18n.units import ConstructError, template_constructs
from briefings.languages import LANGUAGES
from briefings.safefs import UnsafeFile, read_bytes
from briefings.writers.docx.sanitize import sanitize_reference

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", [lang.code for lang in LANGUAGES])
def test_plural_forms_agree_with_gettext_for_every_eu_language(lang):
    """The safe evaluator gives the same form as gettext's own (trusted here: the rule is
    Babel's CLDR data, not a translator's) for every EU language's plural rule."""
    rule = get_plural(next(x.babel for x in LANGUAGES if x.code == lang))
    forms = PluralForms(f"nplurals={rule.num_plurals}; plural={rule.plural_expr};")
    reference = gettext.c2py(rule.plural_expr)
    for n in list(range(0, 300)) + [1000, 1001, 10**6 + 2, 10**9 + 5]:
        assert forms(n) == reference(n), (lang, n)


@pytest.mark.parametrize(
    "header, why",
    [
        ("nplurals=2; plural=__import__('os').system('x');", "unexpected"),
        ("nplurals=2; plural=n.__class__;", "unexpected '.__class__'"),
        ("nplurals=7; plural=n;", "nplurals must be between 1 and 6"),
        ("nplurals=0; plural=0;", "nplurals must be between 1 and 6"),
        ("nplurals=2; plural=n%0;", "division by zero"),
        ("nplurals=2; plural=(n;", "ends too early"),
        ("nplurals=2; plural=n ? 3 : 0;", "outside 0..1"),
        ("nplurals=2; plural=" + "!" * 30 + "n;", "nested more than"),
        ("nplurals=2; plural=" + "n+" * 300 + "n;", "longer than"),
        ("plural=n != 1;", "expected 'nplurals=N"),
    ],
)
def test_plural_forms_refused(header, why):
    with pytest.raises(PluralError, match=".*" + why.replace("(", r"\(").replace(".", r"\.")):
        PluralForms(header)


def test_plural_forms_c_semantics():
    forms = PluralForms("nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2;")
    assert [forms(n) for n in (0, 1, 2, 11, 21, 111)] == [2, 0, 1, 1, 0, 1]


@pytest.mark.parametrize(
    "text, constructs",
    [
        (
            'A {{ date("x") }} b {{ cite("d", "Art. 1") }}',
            ['{{ cite ( "d" , "Art. 1" ) }}', '{{ date ( "x" ) }}'],
        ),
        ("{{ 'a }}' }}", ["{{ 'a }}' }}"]),
        ("plain text with {date}", []),
    ],
)
def test_template_constructs(text, constructs):
    assert template_constructs(text) == constructs


@pytest.mark.parametrize(
    "text", ["x {{ '", "{# open", "closes #} here", "x }}", "a {% if x", "ends {"]
)
def test_template_constructs_refused(text):
    with pytest.raises(ConstructError):
        template_constructs(text)


def test_check_translation():
    msgid = 'Fines {{ cite("ai-act") }} apply.'
    assert (
        check_translation(msgid, 'Amendes {{cite("ai-act")}} .', "t: paragraph") is None
    )  # spacing is free
    assert "placeholders differ" in check_translation(msgid, "Amendes.", "t: paragraph")
    assert "placeholders differ" in check_translation(
        msgid, 'A {{ cite("ai-act") }} {{ 1 }}', "t: paragraph"
    )
    assert "starts with spaces" in check_translation(
        msgid, '  A {{ cite("ai-act") }}', "t: paragraph"
    )
    assert "closes a Jinja construct" in check_translation(
        "Penalties", "#} Sanctions", "t: heading"
    )


@pytest.mark.parametrize(
    "text, line, fragment",
    [
        ('msgid "a"\nmsgstr "b\\"\n', 2, "not closed"),
        ('msgid "a"\nmsgstr "b\\\\\\"\n', 2, "not closed"),
        ('msgid "a"\nmsgstr "b" trailing\n', 2, "unexpected text after a string"),
        ('msgid "a"\nmsgstr "b\\q"\n', 2, "unknown escape"),
        ('msgid "a"\nbogus "b"\n', 2, "unexpected 'bogus'"),
        ('"orphan"\n', 1, "outside any msgid"),
    ],
)
def test_po_syntax_errors(text, line, fragment):
    error, _headers = po_syntax(text)
    assert error is not None and error[0] == line and fragment in error[1]


def test_po_syntax_accepts_babel_output_and_reads_headers():
    text = (REPO / "locales" / "fr" / "LC_MESSAGES" / "plenary-2026-05-18.po").read_text(
        encoding="utf-8"
    )
    error, headers = po_syntax(text)
    assert error is None
    assert header_problems(headers) == []
    assert "plural-forms" in headers and "content-type" in headers


def test_sanitizer_keeps_a_clean_reference_byte_for_byte():
    data = (REPO / "templates" / "docx" / "reference.docx").read_bytes()
    clean, dropped = sanitize_reference(data)
    assert clean is data and dropped == []


def test_sanitizer_drops_hostile_parts(tmp_path):
    (tmp_path / "templates" / "docx").mkdir(parents=True)
    target = tmp_path / "templates" / "docx" / "reference.docx"
    target.write_bytes((REPO / "templates" / "docx" / "reference.docx").read_bytes())
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(REPO / "tests" / "hostile" / "make_hostile_reference.py")],
        cwd=tmp_path,
        check=True,
    )
    clean, dropped = sanitize_reference(target.read_bytes())
    names = zipfile.ZipFile(__import__("io").BytesIO(clean)).namelist()
    assert "word/vbaProject.bin" not in names and "word/embeddings/ole1.bin" not in names
    text = b"".join(zipfile.ZipFile(__import__("io").BytesIO(clean)).read(n) for n in names)
    for bad in (
        b"attacker.example",
        b"attachedTemplate",
        b"DDEAUTO",
        b"INCLUDEPICTURE",
        b"HYPERLINK",
        b"BODY-TEXT-FROM-THE-REFERENCE",
    ):
        assert bad not in text, bad
    assert b"NOTE-RESULT" in text  # a dropped field's shown result stays as text
    assert any("vbaProject" in d for d in dropped) and any("attachedTemplate" in d for d in dropped)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_safe_reader(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    (root / "ok.txt").write_text("ok")
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", root / "out.txt")
    os.symlink("ok.txt", root / "in.txt")
    os.symlink("missing.txt", root / "dangling.txt")
    os.symlink("loop.txt", root / "loop.txt")
    os.mkfifo(root / "fifo.txt")
    assert read_bytes(root / "in.txt", root) == b"ok"
    for name, why in [
        ("out.txt", "outside the project"),
        ("dangling.txt", "does not exist"),
        ("loop.txt", "loop"),
        ("fifo.txt", "named pipe"),
        ("absent.txt", "no such file"),
    ]:
        with pytest.raises(UnsafeFile, match=why):
            read_bytes(root / name, root)


def test_the_compiled_plural_function_agrees_with_the_tree_walker():
    from briefings.i18n.plural import compiled, evaluate, parse_plural

    for expression in [
        "(n != 1)",
        "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
        "n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4",
        "!(n - 1) + -n * 0",
        "(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3)",
        "n/3 % 2",
    ]:
        tree = parse_plural(expression)
        function = compiled(tree)
        assert all(function(n) == evaluate(tree, n) for n in list(range(300)) + [10**9, 10**12 + 1])
