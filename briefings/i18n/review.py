"""Revisers' sign-offs, and what each document says about its translation.

`briefings i18n review --pack P --lang L [--document D] --by NAME` records that a reviser
approved the current text of a document in a language: `locales/<lang>/reviews.yaml` gets,
per (pack, document), who, when, and the SHA-256 of what was approved. What was approved is
the composed Document as a reader sees it (every block, note, reference, title and
interface label, in that language), so any later change to the English, the translation, a
fact's date or value, a term or a title changes the digest and voids the sign-off; `status`
then says so, and the document says "not yet revised" again.

The file is read as untrusted input (the YAML loader's limits; every field checked, with its
line); it is written only by `review`, atomically.

A document's translation status, shown in its metadata (HTML, DOCX, PDF, Markdown) as
"Translation: …":
- "revised by NAME, DATE": a sign-off whose digest matches;
- "machine-assisted, not yet revised": some entry the document uses carries the translator
  comment `catalogs.MACHINE_MARK` (no human has translated it);
- "by NAME, not yet revised": otherwise, NAME being the catalogue's Last-Translator;
- "not yet revised": the same without a translator's name.
A void sign-off (the text changed since) counts as none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from .. import model as m
from ..errors import BriefingsError, Problems, rel
from ..project import ProjectLayout

REVISER_NAME = re.compile(r"[^\x00-\x1f\x7f<>{}\[\]\\]{1,120}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def reviews_path(root: Path, lang: str) -> Path:
    return ProjectLayout(root).reviews(lang)


@dataclass(frozen=True)
class Review:
    pack: str
    document: str
    by: str
    date: dt.date
    digest: str
    line: int | None = None


class ReviewDict(TypedDict):
    """A ReviewState as `i18n status --format json` shows it."""

    review: str
    machine_assisted: bool
    translator: str | None
    reviser: str | None
    review_date: str | None


@dataclass(frozen=True)
class ReviewState:
    """A composed document's translation status (see the module's docstring)."""

    review: str  # 'revised', 'void' (the text changed since), 'none'
    machine: bool = False  # some entry it uses is machine-assisted
    translator: str = ""  # the catalogue's Last-Translator name, if any
    by: str = ""  # the reviser (revised, void)
    date: dt.date | None = None  # of the sign-off (revised, void)

    @property
    def revised(self) -> bool:
        return self.review == "revised"

    def as_dict(self) -> ReviewDict:
        return {
            "review": self.review,
            "machine_assisted": self.machine,
            "translator": self.translator or None,
            "reviser": self.by or None,
            "review_date": self.date.isoformat() if self.date else None,
        }

    def line(self, labels: Mapping[str, str], date_text: Callable[[dt.date], str]) -> str:
        """The metadata line in the reader's language: 'Translation: …' (`date_text` formats
        the sign-off's date in that language)."""
        if self.revised:
            assert self.date is not None  # state_of() gives every 'revised' its sign-off's date
            status = (
                labels["status_revised"]
                .replace("{name}", self.by)
                .replace("{date}", date_text(self.date))
            )
        elif self.machine:
            status = labels["status_machine"]
        elif self.translator:
            status = labels["status_translated_by"].replace("{name}", self.translator)
        else:
            status = labels["status_translated"]
        return status


def digest(doc: m.Document) -> str:
    """SHA-256 of what a reader sees of a composed Document (its translation status aside)."""
    meta = dataclasses.replace(doc.meta, translation="")
    # the headlines count under the labels' key they had (a sign-off stays valid across that)
    shown: dict[str, object] = {**doc.labels}
    if doc.headlines:
        shown["product_caps"] = dict(doc.headlines)
    labels = sorted((k, repr(v)) for k, v in shown.items())
    text = repr((meta, doc.blocks, doc.footnotes, doc.references, labels))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_reviews(root: Path, lang: str, problems: Problems) -> dict[tuple[str, str], Review]:
    """The sign-offs of a language by (pack, document); a malformed file is a problem."""
    from ..sources.yamlread import load_yaml

    path = reviews_path(root, lang)
    if not path.exists() and not path.is_symlink():
        return {}
    file = rel(path, root)
    try:
        data = load_yaml(path, root)
    except BriefingsError as exc:
        problems.extend(exc.problems)
        return {}
    items = (data or {}).get("reviews") if isinstance(data, dict) else None
    if data is not None and not isinstance(items, list):
        problems.add(
            "expected a mapping with a list 'reviews:'", file=file, line=getattr(data, "line", None)
        )
        return {}
    out: dict[tuple[str, str], Review] = {}
    lines = getattr(items, "lines", None)  # a LinedList's, from the YAML loader
    for i, item in enumerate(items or []):
        line = lines[i] if lines is not None else None
        review = _review(item, file, line, problems)
        if review is not None:
            key = (review.pack, review.document)
            if key in out:
                problems.add(
                    f"a second sign-off for {review.pack}/{review.document} (the first is at line "
                    f"{out[key].line})",
                    file=file,
                    line=line,
                    entry=f"reviews[{i}]",
                )
                continue
            out[key] = review
    return out


def _review(item: object, file: str, line: int | None, problems: Problems) -> Review | None:
    entry = f"review at line {line}"

    def problem(message: str, field: str | None = None, at: int | None = line) -> None:
        problems.add(message, file=file, line=at, entry=entry, field=field)

    if not isinstance(item, dict):
        problem("expected a mapping (pack, document, by, date, sha256)")
        return None
    fields: dict[str, str] = {}
    item_lines = getattr(item, "lines", None)  # a LinedDict's, from the YAML loader
    for name in ("pack", "document", "by", "date", "sha256"):
        value = item.get(name)
        if not isinstance(value, str) or not value.strip():
            at = item_lines.get(name, line) if item_lines is not None else line
            problem("missing or not text", field=name, at=at)
            return None
        fields[name] = value.strip()
    extra = sorted(set(item) - {"pack", "document", "by", "date", "sha256"})
    if extra:
        problem(f"unknown field(s) {', '.join(map(str, extra))}")
        return None
    if not REVISER_NAME.fullmatch(fields["by"]):
        problem(
            "a name of at most 120 characters, without control characters or <>{}[]\\",
            field="by",
        )
        return None
    try:
        date = dt.date.fromisoformat(fields["date"])
    except ValueError:
        problem(f"not a date (YYYY-MM-DD): {fields['date'][:20]!r}", field="date")
        return None
    if not _DIGEST.fullmatch(fields["sha256"]):
        problem("not a SHA-256 digest (64 hexadecimal digits)", field="sha256")
        return None
    return Review(fields["pack"], fields["document"], fields["by"], date, fields["sha256"], line)


def state_of(review: Review | None, doc_digest: str, machine: bool, translator: str) -> ReviewState:
    """A document's translation status from its sign-off (if any) and its entries."""
    if review is None:
        return ReviewState("none", machine, translator)
    current = review.digest == doc_digest
    return ReviewState(
        "revised" if current else "void", machine, translator, review.by, review.date
    )


def translator_name(header: str | None) -> str:
    """The name in a PO Last-Translator header, or '' for Babel's placeholder or none."""
    name = (header or "").split("<", 1)[0].strip()
    return "" if not name or name.upper() == "FULL NAME" else name[:120]


def record(root: Path, lang: str, reviews: list[Review]) -> Path:
    """Write the language's sign-offs (replacing those of the same pack and document)."""
    from ..safefs import write_atomic

    problems = Problems()
    current = load_reviews(root, lang, problems)
    if problems.errors:
        raise BriefingsError(problems.errors)
    for review in reviews:
        current[(review.pack, review.document)] = review
    lines = [
        "# Revisers' sign-offs, written by `briefings i18n review`: who approved which document's",
        "# text in this language, and the SHA-256 of what they approved. A change to the text",
        "# voids a sign-off (`briefings i18n status` shows it).",
        "reviews:",
    ]
    for (pack, document), review in sorted(current.items()):
        lines += [
            f"  - pack: {_quoted(pack)}",
            f"    document: {_quoted(document)}",
            f"    by: {_quoted(review.by)}",
            f"    date: '{review.date.isoformat()}'",
            f"    sha256: '{review.digest}'",
        ]
    path = reviews_path(root, lang)
    write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
