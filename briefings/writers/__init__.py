"""Writers: Document to bytes, one per output format, all with one signature.

Every writer has `write(doc, ctx) -> bytes`. The registry below (`briefings.writers.registry`) names
them, says how each is set up once per process, and in which order a unit's files are
written (the web page last: it links the unit's other files with their sizes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from .. import model as m


@dataclass(frozen=True)
class WriteContext:
    """What a writer needs besides the Document."""

    when: dt.datetime  # SOURCE_DATE_EPOCH or the pack date, never the wall clock
    page: Any = None  # the web page's place in the site (writers.html.Page), HTML only
    sizes: dict[str, int] = field(default_factory=dict)  # bytes of the unit's other files
    coverage: Any = None  # the composed unit's coverage.Coverage (else measured again)


class Writer(Protocol):
    def write(self, doc: m.Document, ctx: WriteContext) -> bytes: ...
