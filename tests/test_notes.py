"""Citation notes tidied in the resolved Markdown (briefings.compose.tidy.merge_notes)."""

from __future__ import annotations

import re

from briefings.compose.render import note_marker as n
from briefings.compose.tidy import NOTE, combine_pinpoints, merge_notes, plain_numbers


def _notes(text):
    return [int(x) for x in NOTE.findall(text)]


def test_consecutive_citations_of_one_sentence_become_one_note_after_the_sentence():
    cites = [("ai-act", "Art. 51(1)"), ("ai-act", "Art. 52(1)")]
    text = f"Models are classified{n(1)} and notified within two weeks{n(2)}."
    out, notes = merge_notes(text, cites)
    assert out == f"Models are classified and notified within two weeks.{n(1)}"
    assert notes == [[("ai-act", "Arts 51(1) and 52(1)")]]


def test_different_documents_in_one_sentence_share_a_note_with_every_pinpoint():
    cites = [("ai-act", "Art. 73(2)"), ("nis2", "Art. 23(4)")]
    out, notes = merge_notes(f"Fifteen days{n(1)} or one day{n(2)}.", cites)
    assert _notes(out) == [1]
    assert notes == [[("ai-act", "Art. 73(2)"), ("nis2", "Art. 23(4)")]]


def test_a_note_is_never_glued_to_a_number():
    cites = [("nis2", "Annexes I and II"), ("ai-act", "Art. 15")]
    out, _ = merge_notes(
        f"Entities in 18{n(1)} sectors are covered. Article 15{n(2)} binds systems.", cites
    )
    assert out == f"Entities in 18 sectors are covered.{n(1)} Article 15 binds systems.{n(2)}"
    out, _ = merge_notes(f"Up to EUR 35 000 000{n(1)}, or 7 %{n(2)} of turnover", cites)
    assert out == f"Up to EUR 35 000 000, or 7 % of turnover{n(1)}"
    assert not re.search(r"[\d%)]\ue010", out)


def test_a_citation_repeated_in_a_passage_is_noted_once_but_again_in_the_next_passage():
    cites = [("cra", "Art. 12(1)"), ("cra", "Art. 12(1)"), ("cra", "Art. 12(1)")]
    text = f"One.{n(1)} Two.{n(2)}\n\nThree.{n(3)}"
    out, notes = merge_notes(text, cites)
    assert out == f"One. Two.{n(1)}\n\nThree.{n(2)}"  # one note, after the run
    assert notes == [[("cra", "Art. 12(1)")], [("cra", "Art. 12(1)")]]


def test_sentences_citing_other_documents_keep_their_own_notes():
    cites = [("ai-act", "Art. 5"), ("nis2", "Art. 21"), ("ai-act", "Art. 55")]
    out, notes = merge_notes(f"First.{n(1)} Second.{n(2)} Third.{n(3)}", cites)
    assert out == f"First.{n(1)} Second.{n(2)} Third.{n(3)}"
    assert [len(g) for g in notes] == [1, 1, 1]


def test_table_cells_are_separate_passages():
    cites = [("ai-act", "Art. 99(3)"), ("ai-act", "Art. 99(3)")]
    out, notes = merge_notes(f"| EUR 35 000 000{n(1)} | EUR 7 500 000 \\| 1 %{n(2)} |", cites)
    assert _notes(out) == [1, 2] and len(notes) == 2


def test_pinpoints_combine_without_loss():
    assert combine_pinpoints(["Art. 51(1)"]) == "Art. 51(1)"
    assert combine_pinpoints(["Art. 51(1)", "Art. 52(1)"]) == "Arts 51(1) and 52(1)"
    assert combine_pinpoints(["Arts 21 and 23", "Art. 34(4)"]) == "Arts 21, 23 and 34(4)"
    assert (
        combine_pinpoints(["Recital 110", "Art. 3(65)", "Art. 55"])
        == "Recital 110, Arts 3(65) and 55"
    )
    assert (
        combine_pinpoints(["Art. 13 and Annex I", "Art. 2(1)"]) == "Art. 13 and Annex I, Art. 2(1)"
    )
    assert combine_pinpoints(["Art. 67(5) and Recital 78"]) == "Art. 67(5) and Recital 78"
    assert (
        combine_pinpoints(["Arts 73(2)-(4) and 113", "Art. 55(1)(c)"])
        == "Arts 73(2)-(4), 113 and 55(1)(c)"
    )
    _, notes = merge_notes(
        f"Whole act{n(1)} and a pinpoint{n(2)}.", [("cra", None), ("cra", "Art. 2(1)")]
    )
    assert notes == [[("cra", "Art. 2(1)")]]


def test_numbers_are_escaped_only_where_they_could_open_a_list():
    assert plain_numbers("gelten ab dem 11&#46; September") == "gelten ab dem 11. September"
    assert plain_numbers("11&#46; September 2026 beginnt") == "11&#46; September 2026 beginnt"
    assert plain_numbers("| 11&#46; Mai |") == "| 11&#46; Mai |"
    assert plain_numbers("- 2&#46; Punkt") == "- 2&#46; Punkt"
    assert plain_numbers("- **Verbote:** 2&#46; Februar") == "- **Verbote:** 2. Februar"
    assert plain_numbers("    Am 7&#46; Mai\n    7&#46; Mai") == "    Am 7. Mai\n    7&#46; Mai"


def test_a_note_before_a_full_stop_moves_after_it():
    out, _ = merge_notes(f"Neither bridge reaches them{n(1)}. Next.", [("ai-act", "Art. 15")])
    assert out == f"Neither bridge reaches them.{n(1)} Next."


def test_a_note_never_follows_a_space():
    out, _ = merge_notes(
        f"Durch. {n(1)} Ab diesem. Wort {n(2)}", [("ai-act", "Art. 88"), ("nis2", "Art. 8")]
    )
    assert out == f"Durch.{n(1)} Ab diesem. Wort{n(2)}"
