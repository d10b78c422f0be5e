"""Issue 10: a build replaces only what briefings made, partial builds update the site rather
than replace it, a linked site folder keeps working, and only intact outputs are reused."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import cli
from .test_publish import snapshot

MANIFEST = ".briefings-manifest.json"


def tree(folder: Path) -> dict[str, str]:
    """Every file and link below folder (links by target), for 'nothing was touched'."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(folder))
            if p.is_symlink():
                out[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def content(site: Path) -> dict[str, str]:
    """The published files, without the manifest (which records each build's options)."""
    return {k: v for k, v in snapshot(site).items() if k != MANIFEST}


def pages(site: Path, lang: str) -> dict[str, str]:
    return {k: v for k, v in snapshot(site).items() if f"/{lang}/" in k}


@pytest.fixture
def built(project) -> Path:
    """The fixture project with a second pack, built in full (html, docx)."""
    packs = project / "sources" / "packs"
    text = (packs / "test-pack.yaml").read_text()
    (packs / "other-pack.yaml").write_text(
        text.replace("id: test-pack", "id: other-pack").replace(
            "title: Test pack", "title: Other pack"
        )
    )
    result = cli("build", "-j", "1", root=project)
    assert result.exit_code == 0, result.stderr
    return project


# --- 1. --out accepts only new, empty or briefings-made folders -----------------------------


def _refused(project: Path, out, expect: str, cwd: Path | None = None, monkeypatch=None):
    if cwd is not None:
        monkeypatch.chdir(cwd)
    before = tree(project)
    result = cli("build", "-j", "1", "--out", out, root=project)
    assert result.exit_code == 2, result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "nothing was touched" in lines[0] and expect in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert tree(project) == before, "a refused --out changed the project"


@pytest.mark.parametrize(
    "where, expect",
    [
        ("sources", "inside the project's sources/ folder"),  # C28
        ("sources/facts", "inside the project's sources/ folder"),
        ("templates/html", "inside the project's templates/ folder"),  # C30
        ("locales", "inside the project's locales/ folder"),
        ("tests", "inside the project's tests/ folder"),
        (".git", "inside the project's .git/ folder"),
        (".venv/site", "inside the project's .venv/ folder"),
    ],
)
def test_out_inside_a_source_folder_is_refused(project, where, expect):
    (project / ".git").mkdir()
    (project / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (project / "tests").mkdir()
    (project / "tests" / "test_x.py").write_text("def test(): pass\n")
    (project / ".venv").mkdir()
    _refused(project, project / where, expect)


def test_out_project_root_or_its_parent_is_refused(project):  # C29
    _refused(project, project.resolve(), "is the project folder or contains it")
    _refused(project, project.parent, "is the project folder or contains it")
    _refused(project, Path("/"), "is the project folder or contains it")


def test_out_dot_is_refused(project, tmp_path, monkeypatch):  # C30
    _refused(project, ".", "is the project folder", cwd=project, monkeypatch=monkeypatch)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _refused(project, ".", "that is the current folder", cwd=elsewhere, monkeypatch=monkeypatch)


def test_out_folder_of_user_files_is_refused(project, tmp_path):  # C27
    mine = tmp_path / "important"
    mine.mkdir()
    (mine / "thesis.txt").write_text("my thesis\n")
    (mine / "notes.md").write_text("notes\n")
    before = tree(mine)
    result = cli("build", "-j", "1", "--out", mine, root=project)
    assert result.exit_code == 2
    assert "holds files briefings did not write" in result.stderr
    assert "nothing was touched" in result.stderr
    assert tree(mine) == before
    assert not list(tmp_path.glob(".important.*staging*"))


def test_a_file_added_to_a_built_site_is_never_deleted(built):
    site = built / "build" / "site"
    (site / "CNAME").write_text("briefings.example.eu\n")
    before = tree(site)
    result = cli("build", "-j", "1", "--lang", "fr", root=built)
    assert result.exit_code == 2
    assert "CNAME was not written by briefings" in result.stderr
    assert tree(site) == before


def test_new_empty_and_briefings_folders_are_accepted(project, tmp_path):
    new = tmp_path / "new" / "site"
    assert cli("build", "-j", "1", "--out", new, root=project).exit_code == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("build", "-j", "1", "--out", empty, root=project).exit_code == 0
    assert snapshot(new) == snapshot(empty)
    tpl = project / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\nA new closing paragraph.\n")
    assert cli("build", "-j", "1", "--out", empty, root=project).exit_code == 0
    assert "A new closing paragraph." in (empty / "test-pack" / "en" / "note.html").read_text()


def test_a_version_1_site_is_taken_over(project):
    """A site built by version 1 (its manifest beside the folder) is recognised and rebuilt."""
    site = project / "build" / "site"
    assert cli("build", "-j", "1", root=project).exit_code == 0
    before = content(site)
    (site / MANIFEST).rename(project / "build" / ".site.manifest.json")
    assert cli("build", "-j", "1", "--lang", "pl", root=project).exit_code == 0
    assert content(site) == before
    assert (site / MANIFEST).is_file()
    assert not (project / "build" / ".site.manifest.json").exists()


# --- 2. partial builds update the site --------------------------------------------------------


def test_build_one_language_keeps_every_other_page(built):  # C31, new-user 2
    site = built / "build" / "site"
    before = content(site)
    old_sitemap = (site / "sitemap.xml").read_bytes()
    tpl = built / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\nA sentence added for the Polish build.\n")
    result = cli("build", "-j", "1", "--lang", "pl", root=built)
    assert result.exit_code == 0, result.stderr
    assert "kept as published" in result.stdout
    after = content(site)
    for lang in ("en", "fr", "de"):
        assert pages(site, lang) == {k: v for k, v in before.items() if f"/{lang}/" in k}, lang
    assert "A sentence added" in (site / "test-pack" / "pl" / "note.html").read_text()
    assert "A sentence added" not in (site / "test-pack" / "en" / "note.html").read_text()
    assert set(after) == set(before)
    switcher = (site / "test-pack" / "pl" / "note.html").read_text()
    for lang in ("de", "en", "fr"):
        assert f'hreflang="{lang}"' in switcher
    home = (site / "index.html").read_text()
    for pack in ("test-pack", "other-pack"):
        for lang in ("de", "en", "fr", "pl"):
            assert f'href="{pack}/{lang}/index.html"' in home
    assert (site / "sitemap.xml").read_bytes() == old_sitemap  # still lists every published page
    # a full build then brings the other languages up to date
    assert cli("build", "-j", "1", root=built).exit_code == 0
    assert "A sentence added" in (site / "test-pack" / "en" / "note.html").read_text()


def test_build_one_pack_keeps_the_other(built):
    site = built / "build" / "site"
    before = content(site)
    assert cli("build", "-j", "1", "--pack", "test-pack", "--lang", "fr", root=built).exit_code == 0
    after = content(site)
    assert {k: v for k, v in after.items() if k.startswith("other-pack/")} == {
        k: v for k, v in before.items() if k.startswith("other-pack/")
    }
    assert set(after) == set(before)


def test_build_one_format_keeps_the_others(built):
    site = built / "build" / "site"
    before = content(site)
    result = cli("build", "-j", "1", "--format", "md", root=built)
    assert result.exit_code == 0, result.stderr
    after = content(site)
    assert {k: v for k, v in after.items() if not k.endswith(".md")} == before
    assert {k for k in after if k.endswith(".md")} == {
        f"{p}/{lang}/note.md"
        for p in ("test-pack", "other-pack")
        for lang in ("de", "en", "fr", "pl")
    }
    # a later plain build keeps (and refreshes) every format the site has
    assert cli("build", "-j", "1", root=built).exit_code == 0
    assert set(content(site)) == set(after)


def test_partial_then_full_equals_a_clean_build(built, tmp_path):
    fact = built / "sources" / "facts" / "ai-act.yaml"
    fact.write_text(
        fact.read_text().replace("Most of the AI Act applies", "Most of the AI Act's rules apply")
    )
    assert cli("build", "-j", "1", "--lang", "de", root=built).exit_code == 0
    assert cli("build", "-j", "1", root=built).exit_code == 0
    clean = tmp_path / "clean"
    assert cli("build", "-j", "1", "--out", clean, root=built).exit_code == 0
    assert snapshot(built / "build" / "site") == snapshot(clean)


def test_only_publishes_the_selection_alone(built):
    site = built / "build" / "site"
    result = cli("build", "-j", "1", "--pack", "test-pack", "--lang", "en", "--only", root=built)
    assert result.exit_code == 0, result.stderr
    units = {k for k in snapshot(site) if k.count("/") == 2 and not k.endswith("index.html")}
    assert units == {"test-pack/en/note.html", "test-pack/en/note.docx", "test-pack/en/note.pdf"}


# --- 3. a symlinked output folder -------------------------------------------------------------


def test_symlinked_site_folder_keeps_working_across_builds(project, tmp_path):  # C61
    deploy = tmp_path / "srv" / "www" / "briefings"
    deploy.parent.mkdir(parents=True)
    (project / "build").mkdir()
    link = project / "build" / "site"
    link.symlink_to(deploy)
    tpl = project / "templates" / "briefings" / "note.md"
    for n in range(3):
        tpl.write_text(tpl.read_text() + f"\nEdit number {n}.\n")
        result = cli("build", "-j", "1", root=project)
        assert result.exit_code == 0, result.stderr
        assert link.is_symlink() and os.readlink(link) == str(deploy)
        assert deploy.is_dir() and not deploy.is_symlink()
        assert f"Edit number {n}." in (deploy / "test-pack" / "en" / "note.html").read_text()
        assert sorted(p.name for p in deploy.parent.iterdir()) == [
            ".briefings.hashes.json",
            ".briefings.lock",
            "briefings",
        ]
        assert sorted(p.name for p in (project / "build").iterdir()) == ["site"]
    assert cli("build", "-j", "1", root=project).stdout.startswith("up to date")


# --- 4. reuse only what is intact ---------------------------------------------------------------


def test_tampered_published_files_are_rebuilt(built, tmp_path):  # C56
    site = built / "build" / "site"
    clean = snapshot(site)
    html, docx = site / "test-pack" / "en" / "note.html", site / "test-pack" / "fr" / "note.docx"
    html.write_text(html.read_text() + "<!-- TAMPERED -->")
    with docx.open("ab") as f:
        f.write(b"X")
    result = cli("build", "-j", "1", root=built)  # nothing changed in the sources
    assert result.exit_code == 0 and not result.stdout.startswith("up to date")
    assert snapshot(site) == clean
    html.write_text(html.read_text() + "<!-- TAMPERED -->")
    fact = built / "sources" / "facts" / "ai-act.yaml"
    fact.write_text(
        fact.read_text().replace("Most of the AI Act applies", "Most of the AI Act's rules apply")
    )
    assert (
        cli("build", "-j", "1", "--lang", "fr", root=built).exit_code == 0
    )  # en is not selected...
    assert "TAMPERED" not in html.read_text()  # ...but is not kept damaged


@pytest.mark.parametrize(
    "garbage",
    [
        "[]",
        '{"briefings": 2, "units": [], "files": {}, "fingerprint": "x"}',
        "not json",
        '{"briefings": 2, "files": {"../../etc/passwd": "x"}, "units": {}, "fingerprint": "x"}',
    ],
)
def test_a_manifest_of_the_wrong_shape_is_ignored_with_a_warning(built, garbage):  # C53
    site = built / "build" / "site"
    clean = snapshot(site)
    (site / MANIFEST).write_text(garbage)
    result = cli("build", "-j", "1", "--lang", "fr", root=built)  # partial, yet nothing is lost
    assert result.exit_code == 0, result.stderr
    assert (
        "warning: the site's manifest" in result.stderr
        and "every output is rebuilt" in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert content(site) == {k: v for k, v in clean.items() if k != MANIFEST}
    assert json.loads((site / MANIFEST).read_text())["briefings"] == 2


def test_staging_of_a_killed_build_goes_even_on_a_no_change_run(project):  # C39
    assert cli("build", "-j", "1", root=project).exit_code == 0
    fact = project / "sources" / "facts" / "ai-act.yaml"
    original = fact.read_text()
    fact.write_text(
        original.replace("Most of the AI Act applies", "Most of the AI Act's rules apply")
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefings.cli", "--root", str(project), "build", "-j", "1"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list((project / "build").glob(".site.staging-*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list((project / "build").glob(".site.staging-*")), (
        "the build was not caught while staging"
    )
    fact.write_text(original)
    result = cli("build", "-j", "1", root=project)
    assert result.stdout.startswith("up to date")
    assert sorted(p.name for p in (project / "build").iterdir()) == [
        ".site.hashes.json",
        ".site.lock",
        "site",
    ]


# --- 5. environment failures are user errors ----------------------------------------------------


def test_disk_full_is_a_clear_error_and_the_site_stays(built, monkeypatch):  # C36
    from briefings.build import worker

    site = built / "build" / "site"
    before = snapshot(site)
    tpl = built / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text() + "\nChanged.\n")

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(worker, "write_atomic", full)
    result = cli("build", "-j", "1", root=built)
    assert result.exit_code == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and "No space left on device" in lines[0]
        and "nothing was published" in lines[0]
    )
    assert ".site.staging-" in lines[0]  # names the path it could not write
    assert snapshot(site) == before
    assert sorted(p.name for p in (built / "build").iterdir()) == [
        ".site.hashes.json",
        ".site.lock",
        "site",
    ]


def test_full_tmpfs_is_a_clear_error(project, tmp_path):  # C36, real
    mount = tmp_path / "small"
    mount.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("mounting a tmpfs needs root and a mount namespace that allows it")
    try:
        result = cli("build", "-j", "1", "--out", mount / "site", root=project)
        assert result.exit_code == 1, result.stderr
        assert (
            "No space left on device" in result.stderr and "nothing was published" in result.stderr
        )
        assert "internal error" not in result.stderr
        assert [p.name for p in mount.iterdir()] == [".site.lock"]
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_vanished_output_parent_is_a_clear_error(project, tmp_path, monkeypatch):
    from briefings.build import publish

    out = tmp_path / "gone" / "site"
    real = publish.Publisher.publish

    def vanish(self):
        shutil.rmtree(self.parent)
        return real(self)

    monkeypatch.setattr(publish.Publisher, "publish", vanish)
    result = cli("build", "-j", "1", "--out", out, root=project)
    assert result.exit_code == 1, result.stderr
    assert "cannot write the site" in result.stderr and "internal error" not in result.stderr


def test_a_unit_record_of_the_wrong_shape_is_rebuilt(built):
    """A manifest whose top level is fine but one unit's record is not: that unit is rebuilt."""
    site = built / "build" / "site"
    before = content(site)
    manifest = json.loads((site / MANIFEST).read_text())
    manifest["units"]["test-pack/note/en"] = {"deps": {}, "title": "x"}  # no keys, no sizes
    (site / MANIFEST).write_text(json.dumps(manifest))
    result = cli("build", "-j", "1", "--lang", "en", root=built)
    assert result.exit_code == 0, result.stderr
    assert "internal error" not in result.stderr
    assert content(site) == before


def test_write_atomic_never_writes_through_a_hard_link_and_leaves_nothing_on_failure(tmp_path):
    """The one write helper (safefs.write_atomic): a name that is a hard link to a published
    file gets a new file (the other name keeps its bytes); a failed write leaves the old
    file and no temporary file."""
    from briefings.safefs import write_atomic

    published = tmp_path / "site.html"
    published.write_bytes(b"live")
    staged = tmp_path / "staging.html"
    os.link(published, staged)
    write_atomic(staged, b"new")
    assert staged.read_bytes() == b"new" and published.read_bytes() == b"live"

    import unittest.mock

    with unittest.mock.patch("os.replace", side_effect=OSError(errno.ENOSPC, "full")):
        try:
            write_atomic(published, b"other")
        except OSError:
            pass
    assert published.read_bytes() == b"live"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.html", "staging.html"]
