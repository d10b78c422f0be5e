"""Citation notation in the 24 languages (briefings.i18n.notation).

The tables hold the expected rendering of pinpoints, Official Journal references and short
dates in every language, each row with the Style Guide section (ISG) or EUR-Lex convention it
follows; "to confirm" marks a rendering that could not be checked (docs/citations.md).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.i18n.notation import (
    LANGS,
    UNVERIFIED,
    Pinpoint,
    Step,
    capitalize_first,
    date_suffix,
    format_source,
    parse_pinpoint,
    render_oj,
    render_pinpoint,
    short_date,
    with_date_suffix,
)

from .conftest import REPO

PINPOINTS = [
    # (lang, source notation, note style, running text): definitions article 3
    # --- bg
    (
        "bg",
        "Art. 55(1)(c)",
        "чл. 55, пар. 1, буква в)",
        "член 55, параграф 1, буква в)",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 3(63)",
        "чл. 3, точка 63",
        "член 3, точка 63",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 14(3), second subparagraph",
        "чл. 14, пар. 3, втора алинея",
        "член 14, параграф 3, втора алинея",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Arts 13, 19 and 20",
        "чл. 13, 19 и 20",
        "членове 13, 19 и 20",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 73(2)-(4)",
        "чл. 73, пар. 2—4",
        "член 73, параграфи 2—4",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Recitals 110 and 111",
        "съображения 110 и 111",
        "съображения 110 и 111",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Annex III, point 2",
        "приложение III, точка 2",
        "приложение III, точка 2",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Arts 14(2)(a) and 71(2)",
        "чл. 14, пар. 2, буква а) и чл. 71, пар. 2",
        "член 14, параграф 2, буква а) и член 71, параграф 2",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Chapter V",
        "глава V",
        "глава V",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 1",
        "чл. 1",
        "член 1",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Arts 51(1) and 52(1)",
        "чл. 51, пар. 1 и чл. 52, пар. 1",
        "член 51, параграф 1 и член 52, параграф 1",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Arts 64(2) and 64(10)",
        "чл. 64, пар. 2 и 10",
        "член 64, параграфи 2 и 10",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 14(2)(a)-(b)",
        "чл. 14, пар. 2, букви а) и б)",
        "член 14, параграф 2, букви а) и б)",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 5(1), first indent",
        "чл. 5, пар. 1, първо тире",
        "член 5, параграф 1, първо тире",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Annexes I and II",
        "приложения I и II",
        "приложения I и II",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Art. 6(1) and Annex I",
        "чл. 6, пар. 1 и приложение I",
        "член 6, параграф 1 и приложение I",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Recital 110",
        "съображение 110",
        "съображение 110",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    (
        "bg",
        "Title III",
        "дял III",
        "дял III",
        # ISG BG 3.2.3 (order, lists, « членове 2—4 », Cyrillic letters); recitals/annexes to
        # confirm
    ),
    # --- es
    (
        "es",
        "Art. 55(1)(c)",
        "art. 55, apartado 1, letra c)",
        "artículo 55, apartado 1, letra c)",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 3(63)",
        "art. 3, punto 63",
        "artículo 3, punto 63",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 14(3), second subparagraph",
        "art. 14, apartado 3, párrafo segundo",
        "artículo 14, apartado 3, párrafo segundo",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Arts 13, 19 and 20",
        "arts. 13, 19 y 20",
        "artículos 13, 19 y 20",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 73(2)-(4)",
        "art. 73, apartados 2 a 4",
        "artículo 73, apartados 2 a 4",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Recitals 110 and 111",
        "considerandos 110 y 111",
        "considerandos 110 y 111",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Annex III, point 2",
        "anexo III, punto 2",
        "anexo III, punto 2",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Arts 14(2)(a) and 71(2)",
        "art. 14, apartado 2, letra a), y art. 71, apartado 2",
        "artículo 14, apartado 2, letra a), y artículo 71, apartado 2",
    ),  # EUR-Lex ES usage (to confirm)
    ("es", "Chapter V", "capítulo V", "capítulo V"),  # EUR-Lex ES usage (to confirm)
    ("es", "Art. 1", "art. 1", "artículo 1"),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Arts 51(1) and 52(1)",
        "art. 51, apartado 1, y art. 52, apartado 1",
        "artículo 51, apartado 1, y artículo 52, apartado 1",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Arts 64(2) and 64(10)",
        "art. 64, apartados 2 y 10",
        "artículo 64, apartados 2 y 10",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 14(2)(a)-(b)",
        "art. 14, apartado 2, letras a) y b)",
        "artículo 14, apartado 2, letras a) y b)",
    ),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 5(1), first indent",
        "art. 5, apartado 1, primer guion",
        "artículo 5, apartado 1, primer guion",
    ),  # EUR-Lex ES usage (to confirm)
    ("es", "Annexes I and II", "anexos I y II", "anexos I y II"),  # EUR-Lex ES usage (to confirm)
    (
        "es",
        "Art. 6(1) and Annex I",
        "art. 6, apartado 1, y anexo I",
        "artículo 6, apartado 1, y anexo I",
    ),  # EUR-Lex ES usage (to confirm)
    ("es", "Recital 110", "considerando 110", "considerando 110"),  # EUR-Lex ES usage (to confirm)
    ("es", "Title III", "título III", "título III"),  # EUR-Lex ES usage (to confirm)
    # --- cs
    (
        "cs",
        "Art. 55(1)(c)",
        "čl. 55 odst. 1 písm. c)",
        "čl. 55 odst. 1 písm. c)",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 3(63)",
        "čl. 3 bod 63",
        "čl. 3 bod 63",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 14(3), second subparagraph",
        "čl. 14 odst. 3 druhý pododstavec",
        "čl. 14 odst. 3 druhý pododstavec",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Arts 13, 19 and 20",
        "články 13, 19 a 20",
        "články 13, 19 a 20",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 73(2)-(4)",
        "čl. 73 odst. 2 až 4",
        "čl. 73 odst. 2 až 4",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Recitals 110 and 111",
        "body 110 a 111 odůvodnění",
        "body 110 a 111 odůvodnění",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Annex III, point 2",
        "bod 2 přílohy III",
        "bod 2 přílohy III",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Arts 14(2)(a) and 71(2)",
        "čl. 14 odst. 2 písm. a) a čl. 71 odst. 2",
        "čl. 14 odst. 2 písm. a) a čl. 71 odst. 2",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Chapter V",
        "kapitola V",
        "kapitola V",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 1",
        "článek 1",
        "článek 1",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Arts 51(1) and 52(1)",
        "čl. 51 odst. 1 a čl. 52 odst. 1",
        "čl. 51 odst. 1 a čl. 52 odst. 1",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Arts 64(2) and 64(10)",
        "čl. 64 odst. 2 a 10",
        "čl. 64 odst. 2 a 10",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 14(2)(a)-(b)",
        "čl. 14 odst. 2 písm. a) a b)",
        "čl. 14 odst. 2 písm. a) a b)",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 5(1), first indent",
        "čl. 5 odst. 1 první odrážka",
        "čl. 5 odst. 1 první odrážka",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Annexes I and II",
        "přílohy I a II",
        "přílohy I a II",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Art. 6(1) and Annex I",
        "čl. 6 odst. 1 a příloha I",
        "čl. 6 odst. 1 a příloha I",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Recital 110",
        "bod 110 odůvodnění",
        "bod 110 odůvodnění",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    (
        "cs",
        "Title III",
        "hlava III",
        "hlava III",
    ),  # ISG CS 3.2.3 (« čl. 1 odst. 2 písm. a) », « bod … přílohy I »); recitals to confirm
    # --- da
    (
        "da",
        "Art. 55(1)(c)",
        "art. 55, stk. 1, litra c)",
        "artikel 55, stk. 1, litra c)",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 3(63)",
        "art. 3, nr. 63)",
        "artikel 3, nr. 63)",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 14(3), second subparagraph",
        "art. 14, stk. 3, andet afsnit",
        "artikel 14, stk. 3, andet afsnit",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Arts 13, 19 and 20",
        "art. 13, 19 og 20",
        "artikel 13, 19 og 20",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 73(2)-(4)",
        "art. 73, stk. 2-4",
        "artikel 73, stk. 2-4",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Recitals 110 and 111",
        "betragtning 110 og 111",
        "betragtning 110 og 111",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Annex III, point 2",
        "bilag III, punkt 2",
        "bilag III, punkt 2",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Arts 14(2)(a) and 71(2)",
        "art. 14, stk. 2, litra a), og art. 71, stk. 2",
        "artikel 14, stk. 2, litra a), og artikel 71, stk. 2",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Chapter V",
        "kapitel V",
        "kapitel V",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 1",
        "art. 1",
        "artikel 1",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Arts 51(1) and 52(1)",
        "art. 51, stk. 1, og art. 52, stk. 1",
        "artikel 51, stk. 1, og artikel 52, stk. 1",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Arts 64(2) and 64(10)",
        "art. 64, stk. 2 og 10",
        "artikel 64, stk. 2 og 10",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 14(2)(a)-(b)",
        "art. 14, stk. 2, litra a) og b)",
        "artikel 14, stk. 2, litra a) og b)",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 5(1), first indent",
        "art. 5, stk. 1, første led",
        "artikel 5, stk. 1, første led",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Annexes I and II",
        "bilag I og II",
        "bilag I og II",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Art. 6(1) and Annex I",
        "art. 6, stk. 1, og bilag I",
        "artikel 6, stk. 1, og bilag I",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Recital 110",
        "betragtning 110",
        "betragtning 110",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    (
        "da",
        "Title III",
        "afsnit III",
        "afsnit III",
    ),  # ISG DA 3.2.3 (« artikel 1, stk. 2, litra a), », « nr. 2) », comma before « og »)
    # --- de
    (
        "de",
        "Art. 55(1)(c)",
        "Art. 55 Abs. 1 Buchst. c",
        "Artikel 55 Absatz 1 Buchstabe c",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 3(63)",
        "Art. 3 Nr. 63",
        "Artikel 3 Nummer 63",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 14(3), second subparagraph",
        "Art. 14 Abs. 3 Unterabs. 2",
        "Artikel 14 Absatz 3 Unterabsatz 2",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Arts 13, 19 and 20",
        "Art. 13, 19 und 20",
        "Artikel 13, 19 und 20",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 73(2)-(4)",
        "Art. 73 Abs. 2 bis 4",
        "Artikel 73 Absätze 2 bis 4",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Recitals 110 and 111",
        "Erwägungsgründe 110 und 111",
        "Erwägungsgründe 110 und 111",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Annex III, point 2",
        "Anhang III Nr. 2",
        "Anhang III Nummer 2",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Arts 14(2)(a) and 71(2)",
        "Art. 14 Abs. 2 Buchst. a und Art. 71 Abs. 2",
        "Artikel 14 Absatz 2 Buchstabe a und Artikel 71 Absatz 2",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Chapter V",
        "Kapitel V",
        "Kapitel V",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 1",
        "Art. 1",
        "Artikel 1",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Arts 51(1) and 52(1)",
        "Art. 51 Abs. 1 und Art. 52 Abs. 1",
        "Artikel 51 Absatz 1 und Artikel 52 Absatz 1",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Arts 64(2) and 64(10)",
        "Art. 64 Abs. 2 und 10",
        "Artikel 64 Absätze 2 und 10",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 14(2)(a)-(b)",
        "Art. 14 Abs. 2 Buchst. a und b",
        "Artikel 14 Absatz 2 Buchstaben a und b",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 5(1), first indent",
        "Art. 5 Abs. 1 erster Gedankenstrich",
        "Artikel 5 Absatz 1 erster Gedankenstrich",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Annexes I and II",
        "Anhänge I und II",
        "Anhänge I und II",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Art. 6(1) and Annex I",
        "Art. 6 Abs. 1 und Anhang I",
        "Artikel 6 Absatz 1 und Anhang I",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Recital 110",
        "Erwägungsgrund 110",
        "Erwägungsgrund 110",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    (
        "de",
        "Title III",
        "Titel III",
        "Titel III",
    ),  # ISG DE 2.7/3.2.3; review DE-10/11/12 for note abbreviations
    # --- et
    (
        "et",
        "Art. 55(1)(c)",
        "artikli 55 lõike 1 punkt c",
        "artikli 55 lõike 1 punkt c",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 3(63)",
        "artikli 3 punkt 63",
        "artikli 3 punkt 63",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 14(3), second subparagraph",
        "artikli 14 lõike 3 teine lõik",
        "artikli 14 lõike 3 teine lõik",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Arts 13, 19 and 20",
        "artiklid 13, 19 ja 20",
        "artiklid 13, 19 ja 20",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 73(2)-(4)",
        "artikli 73 lõiked 2–4",
        "artikli 73 lõiked 2–4",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Recitals 110 and 111",
        "põhjendused 110 ja 111",
        "põhjendused 110 ja 111",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Annex III, point 2",
        "III lisa punkt 2",
        "III lisa punkt 2",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Arts 14(2)(a) and 71(2)",
        "artikli 14 lõike 2 punkt a ja artikli 71 lõige 2",
        "artikli 14 lõike 2 punkt a ja artikli 71 lõige 2",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Chapter V",
        "V peatükk",
        "V peatükk",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 1",
        "artikkel 1",
        "artikkel 1",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Arts 51(1) and 52(1)",
        "artikli 51 lõige 1 ja artikli 52 lõige 1",
        "artikli 51 lõige 1 ja artikli 52 lõige 1",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Arts 64(2) and 64(10)",
        "artikli 64 lõiked 2 ja 10",
        "artikli 64 lõiked 2 ja 10",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 14(2)(a)-(b)",
        "artikli 14 lõike 2 punktid a ja b",
        "artikli 14 lõike 2 punktid a ja b",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 5(1), first indent",
        "artikli 5 lõike 1 esimene taane",
        "artikli 5 lõike 1 esimene taane",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Annexes I and II",
        "I ja II lisa",
        "I ja II lisa",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Art. 6(1) and Annex I",
        "artikli 6 lõige 1 ja I lisa",
        "artikli 6 lõige 1 ja I lisa",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Recital 110",
        "põhjendus 110",
        "põhjendus 110",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    (
        "et",
        "Title III",
        "III jaotis",
        "III jaotis",
    ),  # ISG ET 3.2.3 (« artikli 1 lõike 2 punkt a », « artiklid 2–4 »); recitals to confirm
    # --- el
    (
        "el",
        "Art. 55(1)(c)",
        "άρθ. 55 παρ. 1 στοιχείο γ)",
        "άρθρο 55 παράγραφος 1 στοιχείο γ)",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 3(63)",
        "άρθ. 3 σημείο 63)",
        "άρθρο 3 σημείο 63)",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 14(3), second subparagraph",
        "άρθ. 14 παρ. 3 δεύτερο εδάφιο",
        "άρθρο 14 παράγραφος 3 δεύτερο εδάφιο",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Arts 13, 19 and 20",
        "άρθ. 13, 19 και 20",
        "άρθρα 13, 19 και 20",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 73(2)-(4)",
        "άρθ. 73 παρ. 2 έως 4",
        "άρθρο 73 παράγραφοι 2 έως 4",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Recitals 110 and 111",
        "αιτιολογικές σκέψεις 110 και 111",
        "αιτιολογικές σκέψεις 110 και 111",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Annex III, point 2",
        "παράρτημα III σημείο 2",
        "παράρτημα III σημείο 2",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Arts 14(2)(a) and 71(2)",
        "άρθ. 14 παρ. 2 στοιχείο α) και άρθ. 71 παρ. 2",
        "άρθρο 14 παράγραφος 2 στοιχείο α) και άρθρο 71 παράγραφος 2",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Chapter V",
        "κεφάλαιο V",
        "κεφάλαιο V",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 1",
        "άρθ. 1",
        "άρθρο 1",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Arts 51(1) and 52(1)",
        "άρθ. 51 παρ. 1 και άρθ. 52 παρ. 1",
        "άρθρο 51 παράγραφος 1 και άρθρο 52 παράγραφος 1",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Arts 64(2) and 64(10)",
        "άρθ. 64 παρ. 2 και 10",
        "άρθρο 64 παράγραφοι 2 και 10",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 14(2)(a)-(b)",
        "άρθ. 14 παρ. 2 στοιχεία α) και β)",
        "άρθρο 14 παράγραφος 2 στοιχεία α) και β)",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 5(1), first indent",
        "άρθ. 5 παρ. 1 πρώτη περίπτωση",
        "άρθρο 5 παράγραφος 1 πρώτη περίπτωση",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Annexes I and II",
        "παραρτήματα I και II",
        "παραρτήματα I και II",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Art. 6(1) and Annex I",
        "άρθ. 6 παρ. 1 και παράρτημα I",
        "άρθρο 6 παράγραφος 1 και παράρτημα I",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Recital 110",
        "αιτιολογική σκέψη 110",
        "αιτιολογική σκέψη 110",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    (
        "el",
        "Title III",
        "τίτλος III",
        "τίτλος III",
    ),  # ISG EL 3.2.3 (« άρθρο 1 παράγραφος 2 στοιχείο α) »); definitions/recitals/notes to confirm
    # --- en
    ("en", "Art. 55(1)(c)", "Art. 55(1)(c)", "Article 55(1)(c)"),  # ISG EN 3.2.3 / source notation
    ("en", "Art. 3(63)", "Art. 3(63)", "Article 3(63)"),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Art. 14(3), second subparagraph",
        "Art. 14(3), second subparagraph",
        "Article 14(3), second subparagraph",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Arts 13, 19 and 20",
        "Arts 13, 19 and 20",
        "Articles 13, 19 and 20",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Art. 73(2)-(4)",
        "Art. 73(2)-(4)",
        "Article 73(2)-(4)",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Recitals 110 and 111",
        "Recitals 110 and 111",
        "Recitals 110 and 111",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Annex III, point 2",
        "Annex III, point 2",
        "Annex III, point 2",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Arts 14(2)(a) and 71(2)",
        "Arts 14(2)(a) and 71(2)",
        "Articles 14(2)(a) and 71(2)",
    ),  # ISG EN 3.2.3 / source notation
    ("en", "Chapter V", "Chapter V", "Chapter V"),  # ISG EN 3.2.3 / source notation
    ("en", "Art. 1", "Art. 1", "Article 1"),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Arts 51(1) and 52(1)",
        "Arts 51(1) and 52(1)",
        "Articles 51(1) and 52(1)",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Arts 64(2) and 64(10)",
        "Arts 64(2) and 64(10)",
        "Articles 64(2) and 64(10)",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Art. 14(2)(a)-(b)",
        "Art. 14(2)(a)-(b)",
        "Article 14(2)(a)-(b)",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Art. 5(1), first indent",
        "Art. 5(1), first indent",
        "Article 5(1), first indent",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Annexes I and II",
        "Annexes I and II",
        "Annexes I and II",
    ),  # ISG EN 3.2.3 / source notation
    (
        "en",
        "Art. 6(1) and Annex I",
        "Art. 6(1) and Annex I",
        "Article 6(1) and Annex I",
    ),  # ISG EN 3.2.3 / source notation
    ("en", "Recital 110", "Recital 110", "Recital 110"),  # ISG EN 3.2.3 / source notation
    ("en", "Title III", "Title III", "Title III"),  # ISG EN 3.2.3 / source notation
    # --- fr
    (
        "fr",
        "Art. 55(1)(c)",
        "art. 55, paragraphe 1, point c)",
        "article 55, paragraphe 1, point c)",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 3(63)",
        "art. 3, point 63)",
        "article 3, point 63)",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 14(3), second subparagraph",
        "art. 14, paragraphe 3, deuxième alinéa",
        "article 14, paragraphe 3, deuxième alinéa",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Arts 13, 19 and 20",
        "art. 13, 19 et 20",
        "articles 13, 19 et 20",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 73(2)-(4)",
        "art. 73, paragraphes 2 à 4",
        "article 73, paragraphes 2 à 4",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Recitals 110 and 111",
        "considérants 110 et 111",
        "considérants 110 et 111",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Annex III, point 2",
        "annexe III, point 2",
        "annexe III, point 2",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Arts 14(2)(a) and 71(2)",
        "art. 14, paragraphe 2, point a), et art. 71, paragraphe 2",
        "article 14, paragraphe 2, point a), et article 71, paragraphe 2",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Chapter V",
        "chapitre V",
        "chapitre V",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 1",
        "art. 1er",
        "article 1er",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Arts 51(1) and 52(1)",
        "art. 51, paragraphe 1, et art. 52, paragraphe 1",
        "article 51, paragraphe 1, et article 52, paragraphe 1",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Arts 64(2) and 64(10)",
        "art. 64, paragraphes 2 et 10",
        "article 64, paragraphes 2 et 10",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 14(2)(a)-(b)",
        "art. 14, paragraphe 2, points a) et b)",
        "article 14, paragraphe 2, points a) et b)",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 5(1), first indent",
        "art. 5, paragraphe 1, premier tiret",
        "article 5, paragraphe 1, premier tiret",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Annexes I and II",
        "annexes I et II",
        "annexes I et II",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Art. 6(1) and Annex I",
        "art. 6, paragraphe 1, et annexe I",
        "article 6, paragraphe 1, et annexe I",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Recital 110",
        "considérant 110",
        "considérant 110",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    (
        "fr",
        "Title III",
        "titre III",
        "titre III",
    ),  # ISG FR 3.2.3; review FR-9/FR-11 for « art. » in notes
    # --- ga
    (
        "ga",
        "Art. 55(1)(c)",
        "Airteagal 55(1), pointe (c)",
        "Airteagal 55(1), pointe (c)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 3(63)",
        "Airteagal 3, pointe (63)",
        "Airteagal 3, pointe (63)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 14(3), second subparagraph",
        "Airteagal 14(3), an dara mír",
        "Airteagal 14(3), an dara mír",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Arts 13, 19 and 20",
        "Airteagail 13, 19 agus 20",
        "Airteagail 13, 19 agus 20",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 73(2)-(4)",
        "Airteagal 73(2) go (4)",
        "Airteagal 73(2) go (4)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Recitals 110 and 111",
        "aithrisí 110 agus 111",
        "aithrisí 110 agus 111",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Annex III, point 2",
        "Iarscríbhinn III, pointe 2",
        "Iarscríbhinn III, pointe 2",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Arts 14(2)(a) and 71(2)",
        "Airteagal 14(2), pointe (a) agus Airteagal 71(2)",
        "Airteagal 14(2), pointe (a) agus Airteagal 71(2)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Chapter V",
        "Caibidil V",
        "Caibidil V",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 1",
        "Airteagal 1",
        "Airteagal 1",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Arts 51(1) and 52(1)",
        "Airteagal 51(1) agus Airteagal 52(1)",
        "Airteagal 51(1) agus Airteagal 52(1)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Arts 64(2) and 64(10)",
        "Airteagal 64(2) agus (10)",
        "Airteagal 64(2) agus (10)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 14(2)(a)-(b)",
        "Airteagal 14(2), pointí (a) agus (b)",
        "Airteagal 14(2), pointí (a) agus (b)",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 5(1), first indent",
        "Airteagal 5(1), an chéad fleasc",
        "Airteagal 5(1), an chéad fleasc",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Annexes I and II",
        "Iarscríbhinní I agus II",
        "Iarscríbhinní I agus II",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Art. 6(1) and Annex I",
        "Airteagal 6(1) agus Iarscríbhinn I",
        "Airteagal 6(1) agus Iarscríbhinn I",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Recital 110",
        "aithris 110",
        "aithris 110",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    (
        "ga",
        "Title III",
        "Teideal III",
        "Teideal III",
    ),  # EUR-Lex GA usage (« Airteagal 10(1), an dara mír, pointí (d) »); others to confirm
    # --- hr
    (
        "hr",
        "Art. 55(1)(c)",
        "članak 55. stavak 1. točka (c)",
        "članak 55. stavak 1. točka (c)",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 3(63)",
        "članak 3. točka 63.",
        "članak 3. točka 63.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 14(3), second subparagraph",
        "članak 14. stavak 3. drugi podstavak",
        "članak 14. stavak 3. drugi podstavak",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Arts 13, 19 and 20",
        "članci 13., 19. i 20.",
        "članci 13., 19. i 20.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 73(2)-(4)",
        "članak 73. stavci od 2. do 4.",
        "članak 73. stavci od 2. do 4.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Recitals 110 and 111",
        "uvodne izjave 110. i 111.",
        "uvodne izjave 110. i 111.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Annex III, point 2",
        "Prilog III. točka 2.",
        "Prilog III. točka 2.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Arts 14(2)(a) and 71(2)",
        "članak 14. stavak 2. točka (a) i članak 71. stavak 2.",
        "članak 14. stavak 2. točka (a) i članak 71. stavak 2.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Chapter V",
        "poglavlje V.",
        "poglavlje V.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 1",
        "članak 1.",
        "članak 1.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Arts 51(1) and 52(1)",
        "članak 51. stavak 1. i članak 52. stavak 1.",
        "članak 51. stavak 1. i članak 52. stavak 1.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Arts 64(2) and 64(10)",
        "članak 64. stavci 2. i 10.",
        "članak 64. stavci 2. i 10.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 14(2)(a)-(b)",
        "članak 14. stavak 2. točke (a) i (b)",
        "članak 14. stavak 2. točke (a) i (b)",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 5(1), first indent",
        "članak 5. stavak 1. prva alineja",
        "članak 5. stavak 1. prva alineja",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Annexes I and II",
        "prilozi I. i II.",
        "prilozi I. i II.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Art. 6(1) and Annex I",
        "članak 6. stavak 1. i Prilog I.",
        "članak 6. stavak 1. i Prilog I.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Recital 110",
        "uvodna izjava 110.",
        "uvodna izjava 110.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    (
        "hr",
        "Title III",
        "glava III.",
        "glava III.",
    ),  # ISG HR 2.7 (« članak 2. stavak 1. », « Prilog I. »); lists to confirm
    # --- it
    (
        "it",
        "Art. 55(1)(c)",
        "art. 55, par. 1, lett. c)",
        "articolo 55, paragrafo 1, lettera c)",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 3(63)",
        "art. 3, punto 63)",
        "articolo 3, punto 63)",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 14(3), second subparagraph",
        "art. 14, par. 3, secondo comma",
        "articolo 14, paragrafo 3, secondo comma",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Arts 13, 19 and 20",
        "artt. 13, 19 e 20",
        "articoli 13, 19 e 20",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 73(2)-(4)",
        "art. 73, parr. da 2 a 4",
        "articolo 73, paragrafi da 2 a 4",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Recitals 110 and 111",
        "considerando 110 e 111",
        "considerando 110 e 111",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Annex III, point 2",
        "allegato III, punto 2",
        "allegato III, punto 2",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Arts 14(2)(a) and 71(2)",
        "art. 14, par. 2, lett. a), e art. 71, par. 2",
        "articolo 14, paragrafo 2, lettera a), e articolo 71, paragrafo 2",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    ("it", "Chapter V", "capo V", "capo V"),  # ISG IT 3.2.3; note abbreviations to confirm
    ("it", "Art. 1", "art. 1", "articolo 1"),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Arts 51(1) and 52(1)",
        "art. 51, par. 1, e art. 52, par. 1",
        "articolo 51, paragrafo 1, e articolo 52, paragrafo 1",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Arts 64(2) and 64(10)",
        "art. 64, parr. 2 e 10",
        "articolo 64, paragrafi 2 e 10",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 14(2)(a)-(b)",
        "art. 14, par. 2, lett. a) e b)",
        "articolo 14, paragrafo 2, lettere a) e b)",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 5(1), first indent",
        "art. 5, par. 1, primo trattino",
        "articolo 5, paragrafo 1, primo trattino",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Annexes I and II",
        "allegati I e II",
        "allegati I e II",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Art. 6(1) and Annex I",
        "art. 6, par. 1, e allegato I",
        "articolo 6, paragrafo 1, e allegato I",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    (
        "it",
        "Recital 110",
        "considerando 110",
        "considerando 110",
    ),  # ISG IT 3.2.3; note abbreviations to confirm
    ("it", "Title III", "titolo III", "titolo III"),  # ISG IT 3.2.3; note abbreviations to confirm
    # --- lv
    (
        "lv",
        "Art. 55(1)(c)",
        "55. panta 1. punkta c) apakšpunkts",
        "55. panta 1. punkta c) apakšpunkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 3(63)",
        "3. panta 63. punkts",
        "3. panta 63. punkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 14(3), second subparagraph",
        "14. panta 3. punkta otrā daļa",
        "14. panta 3. punkta otrā daļa",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Arts 13, 19 and 20",
        "13., 19. un 20. pants",
        "13., 19. un 20. pants",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 73(2)-(4)",
        "73. panta no 2. līdz 4. punktam",
        "73. panta no 2. līdz 4. punktam",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Recitals 110 and 111",
        "110. un 111. apsvērums",
        "110. un 111. apsvērums",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Annex III, point 2",
        "III pielikuma 2. punkts",
        "III pielikuma 2. punkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Arts 14(2)(a) and 71(2)",
        "14. panta 2. punkta a) apakšpunkts un 71. panta 2. punkts",
        "14. panta 2. punkta a) apakšpunkts un 71. panta 2. punkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Chapter V",
        "V nodaļa",
        "V nodaļa",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 1",
        "1. pants",
        "1. pants",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Arts 51(1) and 52(1)",
        "51. panta 1. punkts un 52. panta 1. punkts",
        "51. panta 1. punkts un 52. panta 1. punkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Arts 64(2) and 64(10)",
        "64. panta 2. un 10. punkts",
        "64. panta 2. un 10. punkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 14(2)(a)-(b)",
        "14. panta 2. punkta a) un b) apakšpunkts",
        "14. panta 2. punkta a) un b) apakšpunkts",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 5(1), first indent",
        "5. panta 1. punkta pirmais ievilkums",
        "5. panta 1. punkta pirmais ievilkums",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Annexes I and II",
        "I un II pielikums",
        "I un II pielikums",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Art. 6(1) and Annex I",
        "6. panta 1. punkts un I pielikums",
        "6. panta 1. punkts un I pielikums",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Recital 110",
        "110. apsvērums",
        "110. apsvērums",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    (
        "lv",
        "Title III",
        "III sadaļa",
        "III sadaļa",
    ),  # ISG LV 2.7/3.2.3 (« 1. panta 2. punkta a) apakšpunkts », « no 4. līdz 6. pantam »)
    # --- lt
    (
        "lt",
        "Art. 55(1)(c)",
        "55 straipsnio 1 dalies c punktas",
        "55 straipsnio 1 dalies c punktas",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 3(63)",
        "3 straipsnio 63 punktas",
        "3 straipsnio 63 punktas",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 14(3), second subparagraph",
        "14 straipsnio 3 dalies antra pastraipa",
        "14 straipsnio 3 dalies antra pastraipa",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Arts 13, 19 and 20",
        "13, 19 ir 20 straipsniai",
        "13, 19 ir 20 straipsniai",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 73(2)-(4)",
        "73 straipsnio 2–4 dalys",
        "73 straipsnio 2–4 dalys",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Recitals 110 and 111",
        "110 ir 111 konstatuojamosios dalys",
        "110 ir 111 konstatuojamosios dalys",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Annex III, point 2",
        "III priedo 2 punktas",
        "III priedo 2 punktas",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Arts 14(2)(a) and 71(2)",
        "14 straipsnio 2 dalies a punktas ir 71 straipsnio 2 dalis",
        "14 straipsnio 2 dalies a punktas ir 71 straipsnio 2 dalis",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Chapter V",
        "V skyrius",
        "V skyrius",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 1",
        "1 straipsnis",
        "1 straipsnis",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Arts 51(1) and 52(1)",
        "51 straipsnio 1 dalis ir 52 straipsnio 1 dalis",
        "51 straipsnio 1 dalis ir 52 straipsnio 1 dalis",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Arts 64(2) and 64(10)",
        "64 straipsnio 2 ir 10 dalys",
        "64 straipsnio 2 ir 10 dalys",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 14(2)(a)-(b)",
        "14 straipsnio 2 dalies a ir b punktai",
        "14 straipsnio 2 dalies a ir b punktai",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 5(1), first indent",
        "5 straipsnio 1 dalies pirma įtrauka",
        "5 straipsnio 1 dalies pirma įtrauka",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Annexes I and II",
        "I ir II priedai",
        "I ir II priedai",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Art. 6(1) and Annex I",
        "6 straipsnio 1 dalis ir I priedas",
        "6 straipsnio 1 dalis ir I priedas",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Recital 110",
        "110 konstatuojamoji dalis",
        "110 konstatuojamoji dalis",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    (
        "lt",
        "Title III",
        "III antraštinė dalis",
        "III antraštinė dalis",
    ),  # ISG LT 3.2.3 (« 1 straipsnio 2 dalies a punktas », « 2–4 straipsniai »); review ALL-8
    # --- hu
    (
        "hu",
        "Art. 55(1)(c)",
        "55. cikk (1) bekezdés c) pont",
        "55. cikk (1) bekezdésének c) pontja",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 3(63)",
        "3. cikk 63. pont",
        "3. cikk 63. pontja",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 14(3), second subparagraph",
        "14. cikk (3) bekezdés második albekezdés",
        "14. cikk (3) bekezdésének második albekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Arts 13, 19 and 20",
        "13., 19. és 20. cikk",
        "13., 19. és 20. cikk",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 73(2)-(4)",
        "73. cikk (2)–(4) bekezdés",
        "73. cikk (2)–(4) bekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Recitals 110 and 111",
        "(110) és (111) preambulumbekezdés",
        "(110) és (111) preambulumbekezdés",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Annex III, point 2",
        "III. melléklet 2. pont",
        "III. melléklet 2. pontja",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Arts 14(2)(a) and 71(2)",
        "14. cikk (2) bekezdés a) pont és 71. cikk (2) bekezdés",
        "14. cikk (2) bekezdésének a) pontja és 71. cikk (2) bekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Chapter V",
        "V. fejezet",
        "V. fejezet",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    ("hu", "Art. 1", "1. cikk", "1. cikk"),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Arts 51(1) and 52(1)",
        "51. cikk (1) bekezdés és 52. cikk (1) bekezdés",
        "51. cikk (1) bekezdése és 52. cikk (1) bekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Arts 64(2) and 64(10)",
        "64. cikk (2) és (10) bekezdés",
        "64. cikk (2) és (10) bekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 14(2)(a)-(b)",
        "14. cikk (2) bekezdés a) és b) pont",
        "14. cikk (2) bekezdésének a) és b) pontja",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 5(1), first indent",
        "5. cikk (1) bekezdés első franciabekezdés",
        "5. cikk (1) bekezdésének első franciabekezdése",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Annexes I and II",
        "I. és II. melléklet",
        "I. és II. melléklet",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Art. 6(1) and Annex I",
        "6. cikk (1) bekezdés és I. melléklet",
        "6. cikk (1) bekezdése és I. melléklet",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    (
        "hu",
        "Recital 110",
        "(110) preambulumbekezdés",
        "(110) preambulumbekezdés",
    ),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    ("hu", "Title III", "III. cím", "III. cím"),  # ISG HU 2.7/3.2.3; notes nominative as issue 12
    # --- mt
    (
        "mt",
        "Art. 55(1)(c)",
        "Artikolu 55(1), il-punt (c)",
        "Artikolu 55(1), il-punt (c)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 3(63)",
        "Artikolu 3, il-punt (63)",
        "Artikolu 3, il-punt (63)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 14(3), second subparagraph",
        "Artikolu 14(3), it-tieni subparagrafu",
        "Artikolu 14(3), it-tieni subparagrafu",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Arts 13, 19 and 20",
        "Artikoli 13, 19 u 20",
        "Artikoli 13, 19 u 20",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 73(2)-(4)",
        "Artikolu 73(2) sa (4)",
        "Artikolu 73(2) sa (4)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Recitals 110 and 111",
        "premessi 110 u 111",
        "premessi 110 u 111",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Annex III, point 2",
        "Anness III, il-punt 2",
        "Anness III, il-punt 2",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Arts 14(2)(a) and 71(2)",
        "Artikolu 14(2), il-punt (a) u Artikolu 71(2)",
        "Artikolu 14(2), il-punt (a) u Artikolu 71(2)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Chapter V",
        "Kapitolu V",
        "Kapitolu V",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 1",
        "Artikolu 1",
        "Artikolu 1",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Arts 51(1) and 52(1)",
        "Artikolu 51(1) u Artikolu 52(1)",
        "Artikolu 51(1) u Artikolu 52(1)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Arts 64(2) and 64(10)",
        "Artikolu 64(2) u (10)",
        "Artikolu 64(2) u (10)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 14(2)(a)-(b)",
        "Artikolu 14(2), il-punti (a) u (b)",
        "Artikolu 14(2), il-punti (a) u (b)",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 5(1), first indent",
        "Artikolu 5(1), l-ewwel inċiż",
        "Artikolu 5(1), l-ewwel inċiż",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Annexes I and II",
        "Annessi I u II",
        "Annessi I u II",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Art. 6(1) and Annex I",
        "Artikolu 6(1) u Anness I",
        "Artikolu 6(1) u Anness I",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Recital 110",
        "premessa 110",
        "premessa 110",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    (
        "mt",
        "Title III",
        "Titolu III",
        "Titolu III",
    ),  # ISG MT 3.2.3 (« l-Artikolu 1(2), il-punt (a) »); recitals/subparagraphs to confirm
    # --- nl
    (
        "nl",
        "Art. 55(1)(c)",
        "art. 55, lid 1, punt c)",
        "artikel 55, lid 1, punt c)",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 3(63)",
        "art. 3, punt 63)",
        "artikel 3, punt 63)",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 14(3), second subparagraph",
        "art. 14, lid 3, tweede alinea",
        "artikel 14, lid 3, tweede alinea",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Arts 13, 19 and 20",
        "art. 13, 19 en 20",
        "artikelen 13, 19 en 20",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 73(2)-(4)",
        "art. 73, leden 2 tot en met 4",
        "artikel 73, leden 2 tot en met 4",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Recitals 110 and 111",
        "overwegingen 110 en 111",
        "overwegingen 110 en 111",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Annex III, point 2",
        "bijlage III, punt 2",
        "bijlage III, punt 2",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Arts 14(2)(a) and 71(2)",
        "art. 14, lid 2, punt a) en art. 71, lid 2",
        "artikel 14, lid 2, punt a) en artikel 71, lid 2",
    ),  # EUR-Lex NL usage (to confirm)
    ("nl", "Chapter V", "hoofdstuk V", "hoofdstuk V"),  # EUR-Lex NL usage (to confirm)
    ("nl", "Art. 1", "art. 1", "artikel 1"),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Arts 51(1) and 52(1)",
        "art. 51, lid 1 en art. 52, lid 1",
        "artikel 51, lid 1 en artikel 52, lid 1",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Arts 64(2) and 64(10)",
        "art. 64, leden 2 en 10",
        "artikel 64, leden 2 en 10",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 14(2)(a)-(b)",
        "art. 14, lid 2, punten a) en b)",
        "artikel 14, lid 2, punten a) en b)",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 5(1), first indent",
        "art. 5, lid 1, eerste streepje",
        "artikel 5, lid 1, eerste streepje",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Annexes I and II",
        "bijlagen I en II",
        "bijlagen I en II",
    ),  # EUR-Lex NL usage (to confirm)
    (
        "nl",
        "Art. 6(1) and Annex I",
        "art. 6, lid 1 en bijlage I",
        "artikel 6, lid 1 en bijlage I",
    ),  # EUR-Lex NL usage (to confirm)
    ("nl", "Recital 110", "overweging 110", "overweging 110"),  # EUR-Lex NL usage (to confirm)
    ("nl", "Title III", "titel III", "titel III"),  # EUR-Lex NL usage (to confirm)
    # --- pl
    (
        "pl",
        "Art. 55(1)(c)",
        "art. 55 ust. 1 lit. c)",
        "art. 55 ust. 1 lit. c)",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 3(63)",
        "art. 3 pkt 63",
        "art. 3 pkt 63",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 14(3), second subparagraph",
        "art. 14 ust. 3 akapit drugi",
        "art. 14 ust. 3 akapit drugi",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Arts 13, 19 and 20",
        "art. 13, 19 i 20",
        "art. 13, 19 i 20",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 73(2)-(4)",
        "art. 73 ust. 2–4",
        "art. 73 ust. 2–4",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Recitals 110 and 111",
        "motywy 110 i 111",
        "motywy 110 i 111",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Annex III, point 2",
        "załącznik III pkt 2",
        "załącznik III pkt 2",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Arts 14(2)(a) and 71(2)",
        "art. 14 ust. 2 lit. a) i art. 71 ust. 2",
        "art. 14 ust. 2 lit. a) i art. 71 ust. 2",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Chapter V",
        "rozdział V",
        "rozdział V",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 1",
        "art. 1",
        "art. 1",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Arts 51(1) and 52(1)",
        "art. 51 ust. 1 i art. 52 ust. 1",
        "art. 51 ust. 1 i art. 52 ust. 1",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Arts 64(2) and 64(10)",
        "art. 64 ust. 2 i 10",
        "art. 64 ust. 2 i 10",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 14(2)(a)-(b)",
        "art. 14 ust. 2 lit. a) i b)",
        "art. 14 ust. 2 lit. a) i b)",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 5(1), first indent",
        "art. 5 ust. 1 tiret pierwsze",
        "art. 5 ust. 1 tiret pierwsze",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Annexes I and II",
        "załączniki I i II",
        "załączniki I i II",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Art. 6(1) and Annex I",
        "art. 6 ust. 1 i załącznik I",
        "art. 6 ust. 1 i załącznik I",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Recital 110",
        "motyw 110",
        "motyw 110",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    (
        "pl",
        "Title III",
        "tytuł III",
        "tytuł III",
    ),  # ISG PL 2.7 (« art. 1 ust. 1 akapit pierwszy lit. a) »); lists to confirm
    # --- pt
    (
        "pt",
        "Art. 55(1)(c)",
        "art. 55.º, n.º 1, alínea c)",
        "artigo 55.º, n.º 1, alínea c)",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 3(63)",
        "art. 3.º, ponto 63)",
        "artigo 3.º, ponto 63)",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 14(3), second subparagraph",
        "art. 14.º, n.º 3, segundo parágrafo",
        "artigo 14.º, n.º 3, segundo parágrafo",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Arts 13, 19 and 20",
        "arts. 13.º, 19.º e 20.º",
        "artigos 13.º, 19.º e 20.º",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 73(2)-(4)",
        "art. 73.º, n.os 2 a 4",
        "artigo 73.º, n.os 2 a 4",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Recitals 110 and 111",
        "considerandos 110 e 111",
        "considerandos 110 e 111",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Annex III, point 2",
        "anexo III, ponto 2",
        "anexo III, ponto 2",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Arts 14(2)(a) and 71(2)",
        "art. 14.º, n.º 2, alínea a), e art. 71.º, n.º 2",
        "artigo 14.º, n.º 2, alínea a), e artigo 71.º, n.º 2",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Chapter V",
        "capítulo V",
        "capítulo V",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 1",
        "art. 1.º",
        "artigo 1.º",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Arts 51(1) and 52(1)",
        "art. 51.º, n.º 1, e art. 52.º, n.º 1",
        "artigo 51.º, n.º 1, e artigo 52.º, n.º 1",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Arts 64(2) and 64(10)",
        "art. 64.º, n.os 2 e 10",
        "artigo 64.º, n.os 2 e 10",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 14(2)(a)-(b)",
        "art. 14.º, n.º 2, alíneas a) e b)",
        "artigo 14.º, n.º 2, alíneas a) e b)",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 5(1), first indent",
        "art. 5.º, n.º 1, primeiro travessão",
        "artigo 5.º, n.º 1, primeiro travessão",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Annexes I and II",
        "anexos I e II",
        "anexos I e II",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Art. 6(1) and Annex I",
        "art. 6.º, n.º 1, e anexo I",
        "artigo 6.º, n.º 1, e anexo I",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Recital 110",
        "considerando 110",
        "considerando 110",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    (
        "pt",
        "Title III",
        "título III",
        "título III",
    ),  # ISG PT 2.7 (« artigo 1.º, n.º 1, primeiro parágrafo, alínea a) »); lists to confirm
    # --- ro
    (
        "ro",
        "Art. 55(1)(c)",
        "art. 55 alin. (1) lit. (c)",
        "articolul 55 alineatul (1) litera (c)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 3(63)",
        "art. 3 pct. 63",
        "articolul 3 punctul 63",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 14(3), second subparagraph",
        "art. 14 alin. (3) al doilea paragraf",
        "articolul 14 alineatul (3) al doilea paragraf",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Arts 13, 19 and 20",
        "art. 13, 19 și 20",
        "articolele 13, 19 și 20",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 73(2)-(4)",
        "art. 73 alin. (2)-(4)",
        "articolul 73 alineatele (2)-(4)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Recitals 110 and 111",
        "considerentele 110 și 111",
        "considerentele 110 și 111",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Annex III, point 2",
        "anexa III pct. 2",
        "anexa III punctul 2",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Arts 14(2)(a) and 71(2)",
        "art. 14 alin. (2) lit. (a) și art. 71 alin. (2)",
        "articolul 14 alineatul (2) litera (a) și articolul 71 alineatul (2)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Chapter V",
        "capitolul V",
        "capitolul V",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 1",
        "art. 1",
        "articolul 1",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Arts 51(1) and 52(1)",
        "art. 51 alin. (1) și art. 52 alin. (1)",
        "articolul 51 alineatul (1) și articolul 52 alineatul (1)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Arts 64(2) and 64(10)",
        "art. 64 alin. (2) și (10)",
        "articolul 64 alineatele (2) și (10)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 14(2)(a)-(b)",
        "art. 14 alin. (2) lit. (a) și (b)",
        "articolul 14 alineatul (2) literele (a) și (b)",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 5(1), first indent",
        "art. 5 alin. (1) prima liniuță",
        "articolul 5 alineatul (1) prima liniuță",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Annexes I and II",
        "anexele I și II",
        "anexele I și II",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Art. 6(1) and Annex I",
        "art. 6 alin. (1) și anexa I",
        "articolul 6 alineatul (1) și anexa I",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Recital 110",
        "considerentul 110",
        "considerentul 110",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    (
        "ro",
        "Title III",
        "titlul III",
        "titlul III",
    ),  # ISG RO 2.7/3.2.3 (« articolul 1 alineatul (2) litera (a) »); note abbreviations to confirm
    # --- sk
    (
        "sk",
        "Art. 55(1)(c)",
        "článok 55 ods. 1 písm. c)",
        "článok 55 ods. 1 písm. c)",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 3(63)",
        "článok 3 bod 63",
        "článok 3 bod 63",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 14(3), second subparagraph",
        "článok 14 ods. 3 druhý pododsek",
        "článok 14 ods. 3 druhý pododsek",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Arts 13, 19 and 20",
        "články 13, 19 a 20",
        "články 13, 19 a 20",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 73(2)-(4)",
        "článok 73 ods. 2 až 4",
        "článok 73 ods. 2 až 4",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Recitals 110 and 111",
        "odôvodnenia 110 a 111",
        "odôvodnenia 110 a 111",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Annex III, point 2",
        "bod 2 prílohy III",
        "bod 2 prílohy III",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Arts 14(2)(a) and 71(2)",
        "článok 14 ods. 2 písm. a) a článok 71 ods. 2",
        "článok 14 ods. 2 písm. a) a článok 71 ods. 2",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Chapter V",
        "kapitola V",
        "kapitola V",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 1",
        "článok 1",
        "článok 1",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Arts 51(1) and 52(1)",
        "článok 51 ods. 1 a článok 52 ods. 1",
        "článok 51 ods. 1 a článok 52 ods. 1",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Arts 64(2) and 64(10)",
        "článok 64 ods. 2 a 10",
        "článok 64 ods. 2 a 10",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 14(2)(a)-(b)",
        "článok 14 ods. 2 písm. a) a b)",
        "článok 14 ods. 2 písm. a) a b)",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 5(1), first indent",
        "článok 5 ods. 1 prvá zarážka",
        "článok 5 ods. 1 prvá zarážka",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Annexes I and II",
        "prílohy I a II",
        "prílohy I a II",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Art. 6(1) and Annex I",
        "článok 6 ods. 1 a príloha I",
        "článok 6 ods. 1 a príloha I",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Recital 110",
        "odôvodnenie 110",
        "odôvodnenie 110",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    (
        "sk",
        "Title III",
        "hlava III",
        "hlava III",
    ),  # ISG SK 3.2.3 (« článok 1 ods. 2 písm. a) »); recitals/annex points to confirm
    # --- sl
    (
        "sl",
        "Art. 55(1)(c)",
        "točka (c) člena 55(1)",
        "točka (c) člena 55(1)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 3(63)",
        "točka 63 člena 3",
        "točka 63 člena 3",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 14(3), second subparagraph",
        "drugi pododstavek člena 14(3)",
        "drugi pododstavek člena 14(3)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Arts 13, 19 and 20",
        "členi 13, 19 in 20",
        "členi 13, 19 in 20",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 73(2)-(4)",
        "člen 73(2) do (4)",
        "člen 73(2) do (4)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Recitals 110 and 111",
        "uvodni izjavi 110 in 111",
        "uvodni izjavi 110 in 111",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Annex III, point 2",
        "točka 2 Priloge III",
        "točka 2 Priloge III",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Arts 14(2)(a) and 71(2)",
        "točka (a) člena 14(2) in člen 71(2)",
        "točka (a) člena 14(2) in člen 71(2)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Chapter V",
        "poglavje V",
        "poglavje V",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    ("sl", "Art. 1", "člen 1", "člen 1"),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Arts 51(1) and 52(1)",
        "člen 51(1) in člen 52(1)",
        "člen 51(1) in člen 52(1)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Arts 64(2) and 64(10)",
        "člen 64(2) in (10)",
        "člen 64(2) in (10)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 14(2)(a)-(b)",
        "točki (a) in (b) člena 14(2)",
        "točki (a) in (b) člena 14(2)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 5(1), first indent",
        "prva alinea člena 5(1)",
        "prva alinea člena 5(1)",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Annexes I and II",
        "Prilogi I in II",
        "Prilogi I in II",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Art. 6(1) and Annex I",
        "člen 6(1) in Priloga I",
        "člen 6(1) in Priloga I",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Recital 110",
        "uvodna izjava 110",
        "uvodna izjava 110",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    (
        "sl",
        "Title III",
        "naslov III",
        "naslov III",
    ),  # EUR-Lex SL usage, smallest unit first (to confirm)
    # --- fi
    (
        "fi",
        "Art. 55(1)(c)",
        "55 artiklan 1 kohdan c alakohta",
        "55 artiklan 1 kohdan c alakohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 3(63)",
        "3 artiklan 63 kohta",
        "3 artiklan 63 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 14(3), second subparagraph",
        "14 artiklan 3 kohdan toinen alakohta",
        "14 artiklan 3 kohdan toinen alakohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Arts 13, 19 and 20",
        "13, 19 ja 20 artikla",
        "13, 19 ja 20 artikla",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 73(2)-(4)",
        "73 artiklan 2–4 kohta",
        "73 artiklan 2–4 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Recitals 110 and 111",
        "johdanto-osan 110 ja 111 kappale",
        "johdanto-osan 110 ja 111 kappale",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Annex III, point 2",
        "liitteessä III oleva 2 kohta",
        "liitteessä III oleva 2 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Arts 14(2)(a) and 71(2)",
        "14 artiklan 2 kohdan a alakohta ja 71 artiklan 2 kohta",
        "14 artiklan 2 kohdan a alakohta ja 71 artiklan 2 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Chapter V",
        "V luku",
        "V luku",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 1",
        "1 artikla",
        "1 artikla",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Arts 51(1) and 52(1)",
        "51 artiklan 1 kohta ja 52 artiklan 1 kohta",
        "51 artiklan 1 kohta ja 52 artiklan 1 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Arts 64(2) and 64(10)",
        "64 artiklan 2 ja 10 kohta",
        "64 artiklan 2 ja 10 kohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 14(2)(a)-(b)",
        "14 artiklan 2 kohdan a ja b alakohta",
        "14 artiklan 2 kohdan a ja b alakohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 5(1), first indent",
        "5 artiklan 1 kohdan ensimmäinen luetelmakohta",
        "5 artiklan 1 kohdan ensimmäinen luetelmakohta",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Annexes I and II",
        "liitteet I ja II",
        "liitteet I ja II",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Art. 6(1) and Annex I",
        "6 artiklan 1 kohta ja liite I",
        "6 artiklan 1 kohta ja liite I",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Recital 110",
        "johdanto-osan 110 kappale",
        "johdanto-osan 110 kappale",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    (
        "fi",
        "Title III",
        "III osasto",
        "III osasto",
        # ISG FI 3.2.3 (« 1 artiklan 2 kohdan a alakohta », « liitteessä olevassa 2 kohdassa »);
        # review ALL-8
    ),
    # --- sv
    (
        "sv",
        "Art. 55(1)(c)",
        "artikel 55.1 c",
        "artikel 55.1 c",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 3(63)",
        "artikel 3.63",
        "artikel 3.63",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 14(3), second subparagraph",
        "artikel 14.3 andra stycket",
        "artikel 14.3 andra stycket",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Arts 13, 19 and 20",
        "artiklarna 13, 19 och 20",
        "artiklarna 13, 19 och 20",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 73(2)-(4)",
        "artikel 73.2–73.4",
        "artikel 73.2–73.4",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Recitals 110 and 111",
        "skälen 110 och 111",
        "skälen 110 och 111",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Annex III, point 2",
        "bilaga III punkt 2",
        "bilaga III punkt 2",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Arts 14(2)(a) and 71(2)",
        "artikel 14.2 a och artikel 71.2",
        "artikel 14.2 a och artikel 71.2",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Chapter V",
        "kapitel V",
        "kapitel V",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 1",
        "artikel 1",
        "artikel 1",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Arts 51(1) and 52(1)",
        "artiklarna 51.1 och 52.1",
        "artiklarna 51.1 och 52.1",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Arts 64(2) and 64(10)",
        "artiklarna 64.2 och 64.10",
        "artiklarna 64.2 och 64.10",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 14(2)(a)-(b)",
        "artikel 14.2 a och b",
        "artikel 14.2 a och b",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 5(1), first indent",
        "artikel 5.1 första strecksatsen",
        "artikel 5.1 första strecksatsen",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Annexes I and II",
        "bilagorna I och II",
        "bilagorna I och II",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Art. 6(1) and Annex I",
        "artikel 6.1 och bilaga I",
        "artikel 6.1 och bilaga I",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Recital 110",
        "skäl 110",
        "skäl 110",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
    (
        "sv",
        "Title III",
        "avdelning III",
        "avdelning III",
        # ISG SV 3.2.3 (« artikel 2.2 a andra stycket », « artiklarna 2.2 och 3 »); annex points to
        # confirm
    ),
]

OFFICIAL_JOURNAL = [
    (
        "bg",
        "OJ L 333, 27.12.2022, p. 80",
        "ОВ L 333, 27.12.2022 г., стр. 80",
    ),  # to confirm (ISG BG 3.1 not read)
    ("bg", "OJ L 151, 7.6.2019", "ОВ L 151, 7.6.2019 г."),  # to confirm (ISG BG 3.1 not read)
    (
        "bg",
        "OJ L, 2024/1689, 12.7.2024",
        "ОВ L, 2024/1689, 12.7.2024 г.",
    ),  # to confirm (new act-by-act form)
    (
        "es",
        "OJ L 333, 27.12.2022, p. 80",
        "DO L 333 de 27.12.2022, p. 80",
    ),  # to confirm (ISG ES 3.1 not read)
    ("es", "OJ L 151, 7.6.2019", "DO L 151 de 7.6.2019"),  # to confirm (ISG ES 3.1 not read)
    (
        "es",
        "OJ L, 2024/1689, 12.7.2024",
        "DO L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("cs", "OJ L 333, 27.12.2022, p. 80", "Úř. věst. L 333, 27.12.2022, s. 80"),  # ISG CS 3.1
    ("cs", "OJ L 151, 7.6.2019", "Úř. věst. L 151, 7.6.2019"),  # ISG CS 3.1
    (
        "cs",
        "OJ L, 2024/1689, 12.7.2024",
        "Úř. věst. L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("da", "OJ L 333, 27.12.2022, p. 80", "EUT L 333 af 27.12.2022, s. 80"),  # ISG DA 3.1
    ("da", "OJ L 151, 7.6.2019", "EUT L 151 af 7.6.2019"),  # ISG DA 3.1
    (
        "da",
        "OJ L, 2024/1689, 12.7.2024",
        "EUT L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("de", "OJ L 333, 27.12.2022, p. 80", "ABl. L 333 vom 27.12.2022, S. 80"),  # ISG DE 3.1
    ("de", "OJ L 151, 7.6.2019", "ABl. L 151 vom 7.6.2019"),  # ISG DE 3.1
    ("de", "OJ L, 2024/1689, 12.7.2024", "ABl. L, 2024/1689, 12.7.2024"),  # EUR-Lex DE 32024R1689
    (
        "et",
        "OJ L 333, 27.12.2022, p. 80",
        "ELT L 333, 27.12.2022, lk 80",
    ),  # to confirm (ISG ET 3.1 not read)
    ("et", "OJ L 151, 7.6.2019", "ELT L 151, 7.6.2019"),  # to confirm (ISG ET 3.1 not read)
    (
        "et",
        "OJ L, 2024/1689, 12.7.2024",
        "ELT L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    (
        "el",
        "OJ L 333, 27.12.2022, p. 80",
        "ΕΕ L 333 της 27.12.2022, σ. 80",
    ),  # to confirm (ISG EL 3.1 not read)
    ("el", "OJ L 151, 7.6.2019", "ΕΕ L 151 της 7.6.2019"),  # to confirm (ISG EL 3.1 not read)
    (
        "el",
        "OJ L, 2024/1689, 12.7.2024",
        "ΕΕ L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("en", "OJ L 333, 27.12.2022, p. 80", "OJ L 333, 27.12.2022, p. 80"),  # ISG EN 3.1
    ("en", "OJ L 151, 7.6.2019", "OJ L 151, 7.6.2019"),  # ISG EN 3.1
    ("en", "OJ L, 2024/1689, 12.7.2024", "OJ L, 2024/1689, 12.7.2024"),  # ISG EN 3.1 / eucrim
    (
        "fr",
        "OJ L 333, 27.12.2022, p. 80",
        "JO L 333 du 27.12.2022, p. 80",
    ),  # review FR-10 (ISG FR 3.1 not read)
    ("fr", "OJ L 151, 7.6.2019", "JO L 151 du 7.6.2019"),  # review FR-10 (ISG FR 3.1 not read)
    ("fr", "OJ L, 2024/1689, 12.7.2024", "JO L, 2024/1689, 12.7.2024"),  # EUR-Lex FR 32025R0295
    ("ga", "OJ L 333, 27.12.2022, p. 80", "IO L 333, 27.12.2022, lch. 80"),  # ISG GA 3.2.4 example
    ("ga", "OJ L 151, 7.6.2019", "IO L 151, 7.6.2019"),  # ISG GA 3.2.4 example
    (
        "ga",
        "OJ L, 2024/1689, 12.7.2024",
        "IO L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("hr", "OJ L 333, 27.12.2022, p. 80", "SL L 333, 27.12.2022., str. 80."),  # ISG HR 3.1
    ("hr", "OJ L 151, 7.6.2019", "SL L 151, 7.6.2019."),  # ISG HR 3.1
    (
        "hr",
        "OJ L, 2024/1689, 12.7.2024",
        "SL L, 2024/1689, 12.7.2024.",
    ),  # to confirm (new act-by-act form)
    ("it", "OJ L 333, 27.12.2022, p. 80", "GU L 333 del 27.12.2022, pag. 80"),  # ISG IT 3.1
    ("it", "OJ L 151, 7.6.2019", "GU L 151 del 7.6.2019"),  # ISG IT 3.1
    (
        "it",
        "OJ L, 2024/1689, 12.7.2024",
        "GU L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("lv", "OJ L 333, 27.12.2022, p. 80", "OV L 333, 27.12.2022., 80. lpp."),  # ISG LV 3.1
    ("lv", "OJ L 151, 7.6.2019", "OV L 151, 7.6.2019."),  # ISG LV 3.1
    (
        "lv",
        "OJ L, 2024/1689, 12.7.2024",
        "OV L, 2024/1689, 12.7.2024.",
    ),  # to confirm (new act-by-act form)
    ("lt", "OJ L 333, 27.12.2022, p. 80", "OL L 333, 2022 12 27, p. 80"),  # ISG LT 3.1
    ("lt", "OJ L 151, 7.6.2019", "OL L 151, 2019 6 7"),  # ISG LT 3.1
    ("lt", "OJ L, 2024/1689, 12.7.2024", "OL L, 2024/1689, 2024 7 12"),  # ISG LT 3.1
    (
        "hu",
        "OJ L 333, 27.12.2022, p. 80",
        "HL L 333., 2022.12.27., 80. o.",
    ),  # to confirm (review ALL-7; ISG HU 3.1 not read)
    (
        "hu",
        "OJ L 151, 7.6.2019",
        "HL L 151., 2019.6.7.",
    ),  # to confirm (review ALL-7; ISG HU 3.1 not read)
    (
        "hu",
        "OJ L, 2024/1689, 12.7.2024",
        "HL L, 2024/1689, 2024.7.12.",
    ),  # to confirm (new act-by-act form)
    ("mt", "OJ L 333, 27.12.2022, p. 80", "ĠU L 333, 27.12.2022, p. 80"),  # ISG MT 3.1
    ("mt", "OJ L 151, 7.6.2019", "ĠU L 151, 7.6.2019"),  # ISG MT 3.1
    (
        "mt",
        "OJ L, 2024/1689, 12.7.2024",
        "ĠU L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("nl", "OJ L 333, 27.12.2022, p. 80", "PB L 333 van 27.12.2022, blz. 80"),  # ISG NL 3.1
    ("nl", "OJ L 151, 7.6.2019", "PB L 151 van 7.6.2019"),  # ISG NL 3.1
    (
        "nl",
        "OJ L, 2024/1689, 12.7.2024",
        "PB L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("pl", "OJ L 333, 27.12.2022, p. 80", "Dz.U. L 333 z 27.12.2022, s. 80"),  # ISG PL 3.1
    ("pl", "OJ L 151, 7.6.2019", "Dz.U. L 151 z 7.6.2019"),  # ISG PL 3.1
    (
        "pl",
        "OJ L, 2024/1689, 12.7.2024",
        "Dz.U. L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    (
        "pt",
        "OJ L 333, 27.12.2022, p. 80",
        "JO L 333 de 27.12.2022, p. 80",
    ),  # to confirm (ISG PT 3.1 not read)
    ("pt", "OJ L 151, 7.6.2019", "JO L 151 de 7.6.2019"),  # to confirm (ISG PT 3.1 not read)
    (
        "pt",
        "OJ L, 2024/1689, 12.7.2024",
        "JO L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("ro", "OJ L 333, 27.12.2022, p. 80", "JO L 333, 27.12.2022, p. 80"),  # ISG RO 3.2.4 example
    ("ro", "OJ L 151, 7.6.2019", "JO L 151, 7.6.2019"),  # ISG RO 3.2.4 example
    (
        "ro",
        "OJ L, 2024/1689, 12.7.2024",
        "JO L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    (
        "sk",
        "OJ L 333, 27.12.2022, p. 80",
        "Ú. v. EÚ L 333, 27.12.2022, s. 80",
    ),  # ISG SK 3.2.4 example
    ("sk", "OJ L 151, 7.6.2019", "Ú. v. EÚ L 151, 7.6.2019"),  # ISG SK 3.2.4 example
    (
        "sk",
        "OJ L, 2024/1689, 12.7.2024",
        "Ú. v. EÚ L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("sl", "OJ L 333, 27.12.2022, p. 80", "UL L 333, 27.12.2022, str. 80"),  # ISG SL 3.1
    ("sl", "OJ L 151, 7.6.2019", "UL L 151, 7.6.2019"),  # ISG SL 3.1
    (
        "sl",
        "OJ L, 2024/1689, 12.7.2024",
        "UL L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("fi", "OJ L 333, 27.12.2022, p. 80", "EUVL L 333, 27.12.2022, s. 80"),  # ISG FI 3.1
    ("fi", "OJ L 151, 7.6.2019", "EUVL L 151, 7.6.2019"),  # ISG FI 3.1
    (
        "fi",
        "OJ L, 2024/1689, 12.7.2024",
        "EUVL L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
    ("sv", "OJ L 333, 27.12.2022, p. 80", "EUT L 333, 27.12.2022, s. 80"),  # ISG SV 3.1
    ("sv", "OJ L 151, 7.6.2019", "EUT L 151, 7.6.2019"),  # ISG SV 3.1
    (
        "sv",
        "OJ L, 2024/1689, 12.7.2024",
        "EUT L, 2024/1689, 12.7.2024",
    ),  # to confirm (new act-by-act form)
]

SHORT_DATES = [
    ("bg", dt.date(2025, 8, 2), "2.8.2025"),  # to confirm
    ("es", dt.date(2025, 8, 2), "2.8.2025"),  # to confirm
    ("cs", dt.date(2025, 8, 2), "2.8.2025"),  # ISG CS 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("da", dt.date(2025, 8, 2), "2.8.2025"),  # ISG DA 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("de", dt.date(2025, 8, 2), "2.8.2025"),  # ISG DE 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("et", dt.date(2025, 8, 2), "2.8.2025"),  # to confirm
    ("el", dt.date(2025, 8, 2), "2.8.2025"),  # to confirm
    ("en", dt.date(2025, 8, 2), "2.8.2025"),  # ISG EN 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("fr", dt.date(2025, 8, 2), "2.8.2025"),  # review FR-10
    ("ga", dt.date(2025, 8, 2), "2.8.2025"),  # ISG GA 3.2.4 OJ example (d.m.yyyy)
    ("hr", dt.date(2025, 8, 2), "2.8.2025."),  # ISG HR 3.1 (« 20.8.2008. »)
    ("it", dt.date(2025, 8, 2), "2.8.2025"),  # ISG IT 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("lv", dt.date(2025, 8, 2), "2.8.2025."),  # ISG LV 3.1 (« 20.8.2008. »)
    ("lt", dt.date(2025, 8, 2), "2025 8 2"),  # ISG LT 3.1 (« 2008 8 20 »)
    ("hu", dt.date(2025, 8, 2), "2025.8.2."),  # to confirm (review ALL-9)
    ("mt", dt.date(2025, 8, 2), "2.8.2025"),  # ISG MT 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("nl", dt.date(2025, 8, 2), "2.8.2025"),  # ISG NL 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("pl", dt.date(2025, 8, 2), "2.8.2025"),  # issue 12 (« 27.12.2022 »)
    ("pt", dt.date(2025, 8, 2), "2.8.2025"),  # to confirm
    ("ro", dt.date(2025, 8, 2), "2.8.2025"),  # ISG RO 3.2.4 OJ example (d.m.yyyy)
    ("sk", dt.date(2025, 8, 2), "2.8.2025"),  # ISG SK 3.2.4 OJ example (d.m.yyyy)
    ("sl", dt.date(2025, 8, 2), "2.8.2025"),  # ISG SL 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("fi", dt.date(2025, 8, 2), "2.8.2025"),  # ISG FI 3.1 OJ examples (d.m.yyyy, no leading zeros)
    ("sv", dt.date(2025, 8, 2), "2.8.2025"),  # ISG SV 3.1 OJ examples (d.m.yyyy, no leading zeros)
]


def test_every_language_has_rows():
    for table in (PINPOINTS, OFFICIAL_JOURNAL, SHORT_DATES):
        assert {row[0] for row in table} == set(LANGS)


@pytest.mark.parametrize("lang, source, note, text", PINPOINTS)
def test_pinpoint(lang, source, note, text):
    p = parse_pinpoint(source, definitions={"3"})
    assert render_pinpoint(p, lang) == note
    assert render_pinpoint(p, lang, style="note") == note
    assert render_pinpoint(p, lang, style="text") == text


@pytest.mark.parametrize("lang, ref, expected", OFFICIAL_JOURNAL)
def test_official_journal(lang, ref, expected):
    assert render_oj(ref, lang) == expected


@pytest.mark.parametrize("lang, date, expected", SHORT_DATES)
def test_short_date(lang, date, expected):
    assert short_date(date, lang) == expected


# -- parsing ----------------------------------------------------------------------------------

PARSED = [
    ("Art. 55(1)(c)", (("article", "55"), ("paragraph", "1"), ("point", "c"))),
    ("Art. 23(4)(a)", (("article", "23"), ("paragraph", "4"), ("point", "a"))),
    ("Art. 113(b)", (("article", "113"), ("point", "b"))),
    (
        "Art. 14(3), second subparagraph",
        (("article", "14"), ("paragraph", "3"), ("subparagraph", "2")),
    ),
    ("Art. 5(1), first indent", (("article", "5"), ("paragraph", "1"), ("indent", "1"))),
    ("Recital 110", (("recital", "110"),)),
    ("Annex III, point 2", (("annex", "III"), ("point", "2"))),
    ("Annex XIII", (("annex", "XIII"),)),
    ("Chapter V", (("chapter", "V"),)),
    ("Section 2", (("section", "2"),)),
    ("Part II", (("part", "II"),)),
    ("Title III", (("title", "III"),)),
    ("point 1", (("point", "1"),)),
    (
        "Safety and Security chapter, Measure 9.3",
        (("chapter", "Safety and Security"), ("measure", "9.3")),
    ),
    (
        "Safety and Security chapter, Appendix 1.4",
        (("chapter", "Safety and Security"), ("appendix", "1.4")),
    ),
    ("List of signatories", (("named", "List of signatories"),)),
]


@pytest.mark.parametrize("text, steps", PARSED)
def test_parse_single_reference(text, steps):
    assert parse_pinpoint(text) == Pinpoint((tuple(Step(k, v) for k, v in steps),))


def test_parse_lists_and_ranges():
    assert parse_pinpoint("Arts 51(1) and 52(1)").refs == (
        (Step("article", "51"), Step("paragraph", "1")),
        (Step("article", "52"), Step("paragraph", "1")),
    )
    assert parse_pinpoint("Arts 13, 19 and 20").refs == tuple(
        (Step("article", n),) for n in ("13", "19", "20")
    )
    assert parse_pinpoint("Recitals 110 and 111").refs == (
        (Step("recital", "110"),),
        (Step("recital", "111"),),
    )
    assert parse_pinpoint("Art. 6(1) and Annex I").refs == (
        (Step("article", "6"), Step("paragraph", "1")),
        (Step("annex", "I"),),
    )
    assert parse_pinpoint("Art. 73(2)-(4)").refs == (
        (Step("article", "73"), Step("paragraph", "2", "4")),
    )
    assert parse_pinpoint("Art. 14(2)(a)-(b)").refs == (
        (Step("article", "14"), Step("paragraph", "2"), Step("point", "a", "b")),
    )


def test_definitions_article_numbers_are_points():
    assert parse_pinpoint("Art. 3(63)").refs == ((Step("article", "3"), Step("paragraph", "63")),)
    assert parse_pinpoint("Art. 3(63)", definitions={"3"}).refs == (
        (Step("article", "3"), Step("point", "63")),
    )
    # only the named article: Art. 6(1) of the same act stays a paragraph
    assert parse_pinpoint("Art. 6(1)", definitions={"3"}).refs[0][1].kind == "paragraph"


# Definitions articles of the shipped acts (their numbered subdivisions are points).
DEFINITIONS = {
    "ai-act": {"3"},
    "cra": {"3"},
    "nis2": {"6"},
    "cybersecurity-act": {"2"},
    "cyber-solidarity-act": {"2"},
}


def _shipped_pinpoints():
    found = []
    for path in sorted((REPO / "sources").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\{document: ([\w-]+), pinpoint: ([^}]*)\}", text):
            found.append(
                (f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}", m.group(1), m.group(2))
            )
    for path in sorted((REPO / "templates" / "briefings").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for start in (m.start() for m in re.finditer(r"\bcite\(", text)):
            where = f"{path.name}:{text.count(chr(10), 0, start) + 1}"
            m = re.compile(r'cite\("([\w-]+)"(?:, ("[^"]*"))?\)').match(text, start)
            assert m, f'{where}: cite() not in the form cite("doc") or cite("doc", "pinpoint")'
            if m.group(2):
                found.append((where, m.group(1), m.group(2)))
    return found


SHIPPED = _shipped_pinpoints()


def test_shipped_pinpoints_were_found():
    # the sources and templates hold well over a hundred pinpoints; a broken pattern finds none
    assert len(SHIPPED) > 150
    for where, _doc, raw in SHIPPED:
        assert re.fullmatch(r'"[^"]+"', raw.strip()), (
            f"{where}: pinpoint not a plain quoted string: {raw}"
        )


@pytest.mark.parametrize("where, doc, raw", SHIPPED, ids=[w for w, _, _ in SHIPPED])
def test_shipped_pinpoint_parses_and_renders(where, doc, raw):
    text = raw.strip().strip('"')
    p = parse_pinpoint(text, definitions=DEFINITIONS.get(doc, ()))
    assert format_source(p) == text  # the source notation is read back exactly
    for lang in LANGS:
        for style in ("note", "text"):
            out = render_pinpoint(p, lang, style)
            for ref in p.refs:
                for step in ref:
                    if (
                        step.kind in ("subparagraph", "indent")
                        or step.kind == "point"
                        and lang in ("bg", "el")
                        and step.label.isalpha()
                    ):
                        continue
                    assert step.label in out, (lang, style, text, out)


def test_named_parts_are_reported_as_english():
    p = parse_pinpoint("Safety and Security chapter, Measure 9.3")
    assert p.names == ("Safety and Security",)
    assert render_pinpoint(p, "de") == "Kapitel Safety and Security, Maßnahme 9.3"
    assert render_pinpoint(p, "fi") == "Safety and Security luvun toimenpide 9.3"
    assert parse_pinpoint("Art. 55(1)(c)").names == ()


GARBAGE = [
    ("", "empty pinpoint"),
    ("   ", "empty pinpoint"),
    ("Art.", "expected 'Art.'"),
    ("Art. 55(", "expected '(1)', '(a)'"),
    ("Art. 55(1)(c", "expected '(1)', '(a)'"),
    ("Art. fifty-five", "expected the number of the article"),
    ("Arts 55", "needs two or more numbers"),
    ("Recital 110 and 111", "a list needs the plural ('Recitals')"),
    ("Art. 55(1)(c)(i)", "sub-points such as '(i)'"),
    ("Art. 55(c)(1)", "a number in brackets must come right after the article number"),
    ("Art. 73(2)-(b)", "a range must join two numbers or two letters"),
    ("Art. 5 (1)", "expected ', ' or ' and '"),
    (" Art. 5", "stray spaces"),
    ("55(1)", "expected 'Art.'"),
    ("Art. 5; Art. 6", "expected ', ' or ' and '"),
    ("Annex 3", "expected the number of the annex"),
]


@pytest.mark.parametrize("text, message", GARBAGE)
def test_garbage_is_a_clear_error(text, message):
    with pytest.raises(ValueError) as info:
        parse_pinpoint(text)
    assert message in str(info.value)
    if text.strip():
        assert repr(text) in str(info.value)  # the message quotes what it could not read


def test_render_errors():
    p = parse_pinpoint("Art. 5")
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        render_pinpoint(p, "xx")
    with pytest.raises(ValueError, match="style must be 'note' or 'text'"):
        render_pinpoint(p, "fr", style="short")
    with pytest.raises(ValueError, match="ordinals go up to"):
        render_pinpoint(Pinpoint(((Step("article", "5"), Step("subparagraph", "9")),)), "fr")
    with pytest.raises(ValueError, match="unknown kind"):
        Pinpoint(((Step("clause", "5"),),))
    with pytest.raises(ValueError, match="at least one reference"):
        Pinpoint(())


@pytest.mark.parametrize(
    "ref",
    [
        "OJ L 333",
        "JO L 333, 27.12.2022, p. 80",
        "OJ L 333, 27/12/2022, p. 80",
        "OJ L, 1689, 12.7.2024",
        "",
    ],
)
def test_bad_official_journal_reference(ref):
    with pytest.raises(ValueError, match="cannot read Official Journal reference"):
        render_oj(ref, "fr")


def test_shipped_official_journal_references_render():
    refs = re.findall(
        r'^\s*oj: "([^"]+)"',
        (REPO / "sources" / "documents.yaml").read_text(encoding="utf-8"),
        re.M,
    )
    assert len(refs) >= 5
    for ref in refs:
        for lang in LANGS:
            out = render_oj(ref, lang)
            assert re.search(r"\b(L|C)\b", out) and "OJ" not in out or lang == "en"


def test_date_suffix():
    assert date_suffix("pl") == "\u00a0r."
    assert with_date_suffix("18 maja 2026", "pl") == "18 maja 2026\u00a0r."
    assert with_date_suffix("18 май 2026 г.", "bg") == "18 май 2026 г."  # Babel's long date has it
    assert with_date_suffix("2.8.2025", "bg") == "2.8.2025\u00a0г."
    assert all(date_suffix(lang) == "" for lang in LANGS if lang not in ("pl", "bg"))
    with pytest.raises(ValueError):
        date_suffix("xx")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("règlement sur l’IA, art. 3, point 42)", "fr", "Règlement sur l’IA, art. 3, point 42)"),
        ("« règlement »", "fr", "« Règlement »"),
        (
            "[règlement sur l’IA](https://eur-lex.europa.eu)",
            "fr",
            "[Règlement sur l’IA](https://eur-lex.europa.eu)",
        ),
        ("άρθρο 55 παράγραφος 1", "el", "Άρθρο 55 παράγραφος 1"),  # the accent stays on the capital
        ("οδηγία ΝIS 2", "el", "Οδηγία ΝIS 2"),
        ("член 55", "bg", "Член 55"),
        (
            "55. cikk (1) bekezdés",
            "hu",
            "55. cikk (1) bekezdés",
        ),  # a number starts: nothing to raise
        ("3 artiklan 63 kohta", "fi", "3 artiklan 63 kohta"),
        ("(110) preambulumbekezdés", "hu", "(110) preambulumbekezdés"),
        ("c) pont", "hu", "c) pont"),  # a point label stays as printed
        ("ijzeren regel", "nl", "IJzeren regel"),
        ("Verordnung", "de", "Verordnung"),
        ("ßtraße", "de", "ßtraße"),
        ("", "fr", ""),
        ("…", "fr", "…"),
    ],
)
def test_capitalize_first(text, lang, expected):
    assert capitalize_first(text, lang) == expected


def test_unverified_is_documented():
    """Every aspect marked as unverified in the code is listed in docs/citations.md."""
    doc = (REPO / "docs" / "citations.md").read_text(encoding="utf-8")
    section = doc.split("## Renderings to confirm", 1)[1]
    for lang, aspects in UNVERIFIED.items():
        for aspect in aspects:
            assert re.search(rf"^- `{lang}`: .*\b{re.escape(aspect)}\b", section, re.M), (
                lang,
                aspect,
            )


# -- properties -------------------------------------------------------------------------------

_num = st.integers(1, 120).map(str)
_letter = st.sampled_from("abcdefgh")
_roman = st.sampled_from(["I", "II", "III", "IV", "IX", "XIII"])


@st.composite
def _article(draw):
    steps = [Step("article", draw(_num))]
    if draw(st.booleans()):
        par = draw(_num)
        if draw(st.integers(0, 4)) == 0:
            steps.append(Step("paragraph", par, str(int(par) + draw(st.integers(1, 3)))))
            return tuple(steps)
        steps.append(Step("paragraph", par))
        if draw(st.booleans()):
            steps.append(Step("subparagraph", str(draw(st.integers(1, 5)))))
    if draw(st.booleans()):
        steps.append(Step("point", draw(_letter)))
    return tuple(steps)


_single = st.one_of(
    _article(),
    _num.map(lambda n: (Step("recital", n),)),
    st.tuples(_roman, st.none() | _num).map(
        lambda a: (Step("annex", a[0]),) + ((Step("point", a[1]),) if a[1] else ())
    ),
    _roman.map(lambda r: (Step("chapter", r),)),
)


@st.composite
def _pinpoint(draw):
    kind = draw(st.sampled_from(["one", "articles", "recitals", "mixed"]))
    if kind == "one":
        return Pinpoint((draw(_single),))
    if kind == "articles":
        return Pinpoint(tuple(draw(st.lists(_article(), min_size=2, max_size=3))))
    if kind == "recitals":
        nums = draw(st.lists(_num, min_size=2, max_size=3))
        return Pinpoint(tuple((Step("recital", n),) for n in nums))
    return Pinpoint((draw(_article()), (Step("annex", draw(_roman)),)))


@settings(max_examples=300, deadline=None)
@given(_pinpoint())
def test_source_notation_round_trips(p):
    assert parse_pinpoint(format_source(p)) == p


@settings(max_examples=150, deadline=None)
@given(_pinpoint(), st.sampled_from(LANGS), st.sampled_from(["note", "text"]))
def test_every_rendering_keeps_every_number(p, lang, style):
    out = render_pinpoint(p, lang, style)
    assert out and out == out.strip() and "  " not in out and "{" not in out
    for ref in p.refs:
        for step in ref:
            if step.kind == "subparagraph" or (
                step.kind == "point" and step.label.isalpha() and lang in ("bg", "el")
            ):
                continue
            assert step.label in out
            if step.to:
                assert step.to in out


@settings(max_examples=100, deadline=None)
@given(st.dates(dt.date(1952, 12, 30), dt.date(2100, 1, 1)), st.sampled_from(LANGS))
def test_short_date_has_no_leading_zero_and_keeps_the_date(d, lang):
    text = short_date(d, lang)
    numbers = [int(x) for x in re.findall(r"\d+", text)]
    assert sorted(numbers) == sorted([d.day, d.month, d.year])
    assert not re.search(r"(?<!\d)0\d", text)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 999),
    st.dates(dt.date(1968, 1, 1), dt.date(2023, 9, 30)),
    st.integers(1, 999),
    st.sampled_from(LANGS),
)
def test_old_style_reference_keeps_number_date_and_page(number, d, page, lang):
    ref = f"OJ L {number}, {d.day}.{d.month}.{d.year}, p. {page}"
    out = render_oj(ref, lang)
    assert str(number) in out and str(page) in out and short_date(d, lang) in out
