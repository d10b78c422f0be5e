"""The validation models to JSON Schemas, one per kind of source file, for editors.

The schemas are shipped in `schemas/`; a source file that starts with
`# yaml-language-server: $schema=<path>` gets completion and validation as you type in
VS Code (the YAML extension) and any editor that speaks the YAML language server.
The schemas say what the loader accepts; the loader still has the last word (references
between files, dates that exist, duplicate ids), and its messages name file and line.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .sources import Fact, Pack, SourceDocument, Term

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# kind -> (model, top-level list key or None for a one-entry file, where the files live, a title)
KINDS: dict[str, tuple[type[BaseModel], str | None, str, str]] = {
    "pack": (Pack, None, "sources/packs/*.yaml", "briefings pack manifest"),
    "documents": (SourceDocument, "documents", "sources/documents.yaml, sources/documents/*.yaml",
                  "briefings cited documents"),
    "facts": (Fact, "facts", "sources/facts/*.yaml", "briefings facts"),
    "glossary": (Term, "terms", "sources/glossary.yaml, sources/glossary/*.yaml", "briefings glossary"),
}


def schema_for(kind: str) -> dict:
    """The JSON Schema (draft 2020-12) of one kind of source file."""
    model, key, where, title = KINDS[kind]
    entry = model.model_json_schema(ref_template="#/$defs/{model}")
    defs = entry.pop("$defs", {})
    if key is None:
        schema = {**entry}
    else:
        defs[model.__name__] = entry
        schema = {"type": "object", "additionalProperties": False, "required": [key],
                  "properties": {key: {"type": "array", "items": {"$ref": f"#/$defs/{model.__name__}"}}}}
    schema = {"$schema": DRAFT, "title": title, "description": f"Files: {where}.", **schema}
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def schema_bytes(kind: str) -> bytes:
    return (json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        path = folder / file_name(kind)
        path.write_bytes(schema_bytes(kind))
        written.append(path)
    return written


def modeline(kind: str, source_file: Path, root: Path) -> str:
    """The first line that points an editor at the schema, relative to the source file."""
    import os
    target = os.path.relpath(root / "schemas" / file_name(kind), source_file.parent)
    return f"# yaml-language-server: $schema={Path(target).as_posix()}"
