"""`briefings serve`: serves on 127.0.0.1, rebuilds on change, stops cleanly on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request


def _ctrl_c_works() -> None:
    """In the child: Ctrl-C (SIGINT) as a terminal gives it. A shell that starts a job in
    the background (`make test &`, a CI runner) has it ignored, and a child inherits that, so
    Python would install no KeyboardInterrupt handler and the server would ignore Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _spawn(project, *extra: str, stderr: int = subprocess.PIPE) -> subprocess.Popen[str]:
    """`briefings serve --port 0` on the project, its output read as text."""
    return subprocess.Popen(
        [sys.executable, "-u", "-m", "briefings.cli", "--root", str(project), "serve"]
        + ["--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=stderr,
        preexec_fn=_ctrl_c_works,
        text=True,
    )


def test_serve_builds_serves_rebuilds_and_stops(project):
    proc = _spawn(project)
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
    proc = _spawn(project, *args)
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
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefings.cli",
            "--root",
            str(project),
            "serve",
            "--port",
            "0",
            "--pack",
            "bogus",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
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


def _serve(project, *extra):
    proc = _spawn(project, *extra, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = proc.stdout.readline()
        if line.startswith("serving "):
            return proc, line.split()[1]
    proc.kill()
    raise AssertionError("serve did not start")


def test_preview_pages_get_the_reload_script_but_the_site_stays_script_free(project):
    proc, url = _serve(project)
    try:
        status, body = _get(url + "test-pack/en/note.html")
        assert status == 200 and '<script src="/__briefings__/live.js"></script></body>' in body
        assert "script-src &#39;self&#39;" in body
        on_disk = (project / "build" / "site" / "test-pack" / "en" / "note.html").read_text()
        assert "<script" not in on_disk and "script-src" not in on_disk
        status, js = _get(url + "__briefings__/live.js")
        assert status == 200 and "location.reload()" in js
        status, state = _get(url + "__briefings__/status?since=-1")
        assert status == 200 and '"ok": true' in state
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)


import pytest  # noqa: E402

from . import tools  # noqa: E402


@pytest.mark.skipif(
    not (tools.chromium() and tools.playwright_available()),
    reason="Chromium or playwright not installed; .ci/run installs them",
)
def test_preview_reloads_after_a_rebuild_and_shows_a_failed_one_in_the_browser(project):
    from playwright.sync_api import sync_playwright

    proc, url = _serve(project)
    tpl = project / "templates" / "briefings" / "note.md"
    original = tpl.read_text()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=tools.chromium(), args=tools.CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url + "test-pack/en/note.html")
            assert page.locator("h2", has_text="Background").count() == 1
            tpl.write_text(original.replace("## Background", "## Background, edited"))
            page.wait_for_selector(
                "h2:has-text('Background, edited')", timeout=30000
            )  # reloaded by itself
            tpl.write_text(original + "\n{{ fact('no.such-fact') }}\n")
            box = page.wait_for_selector("#briefings-preview-errors", timeout=30000)
            text = box.inner_text()
            assert "The last rebuild failed" in text
            assert "templates/briefings/note.md:" in text and "unknown fact 'no.such-fact'" in text
            assert page.locator("h2", has_text="Background").count() == 1  # the last good page
            tpl.write_text(original.replace("## Background", "## Background, fixed"))
            page.wait_for_selector("h2:has-text('Background, fixed')", timeout=30000)
            assert page.locator("#briefings-preview-errors").count() == 0
            browser.close()
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=20)
    assert "rebuilt test-pack/note/" in out and "changed: templates/briefings/note.md" in out
