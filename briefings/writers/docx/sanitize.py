"""The reference document, reduced to design: what may come from `reference.docx`.

The reference document comes from an office's IT: semi-trusted. Only its design is taken
over -- styles, numbering, fonts, theme, page setup (section properties) and header/footer
design -- and every generated DOCX is built on the result. Dropped, and reported by
`briefings check`:

- any part that is not one of those (macros `vbaProject.bin`, OLE objects, ActiveX,
  embedded fonts, custom XML, glossary documents, thumbnails, custom properties);
- every external relationship (an attached template on a share, a tracking image) and
  every relationship to a dropped part;
- in settings: `attachedTemplate`, mail merge data sources, document variables and style
  linking to a template;
- the body's content (only the final section properties stay);
- in headers, footers and notes: fields other than PAGE and NUMPAGES (INCLUDEPICTURE,
  DDEAUTO, HYPERLINK…: the field code goes, its shown result stays as plain text), and
  embedded objects, controls, sub-documents and alternative-format chunks.

A reference with nothing to drop is returned unchanged, byte for byte.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import TypedDict

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
MAX_PARTS = 500
MAX_UNCOMPRESSED = 64 * 1024 * 1024

_KEEP = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(core|app)\.xml"
    r"|word/(document|styles|stylesWithEffects|numbering|settings|fontTable|webSettings"
    r"|footnotes|endnotes)\.xml|word/theme/theme\d+\.xml|word/(header|footer)\d+\.xml"
    r"|word/media/[\w.-]+\.(png|jpe?g|gif)"
    r"|word/_rels/(document|settings|footnotes|endnotes|header\d+|footer\d+)\.xml\.rels"
    r"|word/theme/_rels/theme\d+\.xml\.rels)$",
    re.I,
)
_KEEP_RELTYPES = {
    "officeDocument",
    "core-properties",
    "extended-properties",
    "styles",
    "stylesWithEffects",
    "numbering",
    "settings",
    "fontTable",
    "webSettings",
    "footnotes",
    "endnotes",
    "theme",
    "header",
    "footer",
    "image",
}
_SETTINGS_DROP = (
    "attachedTemplate",
    "mailMerge",
    "docVars",
    "linkStyles",
    "attachedSchema",
    "saveThroughXslt",
    "saveCustomXmlDataOnly",
    "useXSLTWhenSaving",
)
_EMBEDDED = ("object", "control", "subDoc", "altChunk")
_ALLOWED_FIELDS = {"PAGE", "NUMPAGES"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class ReferenceError(ValueError):
    pass


class _Field(TypedDict):
    """A complex field being read: its runs so far and its code (the instrText)."""

    runs: list[etree._Element]
    instr: str


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _rels_owner(name: str) -> str:
    """'word/_rels/document.xml.rels' -> 'word/document.xml'; '_rels/.rels' -> ''."""
    folder, base = posixpath.split(name)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])


def sanitize_reference(data: bytes) -> tuple[bytes, list[str]]:
    """(the reference reduced to its design, what was dropped); ReferenceError if it is not
    a reasonable zip package at all."""
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        infos = zin.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReferenceError(f"not a zip package ({exc})") from None
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
        raise ReferenceError("too large or too many parts for a reference document")
    dropped: list[str] = []
    parts = {}
    for info in infos:
        if _KEEP.match(info.filename):
            parts[info.filename] = zin.read(info)
        else:
            dropped.append(f"part {info.filename}")
    changed = {}
    # the Ids of the relationships dropped, per owning part (a relationship without an Id,
    # invalid but possible, adds None: it matches no attribute and still marks the part)
    gone_rels: dict[str, set[str | None]] = {}
    for name in [n for n in parts if n.endswith(".rels")]:
        owner = _rels_owner(name)
        root = etree.fromstring(parts[name], _PARSER)
        gone: set[str | None] = set()
        for rel in list(root):
            rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            why: str | None
            if rel.get("TargetMode") == "External":
                why = f"external relationship {rtype} -> {target[:80]}"
            elif rtype not in _KEEP_RELTYPES:
                why = f"relationship {rtype} -> {target[:80]}"
            else:
                resolved = posixpath.normpath(
                    posixpath.join(posixpath.dirname(owner), target)
                ).lstrip("/")
                why = (
                    None
                    if resolved in parts
                    else f"relationship {rtype} -> {target[:80]} (part dropped)"
                )
            if why:
                dropped.append(why + (f" (in {owner})" if owner else ""))
                gone.add(rel.get("Id"))
                root.remove(rel)
        if gone:
            gone_rels[owner] = gone
            changed[name] = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
    for name in [n for n in parts if n.endswith(".xml") and n.startswith("word/")]:
        new = _clean_part(name, parts[name], gone_rels.get(name, set()), dropped)
        if new is not None:
            changed[name] = new
    if not dropped:
        return data, []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in infos:
            if info.filename in parts:
                zout.writestr(info, changed.get(info.filename, parts[info.filename]))
    return out.getvalue(), dropped


def _clean_part(name: str, blob: bytes, gone: set[str | None], dropped: list[str]) -> bytes | None:
    root = etree.fromstring(blob, _PARSER)
    before = len(dropped)
    base = posixpath.basename(name)
    if base == "document.xml":
        body = root.find(_w("body"))
        if body is not None:
            content = [el for el in body if el.tag != _w("sectPr")]
            if content:
                dropped.append(f"body content of the reference ({len(content)} element(s))")
            for el in content:
                body.remove(el)
    if base == "settings.xml":
        for tag in _SETTINGS_DROP:
            for el in list(root.iter(_w(tag))):
                _detach(el)
                dropped.append(f"settings: {tag}")
    for tag in _EMBEDDED:
        for el in list(root.iter(_w(tag))):
            _detach(el)
            dropped.append(f"{tag} in {name}")
    _clean_fields(root, name, dropped)
    if gone:  # elements that pointed to a dropped relationship
        for el in list(root.iter()):
            if any(
                key.startswith(f"{{{R}}}") and value in gone for key, value in el.attrib.items()
            ):
                run = next((a for a in el.iterancestors(_w("r"))), None)
                _detach(run if run is not None else el)
    if len(dropped) == before and not gone:
        return None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _detach(el: etree._Element) -> None:
    """`el` out of its tree (an element that is already out, or the root, stays as it is)."""
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _field_name(instr: str) -> str:
    words = instr.split()
    return words[0].upper() if words else ""


def _clean_fields(root: etree._Element, name: str, dropped: list[str]) -> None:
    """Fields other than PAGE/NUMPAGES lose their code; the result they show stays as text."""
    for simple in list(root.iter(_w("fldSimple"))):
        instr = simple.get(_w("instr"), "")
        parent = simple.getparent()
        if _field_name(instr) not in _ALLOWED_FIELDS and parent is not None:  # (not the root)
            dropped.append(f"field {instr.strip()[:60]!r} in {name}")
            index = parent.index(simple)
            for child in list(simple):
                parent.insert(index, child)
                index += 1
            parent.remove(simple)
    stack: list[_Field] = []
    for run in list(root.iter(_w("r"))):
        char = run.find(_w("fldChar"))
        kind = char.get(_w("fldCharType")) if char is not None else None
        if kind == "begin":
            stack.append({"runs": [run], "instr": ""})
            continue
        if not stack:
            continue
        field = stack[-1]
        code = run.find(_w("instrText"))
        if code is not None:
            field["instr"] += code.text or ""
            field["runs"].append(run)
        elif kind == "separate":
            field["runs"].append(run)
        elif kind == "end":
            field["runs"].append(run)
            stack.pop()
            if _field_name(field["instr"]) not in _ALLOWED_FIELDS:
                dropped.append(f"field {field['instr'].strip()[:60]!r} in {name}")
                for code_run in field["runs"]:
                    _detach(code_run)
