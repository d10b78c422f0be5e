"""Fact-check regression: the values the December 2026 editorial review of the 18 May 2026
pack touched, asserted against the built English text (Markdown, HTML and DOCX built from
the repository's own sources into a temporary folder). A later edit that brings back a
corrected wording, or drops a pinpoint, fails here."""

from __future__ import annotations

import re
import zipfile

import pytest

from briefings.sources.library import load_library

from .conftest import REPO, cli

PACK = "plenary-2026-05-18"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("factcheck") / "site"
    result = cli(
        "build", "--out", out, "--lang", "en", "--format", "md,html,docx", "-j", "1", root=REPO
    )
    assert result.exit_code == 0, result.output + result.stderr
    return out


def _md(site, doc, pack=PACK):
    return (site / pack / "en" / f"{doc}.md").read_text(encoding="utf-8")


def _body_and_notes(text):
    notes = dict(re.findall(r"^\[\^(c?\d+)\]: (.*)$", text, re.M))
    body = re.sub(r"^\[\^c?\d+\]: .*$", "", text, flags=re.M)
    return body, notes


def _plain(text):
    """Markdown without links' targets and note markers, for phrase searches."""
    text = re.sub(r"\]\([^)]*\)", "]", text).replace("\u00a0", " ").replace("**", "")
    return (
        re.sub(r"\[\^c?\d+\]", "", re.sub(r"\\(.)", r"\1", text)).replace("[", "").replace("]", "")
    )


# finding, document, text that must be there, text that must not come back
TABLE = [
    (
        "E1",
        "demo",
        "The Commission's fines on providers of general-purpose AI models are always the higher "
        "of the two, with no rule for SMEs",
        "For each of these fines the higher of the two amounts applies; for SMEs and start-ups, "
        "the lower",
    ),
    (
        "P1",
        "at-a-glance",
        "the NIS2 Directive has no AI sector, but governs",
        "Three EU instruments apply to such models and to those who use them",
    ),
    (
        "P2",
        "briefing",
        "They fall under the obligations of Article 55 only if they are classified as having "
        "systemic risk",
        "they are addressed through the obligations that apply to models with systemic risk",
    ),
    (
        "P3",
        "briefing",
        "the obligations of all providers of general-purpose AI models in Article 53 include none",
        "as such, whose cybersecurity duty is set out in Article 55(1)(d)",
    ),
    ("P4", "briefing", "A recital (recital 115), which is not binding, adds that providers", None),
    (
        "P5",
        "briefing",
        "From 2 August 2026, the Commission will have exclusive powers",
        "The Commission has exclusive powers",
    ),
    (
        "P5",
        "at-a-glance",
        "From 2 August 2026, the Commission, through the AI Office, alone will enforce",
        "alone enforces",
    ),
    (
        "P7",
        "briefing",
        "For signatories (Code confirmed as adequate on 1.8.2025)",
        "Signatories since",
    ),
    ("P9", "briefing", "Article 12 applies only from 11 December 2027", None),
    ("P9", "briefing", "for about 16 months, the presumption is not available", None),
    (
        "P10",
        "briefing",
        "CSIRTs handle incidents and receive reports but do not supervise",
        "National competent authorities and CSIRTs",
    ),
    (
        "P11",
        "briefing",
        "reach operators only through national law and only where they are in scope",
        "already apply to the operators",
    ),
    (
        "P12",
        "demo",
        "It would move the Annex III date to 2 December 2027 and the Annex I date to 2 August 2028",
        None,
    ),
    (
        "P13",
        "demo",
        "High-risk AI systems that are safety components of products covered by Annex I "
        "legislation: 2 August 2027",
        None,
    ),
    ("P14", "at-a-glance", "the Commission's fines under Article 101 are not yet included", None),
    (
        "P14",
        "demo",
        "governance and penalties, except the Commission's fines on model providers "
        "(Article 101): 2 August 2025",
        None,
    ),
    (
        "P15",
        "briefing",
        "incorrect information: EUR 7 500 000 or 1 %; whichever is higher, for SMEs and "
        "start-ups whichever is lower",
        None,
    ),
    (
        "P15",
        "briefing",
        "operator obligations, including those for high-risk systems: EUR 15 000 000 or 3 %",
        None,
    ),
    ("P16", "briefing", "For high-risk AI systems (Article 73), a cybersecurity breach", None),
    (
        "P17",
        "briefing",
        "rather than only under the voluntary Code of Practice?",
        "the voluntary Code and the Commission's guidelines",
    ),
    (
        "P18",
        "briefing",
        "ENISA is to run the single reporting platform",
        "ENISA runs the single reporting platform",
    ),
    (
        "P19",
        "briefing",
        "Cybersecurity Act whose references have been published in the Official Journal",
        "Cybersecurity Act, and whose references",
    ),
    (
        "P20",
        "briefing",
        "Until the amending regulation enters into force, the dates of the AI Act as published "
        "apply",
        "As long as it has not been adopted",
    ),
    (
        "P22",
        "briefing",
        "These are proposals: until an amending act is adopted and enters into force",
        "Neither proposal had been adopted",
    ),
    ("O1", "briefing", "This assumes that the model is placed on the Union market", None),
    (
        "O2",
        "at-a-glance",
        "but it has not been adopted (as of 18 May 2026)",
        "had not been adopted on 18 May 2026",
    ),
    ("O4", "key-terms", "it gives the provision that sets the term out", None),
    ("A4", "key-terms", None, "glossary note marks them as to be confirmed"),
    ("cov-1", "briefing", "National transposition was still uneven in May 2026", None),
    (
        "cov-3",
        "briefing",
        "designates one of its CSIRTs as coordinator for coordinated vulnerability disclosure",
        None,
    ),
    ("cov-5", "briefing", "procedure 2025/0359(COD)", None),
    ("cov-5", "briefing", "by 101 votes to 9, with 8 abstentions", None),
    ("cov-9", "briefing", "The presumption can be rebutted", None),
    ("cov-10", "briefing", "Article 73 on 26 September 2025", None),
    ("cov-11", "briefing", "The NIS2 Directive entered into force on 16 January 2023.", None),
    (
        "cov-11",
        "briefing",
        "The Cyber Resilience Act entered into force on 10 December 2024.",
        None,
    ),
    (
        "cov-12",
        "briefing",
        "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024",
        None,
    ),
]

# finding, document, phrase of the sentence, pinpoints its note must give
NOTES = [
    ("E1", "demo", "with no rule for SMEs", ["AI Act", "101(1)"]),
    ("P6", "briefing", "apply only from the general date of application", ["92", "101", "113"]),
    (
        "P6",
        "at-a-glance",
        "because Article 92 applies only from the general date",
        ["92", "101", "113"],
    ),
    (
        "P7",
        "briefing",
        "confirmed the Code as an adequate voluntary tool",
        ["Commission confirmation of the Code of Practice of 1 August 2025"],
    ),
    (
        "P8",
        "briefing",
        "Two provisions allow compliance with cybersecurity law",
        ["Cyber Resilience Act, Art. 12,", "AI Act, Art. 42(2),"],
    ),
    ("P9", "briefing", "the presumption is not available", ["Cyber Resilience Act", "71(2)"]),
    (
        "P18",
        "briefing",
        "through which it receives the notifications",
        ["14(1)", "14(3)", "16(1)", "71(2)"],
    ),
    (
        "P21",
        "briefing",
        "confirmed on 11 May 2026",
        ["IAPP, report on the Commission's statement of 11 May 2026"],
    ),
    ("P21", "briefing", "GPT-5.5-Cyber, on 7 May 2026", ["nerova.ai", "7 May 2026"]),
    (
        "P21",
        "briefing",
        "Claude Mythos Preview on 7 April 2026",
        ["axis-intelligence", "7 April 2026"],
    ),
    (
        "P23",
        "at-a-glance",
        "to 2 December 2027, but it has not been adopted",
        ["Council press release of 7 May 2026"],
    ),
    ("cov-2", "briefing", "placed on the market before 11 December 2027", ["69(3)"]),
    ("cov-4", "briefing", "conformity assessment procedure of Article 43", ["12(2)-(3)"]),
    ("cov-7", "briefing", "unlimited jurisdiction", ["99(6)", "101(1)", "101(5)"]),
    (
        "cov-7",
        "briefing",
        "European Data Protection Supervisor can fine Union institutions",
        ["100"],
    ),
    ("cov-8", "briefing", "publish a summary of the content used for training", ["53(1)-(2)"]),
    ("cov-9", "briefing", "The presumption can be rebutted", ["52(2)"]),
]

DOCS = {"demo": ("ai-act-demo", "ai-act-timeline")}


def _doc(site, name):
    pack, doc = DOCS.get(name, (PACK, name))
    return _md(site, doc, pack)


@pytest.mark.parametrize(
    "finding, doc, present, absent", TABLE, ids=[f"{r[0]}-{r[1]}" for r in TABLE]
)
def test_reviewed_wording(site, finding, doc, present, absent):
    body, _ = _body_and_notes(_doc(site, doc))
    text = _plain(body)
    if present:
        assert present in text, f"{finding}: '{present}' missing from {doc}"
    if absent:
        assert absent not in text, f"{finding}: '{absent}' is back in {doc}"


@pytest.mark.parametrize(
    "finding, doc, phrase, pinpoints", NOTES, ids=[f"{r[0]}-{r[1]}" for r in NOTES]
)
def test_reviewed_citations(site, finding, doc, phrase, pinpoints):
    body, notes = _body_and_notes(_doc(site, doc))
    for paragraph in body.split("\n"):
        if phrase in _plain(paragraph):
            after = paragraph[_plain_index(paragraph, phrase) :]
            label = re.search(r"\[\^(c?\d+)\]", after)
            assert label, f"{finding}: no note after '{phrase}'"
            note = _plain(notes[label.group(1)])
            for pin in pinpoints:  # a pinpoint number stands alone ('101' is not '101(1)')
                found = (
                    re.search(rf"(?<![\d(]){re.escape(pin)}(?![\d(])", note)
                    if pin[0].isdigit()
                    else pin in note
                )
                assert found, f"{finding}: note for '{phrase}' lacks '{pin}': {note}"
            return
    pytest.fail(f"{finding}: '{phrase}' not found in {doc}")


def _plain_index(paragraph, phrase):
    """Where `phrase` starts in the raw paragraph (notes and link targets may sit inside)."""
    words = phrase.split()
    pattern = r"\s*(?:\[\^c\d+\])?\s*".join(re.escape(w) for w in words)
    match = re.search(
        pattern, re.sub(r"\]\([^)]*\)", "]", paragraph).replace("[", "").replace("]", "")
    )
    assert match
    return match.start()


def test_markdown_has_no_escape_artefacts(site):
    for doc in ("briefing", "at-a-glance", "key-terms"):
        text = _md(site, doc)
        assert "&#46;" not in text and "&#41;" not in text, f"A1/A2: escaped number in {doc}"
        assert not re.search(r"^\[\^c\d+\]: .*\\\.$", text, re.M), (
            f"A7: note ending in '\\.' in {doc}"
        )
        assert (
            "(placeholder: assigned by Parliament)" not in text
            and 'identifier: "PE xxx.xxx"' in text
        )  # A3


def test_at_a_glance_gives_each_date_once(site):
    text = _md(site, "at-a-glance")
    assert not re.search(
        r"^- \d{1,2} \w+ \d{4}: ", text, re.M
    )  # A6: no timeline list beside the table
    assert text.count("| 2.8.2025 |") == 1


def test_english_briefing_notes(site):
    html = (site / PACK / "en" / "briefing.html").read_text(encoding="utf-8")
    count = len(re.findall(r'<li id="fn-\d+"', html))
    assert 0 < count < 120, f"{count} notes"
    assert not re.search(r'([\d%]|\(\w{1,4}\))(?:</[a-z]+>)*<sup class="fn-ref">', html), (
        "A5: note after a number"
    )
    with zipfile.ZipFile(site / PACK / "en" / "briefing.docx") as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert body.count("<w:footnoteReference ") == count  # Word has the same notes


def test_no_pinpoint_is_lost(site):
    """Every pinpoint the briefing cites, directly or through a fact, is in a note of its act."""
    lib = load_library(REPO)
    source = (REPO / "templates" / "briefings" / f"{PACK}-briefing.md").read_text(encoding="utf-8")
    cites = re.findall(r'cite\("([a-z0-9-]+)", "([^"]+)"\)', source)
    # a fact shown without its own note (cite=false) is covered by the note of its lead-in
    for fact_id in set(re.findall(r'fact\("([a-z0-9.-]+)"\)', source)):
        citation = lib.facts[fact_id].citation
        if citation.pinpoint:
            cites.append((citation.document, citation.pinpoint))
    _, notes = _body_and_notes(_md(site, "briefing"))
    notes = [_plain(n) for n in notes.values()]
    for doc_id, pinpoint in cites:
        title = lib.documents[doc_id].short_title_in("en")
        numbers = re.findall(
            r"\d+[a-z]?(?:\([^)]*\))*(?:-\([^)]*\))?",
            pinpoint.split(",")[0] if "chapter" in pinpoint else pinpoint,
        )
        mine = [n for n in notes if title in n]
        for number in numbers:
            assert any(re.search(rf"(?<![\d(]){re.escape(number)}(?![\d(])", n) for n in mine), (
                f"pinpoint {pinpoint!r} of {doc_id} ({number}) is in no note"
            )
