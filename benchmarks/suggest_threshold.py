"""Measure `i18n update`'s similarity threshold (briefings/i18n/suggest.py) on this repository.

Two samples of English pairs, scored with `suggest.similarity`:

- edits: the same unit before and after a change in git history (a fact whose text changed
  under the same id; a template paragraph replaced in place, paired by position in the
  diff of the template's unit list);
- unrelated: for each current unit, the most similar *other* unit of the same kind (what a
  looser threshold would offer as a guess).

    .venv/bin/python benchmarks/suggest_threshold.py
"""

from __future__ import annotations

import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.i18n.suggest import SAME_UNIT, SIMILARITY, kind, similarity  # noqa: E402
from briefings.i18n.units import is_translatable, split_units  # noqa: E402


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def versions(path: str) -> list[str]:
    commits = git("log", "--format=%H", "--follow", "--", path).split()
    out = []
    for commit in reversed(commits):
        try:
            out.append(git("show", f"{commit}:{path}"))
        except subprocess.CalledProcessError:
            pass
    return out


def fact_texts(text: str) -> dict[str, str]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return {}
    facts = data.get("facts", []) if isinstance(data, dict) else []
    return {f["id"]: f["text"] for f in facts if isinstance(f, dict) and "id" in f and "text" in f}


def edits() -> list[tuple[float, str, str]]:
    out = []
    for path in sorted(git("log", "--format=", "--name-only", "--", "sources/facts").split()):
        if not path.endswith(".yaml"):
            continue
        old = {}
        for text in versions(path):
            new = fact_texts(text)
            out += [
                (similarity(old[i], t), old[i], t)
                for i, t in new.items()
                if i in old and old[i] != t
            ]
            old = new
    for path in sorted(
        set(git("log", "--format=", "--name-only", "--", "templates/briefings").split())
    ):
        prev: list[tuple[str, str]] = []
        for text in versions(path):
            units = [(u.kind, u.text) for u in split_units(text) if is_translatable(u.text)]
            ops = SequenceMatcher(None, prev, units, autojunk=False).get_opcodes()
            for tag, i1, i2, j1, j2 in ops:
                if tag == "replace" and i2 - i1 == j2 - j1:
                    for (k1, a), (k2, b) in zip(prev[i1:i2], units[j1:j2], strict=True):
                        if k1 == k2:
                            out.append((similarity(a, b), a, b))
            prev = units
    return out


def unrelated() -> list[tuple[float, str, str]]:
    from briefings.i18n.extract import content_catalog
    from briefings.sources.library import load_library

    lib = load_library(ROOT)
    entries = [(m.context, m.id) for m in content_catalog(lib) if m.id]
    out = []
    for context, msgid in entries:
        others = [
            (similarity(msgid, o), o)
            for c, o in entries
            if kind(c) == kind(context) and (c, o) != (context, msgid) and o != msgid
        ]
        if others:
            score, other = max(others)
            out.append((score, msgid, other))
    return out


def main() -> None:
    e, u = sorted(edits()), sorted(unrelated())
    ehds = similarity(
        "The Commission proposed the European Health Data Space on {date}.",
        "The Commission proposed the Digital Omnibus on AI on {date}.",
    )
    print(f"threshold in use: {SIMILARITY}")
    print(
        f"edits: {len(e)} pairs; share at or above the threshold "
        f"{sum(s >= SIMILARITY for s, *_ in e) / max(len(e), 1):.0%}"
    )
    print(
        f"  share at or above SAME_UNIT ({SAME_UNIT}, the same unit edited in place) "
        f"{sum(s >= SAME_UNIT for s, *_ in e) / max(len(e), 1):.0%}"
    )
    for q in (0.1, 0.25, 0.5, 0.75):
        print(f"  {int(q * 100)}th percentile {e[int(q * (len(e) - 1))][0]:.2f}" if e else "")
    print(
        f"unrelated (closest other unit of the same kind): {len(u)}; at or above the threshold "
        f"{sum(s >= SIMILARITY for s, *_ in u)}; highest {u[-1][0]:.2f}"
    )
    for score, a, b in u[-5:]:
        print(f"  {score:.2f}  {a[:70]!r}\n        {b[:70]!r}")
    print("lowest-scoring edits:")
    for score, a, b in e[:5]:
        print(f"  {score:.2f}  {a[:70]!r}\n        {b[:70]!r}")
    print(f"the version 1 trial's Health Data Space / Digital Omnibus pair: {ehds:.2f}")


if __name__ == "__main__":
    main()
