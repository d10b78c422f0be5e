"""Translation contexts (gettext `msgctxt`): built and read here only.

A catalogue entry's context says what the text is, so that the same English in two roles is
two entries and a translator knows what they translate:

| context                       | the entry                                              |
|-------------------------------|--------------------------------------------------------|
| `<template>: <kind>`          | a unit of a template (`paragraph`, `heading`, `table cell`…) |
| `fact:<id>`                   | a fact's sentence                                      |
| `fact-label:<id>`             | a fact's short label on a timeline                     |
| `pack:<id>`                   | a pack's title                                         |
| `pack:<id>:<field>`           | its `subtitle`, `event`, `place`, `service`, `disclaimer` |
| `document:<pack>/<doc>`       | a document's title                                     |

The data contexts (facts, labels, pack texts, titles) hold plain text, never a template.
"""

from __future__ import annotations

_DATA = ("fact:", "fact-label:", "pack:", "document:")


def unit(template: str, kind: str) -> str:
    """A template unit: 'plenary-2026-05-18-briefing: paragraph'."""
    return f"{template}: {kind}"


def fact(fact_id: str) -> str:
    return f"fact:{fact_id}"


def fact_label(fact_id: str) -> str:
    return f"fact-label:{fact_id}"


def pack(pack_id: str, field: str | None = None) -> str:
    """The pack's title (no field) or one of its texts ('event', 'place', …)."""
    return f"pack:{pack_id}" + (f":{field}" if field else "")


def document(pack_id: str, doc_id: str) -> str:
    return f"document:{pack_id}/{doc_id}"


def is_data(context: str | None) -> bool:
    """A fact, label, pack text or title: plain text, never a template."""
    return (context or "").startswith(_DATA)


def is_fact(context: str | None) -> bool:
    return (context or "").startswith("fact:")


def kind(context: str | None) -> str:
    """What sort of entry a context names: the unit's kind ('paragraph', 'heading', …) for a
    template unit; 'fact', 'fact-label', 'pack' or 'document' for the others."""
    context = context or ""
    if is_data(context):
        return context.split(":", 1)[0]
    return context.rsplit(": ", 1)[1] if ": " in context else context


def template_of(context: str | None) -> str | None:
    """The template of a unit's context, or None for a data context."""
    context = context or ""
    if is_data(context) or ": " not in context:
        return None
    return context.rsplit(": ", 1)[0]


def fact_of(context: str | None) -> str | None:
    """The fact of a `fact:` or `fact-label:` context."""
    context = context or ""
    if context.startswith(("fact:", "fact-label:")):
        return context.split(":", 1)[1]
    return None


def pack_of(context: str | None) -> str | None:
    """The pack of a `pack:` or `document:` context."""
    context = context or ""
    if context.startswith("pack:"):
        return context.split(":")[1]
    if context.startswith("document:"):
        return context[len("document:") :].split("/")[0]
    return None


def is_pack_text(context: str | None, pack_id: str) -> bool:
    """One of the pack's own texts (title, subtitle, event, place, service, disclaimer)."""
    return (context or "").startswith("pack:") and pack_of(context) == pack_id
