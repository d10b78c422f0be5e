"""`briefings serve`: build, serve build/site on 127.0.0.1, rebuild when an input changes."""

from __future__ import annotations

import http.server
import os
import signal
import threading
from pathlib import Path

import click

WATCHED = ("sources", "templates", "locales")
from .fingerprint import INPUT_SUFFIXES  # noqa: E402


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):       # quiet: the terminal shows builds, not requests
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


class _SiteDirectory:
    """The handler serves whatever `out` is now (the folder is replaced by each build)."""

    def __init__(self, out: Path):
        self.out = out

    def handler(self, *args, **kwargs):
        return _Handler(*args, directory=str(self.out), **kwargs)


def make_server(out: Path, port: int) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _SiteDirectory(out).handler)
    server.daemon_threads = True
    return server


def watch_and_rebuild(root: Path, rebuild, is_stale, stop: threading.Event) -> None:
    """Rebuild on file events; each quiet second also compares content hashes, so a change
    made while the watcher was starting (or an event the platform dropped) is not missed."""
    from watchfiles import watch
    paths = [str(root / name) for name in WATCHED if (root / name).exists()]

    def is_input(_change, path: str) -> bool:
        name = os.path.basename(path)
        return name.endswith(INPUT_SUFFIXES) and not name.startswith((".", "~"))

    for changes in watch(*paths, watch_filter=is_input, stop_event=stop, debounce=300,
                         rust_timeout=1000, yield_on_timeout=True):
        changed = sorted({os.path.relpath(path, root) for _, path in changes})
        if changed or is_stale():
            rebuild(changed)


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--pack", "packs", metavar="ID[,ID…]", help="Only these packs.")
@click.option("--lang", "langs", metavar="CODE[,CODE…]", help="Only these languages.")
@click.pass_obj
def serve(obj, port, packs, langs):
    """Build, serve the site on 127.0.0.1 and rebuild when sources, templates or locales change."""
    from .build import Options, build
    from .cli import _csv, report_problems
    from .errors import BriefingsError
    root = obj.root
    out = root / "build" / "site"
    from .fingerprint import fingerprint
    # One worker: forking from a process whose threads serve HTTP risks deadlocks, and
    # incremental rebuilds are small anyway.
    opts = Options(root=root, out=out, packs=_csv(packs), langs=_csv(langs), jobs=1)
    last = {"fingerprint": None}

    def is_stale() -> bool:
        return fingerprint(root, opts.fingerprint_options()) != last["fingerprint"]

    def rebuild(changed=()):
        last["fingerprint"] = fingerprint(root, opts.fingerprint_options())
        if changed:
            click.echo(f"changed: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}")
        try:
            report = build(opts)
        except BriefingsError as exc:
            report_problems(exc.problems)
            click.echo("build failed; still serving the previous site", err=True)
            return
        click.echo(f"built {report.units} document(s) in {report.seconds:.1f} s")

    rebuild()
    try:
        server = make_server(out, port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror} (try --port)")
    stop = threading.Event()
    watcher = threading.Thread(target=watch_and_rebuild, args=(root, rebuild, is_stale, stop), daemon=True)
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
