"""Stage 1: the project's source files read, validated and loaded (facts, terms, packs,
documents, glossary, house style), and the scaffolding that writes new ones."""
