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


def _start(project, *args):
    proc = subprocess.Popen([sys.executable, "-u", "-m", "briefings.cli", "--root", str(project), "serve",
                             "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = proc.stdout.readline()
        if line.startswith("serving "):
            return proc, line.split()[1]
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError("serve did not start: " + proc.communicate()[1])


def _stop(proc) -> tuple[str, str]:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()


def _get_host(url: str, host: str) -> int:
    request = urllib.request.Request(url, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_serve_answers_only_loopback_names_and_lists_no_folder(project):
    """C42: DNS rebinding (a foreign Host) gets 421; a folder URL never gives a listing."""
    proc, url = _start(project)
    try:
        port = url.rstrip("/").rsplit(":", 1)[1]
        assert _get_host(url + "index.html", "attacker.example") == 421
        assert _get_host(url + "index.html", f"attacker.example:{port}") == 421
        assert _get_host(url + "index.html", f"localhost:{port}") == 200
        assert _get_host(url + "index.html", f"127.0.0.1:{port}") == 200
        status, body = _get(url + "assets/")
        assert status == 404 and "Directory listing" not in body
    finally:
        _stop(proc)


def test_serve_unknown_pack_is_a_usage_error(project):
    """C66: `serve --pack bogus` exits 2 at once instead of serving the old site."""
    result = subprocess.run([sys.executable, "-m", "briefings.cli", "--root", str(project), "serve",
                             "--port", "0", "--pack", "bogus"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "unknown pack 'bogus'" in result.stderr and "serving" not in result.stdout


def test_serve_survives_render_errors_and_rebuilds_after_the_fix(project):
    """C44/C45: a template raising at render time (first build or later) is reported with
    its line; the watcher stays alive and the next change is built."""
    tpl = project / "templates" / "briefings" / "note.md"
    good = tpl.read_text()
    tpl.write_text(good + "\nCrash: {{ 1/0 }}\n")
    proc, url = _start(project)
    try:
        tpl.write_text(good + "\nCrash again: {{ 1/0 }}\n")
        time.sleep(2.5)
        tpl.write_text(good.replace("## Background", "## Background, fixed"))
        deadline = time.time() + 30
        while time.time() < deadline:
            if "Background, fixed" in _get(url + "test-pack/en/note.html")[1]:
                break
            time.sleep(0.3)
        else:
            raise AssertionError("no rebuild after the template was fixed")
    finally:
        out, err = _stop(proc)
    assert "note.md:" in err and "division by zero" in err
    assert "Traceback" not in err and "Exception in thread" not in err
