"""Pages for the vocabulary (ontology terms, SKOS schemes and concepts) and the DCAT catalogue, for `kg publish`."""

from __future__ import annotations

import datetime
import os
import re
from collections import defaultdict

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from .ns import NS, ONTOLOGY, VOCAB, VOCAB_GRAPH

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (NS["skos"] + "prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")
NOTES = (NS["skos"] + "definition", "http://www.w3.org/2000/01/rdf-schema#comment", NS["skos"] + "scopeNote")
SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)*")


def term_path(iri: str) -> str | None:
    """Where a vocabulary term's page goes in the site (without suffix), or None if it is not one."""
    if iri.startswith(ONTOLOGY):
        rest, folder = iri[len(ONTOLOGY):], "ontology/term/"
    elif iri.startswith(VOCAB):
        rest, folder = iri[len(VOCAB):], "vocab/"
    else:
        return None
    return folder + rest if rest and SAFE.fullmatch(rest) and not rest.endswith(".") else None


def vocab_pages(store, w, site) -> list[str]:
    """Write a page (HTML and Turtle) for every ontology term and SKOS scheme and concept of the vocabulary
    graph; the paths of the HTML pages, for the sitemap."""
    from .publish import curie, esc, json_bytes, jsonld_graph, page, rel_href, script_json, turtle

    about: dict[str, list[Triple]] = defaultdict(list)
    for q in store.quads(graph=NamedNode(VOCAB_GRAPH)):
        if isinstance(q.subject, NamedNode):
            about[q.subject.value].append(q.triple)
    # Concepts a document adds to a scheme (an aspect in the text's own words, linked to the framework's): their
    # triples from every graph that states them, once each.
    added = {q.subject.value for q in store.quads(predicate=NamedNode(RDF_TYPE), object=NamedNode(NS["skos"] + "Concept"))
             if isinstance(q.subject, NamedNode) and q.subject.value.startswith(VOCAB) and q.subject.value not in about}
    for iri in sorted(added):
        about[iri] = list(dict.fromkeys(q.triple for q in store.quads(subject=NamedNode(iri))))
    paths = {iri: term_path(iri) for iri in about}
    labels = {iri: _first(ts, LABELS) or curie(iri) for iri, ts in about.items()}
    written = []
    for iri in sorted(about):
        path = paths[iri]
        if path is None:
            continue
        here, name = path + ".html", path.rsplit("/", 1)[-1]

        def link(t, here=here) -> str:
            if isinstance(t, NamedNode):
                target = paths.get(t.value)
                href = rel_href(here, target + ".html") if target else t.value
                return f'<a href="{esc(href)}" title="{esc(t.value)}">{esc(labels.get(t.value) or curie(t.value))}</a>'
            if isinstance(t, Literal) and t.language:
                return f'{esc(t.value)} <span class="muted">@{esc(t.language)}</span>'
            return esc(str(t.value) if isinstance(t, Literal) else str(t))

        triples = sorted(about[iri], key=lambda t: (t.predicate.value, str(t.object)))
        rows = "".join(f'<tr><td><a href="{esc(t.predicate.value)}">{esc(curie(t.predicate.value))}</a></td>'
                       f"<td>{link(t.object)}</td></tr>\n" for t in triples)
        narrower = sorted((s for s, ts in about.items() if any(
            t.predicate.value in (NS["skos"] + "broader", NS["skos"] + "inScheme") and t.object == NamedNode(iri)
            for t in ts)), key=lambda s: labels[s].lower())
        note = _first(about[iri], NOTES)
        body = (f"<h1>{esc(labels[iri])}</h1>\n<p class=\"iri\">{esc(iri)}</p>\n"
                + (f"<p>{esc(note)}</p>\n" if note else "")
                + f'<p>Also as <a href="{esc(name)}.ttl">Turtle</a> · <a href="{esc(name)}.jsonld">JSON-LD</a></p>\n'
                + f"<table>\n<thead><tr><th>Property</th><th>Value</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n")
        if narrower:
            body += ("<h2>In this scheme or under this concept</h2>\n<ul class=\"cols\">\n"
                     + "".join(f"<li>{link(NamedNode(s))}</li>\n" for s in narrower) + "</ul>\n")
        data = jsonld_graph(triples)
        head = (f'<link rel="alternate" type="text/turtle" href="{esc(name)}.ttl">\n'
                f'<link rel="alternate" type="application/ld+json" href="{esc(name)}.jsonld">\n'
                f'<script type="application/ld+json">\n{script_json(data)}\n</script>\n')
        w.write(here, page(site, here, labels[iri], body, head))
        w.write(path + ".ttl", turtle(triples))
        w.write(path + ".jsonld", json_bytes(data))
        written.append(here)
    return written


def _first(triples: list[Triple], predicates: tuple[str, ...]) -> str:
    for p in predicates:
        values = sorted(t.object.value for t in triples if t.predicate.value == p and isinstance(t.object, Literal))
        if values:
            return values[0]
    return ""


def publication_date() -> str:
    """The date of publishing, as xsd:date: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = (datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch.isdigit()
            else datetime.datetime.now(datetime.UTC))
    return when.date().isoformat()


def catalogue_triples(site, ds: NamedNode) -> list[Triple]:
    """What DCAT-AP asks of a dataset beyond VoID (publisher, dates, landing page, contact, keywords, language)
    and the catalogue that lists it."""
    dct, dcat, foaf, xsd = NS["dcterms"], NS["dcat"], NS["foaf"], NS["xsd"]
    rdf_type = NamedNode(RDF_TYPE)
    publisher = NamedNode(site.base + "void#publisher")
    catalogue = NamedNode(site.base + "void#catalogue")
    day = Literal(publication_date(), datatype=NamedNode(xsd + "date"))
    lang = NamedNode("http://publications.europa.eu/resource/authority/language/ENG")
    contact = BlankNode("contact")
    t = [Triple(publisher, rdf_type, NamedNode(foaf + "Agent")),
         Triple(publisher, NamedNode(foaf + "name"), Literal(f"{site.title} publishers", language="en")),
         Triple(publisher, NamedNode(foaf + "homepage"), NamedNode(site.base)),
         Triple(contact, rdf_type, NamedNode("http://www.w3.org/2006/vcard/ns#Kind")),
         Triple(contact, NamedNode("http://www.w3.org/2006/vcard/ns#fn"), Literal(f"{site.title} publishers")),
         Triple(contact, NamedNode("http://www.w3.org/2006/vcard/ns#hasURL"), NamedNode(site.base)),
         Triple(catalogue, rdf_type, NamedNode(dcat + "Catalog")),
         Triple(catalogue, NamedNode(dct + "title"), Literal(f"{site.title} data catalogue", language="en")),
         Triple(catalogue, NamedNode(dct + "description"), Literal(
             "The datasets published by this site, with their downloads.", language="en")),
         Triple(catalogue, NamedNode(dct + "publisher"), publisher),
         Triple(catalogue, NamedNode(dct + "license"), NamedNode(site.license)),
         Triple(catalogue, NamedNode(dct + "modified"), day),
         Triple(catalogue, NamedNode(foaf + "homepage"), NamedNode(site.base)),
         Triple(catalogue, NamedNode(dcat + "dataset"), ds),
         Triple(ds, NamedNode(dct + "publisher"), publisher),
         Triple(ds, NamedNode(dct + "issued"), day), Triple(ds, NamedNode(dct + "modified"), day),
         Triple(ds, NamedNode(dcat + "landingPage"), NamedNode(site.base + "index.html")),
         Triple(ds, NamedNode(dcat + "contactPoint"), contact),
         Triple(ds, NamedNode(dct + "language"), lang)]
    for word in ("inspection", "inspectorate", "public services", "accountability", "linked data"):
        t.append(Triple(ds, NamedNode(dcat + "keyword"), Literal(word, language="en")))
    return t
