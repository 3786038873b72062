"""The plain-language parts of entity pages: a person's posts and quotes, an inspection's findings, a body's
history. Every text from the store is escaped here; links come from a function the caller gives."""

from __future__ import annotations

import html
from collections.abc import Callable

from .facts import BodyView, InspectionView, Link, Source
from .grades import band_of

LinkFn = Callable[[str, str], str]  # (iri, label) -> an escaped <a> element
MAX_BODY_ROWS = 300  # inspections listed on one body's page (an inspectorate may have thousands)

# Extra styles for these parts; appended to the site's stylesheet.
CSS = """
.grade{display:inline-block;padding:0 .45em;border-radius:.6em;font-size:.85em;font-weight:600;white-space:nowrap}
.band-best{background:#1a9850;color:#fff}.band-good{background:#91cf60;color:#111}
.band-middle{background:#fdae61;color:#111}.band-poor{background:#f46d43;color:#111}
.band-worst{background:#d73027;color:#fff}.band-unknown{background:#ddd;color:#333}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.6rem 0}
dl.summary dt{color:#555}dl.summary dd{margin:0}
.ref{font-size:.75em;color:#555;border:1px solid #bbb;border-radius:.3em;padding:0 .3em;margin-left:.3em}
.src{font-size:.85em;color:#555}.rdf{font-size:.85em}ol.recs li{margin-bottom:.3rem}
figure.quote{margin:.8rem 0}header nav{display:inline;margin-left:1.2rem;font-size:.95em}ul.ways code{white-space:nowrap;word-break:normal}
"""


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def grade(label: str) -> str:
    """A grade as a coloured badge (its band names the colour, for the stylesheet)."""
    if not label:
        return '<span class="grade band-unknown">not stated</span>'
    return f'<span class="grade band-{band_of(label)}">{esc(label)}</span>'


def nice_date(iso: str) -> str:
    """2024-03-05 -> 5 March 2024; a year or a month stays as precise as it is."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    parts = iso[:10].split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def sources(items: list[Source], link: LinkFn, limit: int = 6) -> str:
    if not items:
        return ""
    shown = [link(s.iri, s.title) + (f" ({esc(nice_date(s.date))})" if s.date else "") for s in items[:limit]]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return '<span class="src">Source: ' + "; ".join(shown) + more + "</span>"


def links(items: list[Link], link: LinkFn) -> str:
    return ", ".join(link(x.iri, x.label) for x in items)


def person_sections(posts, quotes, link: LinkFn) -> str:
    """Posts (role at body, with the dates the sources give), then quotations with their sources."""
    out = ["<h2>Posts</h2>\n"]
    if not posts:
        out.append("<p class=\"muted\">No post is stated in the sources.</p>\n")
    else:
        out.append("<ul class=\"posts\">\n")
        for p in posts:
            where = f" at {link(p.body.iri, p.body.label)}" if p.body else ""
            when = f" (stated {', '.join(esc(nice_date(d)) for d in p.dates)})" if p.dates else ""
            out.append(f"<li><b>{esc(p.role[:1].upper() + p.role[1:])}</b>{where}{when}<br>"
                       f"{sources(p.sources, link)}</li>\n")
        out.append("</ul>\n")
    out.append(f"<h2>Quotations ({len(quotes)})</h2>\n" if quotes else "")
    for q in quotes:
        out.append(f"<figure class=\"quote\"><blockquote>{esc(q.text)}</blockquote>"
                   f"<figcaption>{sources(q.sources, link)} <span class=\"src\">· {link(q.iri, 'this quotation')}</span>"
                   "</figcaption>"
                   "</figure>\n")
    return "".join(out)


def inspection_sections(v: InspectionView, link: LinkFn) -> str:
    """Who inspected whom, where and when, the overall grade, graded aspects and recommendations."""
    rows = [("Inspectorate", links(v.inspectors, link)), ("Inspected body", links(v.bodies, link)),
            ("Area", links(v.places, link)), ("Kind of inspection", esc(v.kind)),
            ("Visited", ", ".join(esc(nice_date(d)) for d in v.visited)),
            ("Published", ", ".join(esc(nice_date(d)) for d in v.published)),
            ("Year", ", ".join(esc(y) for y in v.year) if not (v.visited or v.published) else ""),
            ("Overall grade", " ".join(grade(g) for g in v.grades) or grade("")),
            ("Reported in", sources(v.sources, link).replace('<span class="src">Source: ', '<span>', 1))]
    out = ["<dl class=\"summary\">\n"]
    out += [f"<dt>{esc(k)}</dt><dd>{val}</dd>\n" for k, val in rows if val]
    out.append("</dl>\n")
    if v.grades and len(v.grades) > 1:
        out.append("<p class=\"muted\">The sources disagree on the overall grade; each is shown.</p>\n")
    out.append("<h2>Graded aspects</h2>\n")
    if v.judgements:
        out.append("<table class=\"aspects\">\n<thead><tr><th>Aspect</th><th>Grade</th></tr></thead>\n<tbody>\n")
        out += [f"<tr><td>{esc(j.aspect[:1].upper() + j.aspect[1:])}</td><td>{grade(j.grade)}</td></tr>\n"
                for j in v.judgements]
        out.append("</tbody>\n</table>\n")
    else:
        out.append("<p class=\"muted\">No graded aspect is stated in the sources.</p>\n")
    if v.recommendations:
        out.append(f"<h2>Recommendations ({len(v.recommendations)})</h2>\n<ol class=\"recs\">\n")
        out += [f"<li>{esc(text)}</li>\n" for _, text in v.recommendations]
        out.append("</ol>\n")
    return "".join(out)


def body_sections(v: BodyView, link: LinkFn) -> str:
    """Kind and area, its inspections over time with coloured grades, and its people."""
    rows = [("Kind of body", esc(v.kind)), ("Area", links(v.areas, link)),
            ("Inspections it carried out", f"{v.inspected}" if v.inspected else "")]
    out = ["<dl class=\"summary\">\n"] + [f"<dt>{esc(k)}</dt><dd>{val}</dd>\n" for k, val in rows if val]
    out.append("</dl>\n")
    if v.inspections:
        out.append(f"<h2>Inspections of this body ({len(v.inspections)}), most recent first</h2>\n"
                   "<table class=\"history\">\n<thead><tr><th>Date</th><th>Overall grade</th><th>Inspection</th>"
                   "<th>Inspectorate</th></tr></thead>\n<tbody>\n")
        for r in v.inspections[:MAX_BODY_ROWS]:
            out.append(f"<tr><td>{esc(nice_date(r.date)) if r.date else 'date not stated'}</td>"
                       f"<td>{grade(r.grade)}</td><td>{link(r.inspection.iri, r.inspection.label)}</td>"
                       f"<td>{esc(', '.join(r.inspectors))}</td></tr>\n")
        out.append("</tbody>\n</table>\n")
        if len(v.inspections) > MAX_BODY_ROWS:
            out.append(f"<p class=\"muted\">The {MAX_BODY_ROWS} most recent are shown.</p>\n")
    if v.people:
        out.append(f"<h2>People ({len(v.people)})</h2>\n<ul class=\"cols\">\n")
        for person, role, dates in v.people:
            when = f" <span class=\"src\">({', '.join(esc(nice_date(d)) for d in dates)})</span>" if dates else ""
            out.append(f"<li>{link(person.iri, person.label)}, {esc(role)}{when}</li>\n")
        out.append("</ul>\n")
    return "".join(out)
