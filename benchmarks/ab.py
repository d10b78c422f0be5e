"""A/B of two checkouts of briefings: a cold build of the shipped packs (all cores) and a
no-change rebuild, the two alternating, medians of ROUNDS. Both build one copy of the NEW
tree's sources, templates and locales, so only the code differs; each runs from bytecode
with this interpreter (its libraries) and PYTHONPATH set to its tree.

Usage: benchmarks/ab.py OLD_TREE NEW_TREE [ROUNDS [FORMATS]]  (e.g. a `git worktree` of
an older commit; FORMATS defaults to html,docx)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable


def run(tree: Path, root: Path, out: Path, formats: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [
        PY,
        "-c",
        # as the installed command runs: `entry` where the tree has it (its no-change fast
        # path), else the click group
        "import sys; import briefings.cli as c; sys.argv[0]='briefings'; "
        "(getattr(c, 'entry', None) or c.main)()",
        "--root",
        str(root),
        "build",
        "--format",
        formats,
        "-j",
        str(os.cpu_count()),
        "--out",
        str(out),
    ]
    start = time.perf_counter()
    # cwd outside both trees: `python -c` puts the current folder before PYTHONPATH
    proc = subprocess.Popen(
        cmd, env=env, cwd=root.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(proc.stderr.read().decode())
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    old, new = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    formats = sys.argv[4] if len(sys.argv) > 4 else "html,docx"
    tmp = Path(tempfile.mkdtemp(prefix="briefings-ab-"))
    for tree in (old, new):
        subprocess.run(
            [PY, "-m", "compileall", "-q", str(tree / "briefings")],
            check=True,
            env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        )
    # one copy of the shipped inputs (the new tree's), so only the code differs
    root = tmp / "project"
    for name in ("sources", "templates", "locales"):
        shutil.copytree(new / name, root / name)
    res: dict[str, dict[str, list[float]]] = {
        k: {"cold": [], "cpu": [], "nochange": []} for k in ("old", "new")
    }
    for i in range(rounds):
        for name, tree in (
            (("old", old), ("new", new)) if i % 2 == 0 else (("new", new), ("old", old))
        ):
            out = tmp / name / "site"
            shutil.rmtree(out.parent, ignore_errors=True)
            wall, cpu = run(tree, root, out, formats)
            res[name]["cold"].append(wall)
            res[name]["cpu"].append(cpu)
            time.sleep(1.5)
            res[name]["nochange"].append(min(run(tree, root, out, formats)[0] for _ in range(3)))
    for name in ("old", "new"):
        r = res[name]
        print(
            name,
            f"cold {statistics.median(r['cold']):.2f} s",
            f"cpu {statistics.median(r['cpu']):.2f} s",
            f"no-change {1000 * statistics.median(r['nochange']):.0f} ms",
        )
    o, n = res["old"], res["new"]
    ratios = [
        statistics.median(n[k]) / statistics.median(o[k]) for k in ("cold", "cpu", "nochange")
    ]
    print("new/old: cold {:.3f}, cpu {:.3f}, no-change {:.3f}".format(*ratios))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
