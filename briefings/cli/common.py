"""What every command shares: running a function with the user's errors as one line each and
the exit codes, printing problems, the root Context, and comma-separated option lists."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import click

from ..errors import (
    BriefingsError,
    EnvironmentFailure,
    OutputRefused,
    Problem,
    UsageError,
    safe_text,
)

T = TypeVar("T")

EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


def report_problems(problems: Iterable[Problem], fmt: str = "text") -> None:
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
        return
    for p in problems:
        click.echo(str(p), err=True)


def run(
    func: Callable[..., T],
    *args: object,
    debug: bool = False,
    nothing: str = "nothing was written",
    **kwargs: object,
) -> T:
    """Call func; a user error is printed as one line each and exits 1 (traceback only with
    --debug)."""
    try:
        return func(*args, **kwargs)
    except (OutputRefused, EnvironmentFailure) as exc:  # one line says it all
        if debug:
            raise
        click.echo(f"briefings: {exc.problems[0]}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_CONTENT)
    except BriefingsError as exc:
        if debug:
            raise
        report_problems(exc.problems)
        n = len([p for p in exc.problems if p.level == "error"])
        click.echo(f"briefings: {n} problem{'s' if n != 1 else ''}; {nothing}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_CONTENT)
    except KeyboardInterrupt:
        click.echo(f"briefings: interrupted; {nothing}", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug of ours: one line, the traceback only with --debug
        if debug:
            raise
        click.echo(
            f"briefings: internal error: {type(exc).__name__}: {safe_text(str(exc))[:300]} "
            f"({nothing}; run with --debug for the traceback and report it)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


class Context:
    def __init__(self, root: Path, debug: bool) -> None:
        self.root, self.debug = root, debug
