"""`briefings serve`: build, serve build/site on 127.0.0.1, rebuild when an input changes.

In the preview only, every page gets a small script (briefings/assets/live.js) that reloads
it when a rebuild finishes and shows the errors over the last good page when a rebuild
fails; the page's Content-Security-Policy is relaxed for that one script as it is served.
The files in build/site are never changed: a built site stays script-free.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import re
import socket
import socketserver
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypedDict

from .build.fingerprint import INPUT_SUFFIXES
from .project import INPUT_DIRS as WATCHED

_HOST = re.compile(r"^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$", re.I)
LIVE = "/__briefings__/"
LIVE_JS = Path(__file__).resolve().parent / "assets" / "live.js"


class State(TypedDict):
    """The preview's answer to the page's status request (JSON)."""

    generation: int
    ok: bool
    problems: list[str]


class Preview:
    """What the browser is told: a generation number that each rebuild raises, whether the
    last rebuild worked, and its problems (one line each)."""

    def __init__(self) -> None:
        self.generation = 0
        self.ok = True
        self.problems: list[str] = []
        self.changed = threading.Condition()

    def finished(self, ok: bool, problems: Iterable[object] = ()) -> None:
        with self.changed:
            self.generation += 1
            self.ok = ok
            self.problems = [str(p) for p in problems][:200]
            self.changed.notify_all()

    def wait(self, since: int, timeout: float = 25.0) -> State:
        with self.changed:
            self.changed.wait_for(lambda: self.generation != since, timeout=timeout)
            return {"generation": self.generation, "ok": self.ok, "problems": self.problems}


def live_page(html: bytes) -> bytes:
    """A page as the preview serves it: the reload script added, the CSP allowing only it."""
    from .writers.html import CSP

    text = html.decode("utf-8", "replace")
    from markupsafe import escape

    policy = str(escape(CSP))  # as the layout wrote it into the attribute
    relaxed = str(escape(CSP + "; script-src 'self'; connect-src 'self'"))
    text = text.replace(f'content="{policy}"', f'content="{relaxed}"', 1)
    tag = f'<script src="{LIVE}live.js"></script>'
    text = text.replace("</body>", tag + "</body>", 1) if "</body>" in text else text + tag
    return text.encode("utf-8")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt: str, *args: object) -> None:
        pass  # quiet: the terminal shows builds, not requests

    preview: Preview | None = None

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        # Only the loopback names: a page of another site whose name was re-pointed at
        # 127.0.0.1 (DNS rebinding) must not be able to read the preview.
        if not _HOST.match(self.headers.get("Host", "")):
            self.send_error(
                421, "Misdirected Request", "this preview answers only 127.0.0.1 and localhost"
            )
            return None
        path = self.path.split("?", 1)[0]
        if path.startswith(LIVE) and self.preview is not None:
            return self._live(path, self.preview)
        if self.preview is not None:
            local = Path(self.translate_path(path))
            if local.is_dir():
                if not path.endswith("/"):
                    return super().send_head()  # redirects to the folder's URL with a '/'
                local = local / "index.html"
            if local.suffix == ".html" and local.is_file() and not path.endswith("/.."):
                return self._bytes(live_page(local.read_bytes()), "text/html; charset=utf-8")
        return super().send_head()

    def _live(self, path: str, preview: Preview) -> io.BytesIO | None:
        if path == LIVE + "live.js":
            return self._bytes(LIVE_JS.read_bytes(), "text/javascript; charset=utf-8")
        if path == LIVE + "status":
            query = self.path.split("?", 1)[1] if "?" in self.path else ""
            since = re.search(r"(?:^|&)since=(-?\d{1,12})", query)
            state = preview.wait(int(since.group(1)) if since else -1)
            return self._bytes(json.dumps(state).encode(), "application/json")
        self.send_error(404)
        return None

    def _bytes(self, body: bytes, kind: str) -> io.BytesIO:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def list_directory(self, path: str | os.PathLike[str]) -> None:  # never a folder listing
        self.send_error(404)
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
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

    def __init__(self, out: Path, preview: Preview | None):
        self.out = out
        self.preview = preview

    def handler(
        self,
        request: socket.socket,
        client_address: tuple[str, int],
        server: socketserver.BaseServer,
    ) -> _Handler:
        handler: type[_Handler] = type("_LiveHandler", (_Handler,), {"preview": self.preview})
        return handler(request, client_address, server, directory=str(self.out))


def make_server(
    out: Path, port: int, preview: Preview | None = None
) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), _SiteDirectory(out, preview).handler
    )
    server.daemon_threads = True
    return server


def watch_and_rebuild(
    root: Path,
    rebuild: Callable[[list[str]], None],
    is_stale: Callable[[], bool],
    stop: threading.Event,
    warn: Callable[[str], None],
) -> None:
    """Rebuild on file events; each quiet second also compares content hashes, so a change
    made while the watcher was starting (or an event the platform dropped) is not missed.
    `warn` tells the user the watcher restarts after an error."""
    from watchfiles import watch

    paths = [str(root / name) for name in WATCHED if (root / name).exists()]

    def is_input(_change: object, path: str) -> bool:
        name = os.path.basename(path)
        return name.endswith(INPUT_SUFFIXES) and not name.startswith((".", "~"))

    while not stop.is_set():  # the watcher outlives any error: it restarts
        try:
            for changes in watch(
                *paths,
                watch_filter=is_input,
                stop_event=stop,
                debounce=300,
                rust_timeout=1000,
                yield_on_timeout=True,
            ):
                changed = sorted({os.path.relpath(path, root) for _, path in changes})
                if changed or is_stale():
                    rebuild(changed)
        except Exception as exc:
            warn(
                f"briefings: the watcher hit {type(exc).__name__}: {str(exc)[:200]}; restarting it"
            )
            stop.wait(1.0)
            paths = [str(root / name) for name in WATCHED if (root / name).exists()]
