"""The hostile-input corpus: one YAML file per case in tests/hostile/ (see its README.md).

Each case sets up a copy of the fixture project (already built once), runs the real CLI
in a subprocess -- with a generous timeout, as a safety net against hangs, not as a speed
test -- and checks the exit code, message fragments, that no traceback was printed, that
a failed run left the published site as it was, and what the output must not contain.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import cli, copy_project

HERE = Path(__file__).parent / "hostile"
CASES = sorted(HERE.glob("*.yaml"))

TEMPLATE = """\
## Penalties

- First {{ date("aia.entry-into-force") }}.
- Second {{ date("aia.general-application") }}.

Fines apply {{ cite("ai-act", "Art. 99") }} to providers.

{{ fact("aia.fine-gpai") }}
"""
PO_HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _po(spec: dict) -> str:
    """A PO file from a case's `po:` entry: a header (replaceable) and [context, msgid, msgstr]
    entries."""
    out = [spec.get("header", PO_HEADER)]
    for context, msgid, msgstr in spec.get("entries", []):
        out.append(f"msgctxt {_quote(context)}\nmsgid {_quote(msgid)}\nmsgstr {_quote(msgstr)}\n")
    return "\n".join(out)


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture(scope="module")
def prebuilt(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    assert cli("build", "-j", "1", "--lang", "en", root=root).exit_code == 0
    return root


def _setup(spec: dict, root: Path, outside: Path) -> None:
    def path_of(name: str) -> Path:
        return outside / name[len("$OUTSIDE/") :] if name.startswith("$OUTSIDE/") else root / name

    if "template" in spec:
        (root / "templates" / "briefings" / "note.md").write_text(
            spec["template"] or TEMPLATE, encoding="utf-8"
        )
    for name, po in (spec.get("po") or {}).items():
        path = root / "locales" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_po(po or {}), encoding="utf-8")
    for name, content in (spec.get("files") or {}).items():
        path = path_of(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    for name, content in (spec.get("append") or {}).items():
        with open(path_of(name), "a", encoding="utf-8") as fh:
            fh.write(content)
    if spec.get("python"):
        subprocess.run([sys.executable, "-c", spec["python"]], cwd=root, check=True, timeout=120)
    for script in spec.get("scripts") or []:
        subprocess.run([sys.executable, str(HERE / script)], cwd=root, check=True, timeout=120)
    for name, target in (spec.get("symlinks") or {}).items():
        link = root / name
        if link.is_file() or link.is_symlink():
            link.unlink()
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(str(path_of(target)) if target.startswith("$OUTSIDE/") else target, link)
    for name in spec.get("fifos") or []:
        path = root / name
        if path.exists():
            path.unlink()
        os.mkfifo(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_hostile_input(case: Path, prebuilt: Path, tmp_path: Path):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    root = tmp_path / "project"
    shutil.copytree(prebuilt, root, symlinks=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    _setup(spec, root, outside)
    site = root / "build" / "site"
    before = _snapshot(site)
    for run in spec["runs"]:
        env = dict(os.environ, **{k: str(v) for k, v in (run.get("env") or {}).items()})
        try:
            command = [str(arg).replace("$ROOT", str(root)) for arg in run["command"]]
            result = subprocess.run(
                [sys.executable, "-m", "briefings.cli", "--root", str(root), *command],
                capture_output=True,
                text=True,
                timeout=run.get("timeout", 120),
                env=env,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(
                f"{' '.join(run['command'])}: no result within {run.get('timeout', 120)} s (a hang)"
            )
        output = result.stdout + result.stderr
        shown = f"$ briefings {' '.join(run['command'])}\n{output}"
        assert result.returncode == run.get("exit", 1), shown
        assert "Traceback" not in output and "internal error" not in output, shown
        assert "\x1b" not in output, shown
        for fragment in run.get("expect") or []:
            assert fragment in output, f"expected {fragment!r}:\n{shown}"
        for fragment in run.get("absent") or []:
            assert fragment not in output, f"unexpected {fragment!r}:\n{shown}"
        if result.returncode != 0 and run["command"][0] == "build":
            assert _snapshot(site) == before, "a failed build changed the published site"
    for pattern, fragments in (spec.get("output_absent") or {}).items():
        files = sorted(root.glob(pattern))
        assert files, f"no output file matches {pattern}"
        for path in files:
            data = path.read_bytes()
            for fragment in fragments:
                assert fragment.encode() not in data, f"{fragment!r} in {path.relative_to(root)}"
    for pattern, fragments in (spec.get("output_has") or {}).items():
        files = sorted(root.glob(pattern))
        assert files, f"no output file matches {pattern}"
        data = b"".join(p.read_bytes() for p in files)
        for fragment in fragments:
            assert fragment.encode() in data, f"{fragment!r} not in {pattern}"
    for script in spec.get("verify") or []:
        args = script.split()
        done = subprocess.run(
            [sys.executable, str(HERE / args[0]), *args[1:]],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
