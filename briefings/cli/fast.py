"""`briefings build` with nothing to do, answered without click.

Only a plain invocation is answered here: `[--root DIR] build` with any of `--pack`,
`--lang`, `--format`, `--out`, `-j/--jobs`, `--base-url` (each once, as `--opt value` or
`--opt=value`) and `--only`, valid as the click command would find them, whose site is up
to date. Anything else (help, `--strict`, `--json`, `--debug`, a value click would refuse, a
folder the publisher refuses, a site that is not up to date) returns False, and the click
application in `app` parses the same arguments and does what it always does. The checks
and the no-change decision are the ones `app.build` uses (`format_problem`,
`base_url_problem`, `site_folder`), so the two paths cannot disagree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..project import ProjectLayout

if TYPE_CHECKING:
    from ..build.publish import Publisher

KNOWN_FORMATS = ("html", "docx", "pdf", "md")
_BASE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.I)
_VALUED = {
    "--pack": "packs",
    "--lang": "langs",
    "--format": "formats",
    "--out": "out",
    "-j": "jobs",
    "--jobs": "jobs",
    "--base-url": "base_url",
}
MAX_JOBS = 64


def csv_list(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def formats_of(value: str | None) -> tuple[str, ...] | None:
    return tuple(csv_list(value) or []) if value is not None else None


def format_problem(fmts: tuple[str, ...] | None) -> str | None:
    bad = [f for f in fmts or () if f not in KNOWN_FORMATS]
    if bad or fmts == ():
        return (
            f"unknown format {', '.join(bad) or '(none)'}; choose from {', '.join(KNOWN_FORMATS)}"
        )
    return None


def base_url_problem(base_url: str | None) -> bool:
    return base_url is not None and not _BASE_URL.fullmatch(base_url)


def site_folder(root: Path, out: Path | None) -> Path:
    return Path(out or ProjectLayout(root).site)


def site_is_current(
    root: Path,
    publisher: Publisher,
    packs: str | None,
    langs: str | None,
    fmts: tuple[str, ...] | None,
    base_url: str | None,
    only: bool,
) -> bool:
    """The no-change decision of both paths: the site at the publisher's folder was built
    from exactly these inputs and options and is intact; what a killed build left goes."""
    from ..build.fingerprint import build_options, up_to_date

    options = build_options(csv_list(packs), csv_list(langs), fmts, base_url, only)
    if not up_to_date(root, publisher.out, options):
        return False
    publisher.tidy()  # what a killed build left goes, even now
    return True


def _parse(argv: list[str]) -> tuple[Path, dict[str, str | bool]] | None:
    root = "."
    args = list(argv)
    if args[:1] and (args[0] == "--root" or args[0].startswith("--root=")):
        if "=" in args[0]:
            root, args = args[0].split("=", 1)[1], args[1:]
        elif len(args) >= 2:
            root, args = args[1], args[2:]
        else:
            return None
    if args[:1] != ["build"]:
        return None
    found: dict[str, str | bool] = {}
    rest = args[1:]
    while rest:
        token = rest.pop(0)
        if token == "--only":
            if "only" in found:
                return None
            found["only"] = True
            continue
        name, eq, value = token.partition("=")
        key = _VALUED.get(name)
        if key is None or key in found:
            return None  # an option this path does not answer, or one given twice
        if eq and not name.startswith("--"):
            return None  # -j=2: click reads the value "=2"
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        found[key] = value
    if not root or Path(root).is_file():
        return None
    return Path(root), found


def answer_no_change(argv: list[str]) -> bool:
    """True when argv is a plain build whose site is up to date (the message is printed)."""
    parsed = _parse(argv)
    if parsed is None:
        return False
    root, found = parsed

    def text(key: str) -> str | None:
        value = found.get(key)
        return value if isinstance(value, str) else None

    jobs = text("jobs")
    if jobs is not None and not (jobs.isdigit() and 1 <= int(jobs) <= MAX_JOBS):
        return False
    fmts = formats_of(text("formats"))
    base_url = text("base_url")
    if format_problem(fmts) or base_url_problem(base_url):
        return False
    out_given = text("out")
    out = site_folder(root, Path(out_given) if out_given else None)
    from ..build.publish import Publisher
    from ..errors import BriefingsError

    try:
        publisher = Publisher(root, out)
        only = bool(found.get("only"))
        if not site_is_current(root, publisher, text("packs"), text("langs"), fmts, base_url, only):
            return False
    except (BriefingsError, OSError, ValueError):
        return False  # the click application reports it
    sys.stdout.write(f"up to date: nothing to build -> {out}\n")
    sys.stdout.flush()
    return True
