"""Everything a build needs, validated without writing: a list of problems."""

from __future__ import annotations

from pathlib import Path

from .compose import Composer
from .errors import BriefingsError, Problem
from .sources import load_library


def check(root: Path) -> list[Problem]:
    lib = load_library(root)
    composer = Composer(lib)
    problems: list[Problem] = []
    for pack in lib.packs.values():
        for pdoc in pack.documents:
            for lang in pack.languages:
                try:
                    composer.compose(pack, pdoc, lang)
                except BriefingsError as exc:
                    problems.extend(exc.problems)
    problems.extend(composer.problems.items)
    seen, out = set(), []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out
