"""Built documents to the site around them: home, pack indexes, 404, sitemap, assets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from ..build.fingerprint import content_hash
from ..i18n.formatting import punctuation
from ..i18n.labels import Labels, accessibility_page, home_page
from ..languages import BY_CODE, protocol_sorted
from ..safefs import write_atomic
from ..writers.html import CSP, Alternate, Page, layout_environment
from ..writers.registry import DOWNLOADS, FORMATS

if TYPE_CHECKING:
    from ..build.builder import UnitRecord
    from ..sources.library import Library, Pack

Unit = tuple[str, str, str]


def human_size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class Site:
    def __init__(self, layouts: Path, base_url: str | None = None):
        self.env = layout_environment(layouts)
        self.layouts = layouts
        self.base_url = base_url.rstrip("/") + "/" if base_url else None

    def url(self, path: str) -> str | None:
        return self.base_url + path if self.base_url else None

    def alternates(
        self,
        pack: str,
        langs: Iterable[str],
        coverage: Mapping[str, int],
        current: str,
        name: str,
        prefix: str,
    ) -> tuple[Alternate, ...]:
        """The same page in every language it is published in (`coverage`: language -> % of
        its words in that language); never a link to a language left out."""
        return tuple(
            Alternate(
                lang,
                BY_CODE[lang].native,
                f"{prefix}{lang}/{name}",
                coverage[lang] >= 100,
                lang == current,
                self.url(f"{pack}/{lang}/{name}"),
                coverage[lang],
            )
            for lang in protocol_sorted(coverage)
        )

    def render(self, template: str, **context: object) -> bytes:
        return self.env.get_template(template).render(csp=CSP, **context).encode("utf-8")

    def home(
        self, packs: list[dict[str, object]], labels: Labels, name: str = "index.html"
    ) -> bytes:
        page = Page(root="", canonical=self.url(name))
        return self.render("home.html", lang=labels["lang"], labels=labels, page=page, packs=packs)

    def pack_index(
        self,
        pack: Pack,
        lang: str,
        labels: Labels,
        docs: list[dict[str, object]],
        coverage: Mapping[str, int],
    ) -> bytes:
        page = Page(
            root="../../",
            index_href="index.html",
            alternates=self.alternates(pack.id, coverage, coverage, lang, "index.html", "../"),
            canonical=self.url(f"{pack.id}/{lang}/index.html"),
        )
        event = f"{labels['event_name']}, {labels['event_place']}, {labels['event_date']}"
        return self.render(
            "pack.html", lang=lang, labels=labels, page=page, documents=docs, event=event
        )

    def simple(
        self, template: str, labels: Labels, name: str | None = None, **context: object
    ) -> bytes:
        page = Page(root="", canonical=self.url(name or template))
        return self.render(template, lang=labels["lang"], labels=labels, page=page, **context)

    def sitemap(self, pages: list[tuple[str, list[tuple[str, str]]]]) -> bytes:
        """pages: (path, [(hreflang, path), ...]) — absolute URLs need --base-url; else relative."""

        def loc(path: str) -> str:
            return self.url(path) or path

        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        ]
        for path, alts in pages:
            out.append(f"  <url><loc>{xml_escape(loc(path))}</loc>")
            for lang, alt in alts:
                href = xml_escape(loc(alt))
                out.append(f'    <xhtml:link rel="alternate" hreflang="{lang}" href="{href}"/>')
            out.append("  </url>")
        out.append("</urlset>")
        return ("\n".join(out) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SiteInputs:
    """What the site pages are made from: every unit the site holds, built now or kept."""

    lib: Library
    units: Sequence[Unit]  # in the order a full build lists them
    records: Mapping[str, UnitRecord]  # by unit name ('pack/document/lang')
    labels: Callable[[Pack, str], Labels]  # a pack's interface text in a language
    # (pack, document) -> {language: coverage %} of the languages each document is published in
    available: Mapping[tuple[str, str], Mapping[str, int]]
    base_url: str | None = None


def write_site(inputs: SiteInputs, staging: Path) -> dict[str, str]:
    """Home page, pack indexes, 404, accessibility statement, sitemap and assets, into
    `staging`: always written anew (they are cheap) from the records of every unit the site
    holds. Returns the files written with their content hashes."""
    lib, units, records = inputs.lib, inputs.units, inputs.records
    labels_of, available, base_url = inputs.labels, inputs.available, inputs.base_url
    if not any("html" in records["/".join(u)].sizes for u in units):
        return {}
    site = Site(lib.layout.layouts, base_url)
    files: dict[str, str] = {}

    def put(name: str, data: bytes) -> None:
        write_atomic(staging / name, data)
        files[name] = content_hash(data)

    by_pack: dict[str, dict[str, list[Unit]]] = {}
    for unit in units:
        by_pack.setdefault(unit[0], {}).setdefault(unit[2], []).append(unit)
    sitemap: list[tuple[str, list[tuple[str, str]]]] = []
    listing: list[tuple[Pack, list[str], dict[str, object]]] = []
    home_labels: Labels | None = None
    for pack_id, langs_units in by_pack.items():
        pack = lib.packs[pack_id]
        langs = protocol_sorted(langs_units)
        # a language's index: complete when every document is published in it, whole
        whole = {
            lang: all(
                available.get((pack_id, u[1]), {}).get(lang, 0) >= 100 for u in langs_units[lang]
            )
            for lang in langs
        }
        for lang in langs:
            labels = labels_of(pack, lang)
            if lang == "en" or home_labels is None:
                home_labels = labels
            docs: list[dict[str, object]] = []
            for unit in langs_units[lang]:
                rec = records["/".join(unit)]
                where = available.get(unit[:2], {})
                if lang not in where:  # below the gate: say where it is
                    docs.append(
                        {
                            "title": rec.title,
                            "product": rec.product,
                            "available": False,
                            "title_lang": rec.title_lang,
                            "elsewhere": [
                                {
                                    "lang": x,
                                    "native": BY_CODE[x].native,
                                    "href": f"../{x}/{unit[1]}.html",
                                }
                                for x in protocol_sorted(where)
                            ],
                            "percent": rec.coverage.percent,
                            "downloads": [],
                        }
                    )
                    continue
                downloads: list[tuple[str, str, str]] = []
                if "html" in rec.sizes:
                    downloads.append(
                        (
                            f"{labels['Web page']} (HTML)",
                            f"{unit[1]}.html",
                            human_size(rec.sizes["html"]),
                        )
                    )
                for fmt in DOWNLOADS:
                    key = FORMATS[fmt].download
                    if fmt in rec.sizes and key:  # every one of DOWNLOADS has its label key
                        downloads.append(
                            (
                                f"{labels[key]} ({fmt.upper()})",
                                f"{unit[1]}.{fmt}",
                                human_size(rec.sizes[fmt]),
                            )
                        )
                docs.append(
                    {
                        "title": rec.title,
                        "href": f"{unit[1]}.html",
                        "product": rec.product,
                        "title_lang": rec.title_lang,
                        "available": True,
                        "complete": where[lang] >= 100,
                        "percent": where[lang],
                        "downloads": downloads,
                    }
                )
                sitemap.append(
                    (
                        f"{pack_id}/{lang}/{unit[1]}.html",
                        [(x, f"{pack_id}/{x}/{unit[1]}.html") for x in protocol_sorted(where)],
                    )
                )
            index_cov = {x: 100 if whole[x] else 99 for x in langs}
            put(
                f"{pack_id}/{lang}/index.html", site.pack_index(pack, lang, labels, docs, index_cov)
            )
            sitemap.append(
                (f"{pack_id}/{lang}/index.html", [(x, f"{pack_id}/{x}/index.html") for x in langs])
            )
        listing.append(
            (
                pack,
                langs,
                {
                    "languages": [
                        {
                            "lang": lang,
                            "native": BY_CODE[lang].native,
                            "href": f"{pack_id}/{lang}/index.html",
                            "complete": whole[lang],
                        }
                        for lang in langs
                    ]
                },
            )
        )
    # home page and accessibility statement in every language a pack has (the interface is
    # there in each); one 404 page, which says so in every one of them
    statements: dict[str, Labels] = {}
    for pack_id, langs_units in by_pack.items():
        for lang in protocol_sorted(langs_units):
            if lang not in statements:
                statements[lang] = labels_of(lib.packs[pack_id], lang)
    for lang in protocol_sorted(statements):
        entries: list[dict[str, object]] = []
        for pack, langs, entry in listing:
            shown = labels_of(
                pack, lang if lang in langs else ("en" if "en" in langs else langs[0])
            )
            event = f"{shown['event_name']}, {shown['event_place']}, {shown['event_date']}"
            entries.append(
                {
                    **entry,
                    "title": shown["pack_title"],
                    "title_lang": shown.get("pack_title_lang")
                    or (None if shown["lang"] == lang else shown["lang"]),
                    "event": event,
                }
            )
        put(home_page(lang), site.home(entries, statements[lang], home_page(lang)))
    assert home_labels is not None  # a unit has an HTML page (else the return above)
    others = [
        {
            "lang": x,
            "not_found": statements[x]["Page not found"],
            "sep": punctuation(": ", x),
            "home": statements[x]["Briefing packs"],
            "href": home_page(x),
        }
        for x in protocol_sorted(statements)
        if x != home_labels["lang"]
    ]
    put("404.html", site.simple("404.html", home_labels, others=others))
    for lang in protocol_sorted(statements):
        put(
            accessibility_page(lang),
            site.simple("accessibility.html", statements[lang], accessibility_page(lang)),
        )
    a11y = [
        (accessibility_page(x), [(y, accessibility_page(y)) for y in protocol_sorted(statements)])
        for x in protocol_sorted(statements)
    ]
    homes = [
        (home_page(x), [(y, home_page(y)) for y in protocol_sorted(statements)])
        for x in protocol_sorted(statements)
    ]
    put("sitemap.xml", site.sitemap(homes + a11y + sitemap))
    css = lib.layout.css.read_bytes()
    house = lib.house.profile if lib.house else None
    if house and (house.colours.accent or house.colours.accent_dark):  # the house's colours win
        over = "".join(
            f" --{k}: {v};"
            for k, v in (
                ("accent", house.colours.accent),
                ("accent-dark", house.colours.accent_dark),
            )
            if v
        )
        css += f"/* house profile */\n:root {{{over} }}\n".encode()
    put("assets/briefings.css", css)
    if house and house.logo:
        put(
            "assets/house-logo" + Path(house.logo.file).suffix,
            (lib.root / house.logo.file).read_bytes(),
        )
    return files
