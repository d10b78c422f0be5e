"""`briefings serve`: serves on 127.0.0.1, rebuilds on change, stops cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_serve_builds_serves_rebuilds_and_stops(project):
    proc = subprocess.Popen([sys.executable, "-u", "-m", "briefings.cli", "--root", str(project), "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        deadline = time.time() + 60
        while time.time() < deadline and url is None:
            line = proc.stdout.readline()
            if line.startswith("serving "):
                url = line.split()[1]
        assert url and url.startswith("http://127.0.0.1:")
        status, body = _get(url + "test-pack/en/note.html")
        assert status == 200 and "Background" in body
        assert _get(url + "missing.html")[0] == 404
        tpl = project / "templates" / "briefings" / "note.md"
        tpl.write_text(tpl.read_text().replace("## Background", "## Background, rebuilt"))
        deadline = time.time() + 30
        while time.time() < deadline:
            if "Background, rebuilt" in _get(url + "test-pack/en/note.html")[1]:
                break
            time.sleep(0.3)
        else:
            raise AssertionError("the page was not rebuilt after the template changed")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "stopped" in out and "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
