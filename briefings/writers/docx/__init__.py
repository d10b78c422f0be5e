"""Document to DOCX (Word) bytes, on the styles of templates/docx/reference.docx."""

from .writer import STYLES_USED, DocxWriter

__all__ = ["DocxWriter", "STYLES_USED"]
