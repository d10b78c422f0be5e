"""YAML text to plain Python data that remembers the line of every value."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import BriefingsError, Problem, rel


class LinedDict(dict):
    """A mapping from YAML with `lines[key]` = the 1-based line of that key."""

    line: int = 0
    lines: dict


class LinedList(list):
    """A sequence from YAML with `lines[i]` = the 1-based line of item i."""

    line: int = 0
    lines: list


# libyaml's parser when PyYAML was built with it (several times faster), else pure Python.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """SafeLoader (no Python object tags); dates stay text so the schema can say what is wrong."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct(node: yaml.Node, loader: _Loader, file: str):
    if isinstance(node, yaml.MappingNode):
        out = LinedDict()
        out.line = node.start_mark.line + 1
        out.lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise BriefingsError(Problem("mapping keys must be plain text", file=file,
                                             line=key_node.start_mark.line + 1))
            key = str(key)
            if key in out:
                raise BriefingsError(Problem(f"duplicate key '{key}'", file=file,
                                             line=key_node.start_mark.line + 1))
            out[key] = _construct(value_node, loader, file)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        out = LinedList(_construct(item, loader, file) for item in node.value)
        out.line = node.start_mark.line + 1
        out.lines = [item.start_mark.line + 1 for item in node.value]
        return out
    return loader.construct_object(node, deep=True)


def load_yaml(path: Path, root: Path | None = None):
    """Parse one YAML file; syntax errors become a BriefingsError with the line."""
    file = rel(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BriefingsError(Problem(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=file))
    except OSError as exc:
        raise BriefingsError(Problem(f"cannot read: {exc.strerror}", file=file))
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _construct(node, loader, file)
    except UnicodeEncodeError as exc:
        raise BriefingsError(Problem(f"cannot hold the character U+{ord(exc.object[exc.start]):04X}", file=file))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise BriefingsError(Problem(f"YAML syntax: {exc.problem or exc.context}", file=file, line=line))
    except yaml.YAMLError as exc:
        raise BriefingsError(Problem(f"YAML: {exc}", file=file))
    finally:
        loader.dispose()


def line_of(data, loc: tuple) -> int | None:
    """The line of the value at path `loc` inside lined data (deepest known)."""
    line = getattr(data, "line", None)
    for key in loc:
        if isinstance(data, LinedDict) and key in data:
            line, data = data.lines[key], data[key]
        elif isinstance(data, LinedList) and isinstance(key, int) and 0 <= key < len(data):
            line, data = data.lines[key], data[key]
        else:
            break
    return line
