"""The pages a reader starts from: the front page with its search, the network and the timeline."""

from __future__ import annotations

import io

from pyoxigraph import NamedNode

from ..publish import CSP, DUMP, DUMP_FORMATS, Renderer, Site, SiteWriter, esc, page
from ..store import BaseStore
from .facts import over
from .home import HOME_CSS, home_body, timeline_body
from .layout import without_isolated
from .search import LIST_KINDS, SEARCH_JS, index_js
from .timeline import draw_timeline, timeline_points


def downloads(sizes: dict[str, int]) -> str:
    """The data block at the end of the front page: dumps, context, VoID, ontology, sitemap."""
    parts = ["<h2>The data</h2>\n<ul>\n"]
    for suffix, _, media, what in DUMP_FORMATS:
        parts.append(f'<li><a href="{DUMP}.{suffix}">{DUMP.rsplit("/", 1)[1]}.{suffix}</a> — {esc(what)} '
                     f'<span class="muted">({esc(media)}, {sizes[suffix]:,} bytes)</span></li>\n')
    parts.append('<li><a href="context.jsonld">context.jsonld</a> — the JSON-LD context</li>\n'
                 '<li><a href="void.ttl">void.ttl</a> — VoID and DCAT description of the dataset</li>\n'
                 '<li><a href="ontology/index.html">Ontology</a> — the classes and properties, documented '
                 '(<a href="ontology/inspection-kg.ttl">Turtle</a>)</li>\n'
                 '<li><a href="sitemap.xml">sitemap.xml</a></li>\n</ul>\n')
    return "".join(parts)


def write(w: SiteWriter, site: Site, store: BaseStore, renderer: Renderer, lists: dict[str, list[str]],
                  sizes: dict[str, int]) -> None:
    """What a reader starts from: the front page with its search, the network and the timeline pages."""
    from ..graph import entity_graph
    from ..viz import page as graph_page

    g = entity_graph(over(store))
    drawn = without_isolated(g)
    hrefs = {n: renderer.href(n, "graph.html") for n in drawn.nodes if renderer.d.local(n)}
    if drawn.number_of_nodes():
        w.write("graph.html", graph_page(drawn, f"{site.title}: network of bodies, people, places and inspections",
                                         "nodes with no link are left out", hrefs).encode())
    svg = io.BytesIO()
    draw_timeline(g, svg, "svg")
    w.write("timeline.svg", svg.getvalue())
    dated, undated = timeline_points(g)

    def href(iri: str) -> str:
        return renderer.href(iri, "index.html")

    wide = f"<style>{HOME_CSS}main{{max-width:none}}</style>\n"
    w.write("timeline.html", page(site, "timeline.html", "Timeline", timeline_body(dated, undated, href), wide))
    items = [(renderer.d.label(NamedNode(i)), kind, href(i), []) for slug, kind in LIST_KINDS.items()
             for i in lists.get(slug, [])]
    w.write("search-index.js", index_js(items))
    w.write("search.js", SEARCH_JS.encode())
    head = f"<style>{HOME_CSS}</style>\n"
    scripts = '<script src="search-index.js"></script>\n<script src="search.js"></script>\n'
    body = home_body(site, lists, dated, href, drawn.number_of_nodes() > 0, downloads(sizes)) + scripts
    w.write("index.html", page(site, "index.html", "Home", body, head, csp=CSP.replace(
        "default-src 'none';", "default-src 'none'; script-src 'self';")))
