"""Document to DOCX (Word) bytes, on the styles of templates/docx/reference.docx."""

from .writer import DocxWriter, STYLES_USED

__all__ = ["DocxWriter", "STYLES_USED"]
