"""Row header cells in a Typst PDF's structure tree (imported by the compile server only).

Every table of a Document has a header column: the first cell of each body row names
what the row is about (the HTML page writes it as `<th scope="row">`, Word's table style
sets it in bold). Typst 0.15 tags the cells of `table.header` as TH with Column scope and
every other cell as TD; marking a body cell as a header cell (`pdf.header-cell` with
`scope: "row"`) needs its `a11y-extras` feature, which the Python binding cannot enable.
So the tagged PDF Typst wrote is edited here, with pikepdf: in every Table, the first
cell of each row of the body (TBody, TFoot, or rows directly under the Table) becomes a
TH whose Table attribute has Scope /Row and an ID (registered in the structure tree's
IDTree), and the row's other cells list that ID among their /Headers, after their column
header, as PDF/UA asks of a table organised with Headers and IDs. Nothing else changes:
the changed objects are appended to Typst's file as an incremental update, so equal
input gives equal bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pikepdf

_ROW_GROUPS = ("/TBody", "/TFoot")


def _kids(elem: pikepdf.Object) -> list[pikepdf.Object]:
    """The structure element children of `elem` (marked-content ids and references left out)."""
    k = elem.get("/K")
    if k is None:
        return []
    items = list(k) if isinstance(k, pikepdf.Array) else [k]
    return [c for c in items if isinstance(c, pikepdf.Dictionary) and "/S" in c]


def _table_attribute(cell: pikepdf.Object) -> pikepdf.Object:
    """The cell's attribute dictionary with owner /Table, added if it has none."""
    attrs = cell.get("/A")
    if attrs is None:
        attrs = pikepdf.Array()
        cell.A = attrs
    elif isinstance(attrs, pikepdf.Dictionary):
        attrs = pikepdf.Array([attrs])
        cell.A = attrs
    for a in attrs:
        if isinstance(a, pikepdf.Dictionary) and a.get("/O") == pikepdf.Name.Table:
            return a
    a = pikepdf.Dictionary(O=pikepdf.Name.Table)
    attrs.append(a)
    return a


def _tables(elem: pikepdf.Object) -> Iterator[pikepdf.Object]:
    for child in _kids(elem):
        if child.S == pikepdf.Name.Table:
            yield child
        else:
            yield from _tables(child)


def body_rows(table: pikepdf.Object) -> list[pikepdf.Object]:
    """The table's rows outside its header (THead), in order."""
    rows = []
    for child in _kids(table):
        if child.S == pikepdf.Name.TR:
            rows.append(child)
        elif str(child.S) in _ROW_GROUPS:
            rows += [r for r in _kids(child) if r.S == pikepdf.Name.TR]
    return rows


def tag_row_headers(data: bytes) -> bytes:
    """`data` (a tagged PDF) with the first cell of every body row of every table tagged
    as a row header (see the module's docstring); unchanged when it has no tables."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        tree = pdf.Root.get("/StructTreeRoot")
        if tree is None:
            return data
        tables = list(_tables(tree))
        if not tables:
            return data
        changed = {tree.objgen}
        names = _flat_ids(tree)
        added: list[tuple[bytes, pikepdf.Object]] = []
        taken = set(names or ())
        for t, table in enumerate(tables, start=1):
            for y, row in enumerate(body_rows(table), start=1):
                cells = [c for c in _kids(row) if c.S in (pikepdf.Name.TD, pikepdf.Name.TH)]
                if (
                    not cells
                    or cells[0].S == pikepdf.Name.TH
                    or not all(c.is_indirect for c in cells)
                ):
                    continue
                head = cells[0]
                head.S = pikepdf.Name.TH
                _table_attribute(head).Scope = pikepdf.Name.Row
                key = f"briefings-row-{t}-{y}".encode()
                while key in taken:
                    key += b"-"
                taken.add(key)
                head.ID = pikepdf.String(key)
                added.append((key, head))
                for cell in cells[1:]:
                    other = _table_attribute(cell)
                    headers = other.get("/Headers")
                    before = list(headers) if headers is not None else []
                    other.Headers = pikepdf.Array([*before, pikepdf.String(key)])
                changed.update(c.objgen for c in cells)
        if not added:
            return data
        if names is None or not _classic_xref(data):  # not as Typst 0.15 writes it: rewrite
            ids = pikepdf.NameTree(tree.IDTree) if "/IDTree" in tree else pikepdf.NameTree.new(pdf)
            for key, head in added:
                ids[key.decode()] = head
            tree.IDTree = ids.obj
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True, fix_metadata_version=False)
            return out.getvalue()
        pairs = sorted([*names.items(), *added], key=lambda kv: kv[0])  # a name tree is sorted
        flat = pikepdf.Array()
        for key, elem in pairs:
            flat.append(pikepdf.String(key))
            flat.append(elem)
        tree.IDTree = pikepdf.Dictionary(Names=flat)
        return _incremental_update(data, pdf, sorted(changed))


def _flat_ids(tree: pikepdf.Object) -> dict[bytes, pikepdf.Object] | None:
    """The structure tree's IDTree as {key bytes: element} when it is one flat /Names node
    (as Typst writes it), {} when there is none, None when it has /Kids."""
    ids = tree.get("/IDTree")
    if ids is None:
        return {}
    if "/Kids" in ids or "/Names" not in ids:
        return None
    flat = list(ids.Names)
    return {bytes(flat[i]): flat[i + 1] for i in range(0, len(flat) - 1, 2)}


def _classic_xref(data: bytes) -> bool:
    """Whether the file's last cross-reference section is a table (`xref`), not a stream."""
    at = data.rfind(b"startxref")
    try:
        offset = int(data[at + 9 :].split()[0])
    except (ValueError, IndexError):
        return False
    return at > 0 and data[offset : offset + 4] == b"xref"


def _incremental_update(data: bytes, pdf: pikepdf.Pdf, objects: list[tuple[int, int]]) -> bytes:
    """`data` with the changed `objects` of `pdf` appended as an incremental update (PDF
    1.7, 7.5.6): the original bytes stay as they are, followed by the new versions of
    those objects, a cross-reference table for them and a trailer pointing back (/Prev)
    to the original one. Cheaper than writing the whole file again (a third of the
    compile's time for a briefing), and as reproducible."""
    prev = int(data[data.rfind(b"startxref") + 9 :].split()[0])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for num, gen in objects:
        offsets[num] = (len(out), gen)
        body = pdf.get_object(num, gen).unparse(resolved=True)
        out += f"{num} {gen} obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    numbers = sorted(offsets)
    runs: list[list[int]] = []
    for num in numbers:
        if runs and num == runs[-1][-1] + 1:
            runs[-1].append(num)
        else:
            runs.append([num])
    for run in runs:
        out += f"{run[0]} {len(run)}\n".encode()
        for num in run:
            offset, gen = offsets[num]
            out += f"{offset:010d} {gen:05d} n\r\n".encode()
    trailer = pikepdf.Dictionary(Size=int(pdf.trailer.Size), Root=pdf.trailer.Root, Prev=prev)
    for key in ("/Info", "/ID"):
        if key in pdf.trailer:
            trailer[key] = pdf.trailer[key]
    out += b"trailer\n" + trailer.unparse() + f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
