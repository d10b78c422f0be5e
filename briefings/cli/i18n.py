"""`briefings i18n …`: extract, init, update, compile, status."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, TypeVarTuple, Unpack

import click

if TYPE_CHECKING:
    from ..i18n.workflow import DocumentStatus
    from .common import Context

_R = TypeVar("_R")
_Args = TypeVarTuple("_Args")


def _obj() -> Context:
    obj: Context = click.get_current_context().obj  # set by the main group
    return obj


def _run(func: Callable[[Path, Unpack[_Args]], _R], *args: *_Args) -> _R:
    from .common import run

    result: _R = run(func, _obj().root, *args, debug=_obj().debug)  # func's own result
    return result


def _echo_paths(paths: Iterable[Path], verb: str) -> None:
    from ..errors import rel

    for path in paths:
        click.echo(f"{verb} {rel(path, _obj().root)}")


@click.group()
def i18n() -> None:
    """Translation catalogues: gettext PO files in locales/, for Poedit, Weblate or CAT tools.

    \b
    Catalogues of a language (locales/<lang>/LC_MESSAGES/):
      messages.po  interface text (labels, page footer, switcher), with plural forms
      <pack>.po    one per pack: its documents' headings, paragraphs, list items, table
                   cells, the facts and timeline labels they use, its titles
    Translator's path: `i18n init pl`, translate the PO files in any PO editor (or
    `i18n export` an XLIFF for a CAT tool), `build --lang pl`, `i18n status`, and a
    reviser's `i18n review`. See docs/translating.md.
    """


@i18n.command()
def extract() -> None:
    """Write locales/messages.pot and locales/<pack>.pot from the sources (deterministic)."""
    from ..i18n.workflow import extract as do

    _echo_paths(_run(do), "wrote")


@i18n.command()
@click.argument("lang")
@click.option("--force", is_flag=True, help="Overwrite existing PO files.")
@click.option(
    "--pack",
    "packs",
    metavar="ID[,ID…]",
    help="Only these packs' catalogues (and messages.po); default: every pack published in LANG.",
)
def init(lang: str, force: bool, packs: str | None) -> None:
    """Start catalogues for LANG (e.g. pl): messages.po and one per pack, with the right header
    and plural forms. Existing files are kept (`i18n update` merges changes)."""
    from ..i18n.catalogs import MESSAGES
    from ..i18n.workflow import init as do
    from ..project import ProjectLayout
    from .fast import csv_list

    names = [MESSAGES, *(csv_list(packs) or [])] if packs else None
    created = _run(do, lang, force, names)
    _echo_paths(created, "created")
    kept = [
        p
        for p in ProjectLayout(_obj().root).catalogue_files(lang)
        if p not in created and not force and (names is None or p.stem in names)
    ]
    _echo_paths(kept, "kept (already there; `i18n update` merges changes)")


@i18n.command()
def update() -> None:
    """Merge source changes into every PO file (changed units become fuzzy, with the previous
    msgid)."""
    from ..i18n.workflow import update as do

    paths = _run(do)
    _echo_paths([p for p in paths if p.exists()], "updated")
    _echo_paths(
        [p for p in paths if not p.exists()], "split into the packs' catalogues and removed"
    )
    if not paths:
        click.echo("all catalogues are up to date")


@i18n.command("compile")
def compile_() -> None:
    """Compile PO files to .mo for other gettext tools (builds compile in memory)."""
    from ..i18n.workflow import compile_mo as do

    _echo_paths(_run(do), "compiled")


@i18n.command()
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="Only these languages.")
@click.option("--pack", "packs", metavar="ID[,ID…]", help="Only these packs.")
@click.option(
    "--catalogues",
    is_flag=True,
    help="Per PO file instead (messages.po and each pack's): entries translated, fuzzy, "
    "untranslated and obsolete.",
)
@click.option("--documents", is_flag=True, hidden=True)  # the default view; kept for scripts
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def status(
    langs: str | None, packs: str | None, catalogues: bool, documents: bool, fmt: str
) -> None:
    """Per pack, language and document: the entries it uses translated, fuzzy and untranslated
    (units and English words: what translation is planned and paid by), the share of what a
    reader sees that is in the language (rounded down: 100 % only when nothing is shown in
    English), whether it is published under the pack's gate, and its revision."""
    from ..i18n.workflow import document_status
    from ..i18n.workflow import status as do
    from ..languages import BY_CODE
    from .fast import csv_list

    if not catalogues:
        rows = _run(document_status, csv_list(packs), csv_list(langs))
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        click.echo(
            f"{'pack/document':<34} {'lang':<4} {'done':>5} {'units':>8} {'fuzzy':>5} "
            f"{'words':>6} {'to do':>6}  {'published':<22} revision"
        )
        for r in rows:
            name = f"{r['pack']}/{r['document']}"
            if "error" in r:
                click.echo(f"{name:<34} {r['lang']:<4} error: {r['error']}")
                continue
            e = r["entries"]
            total = sum(v["units"] for v in e.values())
            todo = e["fuzzy"]["words"] + e["untranslated"]["words"]
            if r["published"]:
                shown = "yes"
            elif r["percent"] < r["publish_threshold"]:
                shown = f"no (below {r['publish_threshold']} %)"
            else:
                shown = "no (not revised)"
            done = e["translated"]["units"]
            words = sum(v["words"] for v in e.values())
            click.echo(
                f"{name:<34} {r['lang']:<4} {r['percent']:>4}% {done:>3}/{total:<4} "
                f"{e['fuzzy']['units']:>5} {words:>6} {todo:>6}  "
                f"{shown:<22} {_revision(r)}"
            )
        return
    catalogues_rows = _run(do, csv_list(langs))
    if fmt == "json":
        click.echo(json.dumps([c.as_dict() for c in catalogues_rows], ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{'language':<22} {'catalogue':<20} {'done':>6} {'fuzzy':>6} {'todo':>6} "
        f"{'obsolete':>8}  total"
    )
    for c in catalogues_rows:
        name = f"{c.lang} {BY_CODE[c.lang].native}"
        click.echo(
            f"{name:<22} {c.domain:<20} {c.percent:>5}% {c.fuzzy:>6} {c.untranslated:>6} "
            f"{c.obsolete:>8}  {c.total}"
        )


def _revision(row: DocumentStatus) -> str:
    if not row["entries"]["translated"]["units"] and not row["entries"]["fuzzy"]["units"]:
        return "not translated"
    if row.get("review") == "revised":
        return f"revised by {row['reviser']}, {row['review_date']}"
    void = (
        f"; {row['reviser']}'s revision of {row['review_date']} is void (changed since)"
        if row.get("review") == "void"
        else ""
    )
    if row.get("machine_assisted"):
        return "machine-assisted, not revised" + void
    by = f"by {row['translator']}, " if row.get("translator") else ""
    return f"{by}not revised{void}"


@i18n.command()
@click.option("--pack", "pack", metavar="PACK", required=True, help="The pack.")
@click.option(
    "--lang", "lang", metavar="CODE", required=True, help="The language whose text was revised."
)
@click.option(
    "--document", metavar="DOC", help="Only this document (default: every document of the pack)."
)
@click.option(
    "--by",
    "by",
    metavar="NAME",
    required=True,
    help="The reviser's name, as the documents will show it.",
)
def review(pack: str, lang: str, document: str | None, by: str) -> None:
    """Record that a reviser approved the current text of a pack's documents in LANG: stored in
    locales/<lang>/reviews.yaml with a digest of what was approved. Any later change to the
    English, the translation or the facts voids it (`i18n status` shows it); a pack with
    `require_review: true` publishes a language's document only while its sign-off holds."""
    from ..i18n.workflow import review as do

    path, docs = _run(do, pack, lang, by, document)
    for doc in docs:
        click.echo(f"recorded: {pack}/{doc} in {lang} revised by {' '.join(by.split())}")
    _echo_paths([path], "wrote")


def _write_out(data: bytes, out: Path | None) -> None:
    """The file at `out` (atomically), or standard output."""
    if out is None:
        click.echo(data, nl=False)  # bytes go to the binary stream as they are
        return
    from ..safefs import write_atomic

    def write(_root: Path) -> None:
        try:
            write_atomic(out, data)
        except OSError as exc:
            from ..errors import EnvironmentFailure, Problem

            raise EnvironmentFailure(
                Problem(f"cannot write: {exc.strerror or exc}", file=str(out))
            ) from None

    _run(write)
    click.echo(f"wrote {out}", err=True)


@i18n.command("export")
@click.option(
    "--pack",
    "pack",
    metavar="PACK",
    help="The pack (required for XLIFF; TMX: all packs by default).",
)
@click.option(
    "--lang",
    "langs",
    metavar="CODE[,CODE…]",
    help="The target language (XLIFF: one; TMX: all by default).",
)
@click.option(
    "--document",
    metavar="DOC",
    help="XLIFF: only this document of the pack (and the pack's own texts).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["xliff", "tmx"]), default="xliff", show_default=True
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
def export_(
    pack: str | None, langs: str | None, document: str | None, fmt: str, out: Path | None
) -> None:
    """XLIFF 1.2 of one pack in one language for CAT tools (Trados Studio, memoQ, Phrase), or
    TMX 1.4 of the translated units of every pack and language for translation memories."""
    from ..errors import Problem, UsageError
    from ..i18n.exchange import export_tmx, export_xliff
    from .fast import csv_list

    codes = csv_list(langs)

    def export(root: Path) -> bytes:
        if fmt == "tmx":
            if document:
                raise UsageError(
                    Problem(
                        "a TMX is made per pack or for all packs, not per document",
                        entry="--document",
                    )
                )
            return export_tmx(root, [pack] if pack else None, codes)
        if not pack or not codes or len(codes) != 1:
            raise UsageError(
                Problem("XLIFF needs --pack PACK and one --lang CODE", entry="--format xliff")
            )
        return export_xliff(root, pack, codes[0], document)

    data = _run(export)
    _write_out(data, out)


@i18n.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--translator",
    metavar="'NAME <EMAIL>'",
    help="Last-Translator for the PO header (default: from the XLIFF header).",
)
@click.option(
    "--team",
    metavar="TEAM",
    help="Language-Team for the PO header (default: from the XLIFF header).",
)
def import_(file: Path, translator: str | None, team: str | None) -> None:
    """Bring an XLIFF file back: every changed target is checked like a PO translation; the
    content PO is written only if all pass (nothing is written on any error)."""
    from ..i18n.exchange import import_xliff
    from .common import report_problems

    done = _run(import_xliff, file, translator, team)
    if done.warnings:
        report_problems(done.warnings)
    if done.path is None:
        click.echo("no change: the catalogue already has every translation of the file")
    else:
        _echo_paths(
            [done.path],
            f"updated {len(done.changed)} entr{'y' if len(done.changed) == 1 else 'ies'} in",
        )


@i18n.command("terms")
@click.option(
    "--format", "fmt", type=click.Choice(["tbx", "csv"]), default="tbx", show_default=True
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
def terms_(fmt: str, out: Path | None) -> None:
    """The glossary (sources/glossary.yaml and sources/glossary/) as TBX-Basic or CSV, one
    concept per term."""
    from ..i18n.terms import terms_csv, terms_tbx

    _write_out(_run(terms_tbx if fmt == "tbx" else terms_csv), out)
