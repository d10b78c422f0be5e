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
    return ("\n".join(head) + "\n\n" + _plain_summary(resolved, doc.labels.get("Summary", "Summary"))).encode("utf-8")


def _plain_summary(text: str, label: str) -> str:
    """The `!!! summary` box as a plain-Markdown section other tools read (no indented code block)."""
    out, in_box = [], False
    for line in text.lstrip("\n").split("\n"):
        if line.strip() == "!!! summary":
            out.append(f"**{label}**")
            in_box = True
            continue
        if in_box and line and not line.startswith("    "):
            in_box = False
        out.append(line[4:] if in_box and line.startswith("    ") else line)
    return "\n".join(out)
