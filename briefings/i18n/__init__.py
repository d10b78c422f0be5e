"""Translation: template units, catalogues (gettext PO via Babel), checks and status."""
