"""`briefings build` with nothing to do is answered before click loads (cli/fast.py); the
answer is the click command's, and anything the fast path does not fully understand goes
to click unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefings.cli.fast import answer_no_change

from .conftest import cli


@pytest.fixture
def site(project) -> Path:
    assert cli("build", "-j", "1", root=project).exit_code == 0
    return project


def _entry(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command's path: `python -m briefings.cli` runs `briefings.cli.entry`."""
    return subprocess.run(
        [sys.executable, "-m", "briefings.cli", *args], cwd=cwd, capture_output=True, text=True
    )


ANSWERED = [
    ["build"],
    ["build", "--format", "html,docx,pdf"],
    ["build", "--format=pdf,html,docx", "-j", "2"],
    ["build", "--jobs=3", "--lang", "en,fr"],
    ["build", "--pack", "test-pack", "--only"],
]


@pytest.mark.parametrize("args", ANSWERED, ids=" ".join)
def test_an_up_to_date_site_is_answered_as_click_answers_it(site, args, capsys):
    assert cli(*args, root=site).exit_code == 0  # these options' build
    by_click = cli(*args, root=site)
    assert by_click.exit_code == 0 and by_click.stdout.startswith("up to date")
    assert answer_no_change(["--root", str(site), *args])
    assert capsys.readouterr().out == by_click.stdout
    run = _entry(*args, cwd=site)  # as installed, from the project folder
    assert run.returncode == 0 and run.stdout == "up to date: nothing to build -> build/site\n"


DECLINED = [
    ["build", "--strict"],  # strict always builds
    ["build", "--json"],
    ["build", "--help"],
    ["--debug", "build"],
    ["build", "-j", "0"],
    ["build", "-j=2"],  # click reads "=2"
    ["build", "--format", "html,odt"],
    ["build", "--format", ""],
    ["build", "--base-url", "ftp://example.eu/"],
    ["build", "--lang", "en", "--lang", "fr"],  # given twice
    ["build", "--out"],
    ["build", "--no-such-option"],
    ["check"],
]


@pytest.mark.parametrize("args", DECLINED, ids=" ".join)
def test_anything_else_goes_to_click(site, args, capsys):
    assert not answer_no_change(["--root", str(site), *args])
    assert capsys.readouterr().out == ""


def test_a_refused_folder_and_a_changed_site_go_to_click(site, capsys):
    assert not answer_no_change(["--root", str(site), "build", "--out", str(site)])
    refused = _entry("--root", str(site), "build", "--out", str(site), cwd=site)
    assert refused.returncode == 2 and "refus" in refused.stderr.lower()
    tpl = site / "templates" / "briefings" / "note.md"
    tpl.write_text(tpl.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert not answer_no_change(["--root", str(site), "build"])
    assert capsys.readouterr().out == ""
    built = _entry("build", "-j", "1", cwd=site)
    assert built.returncode == 0 and built.stdout.startswith("built ")
