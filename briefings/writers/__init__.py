"""Writers: Document to bytes, one per output format (html, docx, md, pdf)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class WriteContext:
    """What a writer needs besides the Document (the writer-registry signature
    `write(doc, ctx) -> bytes`): the build's fixed date, for reproducible bytes."""

    when: dt.datetime            # SOURCE_DATE_EPOCH or the pack date, never the wall clock
