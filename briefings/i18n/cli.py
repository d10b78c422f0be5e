"""`briefings i18n …`: extract, init, update, compile, status."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _obj():
    return click.get_current_context().obj


def _run(func, *args):
    from ..cli import run
    return run(func, _obj().root, *args, debug=_obj().debug)


def _echo_paths(paths, verb: str):
    from ..errors import rel
    for path in paths:
        click.echo(f"{verb} {rel(path, _obj().root)}")


@click.group()
def i18n():
    """Translation catalogues: gettext PO files in locales/, for Poedit, Weblate or CAT tools.

    \b
    Two domains:
      messages  interface text (labels, disclaimer, page footer), with plural forms
      content   the briefings' headings, paragraphs, list items, table cells, and fact texts
    Translator's path: `i18n init pl`, translate locales/pl/LC_MESSAGES/*.po in any PO
    editor, `build --lang pl`, `i18n status`.
    """


@i18n.command()
def extract():
    """Write locales/messages.pot and locales/content.pot from the sources (deterministic)."""
    from .workflow import extract as do
    _echo_paths(_run(do), "wrote")


@i18n.command()
@click.argument("lang")
@click.option("--force", is_flag=True, help="Overwrite existing PO files.")
@click.option("--domain", type=click.Choice(["messages", "content", "all"]), default="all", show_default=True)
def init(lang, force, domain):
    """Start catalogues for LANG (e.g. pl), with the right header and plural forms."""
    from ..i18n.catalogs import po_path
    from .workflow import init as do
    domains = ("messages", "content") if domain == "all" else (domain,)
    existing = [d for d in domains if po_path(_obj().root, lang, d).exists() and not force]
    _echo_paths(_run(do, lang, force, domains), "created")
    if existing and len(existing) < len(domains):
        _echo_paths([po_path(_obj().root, lang, d) for d in existing], "kept (already there; `i18n update` merges changes)")


@i18n.command()
def update():
    """Merge source changes into every PO file (changed units become fuzzy, with the previous msgid)."""
    from .workflow import update as do
    paths = _run(do)
    _echo_paths(paths, "updated")
    if not paths:
        click.echo("all catalogues are up to date")


@i18n.command("compile")
def compile_():
    """Compile PO files to .mo for other gettext tools (builds compile in memory)."""
    from .workflow import compile_mo as do
    _echo_paths(_run(do), "compiled")


@i18n.command()
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="Only these languages.")
@click.option("--pack", "packs", metavar="ID[,ID…]", help="Only these packs (documents view).")
@click.option("--documents", is_flag=True,
              help="Per pack, document and language instead: words and units translated or shown in "
                   "English (everything a reader sees), and whether the document is published under the gate.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def status(langs, packs, documents, fmt):
    """Per language and domain: translated, fuzzy, untranslated, obsolete, and percentage
    (rounded down: 100 % only when nothing is missing or fuzzy). With --documents, per document."""
    from ..cli import _csv
    from ..languages import BY_CODE
    from .workflow import document_status, status as do
    if documents or packs:
        rows = _run(document_status, _csv(packs), _csv(langs))
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        click.echo(f"{'pack/document':<40} {'lang':<4} {'words':>6} {'in EN':>6} {'done':>5}  "
                   f"{'units':>9}  published")
        for r in rows:
            name = f"{r['pack']}/{r['document']}"
            if "error" in r:
                click.echo(f"{name:<40} {r['lang']:<4} error: {r['error']}")
                continue
            units = f"{r['units_translated']}/{r['units_translated'] + r['units_untranslated']}"
            shown = "yes" if r["published"] else f"no (below {r['publish_threshold']} %)"
            click.echo(f"{name:<40} {r['lang']:<4} {r['words']:>6} {r['words_untranslated']:>6} "
                       f"{r['percent']:>4}%  {units:>9}  {shown}")
        return
    rows = _run(do, _csv(langs))
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(f"{'language':<22} {'domain':<9} {'done':>6} {'fuzzy':>6} {'todo':>6} {'obsolete':>8}  total")
    for r in rows:
        name = f"{r.lang} {BY_CODE[r.lang].native}"
        click.echo(f"{name:<22} {r.domain:<9} {r.percent:>5}% {r.fuzzy:>6} {r.untranslated:>6} {r.obsolete:>8}  {r.total}")


def _write_out(data: bytes, out) -> None:
    """The file at `out` (atomically), or standard output."""
    if out is None:
        click.echo(data, nl=False)          # bytes go to the binary stream as they are
        return
    from .workflow import _write_atomic

    def write(_root):
        try:
            _write_atomic(out, data)
        except OSError as exc:
            from ..errors import EnvironmentFailure, Problem
            raise EnvironmentFailure(Problem(f"cannot write: {exc.strerror or exc}", file=str(out))) from None
    _run(write)
    click.echo(f"wrote {out}", err=True)


@i18n.command("export")
@click.option("--pack", "pack", metavar="PACK", help="The pack (required for XLIFF; TMX: all packs by default).")
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="The target language (XLIFF: one; TMX: all by default).")
@click.option("--document", metavar="DOC", help="XLIFF: only this document of the pack (and the pack's own texts).")
@click.option("--format", "fmt", type=click.Choice(["xliff", "tmx"]), default="xliff", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
def export_(pack, langs, document, fmt, out):
    """XLIFF 1.2 of one pack in one language for CAT tools (Trados Studio, memoQ, Phrase), or TMX 1.4
    of the translated units of every pack and language for translation memories."""
    from ..cli import _csv
    from ..errors import Problem, UsageError
    from .exchange import export_tmx, export_xliff
    codes = _csv(langs)

    def export(root):
        if fmt == "tmx":
            if document:
                raise UsageError(Problem("a TMX is made per pack or for all packs, not per document",
                                         entry="--document"))
            return export_tmx(root, [pack] if pack else None, codes)
        if not pack or not codes or len(codes) != 1:
            raise UsageError(Problem("XLIFF needs --pack PACK and one --lang CODE", entry="--format xliff"))
        return export_xliff(root, pack, codes[0], document)
    data = _run(export)
    _write_out(data, out)


@i18n.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--translator", metavar="'NAME <EMAIL>'", help="Last-Translator for the PO header (default: from the XLIFF header).")
@click.option("--team", metavar="TEAM", help="Language-Team for the PO header (default: from the XLIFF header).")
def import_(file, translator, team):
    """Bring an XLIFF file back: every changed target is checked like a PO translation; the
    content PO is written only if all pass (nothing is written on any error)."""
    from ..cli import report_problems
    from .exchange import import_xliff
    done = _run(import_xliff, file, translator, team)
    if done.warnings:
        report_problems(done.warnings)
    if done.path is None:
        click.echo("no change: the catalogue already has every translation of the file")
    else:
        _echo_paths([done.path], f"updated {len(done.changed)} entr{'y' if len(done.changed) == 1 else 'ies'} in")


@i18n.command("terms")
@click.option("--format", "fmt", type=click.Choice(["tbx", "csv"]), default="tbx", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
def terms_(fmt, out):
    """The glossary (sources/glossary.yaml and sources/glossary/) as TBX-Basic or CSV, one concept per term."""
    from .terms import terms_csv, terms_tbx
    _write_out(_run(terms_tbx if fmt == "tbx" else terms_csv), out)
