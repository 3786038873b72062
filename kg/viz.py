"""Pictures of the graph: self-contained pyvis pages, the grade timeline (kg.site.timeline), the stats table and RDF exports."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .site.grades import colour_of, legend_grades
from .site.layout import ALL_LABELS, labelled, layout, without_isolated  # noqa: F401 - without_isolated: kg viz
from .site.timeline import draw_timeline, timeline_points  # noqa: F401 - used by kg viz --timeline and tests


@dataclass(frozen=True)
class Style:
    colour: str
    shape: str  # a vis-network shape
    glyph: str  # the same shape in the legend
    name: str


STYLES = {
    "Inspectorate": Style("#1f4e9e", "star", "★", "Inspectorate"),
    "LocalAuthority": Style("#7b3fa0", "square", "■", "Local authority"),
    "Organisation": Style("#4c8bd6", "dot", "●", "Other body"),
    "Person": Style("#e8871e", "triangle", "▲", "Person"),
    "Place": Style("#2a9d8f", "hexagon", "⬢", "Place"),
    "Inspection": Style("#9e9e9e", "diamond", "◆", "Inspection (colour: overall grade)"),
    "Other": Style("#c8c8c8", "dot", "●", "Other resource"),
}
MAX_LABEL = 60  # characters drawn on the canvas; the tooltip has the full label
MAX_DOCS = 8  # source documents listed in one tooltip


def node_colour(data: dict) -> str:
    if data["cls"] == "Inspection":
        return colour_of(data.get("grade"))
    return STYLES.get(data["cls"], STYLES["Other"]).colour


def _clip(text: str, n: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _tip(title: str, kind: str, rows: list, docs: list[str]) -> dict:
    """Tooltip data; the page builds the tooltip with textContent, so none of it is ever parsed as HTML."""
    shown = docs[:MAX_DOCS] + ([f"… and {len(docs) - MAX_DOCS} more"] if len(docs) > MAX_DOCS else [])
    return {"t": title, "k": kind, "rows": [[str(k), str(v)] for k, v in rows], "docs": shown}


# ------------------------------------------------------------------ the page

# Sizes on screen, in pixels, at the zoom that shows the whole layout; divided by that zoom to get canvas units.
LABEL_PX, SMALL_LABEL_PX, LINK_LABEL_PX = 12.0, 7.0, 7.0
NODE_DRAW_PX, LINK_DRAW_PX = 9, 10  # a label shows once it would be at least this big: zoom in to read more
MAX_LABEL_PX = 16  # labels stop growing on screen past this size when zooming in


def vis_options(scale: float, small: bool = False) -> dict:
    """vis-network options: positions come from the layout, so physics stays off and the page is still at once.
    SMALL: a view small enough for its link labels to show from the start."""
    link_px = LINK_DRAW_PX + 1 if small else LINK_LABEL_PX
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {"enabled": False},
        "nodes": {
            "font": {"face": "system-ui, sans-serif", "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"enabled": False, "drawThreshold": NODE_DRAW_PX, "maxVisible": 17}},
            "widthConstraint": {"maximum": round(170 / scale, 1)},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333", "inherit": False},
            "font": {"size": round(link_px / scale, 1), "align": "middle", "color": "#444444",
                     "strokeWidth": 3},
            "scaling": {"label": {"enabled": False, "drawThreshold": LINK_DRAW_PX, "maxVisible": 13}},
            "smooth": False,
            "width": round(1 / scale, 2),
            "selectionWidth": 2,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False,
                        "multiselect": True},
    }


PAGE_CSS = """
body { margin: 0; font: 14px system-ui, sans-serif; color: #222; display: grid;
  grid-template-columns: minmax(0, 1fr) 270px; grid-template-rows: auto 1fr; height: 100vh; }
#kg-header { grid-column: 1 / 3; padding: 6px 12px; border-bottom: 1px solid #ddd; }
#kg-header h1 { font-size: 17px; margin: 0 0 2px 0; }
#kg-header p { margin: 0; color: #555; font-size: 12px; }
#kg-legend { grid-column: 2; grid-row: 2; overflow-y: auto; border-left: 1px solid #ddd; padding: 6px 12px;
  font-size: 12px; background: #fcfcfc; }
#kg-legend h2 { font-size: 13px; margin: 10px 0 3px 0; }
#kg-legend ul { list-style: none; margin: 0; padding: 0; }
#kg-legend li { margin: 2px 0; }
#kg-legend .g { display: inline-block; width: 1.3em; text-align: center; font-size: 15px; }
#kg-legend p { color: #555; margin: 4px 0; }
.card { border: 0; grid-column: 1; grid-row: 2; min-width: 0; }
#mynetwork { height: calc(100vh - 60px) !important; box-sizing: border-box; }
div.vis-tooltip { white-space: normal; max-width: 440px; font: 12px system-ui, sans-serif; padding: 6px 8px; }
.kg-tip b { display: block; font-size: 13px; margin-bottom: 2px; }
.kg-tip i { display: block; color: #666; margin-bottom: 4px; }
.kg-tip .k { color: #555; }
.kg-tip ul { margin: 2px 0 0 0; padding-left: 16px; }
"""

# Runs before the network is drawn: tooltips become DOM elements built with textContent (vis-network then
# shows them as they are), so no text from a source is ever parsed as HTML.
PAGE_JS = """
function kgTipElement(tip) {
  var box = document.createElement("div"); box.className = "kg-tip";
  var add = function (parent, tag, text, cls) {
    var el = document.createElement(tag); el.textContent = text; if (cls) { el.className = cls; }
    parent.appendChild(el); return el;
  };
  add(box, "b", tip.t); if (tip.k) { add(box, "i", tip.k); }
  tip.rows.forEach(function (row) {
    var line = add(box, "div", ""); add(line, "span", row[0] + ": ", "k"); add(line, "span", row[1]);
  });
  if (tip.docs.length) {
    add(box, "div", "Sources:", "k"); var ul = add(box, "ul", "");
    tip.docs.forEach(function (d) { add(ul, "li", d); });
  }
  return box;
}
function kgTitles(dataset) {
  var updates = [];
  dataset.forEach(function (item) { if (item.kgTip) { updates.push({id: item.id, title: kgTipElement(item.kgTip)}); } });
  dataset.update(updates);
}
"""

# Runs once the network exists: the layout is precomputed, so the page is still once drawn (tests wait for it);
# a double click on a node with a page opens that page.
FREEZE_JS = """
network.once("afterDrawing", function () { document.body.setAttribute("data-kg-stable", "1"); });
// Zooming in makes labels bigger on screen; past MAX_PX they stop growing, so that close ones stay apart.
var kgBase = {}, kgTimer = null;
nodes.forEach(function (n) { if (n.font) { kgBase[n.id] = n.font.size; } });
network.on("zoom", function () {
  clearTimeout(kgTimer);
  kgTimer = setTimeout(function () {
    var s = network.getScale(), updates = [];
    nodes.forEach(function (n) {
      if (kgBase[n.id] === undefined) { return; }
      var want = Math.min(kgBase[n.id], MAX_PX / s);
      if (n.font.size !== want) { updates.push({id: n.id, font: {size: want}}); }
    });
    nodes.update(updates);
  }, 60);
});
network.on("doubleClick", function (params) {
  if (params.nodes.length === 1) {
    var node = nodes.get(params.nodes[0]);
    if (node && node.kgHref) { window.location.href = node.kgHref; }
  }
});
"""


def _node_style(d: dict, degree: int, shown: bool, scale: float) -> dict:
    """Size and label size of one node in canvas units: bigger for more links; small labels wait for zoom."""
    size = (4 + 1.6 * min(degree, 60) ** 0.5) / scale
    font = (LABEL_PX + min(degree, 40) ** 0.5 if shown else SMALL_LABEL_PX) / scale
    out = {"size": round(size, 1), "font": {"size": round(font, 1), "strokeWidth": round(3 / scale, 1)}}
    if d.get("centre"):
        out |= {"borderWidth": 4, "shadow": True}
    return out


def page(g, title: str, subtitle: str = "", hrefs: dict[str, str] | None = None) -> str:
    """One self-contained HTML page drawing graph G (a MultiDiGraph from kg.graph) with pyvis. HREFS maps
    nodes to pages a double click opens."""
    from pyvis.network import Network

    # No font_color here: pyvis would give every node a font of its own, hiding the sizes set below.
    net = Network(height="calc(100vh - 60px)", width="100%", directed=True, cdn_resources="in_line",
                  bgcolor="#ffffff")
    lay = layout(g)
    shown = labelled(g, lay)
    degree = {n: len(set(g.successors(n)) | set(g.predecessors(n))) for n in g.nodes}
    for n in sorted(g.nodes, key=str):
        d = g.nodes[n]
        style = STYLES.get(d["cls"], STYLES["Other"])
        kind = style.name.split(" (")[0]
        if d.get("kind"):
            kind += f" · {d['kind']}"
        x, y = lay.pos[n]
        extra = {"kgHref": hrefs[n]} if hrefs and n in hrefs else {}
        net.add_node(n, label=_clip(d["label"]), shape=style.shape, color=node_colour(d), x=x, y=y,
                     kgTip=_tip(d["label"], kind, d.get("facts", []), d.get("documents", [])),
                     **_node_style(d, degree[n], n in shown, lay.scale), **extra)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for i, (s, o, _, d) in enumerate(edges):
        rows = [["from", g.nodes[s]["label"]], ["to", g.nodes[o]["label"]]]
        net.add_edge(s, o, id=f"e{i}", label=_clip(d.get("label", ""), 40),
                     kgTip=_tip(d.get("label", ""), "link", rows, d.get("documents", [])))
    net.options = vis_options(lay.scale, g.number_of_nodes() <= ALL_LABELS)
    raw = net.generate_html(name="graph.html")
    return _finish(raw, g, title, subtitle, hrefs is not None)


def _once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise RuntimeError(f"the pyvis template changed: expected {old.strip()!r} once")
    return text.replace(old, new)


def _finish(raw: str, g, title: str, subtitle: str, linked: bool = False) -> str:
    """pyvis output made self-contained and safe: CDN links out, our header, legend, tooltips and freeze in."""
    out = re.sub(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>", "", raw)
    out = re.sub(r"<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", "", out)
    out = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", out)  # the empty pyvis heading
    out = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->", "", out, flags=re.S)  # a commented-out link
    if re.search(r"<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", out):
        raise RuntimeError("the page still loads something from the network")
    if "popup.innerHTML" in out:  # pyvis's HTML tooltips (see docs/viz.md): never wanted
        raise RuntimeError("pyvis switched to HTML tooltips")
    out = "<!DOCTYPE html>\n" + _once(out, "<html>", "<html lang=\"en\">")
    head = (f"<link rel=\"icon\" href=\"data:,\">\n<title>{html.escape(title)}</title>\n<style>{PAGE_CSS}</style>\n<script>{PAGE_JS}</script>\n")
    out = _once(out, "<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + head)
    header = (f"<header id=\"kg-header\"><h1>{html.escape(title)}</h1><p>{g.number_of_nodes()} nodes, "
              f"{g.number_of_edges()} links{(' · ' + html.escape(subtitle)) if subtitle else ''}. "
              "Hover for facts and sources; scroll to zoom (smaller names and link labels appear as you zoom in); "
              f"drag to move{'; double-click a node to open its page' if linked else ''}.</p></header>\n"
              + legend(g))
    out = _once(out, "<body>", "<body>\n" + header)
    out = _once(out, "nodeColors = {};", "kgTitles(nodes); kgTitles(edges);\n                  nodeColors = {};")
    out = _once(out, "drawGraph();\n", "drawGraph();\n" + FREEZE_JS.replace("MAX_PX", str(MAX_LABEL_PX)))
    return out


def legend(g) -> str:
    """The legend beside the drawing: the classes present and every overall grade present, by name."""
    present = {d["cls"] for _, d in g.nodes(data=True)}
    items = [f"<li><span class=\"g\" style=\"color:{s.colour}\">{s.glyph}</span> {html.escape(s.name)}</li>"
             for c, s in STYLES.items() if c in present or not present]
    grades = legend_grades({d.get("grade") or "" for _, d in g.nodes(data=True) if d["cls"] == "Inspection"})
    grade_items = [f"<li><span class=\"g\" style=\"color:{c}\">◆</span> {html.escape(name)}</li>"
                   for name, c in grades]
    block = "<aside id=\"kg-legend\"><h2>Legend</h2><ul>" + "".join(items) + "</ul>"
    if grade_items:
        block += "<h2>Inspections by overall grade</h2><ul>" + "".join(grade_items) + "</ul>"
    return block + ("<h2>Links</h2><ul><li>→ from an inspection to its inspectorate, the body inspected and the "
                    "places it covers</li><li>→ from a person to a body, labelled with the post</li></ul>"
                    "<p>Nodes are grouped by how closely they are linked; bigger nodes have more links. Only the "
                    "most linked bodies are named at first.</p></aside>\n")


def _table(header: list[str], rows: list[list]) -> list[str]:
    cells = [[str(c) for c in r] for r in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    fmt = [f"{c.ljust(w)}" for c, w in zip(cells[0], widths, strict=True)]
    lines = ["  ".join(fmt).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells[1:]]
    return lines


def stats_table(s: dict) -> str:
    out = ["== counts per class"]
    out += _table(["class", "count"], [[k, v] for k, v in s["counts"].items()])
    out += ["", f"== entity graph: {s['graph']['nodes']} nodes, {s['graph']['edges']} links; "
                f"{s['components']['count']} connected components (largest: "
                f"{', '.join(map(str, s['components']['largest'])) or '-'}; isolated nodes: {s['components']['isolated']})"]
    out += ["", "== most connected bodies"]
    out += _table(["label", "class", "degree", "betweenness"],
                  [[_clip(r["label"], 60), r["class"], r["degree"], f"{r['betweenness']:.4f}"] for r in s["top_bodies"]])
    out += ["", "== people the sources say most about (posts and quotations, then sources)"]
    out += _table(["label", "posts", "quotes", "sources", "betweenness"],
                  [[_clip(r["label"], 60), r["posts"], r["quotes"], r["sources"], f"{r['betweenness']:.4f}"]
                   for r in s["top_people"]])
    out += ["", "== inspections per year and overall grade"]
    grades = sorted({g for c in s["inspections_by_year"].values() for g in c})
    out += _table(["year", *grades, "total"],
                  [[y, *(c.get(g, 0) for g in grades), sum(c.values())] for y, c in s["inspections_by_year"].items()])
    return "\n".join(out) + "\n"


def export_rdf(store, fmt: str, out) -> None:
    """The store as RDF with pyoxigraph's serializers: ttl/nt merge every named graph, trig/nq/jsonld keep them."""
    from pyoxigraph import RdfFormat, serialize

    from .graph import NS, VOCAB

    rdf_fmt = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "trig": RdfFormat.TRIG,
               "nq": RdfFormat.N_QUADS, "jsonld": RdfFormat.JSON_LD}[fmt]
    prefixes = dict(sorted(NS.items())) | {"vocab": VOCAB}
    named = fmt in ("trig", "nq", "jsonld")
    pre = prefixes if fmt in ("ttl", "trig") else None
    if named:  # the document graphs and the vocab graph, not the default graph that merges them
        serialize(store.quads(), out, rdf_fmt, prefixes=pre)
    else:
        serialize(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), out, rdf_fmt, prefixes=pre)
