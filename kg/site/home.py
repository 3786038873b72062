"""The site's front page, its timeline page and its list pages' headings: a search first, then ways in."""

from __future__ import annotations

from .pages import esc, grade, nice_date
from .timeline import Point

LATEST = 12  # inspections listed on the front page
BROWSE = [("organisations", "Bodies"), ("people", "People"), ("inspections", "Inspections"), ("places", "Places"),
          ("documents", "Articles"), ("quotations", "Quotations"), ("recommendations", "Recommendations"),
          ("judgements", "Judgements"), ("roles", "Roles"), ("posts", "Posts")]
HOME_CSS = """
form.search{margin:1rem 0}form.search label{display:block;font-weight:600;margin-bottom:.3rem}
#kg-search{font-size:1.1rem;padding:.45rem .6rem;width:100%;max-width:36rem;box-sizing:border-box;
border:2px solid #0b57a4;border-radius:.3rem}#kg-count{color:#555;margin:.3rem 0}
#kg-results{list-style:none;padding:0;margin:0}#kg-results li{padding:.2rem 0;border-bottom:1px solid #eee}
#kg-results .kind,.kind{color:#666;font-size:.85em}
ul.ways{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.6rem}
ul.ways li{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.6rem .8rem}
ul.ways a{font-weight:600}ul.browse{columns:3;padding-left:1.2rem}
.timeline-wrap{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.timeline-wrap figure{flex:1 1 48rem;margin:0}
.timeline-wrap img{width:100%;height:auto}.timeline-wrap aside{flex:0 1 18rem}
"""


def ways_in(site, has_graph: bool) -> str:
    """Links to the graph, the timeline and the SPARQL page."""
    sparql = (f'<a href="{esc(site.sparql_endpoint)}">SPARQL endpoint</a> — ask your own questions of the data'
              if site.sparql_endpoint else
              "<b>SPARQL</b> — run <code>kg serve --store STORE</code> for a query page with worked examples")
    graph = ('<li><a href="graph.html">Network</a> — bodies, people, places and inspections and how they link</li>'
             if has_graph else "")
    return ("<h2>Explore</h2>\n<ul class=\"ways\">\n" + graph +
            '<li><a href="timeline.html">Timeline</a> — every inspection of every body over time, with its grade</li>'
            f"<li>{sparql}</li>\n"
            '<li><a href="ontology/index.html">What the data means</a> — the classes and properties</li>\n</ul>\n')


def latest_table(points: list[Point], href) -> str:
    rows = sorted((p for p in points if p.exact), key=lambda p: (p.date, p.inspection), reverse=True)[:LATEST]
    if not rows:
        return ""
    out = ["<h2>Latest inspections</h2>\n<table>\n<thead><tr><th>Date</th><th>Body</th><th>Overall grade</th>"
           "</tr></thead>\n<tbody>\n"]
    for p in rows:
        out.append(f"<tr><td>{esc(nice_date(p.date))}</td><td><a href=\"{esc(href(p.iri))}\">{esc(p.row)}</a></td>"
                   f"<td>{grade(p.grade)}</td></tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def home_body(site, lists: dict[str, list[str]], points: list[Point], href, has_graph: bool, downloads: str) -> str:
    """The index page's <main>: what this is, the search, ways in, latest inspections, lists, downloads."""
    counts = ", ".join(f"{len(lists[s])} {h.lower()}" for s, h in BROWSE[:5] if lists.get(s))
    browse = "".join(f'<li><a href="lists/{s}.html">{esc(h)}</a> ({len(lists[s])})</li>\n'
                     for s, h in BROWSE if lists.get(s))
    return "".join([
        f"<h1>{esc(site.title)}: inspections of public bodies</h1>\n",
        "<p>Inspections of councils, care services, hospitals, police forces and other public bodies, their grades "
        "and recommendations, and the people who spoke for the bodies, as reported in news articles and press "
        f"releases. Every fact links to the passage it was read from. This site holds {esc(counts)}.</p>\n",
        '<form class="search" role="search">\n<label for="kg-search">Find a body, person, place or inspection'
        "</label>\n"
        '<input id="kg-search" type="search" autocomplete="off" spellcheck="false" '
        'placeholder="Part of a name, e.g. council, hospital, a surname">\n</form>\n'
        '<p id="kg-count" aria-live="polite"></p>\n<ol id="kg-results"></ol>\n'
        "<noscript><p>The search needs JavaScript; the lists below work without it.</p></noscript>\n",
        ways_in(site, has_graph),
        latest_table(points, href),
        f"<h2>Browse</h2>\n<ul class=\"browse\">\n{browse}</ul>\n",
        downloads,
    ])


def timeline_body(points: list[Point], undated: list[Point], href) -> str:
    """The timeline page: the picture, and beside it the inspections it cannot place."""
    items = "".join(f"<li><a href=\"{esc(href(p.iri))}\">{esc(p.row)}</a> {grade(p.grade)}</li>\n"
                    for p in undated)
    aside = (f"<aside><h2>Undated ({len(undated)})</h2>\n<p class=\"muted\">No source gives these a date, "
             f"so the picture leaves them out.</p>\n<ul>\n{items}</ul></aside>\n") if undated else ""
    placed = sum(1 for p in points if not p.exact)
    note = (f" Squares ({placed}) have no date of their own and sit at the date of the first article about them."
            if placed else "")
    return ("<h1>Inspections over time</h1>\n<p>One row per inspected body (and area, when an inspection covers "
            "one), newest first; each point is an inspection, coloured and labelled with its overall grade."
            f"{esc(note)} The grade scales differ between inspectorates and over time: colours group grades of "
            "similar standing.</p>\n"
            '<div class="timeline-wrap"><figure><img src="timeline.svg" alt="Timeline of inspections by body, '
            f'coloured by overall grade"></figure>\n{aside}</div>\n')
