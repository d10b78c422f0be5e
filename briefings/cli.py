"""The `briefings` command line: thin wrappers over build, check, i18n and serve."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import BriefingsError, UsageError

EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


def _csv(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def report_problems(problems, fmt: str = "text") -> None:
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        click.echo(str(p), err=True)


def run(func, *args, debug: bool = False, nothing: str = "nothing was written", **kwargs):
    """Call func; a user error is printed as one line each and exits 1 (traceback only with --debug)."""
    try:
        return func(*args, **kwargs)
    except BriefingsError as exc:
        if debug:
            raise
        report_problems(exc.problems)
        n = len([p for p in exc.problems if p.level == "error"])
        click.echo(f"briefings: {n} problem{'s' if n != 1 else ''}; {nothing}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_CONTENT)
    except KeyboardInterrupt:
        click.echo(f"briefings: interrupted; {nothing}", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: one line, the traceback only with --debug
        if debug:
            raise
        click.echo(f"briefings: internal error: {type(exc).__name__}: {str(exc)[:300]} "
                   f"({nothing}; run with --debug for the traceback and report it)", err=True)
        sys.exit(EXIT_INTERNAL)


class Context:
    def __init__(self, root: Path, debug: bool):
        self.root, self.debug = root, debug


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The project folder (holding sources/, templates/, locales/).")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors (for reporting bugs).")
@click.pass_context
def main(ctx, root: Path, debug: bool):
    """Turn cited source facts and templates into multilingual briefing packs (DOCX, HTML, static site).

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
@click.option("--pack", "packs", metavar="ID[,ID…]", help="Packs to build (default: all).")
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="Languages to build (default: the pack's).")
@click.option("--format", "formats", default="html,docx,pdf", show_default=True, metavar="FMT[,FMT…]",
              help="Output formats: html, docx, pdf (tagged PDF/UA-1), md (the resolved Markdown, for other tools).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output folder.  [default: build/site]")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Worker processes.  [default: all cores]")
@click.option("--strict", is_flag=True, help="Fail on warnings and on translation coverage below the pack's threshold.")
@click.option("--base-url", metavar="URL", help="Absolute site URL, for the sitemap and canonical links.")
@click.pass_obj
def build(obj: Context, packs, langs, formats, out, jobs, strict, base_url):
    """Build packs into OUT/<pack>/<lang>/<document>.html|.docx|.pdf|.md, plus the site pages.

    Only what changed is rebuilt; with nothing changed it returns at once.
    """
    fmts = tuple(_csv(formats) or [])
    known = ("html", "docx", "pdf", "md")
    bad = [f for f in fmts if f not in known]
    if bad or not fmts:
        raise click.BadParameter(f"unknown format {', '.join(bad) or '(none)'}; choose from {', '.join(known)}",
                                 param_hint="--format")
    out = out or obj.root / "build" / "site"
    from .fingerprint import build_options, up_to_date   # cheap: decides before the document libraries load
    fast = build_options(_csv(packs), _csv(langs), fmts, base_url, Path(out))
    if not strict and up_to_date(obj.root, Path(out), fast):
        click.echo(f"up to date: nothing to build -> {out}")
        return
    from .build import Options, build as do_build
    opts = Options(root=obj.root, out=Path(out), packs=_csv(packs), langs=_csv(langs), formats=fmts,
                   jobs=jobs or os.cpu_count() or 1, strict=strict, base_url=base_url)
    with Progress() as progress:
        report = run(do_build, opts, progress=progress, debug=obj.debug, nothing="nothing was published")
    for w in report.warnings:
        click.echo(str(w), err=True)
    reused = report.units - report.built
    click.echo(f"built {report.units} document(s) ({report.built} rebuilt, {reused} unchanged), "
               f"{report.outputs} file(s) in {report.seconds:.1f} s -> {report.out}")


class Progress:
    """A progress bar with counts and elapsed time on a terminal; silent otherwise (CI, pipes)."""

    def __init__(self):
        import time
        self.tty = sys.stderr.isatty()
        self.bar = None
        self.started = time.perf_counter()
        self.clock = time.perf_counter

    def __call__(self, unit, done: int, total: int):
        if not self.tty:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="building", show_pos=True, show_eta=False,
                                         file=sys.stderr, width=24,
                                         item_show_func=lambda u: u and f"{self.clock() - self.started:5.1f} s  {'/'.join(u)}")
            self.bar.__enter__()
        self.bar.update(1, unit)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@main.command()
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def check(obj: Context, strict: bool, fmt: str):
    """Validate everything a build needs, writing nothing."""
    from .check import check as do_check
    try:
        problems = do_check(obj.root)
    except BriefingsError as exc:       # sources that do not even load: still one report
        if obj.debug:
            raise
        problems = exc.problems
    report_problems(problems, fmt)
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level == "warning"]
    if fmt == "text":
        click.echo(f"check: {len(errors)} error(s), {len(warnings)} warning(s)", err=True)
    if errors or (strict and warnings):
        sys.exit(EXIT_CONTENT)


@main.command("list")
@click.pass_obj
def list_(obj: Context):
    """List packs, their documents and languages."""
    from .sources import load_library
    lib = run(load_library, obj.root, debug=obj.debug)
    for pack in lib.packs.values():
        click.echo(f"{pack.id}: {pack.title} ({pack.event.place}, {pack.event.date.isoformat()})")
        for doc in pack.documents:
            click.echo(f"  {doc.id:<16} {doc.product:<12} templates/briefings/{doc.template}.md")
        click.echo(f"  languages: {' '.join(pack.languages)}")


from .i18n.cli import i18n  # noqa: E402  (registers the i18n group)
main.add_command(i18n)

try:
    from .serve import serve  # noqa: E402
    main.add_command(serve)
except ImportError:  # pragma: no cover
    pass


if __name__ == "__main__":
    main()
