"""The parsed blocks tidied: a citation repeated within one paragraph, cell or list item is
noted once, notes are renumbered in reading order, and table cells start with a capital
(a cell may open with an inserted name that is lower case in running text, such as
"règlement sur la cyberrésilience")."""

from __future__ import annotations

from dataclasses import replace

from . import model as m


def _key(note: m.Footnote):
    return repr(note.children)


def _inlines(nodes, notes: dict, seen: set, order: list):
    out = []
    for node in nodes:
        if isinstance(node, m.FootnoteRef):
            note = notes.get(node.number)
            if note is None:
                continue
            key = _key(note)
            if key in seen:
                continue                      # the same source again in this passage
            seen.add(key)
            order.append(node.number)
            out.append(m.FootnoteRef(len(order)))
        elif isinstance(node, (m.Strong, m.Emph, m.Link)):
            out.append(replace(node, children=tuple(_inlines(node.children, notes, seen, order))))
        else:
            out.append(node)
    return tuple(out)


def _block(block, notes, order):
    if isinstance(block, (m.Heading, m.Paragraph)):
        return replace(block, children=_inlines(block.children, notes, set(), order))
    if isinstance(block, m.ListBlock):
        return replace(block, items=tuple(tuple(_block(b, notes, order) for b in item) for item in block.items))
    if isinstance(block, m.Table):
        def cells(row):
            return tuple(replace(c, children=_inlines(c.children, notes, set(), order)) for c in row)
        return replace(block, caption=_inlines(block.caption, notes, set(), order),
                       header=cells(block.header), rows=tuple(cells(r) for r in block.rows))
    if isinstance(block, (m.Callout, m.Quote)):
        return replace(block, blocks=tuple(_block(b, notes, order) for b in block.blocks))
    return block


def merge_repeated(blocks, footnotes) -> tuple[tuple, tuple]:
    """(blocks, footnotes) with repeats inside one passage dropped and notes numbered 1..n."""
    notes = {n.number: n for n in footnotes}
    order: list[int] = []
    new_blocks = tuple(_block(b, notes, order) for b in blocks)
    new_notes = tuple(m.Footnote(i, notes[old].children) for i, old in enumerate(order, 1))
    return new_blocks, new_notes


def _capital(nodes: tuple) -> tuple:
    if nodes and isinstance(nodes[0], m.Text) and nodes[0].text[:1].islower():
        first = nodes[0]
        return (replace(first, text=first.text[:1].upper() + first.text[1:]),) + tuple(nodes[1:])
    if nodes and isinstance(nodes[0], (m.Strong, m.Emph, m.Link)):
        return (replace(nodes[0], children=_capital(nodes[0].children)),) + tuple(nodes[1:])
    return tuple(nodes)


def capitalise_cells(blocks) -> tuple:
    out = []
    for block in blocks:
        if isinstance(block, m.Table):
            def cells(row):
                return tuple(replace(c, children=_capital(c.children)) for c in row)
            block = replace(block, header=cells(block.header), rows=tuple(cells(r) for r in block.rows),
                            caption=_capital(block.caption))
        elif isinstance(block, (m.Callout, m.Quote)):
            block = replace(block, blocks=capitalise_cells(block.blocks))
        out.append(block)
    return tuple(out)
