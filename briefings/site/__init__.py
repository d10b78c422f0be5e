"""Stage 4: the site's own pages (home, pack indexes, accessibility statements, 404,
sitemap, assets)."""
