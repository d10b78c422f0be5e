"""Bad inputs: one file per case in tests/bad_inputs/, each with the message it must give.

A case names the files it writes over the fixture project (or deletes), the command to
run, the exit code and the lines expected on stderr. Every case also checks that there
is no traceback and that the previously built site is untouched.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from .conftest import cli, copy_project

CASES = sorted((Path(__file__).parent / "bad_inputs").glob("*.yaml"))


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def prebuilt(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("bad") / "project")
    assert cli("build", "-j", "1", "--lang", "en", root=root).exit_code == 0
    return root


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_bad_input(case: Path, prebuilt: Path, tmp_path: Path):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    root = tmp_path / "project"
    import shutil

    shutil.copytree(prebuilt, root)
    for name, content in (spec.get("files") or {}).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(bytes(content["bytes"], "latin-1"))
    for name in spec.get("delete") or []:
        target = root / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    before = _snapshot(root / "build" / "site")
    result = cli(*spec["command"], root=root)
    stderr = result.stderr
    assert result.exit_code == spec.get("exit", 1), stderr + result.stdout
    assert "Traceback" not in stderr + result.stdout
    for line in spec["expect"]:
        assert line in stderr, f"expected {line!r} in:\n{stderr}"
    assert _snapshot(root / "build" / "site") == before, "the published site changed"
    leftovers = [
        p.name
        for p in (root / "build").iterdir()
        if p.name.startswith(".site.") and p.name not in (".site.lock", ".site.hashes.json")
    ]
    assert not leftovers, leftovers
