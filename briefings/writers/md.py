"""Document to Markdown: the resolved Markdown with a YAML header other tools read."""

from __future__ import annotations

import json
import re

from .. import model as m
from ..formatting import format_date as fmt_date
from ..render import FIGURE_TOKEN, escape_markdown


def write_markdown(doc: m.Document, resolved: str, notes=(), figures=None) -> bytes:
    """Pandoc-compatible Markdown: title block (JSON strings are valid YAML) and the body."""
    meta = doc.meta
    head = [
        "---",
        # pandoc reads metadata strings as Markdown: escaped like any inserted text
        f"title: {json.dumps(escape_markdown(meta.title), ensure_ascii=False)}",
        f"lang: {meta.lang}",
        f"date: {meta.date.isoformat()}",
    ]
    if meta.reference:
        head.append(f"identifier: {json.dumps(escape_markdown(meta.reference), ensure_ascii=False)}")
    head.append("---")
    # Citation notes get labels of their own ('c1', 'c2'…): an author's own [^1] stays apart.
    body = _NOTE.sub(lambda match: f"[^c{match.group(1)}]", resolved)
    if notes:
        # a note's language marks (a name kept in English) go, as the body's do (compose._clean_markdown)
        body = body.rstrip("\n") + "\n\n" + "".join(f"[^c{i}]: {_LANG_MARKS.sub('', t)}\n"
                                                  for i, t in enumerate(notes, 1))
    body = _plain_summary(body, escape_markdown(doc.labels.get("Summary", "Summary")))
    for n, fig in (figures or {}).items():          # the timeline as a list other tools can show
        # labels and event names are text, escaped as every inserted value is (no raw HTML,
        # no link can come from them)
        items = "\n".join(f"- {escape_markdown(fmt_date(e.date, doc.meta.lang))}: "
                          f"{escape_markdown(m.plain_text(e.label))}" for e in fig.entries)
        body = body.replace(FIGURE_TOKEN.format(n), items)
    return ("\n".join(head) + "\n\n" + body).encode("utf-8")


_NOTE = re.compile("\ue010(\\d+)\ue011")
_LANG_MARKS = re.compile("\ue000[a-z]{2}\ue001|[\ue000-\ue002]")


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
