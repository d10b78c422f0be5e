"""Stage 2: one (pack, document, language) composed into a Document: the briefing template
rendered in the sandbox, its Markdown parsed into the model, notes tidied, coverage counted."""
