"""Document to Markdown: the resolved Markdown with a YAML header other tools read."""

from __future__ import annotations

import json

from .. import model as m


def write_markdown(doc: m.Document, resolved: str) -> bytes:
    """Pandoc-compatible Markdown: title block (JSON strings are valid YAML) and the body."""
    meta = doc.meta
    head = [
        "---",
        f"title: {json.dumps(meta.title, ensure_ascii=False)}",
        f"lang: {meta.lang}",
        f"date: {meta.date.isoformat()}",
    ]
    if meta.reference:
        head.append(f"identifier: {json.dumps(meta.reference, ensure_ascii=False)}")
    head.append("---")
    return ("\n".join(head) + "\n\n" + resolved.replace("!!! summary\n", "").lstrip("\n")).encode("utf-8")
