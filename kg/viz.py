"""Pictures of the graph: self-contained pyvis pages, the grade timeline, the stats table and RDF exports."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass


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
# Overall grades by ikg:rank (10 best ... 40 worst), so every scale's grades share one palette.
GRADE_BANDS = [
    (10, "#1a9850", "Outstanding / Excellent"),
    (20, "#91cf60", "Good"),
    (30, "#fdae61", "Requires improvement / Adequate"),
    (39, "#f46d43", "Weak"),
    (40, "#d73027", "Inadequate"),
]
NO_GRADE = ("#9e9e9e", "Grade not stated or unknown")
MAX_LABEL = 60  # characters drawn on the canvas; the tooltip has the full label
MAX_DOCS = 8  # source documents listed in one tooltip


def grade_band(rank: int | None) -> tuple[str, str]:
    """(colour, legend name) of a grade rank; grey when unknown."""
    if rank is None:
        return NO_GRADE
    for upper, colour, name in GRADE_BANDS:
        if rank <= upper:
            return colour, name
    return GRADE_BANDS[-1][1:]


def node_colour(data: dict) -> str:
    if data["cls"] == "Inspection":
        return grade_band(data.get("rank") if data.get("grade") else None)[0]
    return STYLES.get(data["cls"], STYLES["Other"]).colour


def _clip(text: str, n: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _tip(title: str, kind: str, rows: list, docs: list[str]) -> dict:
    """Tooltip data; the page builds the tooltip with textContent, so none of it is ever parsed as HTML."""
    shown = docs[:MAX_DOCS] + ([f"… and {len(docs) - MAX_DOCS} more"] if len(docs) > MAX_DOCS else [])
    return {"t": title, "k": kind, "rows": [[str(k), str(v)] for k, v in rows], "docs": shown}


# ------------------------------------------------------------------ the page

# vis-network options: Barnes-Hut until stable, then the page switches physics off so that thousands
# of nodes stop moving and stay draggable.
def vis_options(n_nodes: int) -> dict:
    big = n_nodes > 300
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            # avoidOverlap costs about a third of each step: kept for small graphs only.
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.25, "springLength": 140,
                          "springConstant": 0.03, "damping": 0.35, "avoidOverlap": 0 if big else 0.05},
            "maxVelocity": 40,
            "minVelocity": 1.0,
            # Fewer steps for big graphs: each step grows with the node count (the page shows a progress bar).
            "stabilization": {"enabled": True, "iterations": 300 if big else 200, "updateInterval": 25,
                              "fit": True},
        },
        "nodes": {
            "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 40, "label": {"enabled": True, "min": 11, "max": 17, "drawThreshold": 7}},
            "widthConstraint": {"maximum": 180},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333", "inherit": False},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "width": 1,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "navigationButtons": False,
                        "multiselect": True},
    }


PAGE_CSS = """
body { margin: 0; font: 14px system-ui, sans-serif; color: #222; }
#kg-header { padding: 6px 12px; border-bottom: 1px solid #ddd; }
#kg-header h1 { font-size: 17px; margin: 0 0 2px 0; }
#kg-header p { margin: 0; color: #555; font-size: 12px; }
#kg-legend { position: fixed; top: 64px; right: 12px; z-index: 10; background: rgba(255,255,255,0.94);
  border: 1px solid #ccc; border-radius: 4px; padding: 6px 10px; font-size: 12px; max-width: 260px; }
#kg-legend h2 { font-size: 12px; margin: 4px 0 2px 0; }
#kg-legend ul { list-style: none; margin: 0; padding: 0; }
#kg-legend .g { display: inline-block; width: 1.3em; text-align: center; font-size: 15px; }
.card { border: 0; }
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

# Runs once the network exists: stop the physics when stable, and say so (tests wait for it).
FREEZE_JS = """
function kgFreeze() {
  network.setOptions({physics: {enabled: false}});
  document.body.setAttribute("data-kg-stable", "1");
}
if (nodes.length === 0) { kgFreeze(); } else { network.once("stabilizationIterationsDone", kgFreeze); }
"""


def page(g, title: str, subtitle: str = "") -> str:
    """One self-contained HTML page drawing graph G (a MultiDiGraph from kg.graph) with pyvis."""
    from pyvis.network import Network

    net = Network(height="calc(100vh - 58px)", width="100%", directed=True, cdn_resources="in_line",
                  bgcolor="#ffffff", font_color="#222222")
    degree = dict(g.to_undirected(as_view=True).degree())
    for n in sorted(g.nodes, key=str):
        d = g.nodes[n]
        style = STYLES.get(d["cls"], STYLES["Other"])
        kind = style.name.split(" (")[0]
        if d.get("kind"):
            kind += f" · {d['kind']}"
        extra = {"borderWidth": 4, "font": {"size": 18}, "shadow": True} if d.get("centre") else {}
        net.add_node(n, label=_clip(d["label"]), shape=style.shape, color=node_colour(d),
                     value=degree.get(n, 0) + 1, kgTip=_tip(d["label"], kind, d.get("facts", []), d.get("documents", [])),
                     **extra)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for i, (s, o, _, d) in enumerate(edges):
        rows = [["from", g.nodes[s]["label"]], ["to", g.nodes[o]["label"]]]
        net.add_edge(s, o, id=f"e{i}", label=_clip(d.get("label", ""), 40),
                     kgTip=_tip(d.get("label", ""), "link", rows, d.get("documents", [])))
    net.options = vis_options(g.number_of_nodes())
    raw = net.generate_html(name="graph.html")
    return _finish(raw, g, title, subtitle)


def _once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise RuntimeError(f"the pyvis template changed: expected {old.strip()!r} once")
    return text.replace(old, new)


def _finish(raw: str, g, title: str, subtitle: str) -> str:
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
    head = (f"<title>{html.escape(title)}</title>\n<style>{PAGE_CSS}</style>\n<script>{PAGE_JS}</script>\n")
    out = _once(out, "<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + head)
    header = (f"<header id=\"kg-header\"><h1>{html.escape(title)}</h1><p>{g.number_of_nodes()} nodes, "
              f"{g.number_of_edges()} links{(' · ' + html.escape(subtitle)) if subtitle else ''}. "
              "Hover for facts and sources; drag to move; scroll to zoom.</p></header>\n" + legend(g))
    out = _once(out, "<body>", "<body>\n" + header)
    out = _once(out, "nodeColors = {};", "kgTitles(nodes); kgTitles(edges);\n                  nodeColors = {};")
    out = _once(out, "drawGraph();\n", "drawGraph();\n" + FREEZE_JS)
    return out


def legend(g) -> str:
    """The legend block: the classes and the grade colours present in G (escaped HTML)."""
    present = {d["cls"] for _, d in g.nodes(data=True)}
    items = [f"<li><span class=\"g\" style=\"color:{s.colour}\">{s.glyph}</span> {html.escape(s.name)}</li>"
             for c, s in STYLES.items() if c in present or not present]
    grades: dict[str, tuple[str, set[str]]] = {}
    for _, d in g.nodes(data=True):
        if d["cls"] == "Inspection":
            colour, band = grade_band(d.get("rank") if d.get("grade") else None)
            grades.setdefault(band, (colour, set()))[1].add(d.get("grade") or "")
    order = [b for _, _, b in GRADE_BANDS] + [NO_GRADE[1]]
    grade_items = [f"<li><span class=\"g\" style=\"color:{grades[b][0]}\">◆</span> {html.escape(b)}</li>"
                   for b in order if b in grades]
    block = "<aside id=\"kg-legend\"><details open><summary><b>Legend</b></summary><ul>" + "".join(items) + "</ul>"
    if grade_items:
        block += "<h2>Inspections by overall grade</h2><ul>" + "".join(grade_items) + "</ul>"
    return block + "<h2>Links</h2><ul><li>arrow: inspection → inspector / inspected body / place; " \
                   "person → body (labelled with the post)</li></ul></details></aside>\n"


# ------------------------------------------------------------------ the timeline picture


def _date_number(iso: str):
    """A matplotlib date number for an ISO date as precise as known (a year is placed mid-year)."""
    import datetime as dt

    from matplotlib.dates import date2num

    y, m, d = (iso.split("-") + ["", ""])[:3]
    if not m:
        day = dt.date(int(y), 7, 1)
    elif not d:
        day = dt.date(int(y), int(m), 15)
    else:
        day = dt.date(int(y), int(m), int(d[:2]))
    return date2num(day)


def timeline_rows(g) -> list[tuple[str, str, str, int | None, str, bool]]:
    """(body, date, grade, rank, inspection label, exact) for every inspection with an inspected body and a
    date: published, else visited, else its year; else (exact False) the date of the earliest article on it."""
    rows = []
    for n, d in g.nodes(data=True):
        date = d.get("date") or d.get("reported", "")
        if d["cls"] != "Inspection" or not re.match(r"\d{4}", date):
            continue
        for _, body, e in g.out_edges(n, data=True):
            if e.get("prop", "").endswith("#subject"):
                rows.append((g.nodes[body]["label"], date, d.get("grade", ""), d.get("rank"), d["label"],
                             bool(d.get("date"))))
    return sorted(rows, key=lambda r: (r[0].casefold(), r[1], r[4]))


def draw_timeline(g, output, fmt: str) -> int:
    """Draw each inspected body's inspections over time, coloured by overall grade; returns the count drawn.
    OUTPUT is a path or a binary file; FMT 'svg' or 'png'. The SVG is byte-for-byte reproducible."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    rows = timeline_rows(g)
    bodies = sorted({r[0] for r in rows}, key=str.casefold)
    y_of = {b: i for i, b in enumerate(bodies)}
    rc = {"svg.hashsalt": "inspection-kg", "text.parse_math": False, "svg.fonttype": "path",
          "font.family": "DejaVu Sans"}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(10, 1.6 + 0.32 * max(len(bodies), 3)), layout="constrained")
        ax = fig.add_subplot()
        by_body: dict[str, list[float]] = {}
        points: dict[bool, tuple[list, list, list]] = {True: ([], [], []), False: ([], [], [])}
        for body, date, grade, rank, _, exact in rows:
            x = _date_number(date)
            by_body.setdefault(body, []).append(x)
            xs, ys, cs = points[exact]
            xs.append(x)
            ys.append(y_of[body])
            cs.append(grade_band(rank if grade else None)[0])
        for exact, (xs, ys, cs) in points.items():
            if xs:  # one collection per marker shape
                ax.scatter(xs, ys, s=70, c=cs, marker="o" if exact else "s", edgecolors="#333333",
                           linewidths=0.6, zorder=3)
        for body, xs in by_body.items():
            if len(xs) > 1:
                ax.plot([min(xs), max(xs)], [y_of[body]] * 2, color="#bbbbbb", linewidth=1, zorder=1)
        ax.set_yticks(range(len(bodies)), [_clip(b, 50) for b in bodies])
        ax.set_ylim(-0.8, max(len(bodies), 1) - 0.2)
        ax.invert_yaxis()
        ax.grid(axis="x", color="#eeeeee")
        if rows:
            loc = AutoDateLocator()
            ax.xaxis.set_major_locator(loc)
            ax.xaxis.set_major_formatter(ConciseDateFormatter(loc))
        else:
            ax.text(0.5, 0.5, "no dated inspections in this graph", ha="center", va="center",
                    transform=ax.transAxes, color="#666666")
            ax.set_xticks([])
        ax.set_title("Inspections over time by inspected body, coloured by overall grade", fontsize=11)
        seen = []
        for _, colour, name in GRADE_BANDS:
            if any(r[2] and grade_band(r[3])[1] == name for r in rows):
                seen.append((colour, name))
        if any(not r[2] for r in rows):
            seen.append(NO_GRADE)
        handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor=c, markeredgecolor="#333333",
                          markersize=8, label=name) for c, name in seen]
        if any(not r[5] for r in rows):
            handles.append(Line2D([], [], marker="s", linestyle="", markerfacecolor="#ffffff",
                                  markeredgecolor="#333333", markersize=8, label="undated: placed at its article's date"))
        if handles:
            ax.legend(handles=handles,
                      loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
        meta = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(output, format=fmt, metadata=meta, dpi=120)
    return len(rows)


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
    for key, name in (("top_bodies", "most connected bodies"), ("top_people", "most connected people")):
        out += ["", f"== {name}"]
        out += _table(["label", "class", "degree", "betweenness"],
                      [[_clip(r["label"], 60), r["class"], r["degree"], f"{r['betweenness']:.4f}"] for r in s[key]])
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
