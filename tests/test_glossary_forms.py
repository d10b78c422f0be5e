"""`briefings check` accepts a glossary term's listed `forms` as the official term.

A term's `forms` (sources/glossary.yaml) lists the inflected forms a translation may write that
the stem rule does not read (Polish 'Urzędu ds. AI' for 'Urząd ds. AI', Greek 'συστημικού
κινδύνου' for 'συστημικός κίνδυνος'); the glossary usage check must not warn where a
translation writes one of them, and must still warn where it writes neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.check import uses_term

from .conftest import cli, copy_project
from .test_i18n import set_translation

SOURCE = "The AI Office can fine providers of general-purpose AI models up to {value}."
CONTEXT = "fact:aia.fine-gpai"
WARNING = (
    "the source uses 'AI Office' but the translation does not use the official term 'Urząd ds. AI'"
)
TERM = """
  - id: ai-office
    terms: {en: AI Office, pl: Urząd ds. AI}
    forms: {pl: [Urzędu ds. AI, Urzędowi ds. AI]}
    defined_in: {document: ai-act, pinpoint: "Art. 3(47)"}
"""


def _project(tmp_path: Path, forms: bool = True) -> tuple[Path, Path]:
    """The fixture project whose fact writes 'AI Office' (a glossary term with Polish forms),
    with a Polish catalogue."""
    root = copy_project(tmp_path / "project")
    facts = root / "sources" / "facts" / "ai-act.yaml"
    text = facts.read_text(encoding="utf-8")
    old = "The Commission can fine providers"
    assert old in text
    facts.write_text(text.replace(old, "The AI Office can fine providers"), encoding="utf-8")
    term = TERM if forms else "\n".join(line for line in TERM.split("\n") if "forms:" not in line)
    with (root / "sources" / "glossary.yaml").open("a", encoding="utf-8") as fh:
        fh.write(term)
    assert cli("i18n", "extract", root=root).exit_code == 0
    result = cli("i18n", "init", "pl", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    return root, root / "locales" / "pl" / "LC_MESSAGES" / "test-pack.po"


WITH_FORM = (
    "Na wniosek Urzędu ds. AI dostawcy modeli AI ogólnego przeznaczenia mogą "
    "zostać ukarani grzywną do {value}."
)
UNRELATED = (
    "Na wniosek Komisji dostawcy modeli AI ogólnego przeznaczenia mogą "
    "zostać ukarani grzywną do {value}."
)


def test_a_translation_writing_a_listed_form_gets_no_warning(tmp_path):
    root, po = _project(tmp_path)
    set_translation(po, CONTEXT, SOURCE, WITH_FORM)
    result = cli("check", root=root)
    assert "official term" not in result.stderr, result.stderr


def test_the_same_translation_warns_when_the_form_is_not_listed(tmp_path):
    """The stem rule alone does not read 'Urzędu' as 'Urząd': the listed form is what counts."""
    root, po = _project(tmp_path, forms=False)
    set_translation(po, CONTEXT, SOURCE, WITH_FORM)
    result = cli("check", root=root)
    assert WARNING in result.stderr, result.stderr


def test_an_unrelated_word_still_warns(tmp_path):
    root, po = _project(tmp_path)
    set_translation(po, CONTEXT, SOURCE, UNRELATED)
    result = cli("check", root=root)
    assert WARNING in result.stderr, result.stderr
    assert "locales/pl/LC_MESSAGES/test-pack.po:" in result.stderr


@pytest.mark.parametrize(
    ("text", "term", "forms", "expected"),
    [
        ("ocena συστημικού κινδύνου", "συστημικός κίνδυνος", ["συστημικού κινδύνου"], True),
        ("ocena συστημικού κινδύνου", "συστημικός κίνδυνος", [], False),
        ("σοβαρός κίνδυνος", "συστημικός κίνδυνος", ["συστημικού κινδύνου"], False),
        ("Urzędowi ds. AI", "Urząd ds. AI", ["Urzędu ds. AI", "Urzędowi ds. AI"], True),
        ("Urząd ds. AI", "Urząd ds. AI", ["Urzędu ds. AI"], True),
    ],
)
def test_uses_term_accepts_the_term_or_a_listed_form(text, term, forms, expected):
    assert uses_term(text, term, forms) is expected
