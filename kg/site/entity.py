"""The body of an entity's page for a reader: plain names, typed sections first, then the remaining facts,
the evidence and what links here; the RDF is one click away."""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from ..ns import NS, ONTOLOGY
from . import pages
from .pages import esc
from .terms import role

if TYPE_CHECKING:
    from ..publish import Description, Fact, Renderer

PERSON, BODY, INSPECTION = NS["schema"] + "Person", NS["org"] + "Organization", ONTOLOGY + "Inspection"
RDF_TYPE, EVIDENCE = NS["rdf"] + "type", ONTOLOGY + "evidence"
# What a typed section already says, left out of the tables below it: (outgoing, incoming) properties.
SHOWN = {
    PERSON: (set(), {NS["org"] + "member", NS["schema"] + "creator"}),
    INSPECTION: ({ONTOLOGY + p for p in ("inspector", "subject", "coversPlace", "visited", "published", "year",
                                         "inspectionKind", "overallGrade")}, {ONTOLOGY + "ofInspection"}),
    BODY: ({ONTOLOGY + "orgKind", ONTOLOGY + "area"}, {ONTOLOGY + "subject", NS["org"] + "organization"}),
}
MAX_INCOMING = 400  # rows of "linked from" on one page (a document is the source of thousands of spans)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def kinds(r: Renderer, types: list[str]) -> str:
    names = []
    for t in sorted(types, key=lambda t: (not t.startswith(ONTOLOGY), t)):  # the project's own classes say most
        name = _cap(r.terms.label(t))
        if name not in names:
            names.append(name)
    return " · ".join(esc(n) for n in names)


def typed_section(r: Renderer, desc: Description, path: str) -> tuple[str, set[str], set[str]]:
    """The section a person, inspection or body page opens with, and the properties it covers."""
    def link(iri: str, label: str) -> str:
        return f'<a href="{esc(r.href(iri, path))}">{esc(label)}</a>'

    if PERSON in desc.types:
        posts, quotes = r.views.person(desc.iri)
        return pages.person_sections(posts, quotes, link), *SHOWN[PERSON]
    if INSPECTION in desc.types:
        return pages.inspection_sections(r.views.inspection(desc.iri), link), *SHOWN[INSPECTION]
    if BODY in desc.types:
        return pages.body_sections(r.views.body(desc.iri), link), *SHOWN[BODY]
    return "", set(), set()


def value(r: Renderer, f: Fact, path: str) -> str:
    if isinstance(f.object, Literal):
        return esc(f.object.value)
    return r.link(f.object, path)


def stated(r: Renderer, f: Fact, path: str) -> str:
    if role(f.predicate.value) == "reference":
        return '<span class="ref" title="From the project\'s reference lists, not from an article">reference data</span>'
    return r.sources(f.graphs, path)


def facts_table(r: Renderer, rows: list[Fact], path: str, heading: str) -> str:
    if not rows:
        return ""
    out = [f"<h2>{esc(heading)}</h2>\n<table class=\"facts\">\n<thead><tr><th>What</th><th>Value</th>"
           "<th>Stated in</th></tr></thead>\n<tbody>\n"]
    for f in rows:
        out.append(f"<tr><td>{esc(_cap(r.terms.label(f.predicate.value)))}</td><td>{value(r, f, path)}</td>"
                   f"<td>{stated(r, f, path)}</td></tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def evidence(r: Renderer, desc: Description, path: str) -> str:
    if not desc.evidence:
        return ""
    out = ["<h2>Evidence</h2>\n<p class=\"muted\">The passages of the source documents these facts were read "
           "from.</p>\n<ol class=\"evidence\">\n"]
    for s in desc.evidence:
        doc = r.link(NamedNode(s.document), path) if s.document else "an unknown document"
        rules = ", ".join(esc(x) for x in s.rules)
        out.append(f"<li><blockquote>{esc(s.text)}</blockquote>"
                   f'<span class="muted">From {doc}, characters {esc(s.start)}–{esc(s.end)}'
                   f"{' (found by the rule ' + rules + ')' if rules else ''} · "
                   f'<a href="{esc(r.href(s.iri, path))}">this passage</a></span></li>\n')
    out.append("</ol>\n")
    return "".join(out)


def incoming(r: Renderer, rows: list[Fact], path: str) -> str:
    if not rows:
        return ""
    out = ["<h2>Linked from</h2>\n<table class=\"incoming\">\n<thead><tr><th>Item</th><th>Links here as its</th>"
           "<th>Stated in</th></tr></thead>\n<tbody>\n"]
    for f in rows[:MAX_INCOMING]:
        out.append(f"<tr><td>{r.link(f.object, path)}</td><td>{esc(r.terms.label(f.predicate.value))}</td>"
                   f"<td>{r.sources(f.graphs, path)}</td></tr>\n")
    out.append("</tbody>\n</table>\n")
    if len(rows) > MAX_INCOMING:
        out.append(f"<p class=\"muted\">{len(rows) - MAX_INCOMING} more links are in the data files.</p>\n")
    return "".join(out)


def entity_body(r: Renderer, desc: Description, path: str) -> str:
    """The whole <main> of an entity's page."""
    name = posixpath.basename(path)[: -len(".html")]
    section, out_shown, in_shown = typed_section(r, desc, path)
    rows = [f for f in desc.facts if f.predicate.value not in out_shown and role(f.predicate.value) != "hide"]
    back = [f for f in desc.incoming if f.predicate.value not in in_shown and role(f.predicate.value) != "hide"]
    kind = kinds(r, [t for t in desc.types if role(t) != "hide"])
    return "".join([
        f"<h1>{esc(desc.label)}</h1>\n",
        f"<p class=\"kind\">{kind}</p>\n" if kind else "",
        section,
        facts_table(r, rows, path, "Other facts" if section else "Facts"),
        evidence(r, desc, path),
        incoming(r, back, path),
        f'<p class="rdf">This page as data: <a href="{esc(name)}.ttl">Turtle</a> · '
        f'<a href="{esc(name)}.jsonld">JSON-LD</a> · identifier <span class="iri">{esc(desc.iri)}</span></p>\n',
    ])
