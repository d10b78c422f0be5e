"""YAML text to plain Python data that remembers the line of every value."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import BriefingsError, Problem, rel
from ..safefs import UnsafeFile, read_text

# Bounds on what a YAML file may make the loader build. Aliases are followed once per
# reference (each value keeps its own line), so an alias bomb ("billion laughs") or a
# recursive alias would otherwise expand without end; nesting is bounded before Python's
# own recursion limit is anywhere near.
MAX_DEPTH = 64
MAX_ALIAS_VALUES = 100_000  # values built through aliases, per file

# A value as the loader builds it: a LinedDict, a LinedList or a scalar (str, int, float,
# bool, None; bytes for !!binary). Any rather than a union: each reader checks the shape it
# needs (pydantic validates every entry), so a union would only make each of them narrow first.
YamlValue = Any


class LinedDict(dict[str, YamlValue]):
    """A mapping from YAML with `lines[key]` = the 1-based line of that key."""

    line: int = 0
    lines: dict[str, int]


class LinedList(list[YamlValue]):
    """A sequence from YAML with `lines[i]` = the 1-based line of item i."""

    line: int = 0
    lines: list[int]


# libyaml's parser when PyYAML was built with it (several times faster), else pure Python;
# both are a parser with SafeConstructor and Resolver (the stubs describe the libyaml one).
if TYPE_CHECKING:
    _Base = yaml.CSafeLoader
else:
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """SafeLoader (no Python object tags); dates stay text so the schema can say what is wrong."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Budget:
    """What one file's construction has used: aliased values and the nodes being built."""

    def __init__(self, file: str):
        self.file = file
        self.seen: set[int] = set()  # nodes built at least once
        self.open: set[int] = set()  # nodes being built (an alias to one of these is a cycle)
        self.aliased = 0

    def enter(self, node: yaml.Node, depth: int) -> None:
        line = node.start_mark.line + 1
        if id(node) in self.open:
            raise BriefingsError(
                Problem(
                    "a YAML alias refers to the value that contains it (recursive alias)",
                    file=self.file,
                    line=line,
                )
            )
        if depth > MAX_DEPTH:
            raise BriefingsError(
                Problem(
                    f"YAML values nested more than {MAX_DEPTH} levels deep",
                    file=self.file,
                    line=line,
                )
            )
        if id(node) in self.seen:
            self.aliased += 1
            if self.aliased > MAX_ALIAS_VALUES:
                raise BriefingsError(
                    Problem(
                        f"YAML aliases expand to more than {MAX_ALIAS_VALUES} values "
                        "(an alias bomb?)",
                        file=self.file,
                        line=line,
                    )
                )
        self.seen.add(id(node))


def _construct(
    node: yaml.Node, loader: _Loader, file: str, budget: _Budget | None = None, depth: int = 0
) -> YamlValue:
    budget = budget or _Budget(file)
    budget.enter(node, depth)
    if isinstance(node, yaml.MappingNode):
        budget.open.add(id(node))
        out = LinedDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise BriefingsError(
                    Problem(
                        "mapping keys must be plain text",
                        file=file,
                        line=key_node.start_mark.line + 1,
                    )
                )
            key = _scalar(key_node, loader, file)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise BriefingsError(
                    Problem(
                        "mapping keys must be plain text",
                        file=file,
                        line=key_node.start_mark.line + 1,
                    )
                )
            key = str(key)
            if key in out:
                raise BriefingsError(
                    Problem(f"duplicate key '{key}'", file=file, line=key_node.start_mark.line + 1)
                )
            out[key] = _construct(value_node, loader, file, budget, depth + 1)
            out.lines[key] = key_node.start_mark.line + 1
        budget.open.discard(id(node))
        return out
    if isinstance(node, yaml.SequenceNode):
        budget.open.add(id(node))
        seq = LinedList(_construct(item, loader, file, budget, depth + 1) for item in node.value)
        seq.line = node.start_mark.line + 1
        seq.lines = [item.start_mark.line + 1 for item in node.value]
        budget.open.discard(id(node))
        return seq
    return _scalar(node, loader, file)


def _scalar(node: yaml.Node, loader: _Loader, file: str) -> YamlValue:
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:  # e.g. an integer of more than 4300 digits
        raise BriefingsError(
            Problem(
                f"YAML value cannot be read: {str(exc)[:80]}",
                file=file,
                line=node.start_mark.line + 1,
            )
        ) from None


def load_yaml(path: Path, root: Path | None = None) -> YamlValue:
    """Parse one YAML file; syntax errors become a BriefingsError with the line."""
    file = rel(path, root)
    try:
        text = read_text(path, root)
    except UnicodeDecodeError as exc:
        raise BriefingsError(
            Problem(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=file)
        ) from None
    except UnsafeFile as exc:
        raise BriefingsError(Problem(f"cannot read: {exc.reason}", file=file)) from None
    except OSError as exc:
        raise BriefingsError(Problem(f"cannot read: {exc.strerror}", file=file)) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(node, loader, file)
    except UnicodeEncodeError as exc:
        raise BriefingsError(
            Problem(f"cannot hold the character U+{ord(exc.object[exc.start]):04X}", file=file)
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise BriefingsError(
            Problem(f"YAML syntax: {exc.problem or exc.context}", file=file, line=line)
        ) from None
    except yaml.YAMLError as exc:
        raise BriefingsError(Problem(f"YAML: {exc}", file=file)) from None
    except RecursionError:
        raise BriefingsError(Problem("YAML values nested too deeply", file=file)) from None
    finally:
        loader.dispose()


def line_of(data: object, loc: tuple[str | int, ...]) -> int | None:
    """The line of the value at path `loc` inside lined data (deepest known)."""
    line: int | None = getattr(data, "line", None)
    for key in loc:
        if isinstance(data, LinedDict) and isinstance(key, str) and key in data:  # keys: str
            line, data = data.lines[key], data[key]
        elif isinstance(data, LinedList) and isinstance(key, int) and 0 <= key < len(data):
            line, data = data.lines[key], data[key]
        else:
            break
    return line
