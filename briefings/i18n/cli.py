"""`briefings i18n …`: extract, init, update, compile, status."""

from __future__ import annotations

import click


@click.group()
def i18n():
    """Translation catalogues (gettext PO files in locales/) for translators' tools."""
