"""The output formats: one registration per writer.

A format is a name, a way to set its writer up once per process (from the project's
files), whether the web page offers it as a download, and what it adds to a unit's
inputs. The build writes a unit's files in `WRITE_ORDER` (the web page last: it links the
others with their sizes) and knows formats only through this table: a new format is a new
writer module plus one line here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Container
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BriefingsError, Problem, rel
from ..project import NAMES, ProjectLayout
from . import Writer

if TYPE_CHECKING:
    from ..sources.library import Library


def _html(root: Path, lib: Library | None) -> Writer:
    import jinja2

    from ..safefs import UnsafeFile, check_file, walk_files
    from .html import HtmlWriter

    # layouts: regular files inside the project
    layouts = ProjectLayout(root).layouts
    for path in walk_files(layouts):
        try:
            check_file(path, root)
        except UnsafeFile as exc:
            raise BriefingsError(
                Problem(f"cannot read layout: {exc.reason}", file=rel(path, root))
            ) from None
    try:
        return HtmlWriter(layouts)
    except jinja2.TemplateNotFound as exc:
        raise BriefingsError(
            Problem("layout missing", file=f"{NAMES.layouts.as_posix()}/{exc.name}")
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise BriefingsError(
            Problem(
                f"layout syntax: {exc.message}",
                file=(NAMES.layouts / (exc.name or "briefing.html")).as_posix(),
                line=exc.lineno,
            )
        ) from None


def _docx(root: Path, lib: Library | None) -> Writer:
    from ..safefs import UnsafeFile, check_file
    from .docx import DocxWriter

    path = ProjectLayout(root).reference_docx
    file = NAMES.reference_docx.as_posix()
    if not os.path.lexists(path):
        raise BriefingsError(
            Problem("reference document missing (regenerate it with `make reference`)", file=file)
        )
    try:
        check_file(path, root)
    except UnsafeFile as exc:
        raise BriefingsError(
            Problem(f"cannot read the reference document: {exc.reason}", file=file)
        ) from None
    check = DocxWriter.check_reference(path)
    if check.problems:
        raise BriefingsError([Problem(problem, file=file) for problem in check.problems])
    house = lib.house if lib is not None else None
    logo = house.profile.logo if house else None
    png = (root / logo.word_image).read_bytes() if logo and logo.word_image else None
    colours = house.profile.colours if house else None  # as the web pages' and the PDF's
    if colours is None:
        return DocxWriter(path, png)
    return DocxWriter(path, png, accent=colours.accent, accent_dark=colours.accent_dark)


def _pdf(root: Path, lib: Library | None) -> Writer:
    from .pdf import Logo, PdfWriter  # Typst loads only in the writer's compile server

    house = lib.house if lib is not None else None
    logo = house.profile.logo if house else None
    accent = house.profile.colours.accent if house else None  # as the web pages' accent
    if logo is None:
        return PdfWriter(accent=accent)
    # vector where there is one; else the file is a PNG (house.Logo checks), so is word_image
    name = logo.file if logo.file.endswith(".svg") else (logo.png or logo.file)
    return PdfWriter(logo=Logo((root / name).read_bytes(), name.rsplit(".", 1)[1]), accent=accent)


def _md(root: Path, lib: Library | None) -> Writer:
    from .md import MarkdownWriter

    return MarkdownWriter()


@dataclass(frozen=True)
class Format:
    name: str
    # (project root, library) -> writer, once per process
    setup: Callable[[Path, Library | None], Writer]
    download: str | None = None  # the label key when the web page offers the file
    describe: str = ""


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("html", _html, describe="the web page"),
        Format("docx", _docx, "Word document", "an editable Word file"),
        Format("pdf", _pdf, "PDF document", "tagged PDF/UA-1"),
        Format("md", _md, describe="Markdown (pandoc's dialect) for other tools"),
    )
}
WRITE_ORDER = ("docx", "pdf", "md", "html")
DOWNLOADS = tuple(f for f in WRITE_ORDER if FORMATS[f].download)  # what a web page links


def ordered(formats: Container[str]) -> list[str]:
    """`formats` in the order a unit's files are written."""
    return [f for f in WRITE_ORDER if f in formats]
