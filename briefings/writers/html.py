"""Document to a self-contained HTML5 page (layout from templates/html/, autoescaped)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import nh3
from markupsafe import Markup

from .. import model as m
from ..compose.coverage import notice
from .svg import timeline_svg

if TYPE_CHECKING:
    from . import WriteContext

# Same-origin only, no script at all, no inline style: what a public institution can host.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class Alternate:
    lang: str
    native: str
    href: str
    complete: bool
    current: bool = False
    url: str | None = None  # absolute URL (with --base-url), for rel=alternate
    percent: int = 100  # the share of its words in that language


@dataclass(frozen=True)
class Page:
    """Where the page sits in the site: relative links to assets, siblings, downloads."""

    root: str = "../../"  # relative path to the site root
    alternates: tuple[Alternate, ...] = ()
    downloads: tuple[tuple[str, str, str], ...] = ()  # (label, href, size)
    index_href: str = "index.html"
    canonical: str | None = None


# What the writer itself produces; anything else reaching a page is removed by nh3.
ALLOWED_TAGS = {
    "a",
    "p",
    "span",
    "strong",
    "em",
    "code",
    "br",
    "sup",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
    "section",
    "aside",
    "blockquote",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "id", "class", "aria-label", "lang", "hreflang"},
    "span": {"lang", "class"},
    "p": {"lang", "class"},
    "sup": {"class"},
    "li": {"id"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "th": {"scope", "class"},
    "td": {"class"},
    "div": {"class"},
    "section": {"class", "aria-labelledby"},
    "aside": {"class"},
}


def sanitize(fragment: str) -> str:
    """The last gate before publishing: an allowlist sanitiser over every generated fragment."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    )


def _e(text: str) -> str:
    return escape(text, quote=True)


class _Body:
    """Model nodes to HTML fragments; every text is escaped here, once."""

    def __init__(self, doc: m.Document):
        self.doc = doc
        self.labels = doc.labels
        self.ref_count: dict[int, int] = {}
        self.figures = 0
        self.heading_ids = m.section_ids(doc)  # id(heading) -> its anchor (Heading.id)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def inline(self, node: m.Inline) -> str:
        if isinstance(node, m.Text):
            text = _e(node.text)
            if not node.lang:
                return text
            # a gap, not a source's language
            mark = "" if node.original else ' class="untranslated"'
            return f'<span lang="{node.lang}"{mark}>{text}</span>'
        if isinstance(node, m.Strong):
            return f"<strong>{self.inlines(node.children)}</strong>"
        if isinstance(node, m.Emph):
            return f"<em>{self.inlines(node.children)}</em>"
        if isinstance(node, m.Code):
            return f"<code>{_e(node.text)}</code>"
        if isinstance(node, m.Link):
            return f'<a href="{_e(node.url)}">{self.inlines(node.children)}</a>'
        if isinstance(node, m.FootnoteRef):
            n = node.number
            self.ref_count[n] = self.ref_count.get(n, 0) + 1
            rid = f"fnref-{n}" if self.ref_count[n] == 1 else f"fnref-{n}-{self.ref_count[n]}"
            return (
                f'<sup class="fn-ref"><a id="{rid}" href="#fn-{n}" '
                f'aria-label="{_e(self.label("Note"))} {n}">{n}</a></sup>'
            )
        if isinstance(node, m.LineBreak):
            return "<br>"
        raise TypeError(f"unknown inline node {type(node).__name__}")

    def inlines(self, nodes: Iterable[m.Inline]) -> str:
        return "".join(self.inline(n) for n in nodes)

    def block(self, node: m.Block) -> str:
        if isinstance(node, m.Figure):
            return self.figure(node)  # drawn from dates and escaped text only
        return sanitize(self._block(node))

    def _block(self, node: m.Block) -> str:
        if isinstance(node, m.Heading):
            hid = self.heading_ids[id(node)]  # the contents list links to the same
            return f'<h{node.level} id="{_e(hid)}">{self.inlines(node.children)}</h{node.level}>'
        if isinstance(node, m.Paragraph):
            lang = f' lang="{node.lang}"' if node.lang else ""
            return f"<p{lang}>{self.inlines(node.children)}</p>"
        if isinstance(node, m.ListBlock):
            tag = "ol" if node.ordered else "ul"
            items = "".join(f"<li>{self.item(item)}</li>" for item in node.items)
            return f"<{tag}>{items}</{tag}>"
        if isinstance(node, m.Table):
            return self.table(node)
        if isinstance(node, m.Callout):
            inner = "".join(self._nested(b) for b in node.blocks)
            if node.kind == "summary":
                return (
                    f'<section class="summary" aria-labelledby="summary-title">'
                    f'<h2 id="summary-title">{_e(self.label("Summary"))}</h2>{inner}</section>'
                )
            return f'<aside class="callout callout-{node.kind}">{inner}</aside>'
        if isinstance(node, m.Quote):
            return "<blockquote>" + "".join(self._nested(b) for b in node.blocks) + "</blockquote>"
        raise TypeError(f"unknown block node {type(node).__name__}")

    def figure(self, node: m.Figure) -> str:
        self.figures += 1
        fid = f"figure-{self.figures}"
        caption = sanitize(self.inlines(node.caption) if node.caption else _e(node.alt))
        return (
            f'<figure class="figure-{node.kind}" aria-labelledby="{fid}-caption">'
            f"{timeline_svg(node, fid, self.doc.meta.lang)}"
            f'<figcaption id="{fid}-caption">{caption}</figcaption></figure>'
        )

    def item(self, blocks: Sequence[m.Block]) -> str:
        if len(blocks) >= 1 and isinstance(blocks[0], m.Paragraph) and not blocks[0].lang:
            first = self.inlines(blocks[0].children)
            return first + "".join(self._nested(b) for b in blocks[1:])
        return "".join(self._nested(b) for b in blocks)

    def _nested(self, node: m.Block) -> str:
        return self.figure(node) if isinstance(node, m.Figure) else self._block(node)

    def table(self, node: m.Table) -> str:
        def style(cell: m.TableCell) -> str:
            return f' class="align-{cell.align}"' if cell.align else ""

        caption = f"<caption>{self.inlines(node.caption)}</caption>" if node.caption else ""
        head = "".join(
            f'<th scope="col"{style(c)}>{self.inlines(c.children)}</th>' for c in node.header
        )
        rows = []
        for row in node.rows:
            cells = []
            for i, c in enumerate(row):
                if i == 0:
                    cells.append(f'<th scope="row"{style(c)}>{self.inlines(c.children)}</th>')
                else:
                    cells.append(f"<td{style(c)}>{self.inlines(c.children)}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        thead = f"<thead><tr>{head}</tr></thead>" if head else ""
        return (
            f'<div class="table-wrap"><table>{caption}{thead}'
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    def footnotes(self) -> str:
        items = []
        for note in self.doc.footnotes:
            n = note.number
            backs = []
            for k in range(1, self.ref_count.get(n, 0) + 1):
                rid = f"fnref-{n}" if k == 1 else f"fnref-{n}-{k}"
                back = _e(self.label("Back to text"))
                backs.append(f'<a class="fn-back" href="#{rid}" aria-label="{back} ({n})">↩</a>')
            items.append(f'<li id="fn-{n}">{self.inlines(note.children)} {" ".join(backs)}</li>')
        return "".join(items)


def layout_environment(layouts: Path) -> jinja2.Environment:
    """The Jinja environment of the HTML layouts (`layouts`: the folder), for the document
    pages and the site's pages alike, so that no setting can differ between them."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(layouts)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class HtmlWriter:
    """Renders Documents with one compiled layout."""

    def __init__(self, layouts: Path):
        self.env = layout_environment(layouts)
        self.layout = self.env.get_template("briefing.html")

    def write(self, doc: m.Document, ctx: WriteContext | Page) -> bytes:
        """`ctx` is a WriteContext (its `page` places the page in the site) or a Page."""
        page = ctx if isinstance(ctx, Page) else (ctx.page or Page())
        body = _Body(doc)
        summary = "".join(
            body.block(b) for b in doc.blocks if isinstance(b, m.Callout) and b.kind == "summary"
        )
        rest = [b for b in doc.blocks if not (isinstance(b, m.Callout) and b.kind == "summary")]
        content = "".join(body.block(b) for b in rest)
        toc = [
            (body.heading_ids[id(b)], m.plain_text(b.children))
            for b in rest
            if isinstance(b, m.Heading) and b.level == 2
        ]
        references = [sanitize(body.inlines(r.children)) for r in doc.references]
        notes = sanitize(body.footnotes())
        html = self.layout.render(
            doc=doc,
            meta=doc.meta,
            labels=doc.labels,
            headline=doc.headlines.get(doc.meta.product),
            page=page,
            csp=CSP,
            lang=doc.meta.lang,
            summary=Markup(summary),
            content=Markup(content),
            references=[Markup(r) for r in references],
            footnotes=Markup(notes),
            toc=toc,
            notice=notice(doc, "legend_html", getattr(ctx, "coverage", None)),
        )
        return html.encode("utf-8")
