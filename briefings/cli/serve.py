"""`briefings serve`: the command; the preview server and watcher are in briefings/serve.py."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Sequence

import click

from ..serve import Preview, make_server, watch_and_rebuild
from .common import EXIT_USAGE, Context, report_problems
from .fast import csv_list


@click.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--pack", "packs", metavar="ID[,ID…]", help="Only these packs.")
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="Only these languages.")
@click.pass_obj
def serve(obj: Context, port: int, packs: str | None, langs: str | None) -> None:
    """Build, serve the site on 127.0.0.1 and rebuild when sources, templates or locales change."""
    from ..build.builder import Options, build
    from ..errors import BriefingsError, UsageError, safe_text
    from ..project import ProjectLayout

    root = obj.root
    out = ProjectLayout(root).site
    from ..build.fingerprint import fingerprint

    # One worker: forking from a process whose threads serve HTTP risks deadlocks, and
    # incremental rebuilds are small anyway.
    opts = Options(root=root, out=out, packs=csv_list(packs), langs=csv_list(langs), jobs=1)
    last: dict[str, str | None] = {"fingerprint": None}
    preview = Preview()

    def is_stale() -> bool:
        return fingerprint(root, opts.fingerprint_options()) != last["fingerprint"]

    def rebuild(changed: Sequence[str] = (), first: bool = False) -> None:
        """One build; whatever goes wrong is reported and the watcher goes on (it must
        rebuild on the next change, whatever the last one did)."""
        try:
            last["fingerprint"] = fingerprint(root, opts.fingerprint_options())
            if changed:
                click.echo(
                    safe_text(
                        f"changed: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}"
                    )
                )
            report = build(opts)
        except UsageError as exc:
            if first:  # --pack/--lang naming nothing: a usage error, like build's
                report_problems(exc.problems)
                sys.exit(EXIT_USAGE)
            report_problems(exc.problems)
            click.echo("build failed; still serving the previous site", err=True)
            preview.finished(False, exc.problems)
            return
        except BriefingsError as exc:
            report_problems(exc.problems)
            click.echo("build failed; still serving the previous site", err=True)
            preview.finished(False, exc.problems)
            return
        except Exception as exc:  # a bug of ours must not stop the preview
            line = f"internal error: {type(exc).__name__}: {safe_text(str(exc))[:300]}"
            click.echo(
                f"briefings: {line} "
                "(run `briefings --debug build` for the traceback and report it)",
                err=True,
            )
            click.echo("build failed; still serving the previous site", err=True)
            preview.finished(False, [line])
            return
        rebuilt = report.rebuilt
        shown = ", ".join(rebuilt[:6]) + (
            f" and {len(rebuilt) - 6} more" if len(rebuilt) > 6 else ""
        )
        click.echo(
            f"built {report.units} document(s) in {report.seconds:.1f} s: "
            + (f"rebuilt {shown}" if rebuilt else "nothing changed in the output")
        )
        preview.finished(True)

    rebuild(first=True)
    try:
        server = make_server(out, port, preview)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on 127.0.0.1:{port}: {exc.strerror} (try --port)"
        ) from None
    stop = threading.Event()
    watcher = threading.Thread(
        target=watch_and_rebuild,
        args=(root, rebuild, is_stale, stop, lambda text: click.echo(text, err=True)),
        daemon=True,
    )
    watcher.start()
    click.echo(f"serving http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        click.echo("\nstopped")
    finally:
        stop.set()
        server.server_close()
