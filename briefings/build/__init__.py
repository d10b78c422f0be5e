"""Stage 5: a build as a whole: what is stale (fingerprint, incremental), the units built in
worker processes, the site staged and published in one step. Kept light: the no-change
path imports `fingerprint` and `publish` from here without the document libraries."""
