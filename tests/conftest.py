"""Shared fixtures: a small project copied to a temporary folder, built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefings.cli import main

HERE = Path(__file__).parent
REPO = HERE.parent
FIXTURE = HERE / "fixtures" / "project"


def copy_repo(dest: Path) -> Path:
    """The repository's own sources, templates and catalogues (the shipped packs)."""
    for name in ("sources", "templates", "locales"):
        shutil.copytree(REPO / name, dest / name)
    return dest


def copy_project(dest: Path) -> Path:
    """The fixture project with real copies of the layouts and reference document."""
    shutil.copytree(FIXTURE, dest, symlinks=False)
    return dest


def cli(*args, root: Path | None = None):
    """Run the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    argv = (["--root", str(root)] if root else []) + [str(a) for a in args]
    return CliRunner().invoke(main, argv, catch_exceptions=False)


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The fixture project built once (html, docx, md) for read-back tests."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = cli("build", "--format", "html,docx,md", "-j", "1", root=root)
    assert result.exit_code == 0, result.output + result.stderr
    return root / "build" / "site"


@pytest.fixture(scope="session")
def shipped(tmp_path_factory) -> Path:
    """The repository's own packs built once, all languages (as `make build` does)."""
    out = tmp_path_factory.mktemp("shipped") / "site"
    result = cli("build", "--out", out, "--format", "html,docx,md", root=REPO)
    assert result.exit_code == 0, result.output + result.stderr
    return out


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output (make golden).",
    )
