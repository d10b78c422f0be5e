"""The `briefings` command line. `entry` is the installed command: a plain `briefings build`
whose site is up to date is answered by `fast` before click is imported (importing click
is about half of such a run); everything else goes to the click application in `app`."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click


def entry() -> None:
    from .fast import answer_no_change

    if answer_no_change(sys.argv[1:]):
        # Answered, its files written and closed: skip tearing down the interpreter's modules
        # (a tenth of such a run). Nothing registered at exit is left to run on this path.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    from .app import main

    main()


def __getattr__(name: str) -> click.Group:
    """`briefings.cli.main`, the click group (for click's test runner and for embedding)."""
    if name == "main":
        from .app import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
