"""Writes templates/docx/reference.docx: the Word styles the DOCX writer names, and no more.

Run `python -m briefings.writers.docx.reference templates/docx/reference.docx`. The file is
built from the XML below (not from Word's heavy default template) so it stays small and
byte-identical from run to run. An office may replace it with its own, made in Word, as
long as it defines the same styles and has a footnotes part (`briefings check` verifies;
docs/authoring.md lists what the writer reads from it). The numbering definitions here are
the writer's own (`abstract_num_xml`): the writer reuses them, or adds them to an office's.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FONT = '<w:rFonts w:ascii="Carlito" w:hAnsi="Carlito" w:eastAsia="Carlito" w:cs="Carlito"/>'
HEAD_FONT = FONT
ACCENT = "0B4F9C"


def _para_style(
    sid: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based: str = "Normal",
    nxt: str = "Normal",
    extra: str = "",
) -> str:
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{sid}">'
        f'<w:name w:val="{name}"/>{based_xml}<w:next w:val="{nxt}"/>{extra}<w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _char_style(sid: str, name: str, rpr: str) -> str:
    return (
        f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{rpr}</w:rPr></w:style>'
    )


def _heading(level: int, size: int, before: int, colour: str = ACCENT) -> str:
    return _para_style(
        f"Heading{level}",
        f"heading {level}",
        ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="80"/>'
        f'<w:outlineLvl w:val="{level - 1}"/>',
        rpr=f'{HEAD_FONT}<w:b/><w:color w:val="{colour}"/><w:sz w:val="{size}"/>'
        f'<w:szCs w:val="{size}"/>',
        nxt="BodyText",
    )


def styles_xml() -> str:
    border = (
        f'<w:pBdr><w:top w:val="single" w:sz="6" w:space="6" w:color="{ACCENT}"/>'
        f'<w:left w:val="single" w:sz="6" w:space="6" w:color="{ACCENT}"/>'
        f'<w:bottom w:val="single" w:sz="6" w:space="6" w:color="{ACCENT}"/>'
        f'<w:right w:val="single" w:sz="6" w:space="6" w:color="{ACCENT}"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EEF3FA"/>'
    )
    cell_border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6B8CC"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    styles = [
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        + FONT
        + '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="en-GB" '
        'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="100" w:line="252" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        "<w:semiHidden/></w:style>",
        _para_style(
            "BodyText",
            "Body Text",
            ppr='<w:spacing w:before="0" w:after="120"/><w:jc w:val="both"/>',
        ),
        _para_style(
            "Compact", "Compact", ppr='<w:spacing w:before="20" w:after="40"/>', based="BodyText"
        ),
        _para_style(
            "Title",
            "Title",
            ppr='<w:spacing w:before="120" w:after="120"/>',
            rpr=f'{HEAD_FONT}<w:b/><w:color w:val="1A1A1A"/><w:sz w:val="48"/><w:szCs w:val="48"/>',
            nxt="Subtitle",
        ),
        _para_style(
            "Subtitle",
            "Subtitle",
            ppr='<w:spacing w:after="200"/>',
            rpr='<w:color w:val="4A4A4A"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
            nxt="BodyText",
        ),
        _para_style(
            "ProductLabel",
            "Product Label",
            ppr='<w:spacing w:after="60"/>',
            rpr=f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/><w:spacing w:val="20"/>'
            '<w:sz w:val="22"/>',
        ),
        _para_style(
            "Metadata",
            "Metadata",
            ppr=f'<w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="{ACCENT}"/>'
            '</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEF3FA"/>'
            '<w:spacing w:before="0" w:after="0"/><w:ind w:left="144"/>',
            rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "SummaryHeading",
            "Summary Heading",
            ppr=border + '<w:keepNext/><w:spacing w:before="240" w:after="60"/>',
            rpr=f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/><w:sz w:val="22"/>',
            nxt="Summary",
        ),
        _para_style(
            "Summary",
            "Summary",
            ppr=border + '<w:spacing w:before="0" w:after="100"/>',
            based="BodyText",
            nxt="Summary",
        ),
        _heading(1, 32, 360),
        _heading(2, 26, 240),
        _heading(3, 22, 200, "1A1A1A"),
        _para_style(
            "TOCHeading",
            "TOC Heading",
            ppr='<w:keepNext/><w:spacing w:before="240" w:after="60"/>',
            rpr=f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/><w:sz w:val="22"/>',
            nxt="TOC1",
        ),
        _para_style(
            "TOC1",
            "toc 1",
            ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
            '<w:spacing w:before="0" w:after="40"/>',
            nxt="BodyText",
        ),
        _para_style(
            "Caption",
            "caption",
            ppr='<w:keepNext/><w:spacing w:before="200" w:after="80"/>',
            rpr=f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="19"/>',
        ),
        _para_style(
            "TableText",
            "Table Text",
            ppr='<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
            rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>',
        ),
        _para_style(
            "TableHeading",
            "Table Heading",
            ppr='<w:keepNext/><w:spacing w:before="20" w:after="20"/>',
            rpr='<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
            based="TableText",
        ),
        _para_style(
            "BlockText", "Block Text", ppr='<w:ind w:left="567" w:right="567"/>', based="BodyText"
        ),
        _para_style("FigureAlt", "Figure", ppr='<w:jc w:val="center"/><w:keepNext/>'),
        _para_style(
            "ReferenceItem",
            "Reference Item",
            ppr='<w:spacing w:after="80"/><w:ind w:left="284" w:hanging="284"/>',
            rpr='<w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _para_style(
            "Disclaimer",
            "Disclaimer",
            ppr='<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="A6B8CC"/></w:pBdr>'
            '<w:spacing w:before="240"/>',
            rpr='<w:color w:val="4A4A4A"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
        ),
        _para_style(
            "FootnoteText",
            "footnote text",
            ppr='<w:spacing w:after="0" w:line="228" w:lineRule="auto"/>',
            rpr='<w:sz w:val="16"/><w:szCs w:val="16"/>',
        ),
        _para_style(
            "Header",
            "header",
            ppr='<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/>',
            rpr='<w:color w:val="4A4A4A"/><w:sz w:val="16"/>',
        ),
        _para_style(
            "Footer",
            "footer",
            ppr='<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/>',
            rpr='<w:color w:val="4A4A4A"/><w:sz w:val="16"/>',
        ),
        _char_style(
            "FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'
        ),
        _char_style("Hyperlink", "Hyperlink", f'<w:color w:val="{ACCENT}"/><w:u w:val="single"/>'),
        _char_style(
            "Untranslated",
            "Untranslated",
            '<w:color w:val="7A3E00"/><w:shd w:val="clear" w:color="auto" w:fill="FFF3E0"/>',
        ),
        _char_style(
            "VerbatimChar",
            "Verbatim Char",
            '<w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono"/><w:sz w:val="19"/>',
        ),
        '<w:style w:type="table" w:styleId="BriefingTable"><w:name w:val="Briefing Table"/>'
        f'<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>{cell_border}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/></w:tcPr></w:tblStylePr>'
        '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EEF3FA"/></w:tcPr></w:tblStylePr>'
        "</w:style>",
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles '
        f"{W}>{''.join(styles)}</w:styles>"
    )


def abstract_num_xml(kind: str, abstract_id: int, ns: str = "") -> str:
    """The writer's own list definition, `kind` "bullet" or "decimal", nine levels: the
    reference carries these, and the writer adds them to an office's own reference."""
    out = []
    bullets = ["•", "–", "◦"]
    for lvl in range(9):
        indent = 425 * (lvl + 1)
        if kind == "bullet":
            fmt, text = "bullet", bullets[lvl % 3]
        else:
            fmt, text = ["decimal", "lowerLetter", "lowerRoman"][lvl % 3], f"%{lvl + 1}."
        out.append(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="283"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum{" " + ns if ns else ""} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(out)}</w:abstractNum>'
    )


def numbering_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
        f"{abstract_num_xml('bullet', 1)}{abstract_num_xml('decimal', 2)}"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2">'
        '<w:abstractNumId w:val="2"/></w:num></w:numbering>'
    )


def footnotes_xml() -> str:
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W} '
        f"{R}>{sep}</w:footnotes>"
    )


SETTINGS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}>'
    '<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat>'
    "</w:settings>"
)

DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {R}><w:body>'
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" w:right="1134" '
    'w:bottom="1247" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
    "</w:sectPr></w:body></w:document>"
)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
    'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
    '+xml"/><Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footnotes.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)

DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/><Relationship Id="rId3" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" '
    'Target="settings.xml"/><Relationship Id="rId4" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
    'Target="footnotes.xml"/>'
    "</Relationships>"
)

CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Reference document</dc:title>'
    "<dc:creator>briefings</dc:creator></cp:coreProperties>"
)


def reference_parts() -> list[tuple[str, str]]:
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", DOCUMENT),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/footnotes.xml", footnotes_xml()),
        ("docProps/core.xml", CORE),
    ]


def write_reference(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in reference_parts():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    from ...project import NAMES

    write_reference(Path(sys.argv[1]) if len(sys.argv) > 1 else NAMES.reference_docx)
