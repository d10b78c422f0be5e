"""User errors: one exception type carrying file, line, entry and field."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict, Unpack

_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Text for a terminal: control characters (ESC above all, which can retitle the window
    or rewrite earlier lines) shown as escapes such as \\x1b, never sent raw."""
    return _CONTROL.sub(
        lambda match: (
            f"\\x{ord(match.group()):02x}"
            if ord(match.group()) < 256
            else f"\\u{ord(match.group()):04x}"
        ),
        text,
    )


class ProblemDict(TypedDict):
    """A problem as JSON output shows it (`--json`)."""

    file: str | None
    line: int | None
    level: str
    entry: str | None
    field: str | None
    message: str


class Where(TypedDict, total=False):
    """Where a problem is: the keywords `Problems.add` and `Problems.warn` take."""

    file: str | None
    line: int | None
    entry: str | None
    field: str | None


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the user's input, printable as one line."""

    message: str
    file: str | None = None
    line: int | None = None
    entry: str | None = None
    field: str | None = None
    level: str = "error"

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        what = ""
        if self.entry:
            what += f"{self.entry}: "
        if self.field:
            what += f"{self.field}: "
        level = "warning: " if self.level == "warning" else ""
        return safe_text(f"{where}{level}{what}{self.message}")

    def as_dict(self) -> ProblemDict:
        return {
            "file": self.file,
            "line": self.line,
            "level": self.level,
            "entry": self.entry,
            "field": self.field,
            "message": self.message,
        }


class BriefingsError(Exception):
    """A user error, or several: the CLI prints each as one line and exits 1."""

    def __init__(self, problems: Problem | list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(BriefingsError):
    """A command-line value that names nothing (exit 2, like click's own usage errors)."""


class OutputRefused(UsageError):
    """An --out folder briefings will not replace: one line, exit 2, nothing was touched."""


class EnvironmentFailure(BriefingsError):
    """The machine, not the input: disk full, permission denied, a folder gone (one line,
    exit 1)."""


@dataclass
class Problems:
    """Collects problems so one run reports all of them."""

    items: list[Problem] = field(default_factory=list)

    def add(self, message: str, **where: Unpack[Where]) -> None:
        self.items.append(Problem(message, **where))

    def warn(self, message: str, **where: Unpack[Where]) -> None:
        self.items.append(Problem(message, level="warning", **where))

    def extend(self, other: Problems | list[Problem]) -> None:
        self.items.extend(other.items if isinstance(other, Problems) else other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]

    def raise_errors(self) -> None:
        if self.errors:
            raise BriefingsError(self.errors)


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the nearest choice, or ''."""
    import difflib  # only when a name is unknown: kept off the start-up of every command

    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def rel(path: Path | str, root: Path | None = None) -> str:
    """A path as the user would type it: relative to the project root when inside it."""
    path = Path(path)
    for base in (root, Path.cwd()):
        if base is None:
            continue
        # the path as named first (a symbolic link is named, not its target), then resolved
        forms: tuple[Callable[[Path], Path], ...] = (
            lambda p: Path(os.path.abspath(p)),
            lambda p: p.resolve(),
        )
        for form in forms:
            try:
                return str(form(path).relative_to(form(base)))
            except (ValueError, OSError, RuntimeError):  # outside, or a link loop
                continue
    return str(path)
