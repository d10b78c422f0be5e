"""briefings: cited source facts and templates to multilingual briefing packs."""

__version__ = "0.1.0"
