"""A reference document whose default font size has no usable value (found while typing the
DOCX writer): a dense product is still written, and the odd value is left as it is."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import docx
import pytest

from briefings import model as m
from briefings.writers.docx.reference import reference_parts, styles_xml
from briefings.writers.docx.writer import DocxWriter

from .test_docx import _doc

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize("size", ["<w:sz/>", '<w:sz w:val="20.5"/>'])
def test_a_dense_document_on_a_reference_with_an_odd_default_size(tmp_path, size):
    styles = styles_xml()
    assert styles.count('<w:sz w:val="20"/>') >= 1
    styles = styles.replace('<w:sz w:val="20"/>', size, 1)  # the first one: docDefaults
    ref = tmp_path / "reference.docx"
    with zipfile.ZipFile(ref, "w") as zf:
        for name, text in reference_parts():
            zf.writestr(name, styles if name == "word/styles.xml" else text)
    assert DocxWriter.check_reference(ref).problems == ()
    doc = _doc([m.Paragraph((m.Text("A short note."),))])
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, dense=True))
    document = docx.Document(io.BytesIO(DocxWriter(ref).write(doc)))
    rpr = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}sz").get(f"{W}val") == (None if size == "<w:sz/>" else "20.5")
    assert rpr.find(f"{W}szCs").get(f"{W}val") == "19"  # the usable one is still made denser
    assert "A short note." in [p.text for p in document.paragraphs]
