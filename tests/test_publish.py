"""Publishing: reproducible bytes, atomic swap, crash safety, one build at a time."""

from __future__ import annotations

import fcntl
import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

from .conftest import cli


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(project, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert (
        cli("build", "--out", a, "--format", "html,docx,md", "-j", "1", root=project).exit_code == 0
    )
    assert (
        cli("build", "--out", b, "--format", "html,docx,md", "-j", "2", root=project).exit_code == 0
    )
    assert snapshot(a) == snapshot(b)
    assert any(name.endswith(".docx") for name in snapshot(a))


def test_source_date_epoch_sets_the_docx_dates(project, tmp_path, monkeypatch):
    import docx

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1779062400")  # 2026-05-18 00:00 UTC
    assert (
        cli("build", "--out", tmp_path / "s", "--format", "docx", "-j", "1", root=project).exit_code
        == 0
    )
    props = docx.Document(str(tmp_path / "s" / "test-pack" / "en" / "note.docx")).core_properties
    assert props.created.isoformat().startswith("2026-05-18T00:00:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    assert (
        cli("build", "--out", tmp_path / "t", "--format", "docx", "-j", "1", root=project).exit_code
        == 0
    )
    props = docx.Document(str(tmp_path / "t" / "test-pack" / "en" / "note.docx")).core_properties
    assert props.created.year == 2027


def test_failed_build_leaves_previous_site_exactly(project):
    assert cli("build", "-j", "1", root=project).exit_code == 0
    before = snapshot(project / "build" / "site")
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\n{{ fact('no.such-fact') }}\n")
    assert cli("build", "-j", "1", root=project).exit_code == 1
    assert snapshot(project / "build" / "site") == before
    assert sorted(p.name for p in (project / "build").iterdir()) == [
        ".site.hashes.json",
        ".site.lock",
        "site",
    ]


def _build_process(project: Path, *extra) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "briefings.cli", "--root", str(project), "build", "-j", "1", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_build_leaves_previous_site_and_no_litter(project):
    pack = project / "sources" / "packs" / "test-pack.yaml"
    pack.write_text(
        pack.read_text().replace(
            "languages: [de, en, fr, pl]",
            "languages: [bg, es, cs, da, de, et, el, en, fr, ga, hr, it, lv, lt, hu, mt, nl, pl, "
            "pt, ro, sk, sl, fi, sv]",
        )
    )
    assert cli("build", "-j", "1", root=project).exit_code == 0
    before = snapshot(project / "build" / "site")
    facts = project / "sources" / "facts" / "ai-act.yaml"
    facts.write_text(
        facts.read_text().replace("Most of the AI Act applies", "Most of the AI Act's rules apply")
    )
    assert (
        cli("build", "-j", "1", "--out", project / "reference-after", root=project).exit_code == 0
    )
    after = snapshot(project / "reference-after")
    assert after != before
    for delay in (0.2, 0.5, 0.9, 1.4, 2.0):
        proc = _build_process(project)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        now = snapshot(project / "build" / "site")
        assert now in (before, after), f"a kill at {delay}s left a partly written site"
    assert cli("build", "-j", "1", root=project).exit_code == 0
    assert snapshot(project / "build" / "site") == after
    leftovers = [
        p.name
        for p in (project / "build").iterdir()
        if p.name not in ("site", ".site.lock", ".site.hashes.json")
    ]
    assert leftovers == []


def test_second_build_waits_for_the_first(project):
    assert cli("build", "-j", "1", root=project).exit_code == 0
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\nOne more paragraph.\n")  # so there is work to do
    with open(project / "build" / ".site.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = _build_process(project)
        time.sleep(1.5)
        assert proc.poll() is None, "the second build must wait while another holds the lock"
        fcntl.flock(lock, fcntl.LOCK_UN)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "waiting for another build" in err
