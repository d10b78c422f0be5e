"""The no-change check reads no file whose stat data is unchanged since it was hashed
(fingerprint.Hashes), and still sees every real change: an edit, a damaged cache, a file
changed within the same clock tick as its hashing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefings.build import fingerprint
from briefings.build.fingerprint import build_options, cache_path, up_to_date

from .conftest import cli

OPTIONS = build_options(None, None, None, None)


def _age(root: Path, seconds: float = 5) -> None:
    """Move every file's modification time into the past, as if edited a while ago (files
    younger than RACY_NS are never trusted, so a test made in one second would test nothing)."""
    past = os.stat(root).st_mtime_ns - int(seconds * 1e9)
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            os.utime(path, ns=(past, past))


@pytest.fixture
def aged(project) -> Path:
    assert cli("build", "-j", "1", root=project).exit_code == 0
    _age(project)
    # the first check after the files aged records them all
    assert up_to_date(project, project / "build" / "site", OPTIONS)
    return project


def _reads(monkeypatch) -> list[Path]:
    read: list[Path] = []
    real = fingerprint.file_hash

    def counting(path: Path) -> str:
        read.append(path)
        return real(path)

    monkeypatch.setattr(fingerprint, "file_hash", counting)
    return read


def test_a_no_change_check_reads_no_file(aged, monkeypatch):
    read = _reads(monkeypatch)
    assert up_to_date(aged, aged / "build" / "site", OPTIONS)
    assert read == []
    cached = json.loads(cache_path(aged / "build" / "site").read_text())["files"]
    assert any(k.startswith("site:") for k in cached) and any(k.startswith("code:") for k in cached)
    assert any(k.startswith("sources/") for k in cached)


def test_an_edit_of_the_same_size_is_seen(aged, monkeypatch):
    page = aged / "build" / "site" / "test-pack" / "en" / "note.html"
    text = page.read_bytes()
    page.write_bytes(text.replace(b"<main", b"<MAIN", 1))  # same size, new content
    assert page.stat().st_size == len(text)
    read = _reads(monkeypatch)
    assert not up_to_date(aged, aged / "build" / "site", OPTIONS)
    assert page in read
    result = cli("build", "-j", "1", root=aged)
    assert result.exit_code == 0 and not result.stdout.startswith("up to date")
    assert page.read_bytes() == text  # rebuilt as it was


def test_an_input_edit_is_seen(aged):
    tpl = aged / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert not up_to_date(aged, aged / "build" / "site", OPTIONS)


def test_a_file_changed_in_the_tick_of_its_hashing_is_not_trusted(aged):
    """The racy case: hashed, then changed again with the same size and the same
    modification time. The second change is seen because a file that young is not recorded."""
    tpl = aged / "templates" / "briefings" / "note.md"
    first = tpl.read_text(encoding="utf-8") + "\nWord A.\n"
    tpl.write_text(first, encoding="utf-8")
    mtime = tpl.stat().st_mtime_ns
    assert cli("build", "-j", "1", root=aged).exit_code == 0  # hashes the young file
    cached = json.loads(cache_path(aged / "build" / "site").read_text())["files"]
    assert "templates/briefings/note.md" not in cached
    tpl.write_text(first.replace("Word A.", "Word B."), encoding="utf-8")
    os.utime(tpl, ns=(mtime, mtime))  # as a second save in the same tick leaves it
    assert not up_to_date(aged, aged / "build" / "site", OPTIONS)


def test_a_damaged_or_foreign_cache_only_costs_time(aged, tmp_path, monkeypatch):
    cache = cache_path(aged / "build" / "site")
    for bad in (b"{not json", b'{"version": 1, "root": "/elsewhere", "files": {}}', b"[]"):
        cache.write_bytes(bad)
        read = _reads(monkeypatch)
        assert up_to_date(aged, aged / "build" / "site", OPTIONS)
        assert read, "a cache that is not this project's is not used"
        monkeypatch.undo()
    # and the check wrote a good one again
    assert json.loads(cache.read_text())["root"] == str(aged.resolve())


def test_a_wrong_cache_entry_cannot_hide_a_change(aged):
    """An entry whose stat data does not match is ignored, whatever hash it claims."""
    site = aged / "build" / "site"
    cache = cache_path(site)
    body = json.loads(cache.read_text())
    key = "site:test-pack/en/note.html"
    size, _mtime, ino, digest = body["files"][key]
    page = site / "test-pack" / "en" / "note.html"
    page.write_text("damaged", encoding="utf-8")
    body["files"][key] = [size, 0, ino, digest]  # right hash, stale stat data
    cache.write_text(json.dumps(body))
    assert not up_to_date(aged, site, OPTIONS)
