"""The click application behind `briefings`: thin wrappers over build, check, i18n and
serve (`briefings.cli.entry` answers a no-change build before loading it)."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import __version__
from ..errors import BriefingsError, UsageError, safe_text
from ..project import NAMES, ProjectLayout
from .common import EXIT_CONTENT, EXIT_INTERNAL, EXIT_USAGE, Context, report_problems, run
from .fast import (
    base_url_problem,
    csv_list,
    format_problem,
    formats_of,
    site_folder,
    site_is_current,
)

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # what click.progressbar() returns

    from ..build.builder import Unit


class _Commands(click.Group):
    """The group, with `i18n` and `serve` imported only when they are asked for: `briefings
    build` with nothing to do then loads neither (serve alone pulls in http.server, ssl and
    email, a third of the start-up)."""

    LAZY = {"i18n": ".i18n", "serve": ".serve"}  # command name -> module in this package

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            module = importlib.import_module(self.LAZY[cmd_name], __package__)
            self.add_command(getattr(module, cmd_name))
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="The project folder (holding sources/, templates/, locales/).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors (for reporting bugs).")
@click.pass_context
def main(ctx: click.Context, root: Path, debug: bool) -> None:
    """Turn cited source facts and templates into multilingual briefing packs
    (DOCX, HTML, tagged PDF, static site).

    \b
    Typical use:
      briefings check                   validate sources, templates and translations
      briefings build                   build every pack into build/site/
      briefings build --lang fr,de      only some languages
      briefings i18n status             translation coverage per language
      briefings serve                   preview the site, rebuilding on changes
    """
    ctx.obj = Context(root, debug)


@main.command()
@click.option(
    "--pack", "packs", metavar="ID[,ID…]", help="Rebuild only these packs (default: all)."
)
@click.option(
    "--lang",
    "langs",
    metavar="CODE[,CODE…]",
    help="Rebuild only these languages (default: the pack's).",
)
@click.option(
    "--format",
    "formats",
    default=None,
    metavar="FMT[,FMT…]",
    help="Rebuild only these formats: html, docx, pdf (tagged PDF/UA-1), md (the resolved "
    "Markdown, for other tools).  [default: html,docx,pdf and every format the site already has]",
)
@click.option(
    "--only",
    is_flag=True,
    help="Publish a site holding only what --pack/--lang/--format select (the rest is removed).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Output folder: new, empty, or a site briefings built.  [default: build/site]",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes.  [default: all cores]",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail on warnings and on translation coverage below the pack's threshold.",
)
@click.option(
    "--base-url", metavar="URL", help="Absolute site URL, for the sitemap and canonical links."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a JSON summary of what was built, reused and published.",
)
@click.pass_obj
def build(
    obj: Context,
    packs: str | None,
    langs: str | None,
    formats: str | None,
    only: bool,
    out: Path | None,
    jobs: int | None,
    strict: bool,
    base_url: str | None,
    as_json: bool,
) -> None:
    """Build packs into OUT/<pack>/<lang>/<document>.html|.docx|.pdf|.md, plus the site pages.

    Only what changed is rebuilt; with nothing changed it returns at once. --pack, --lang
    and --format rebuild just what they name: every other pack, language and format already
    published stays exactly as it was, and the site pages keep listing it.
    """
    fmts = formats_of(formats)
    problem = format_problem(fmts)
    if problem:
        raise click.BadParameter(problem, param_hint="--format")
    if base_url_problem(base_url):
        raise click.BadParameter(
            f"expected an http:// or https:// URL, got {safe_text((base_url or '')[:60])!r}",
            param_hint="--base-url",
        )
    out = site_folder(obj.root, out)
    # cheap: decides before the document libraries load
    from ..build.publish import Publisher

    # refuses a folder it must never replace
    publisher = run(Publisher, obj.root, out, debug=obj.debug)
    if not strict and site_is_current(obj.root, publisher, packs, langs, fmts, base_url, only):
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "out": str(out),
                        "up_to_date": True,
                        "built": [],
                        "unchanged": None,
                        "kept": None,
                        "files": None,
                        "warnings": [],
                    },
                    indent=2,
                )
            )
        else:
            click.echo(f"up to date: nothing to build -> {out}")
        return
    from ..build.builder import Options
    from ..build.builder import build as do_build

    opts = Options(
        root=obj.root,
        out=out,
        packs=csv_list(packs),
        langs=csv_list(langs),
        formats=fmts,
        jobs=jobs or os.cpu_count() or 1,
        strict=strict,
        base_url=base_url,
        only=only,
    )

    def waiting(folder: Path) -> None:
        click.echo(f"waiting for another build of {folder} to finish…", err=True)

    with Progress() as progress:
        report = run(
            do_build,
            opts,
            progress=progress,
            waiting=waiting,
            debug=obj.debug,
            nothing="nothing was published",
        )
    if as_json:
        click.echo(
            json.dumps(
                {
                    "out": str(out),
                    "up_to_date": False,
                    "built": report.rebuilt,
                    "unchanged": report.units - report.built,
                    "kept": report.kept,
                    "files": report.outputs,
                    "seconds": round(report.seconds, 3),
                    "warnings": [w.as_dict() for w in report.warnings],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for w in report.warnings:
        click.echo(str(w), err=True)
    reused = report.units - report.built
    kept = f"; {report.kept} other(s) kept as published" if report.kept else ""
    click.echo(
        f"built {report.units} document(s) ({report.built} rebuilt, {reused} unchanged{kept}), "
        f"{report.outputs} file(s) in {report.seconds:.1f} s -> {report.out}"
    )


class Progress:
    """A progress bar with counts and elapsed time on a terminal; silent otherwise (CI, pipes)."""

    def __init__(self) -> None:
        import time

        self.tty = sys.stderr.isatty()
        self.bar: ProgressBar[Unit] | None = None
        self.started = time.perf_counter()
        self.clock = time.perf_counter

    def __call__(self, unit: Unit, done: int, total: int) -> None:
        if not self.tty:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=total,
                label="building",
                show_pos=True,
                show_eta=False,
                file=sys.stderr,
                width=24,
                item_show_func=lambda u: (
                    u and f"{self.clock() - self.started:5.1f} s  {'/'.join(u)}"
                ),
            )
            self.bar.__enter__()
        self.bar.update(1, unit)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@main.command()
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option(
    "--pack",
    "packs",
    metavar="ID[,ID…]",
    help="Check only these packs (the sources are loaded whole).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def check(obj: Context, strict: bool, packs: str | None, fmt: str) -> None:
    """Validate everything a build needs, writing nothing."""
    from ..check import check as do_check

    try:
        problems = do_check(obj.root, csv_list(packs))
    except UsageError as exc:
        report_problems(exc.problems)
        sys.exit(EXIT_USAGE)
    except BriefingsError as exc:  # sources that do not even load: still one report
        if obj.debug:
            raise
        problems = exc.problems
    except Exception as exc:  # a bug of ours: one line, the traceback only with --debug
        if obj.debug:
            raise
        click.echo(
            f"briefings: internal error: {type(exc).__name__}: {safe_text(str(exc))[:300]} "
            "(run with --debug for the traceback and report it)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level == "warning"]
    failed = bool(errors or (strict and warnings))
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "summary": {
                        "errors": len(errors),
                        "warnings": len(warnings),
                        "strict": strict,
                        "ok": not failed,
                    },
                    "problems": [p.as_dict() for p in problems],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        report_problems(problems)
        click.echo(f"check: {len(errors)} error(s), {len(warnings)} warning(s)", err=True)
    if failed:
        sys.exit(EXIT_CONTENT)


@main.command("list")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def list_(obj: Context, fmt: str) -> None:
    """List packs, their documents and languages."""
    from ..sources.library import load_library

    lib = run(load_library, obj.root, debug=obj.debug)
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "id": pack.id,
                        "title": pack.title,
                        "event": pack.event.name,
                        "place": pack.event.place,
                        "date": pack.event.date.isoformat(),
                        "languages": list(pack.languages),
                        "documents": [
                            {
                                "id": d.id,
                                "product": d.product,
                                "title": d.title,
                                "template": NAMES.template(d.template).as_posix(),
                            }
                            for d in pack.documents
                        ],
                    }
                    for pack in lib.packs.values()
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for pack in lib.packs.values():
        click.echo(f"{pack.id}: {pack.title} ({pack.event.place}, {pack.event.date.isoformat()})")
        for doc in pack.documents:
            template = NAMES.template(doc.template).as_posix()
            click.echo(f"  {doc.id:<16} {doc.product:<12} {template}")
        click.echo(f"  languages: {' '.join(pack.languages)}")


@main.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the schemas.  [default: schemas/ in the project]",
)
@click.pass_obj
def schema(obj: Context, out: Path | None) -> None:
    """Write a JSON Schema for each kind of source file (pack, documents, facts, glossary).

    Editors that use the YAML language server (VS Code's YAML extension and others) then
    complete and check a source file as you type, when its first line is
    `# yaml-language-server: $schema=<path to the schema>`.
    """
    from ..sources.schema import write_schemas

    folder = out or ProjectLayout(obj.root).schemas
    try:
        written = write_schemas(folder)
    except OSError as exc:
        click.echo(f"briefings: {folder}: cannot write the schemas: {exc.strerror}", err=True)
        sys.exit(EXIT_CONTENT)
    for path in written:
        click.echo(str(path))


@main.group()
def new() -> None:
    """Create the files of something new (a pack)."""


@new.command("pack")
@click.argument("pack_id", metavar="ID")
@click.option("--title", help="The pack's title.")
@click.option("--event", help="The event's name, e.g. 'ITRE committee meeting'.")
@click.option("--place", help="Where the event takes place.")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="The event's date.")
@click.option(
    "--languages",
    metavar="CODE[,CODE…]",
    default="en",
    show_default=True,
    help="Languages to publish (English, the source language, is always included).",
)
@click.pass_obj
def new_pack(
    obj: Context,
    pack_id: str,
    title: str | None,
    event: str | None,
    place: str | None,
    date: str | None,
    languages: str,
) -> None:
    """Create a pack: its manifest, a starter template with an example of every helper,
    and its own facts, documents and glossary files; then check the project.

    Values not given are asked for on a terminal.
    """
    from ..sources.scaffold import create, parse

    asked: dict[str, str | None] = {}
    for name, value, question in (
        ("title", title, "Title"),
        ("event", event, "Event"),
        ("place", place, "Place"),
        ("date", date, "Date (YYYY-MM-DD)"),
    ):
        if value is None and sys.stdin.isatty():
            value = click.prompt(question)
        asked[name] = value
    missing = [f"--{k}" for k, v in asked.items() if v is None]
    if missing:
        raise click.UsageError(
            f"missing {', '.join(missing)} (or run it on a terminal to be asked)"
        )
    spec = run(
        parse, pack_id, languages=languages, debug=obj.debug, nothing="nothing was created", **asked
    )
    made = run(create, obj.root, spec, debug=obj.debug, nothing="nothing was created")
    for path in made:
        click.echo(f"created {path.relative_to(obj.root)}")
    from ..check import check as do_check

    problems = run(do_check, obj.root, debug=obj.debug, nothing="the files were created")
    errors = [p for p in problems if p.level == "error"]
    report_problems(errors)
    click.echo(f"check: {len(errors)} error(s); build it with: briefings build --pack {spec.id}")
    if errors:
        sys.exit(EXIT_CONTENT)


if __name__ == "__main__":
    main()
