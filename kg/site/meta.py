"""The site's description of itself: VoID and DCAT, the ontology documented by pyLODE, the sitemaps."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from ..ns import NS, ONTOLOGY
from ..publish import DUMP, DUMP_FORMATS, RDF_TYPE, PublishReport, Site, SiteWriter, esc, turtle
from ..resources import ONTOLOGY_DIR

SITEMAP_MAX = 50_000  # URLs per sitemap file (the sitemaps.org limit)


def void(site: Site, report: PublishReport, stats: dict, sizes: dict[str, int], examples: list[str]) -> bytes:
    """VoID and DCAT: counts, class and property partitions, dumps, licence and the SPARQL endpoint."""
    void, dcat, dct, xsd = NS["void"], NS["dcat"], NS["dcterms"], NS["xsd"]
    V = lambda n: NamedNode(void + n)  # noqa: E731
    D = lambda n: NamedNode(dcat + n)  # noqa: E731
    ds = NamedNode(site.base + "void#dataset")
    n = lambda i: Literal(str(i), datatype=NamedNode(xsd + "integer"))  # noqa: E731
    t: list[Triple] = [
        Triple(ds, RDF_TYPE, V("Dataset")), Triple(ds, RDF_TYPE, D("Dataset")),
        Triple(ds, NamedNode(dct + "title"), Literal(f"{site.title} knowledge graph", language="en")),
        Triple(ds, NamedNode(dct + "description"), Literal(
            "Inspections of public bodies, their judgements and recommendations, and the people who spoke for "
            "the bodies, read from news articles; one named graph per article with PROV-O provenance.",
            language="en")),
        Triple(ds, NamedNode(dct + "license"), NamedNode(site.license)),
        Triple(ds, V("uriSpace"), Literal(site.base)),
        Triple(ds, V("triples"), n(report.triples)),
        Triple(ds, V("entities"), n(report.entities)),
        Triple(ds, V("distinctSubjects"), n(stats["subjects"])),
        Triple(ds, V("distinctObjects"), n(stats["objects"])),
        Triple(ds, V("properties"), n(len(stats["properties"]))),
        Triple(ds, V("classes"), n(len(stats["classes"]))),
        Triple(ds, V("vocabulary"), NamedNode(ONTOLOGY.rstrip("#"))),
    ]
    for prefix in ("org", "prov", "skos", "dcterms", "schema", "foaf"):
        t.append(Triple(ds, V("vocabulary"), NamedNode(NS[prefix])))
    for e in examples:
        t.append(Triple(ds, V("exampleResource"), NamedNode(e)))
    from ..publish_vocab import catalogue_triples

    t += catalogue_triples(site, ds)
    if site.sparql_endpoint:
        svc = BlankNode("sparql-service")
        t += [Triple(ds, V("sparqlEndpoint"), NamedNode(site.sparql_endpoint)),
              Triple(ds, D("accessService"), svc), Triple(svc, RDF_TYPE, D("DataService")),
              Triple(svc, D("endpointURL"), NamedNode(site.sparql_endpoint)),
              Triple(svc, NamedNode(dct + "conformsTo"), NamedNode("https://www.w3.org/TR/sparql11-protocol/"))]
    for suffix, _, media, what in DUMP_FORMATS:
        url = NamedNode(f"{site.base}{DUMP}.{suffix}")
        dist = BlankNode(f"dump-{suffix}")
        t += [Triple(ds, V("dataDump"), url), Triple(ds, D("distribution"), dist),
              Triple(dist, RDF_TYPE, D("Distribution")), Triple(dist, D("downloadURL"), url),
              Triple(dist, D("accessURL"), url),
              Triple(dist, D("mediaType"), NamedNode("https://www.iana.org/assignments/media-types/" + media)),
              Triple(dist, NamedNode(dct + "title"), Literal(what, language="en")), Triple(dist, NamedNode(dct + "license"), NamedNode(site.license)),
              Triple(dist, D("byteSize"), Literal(str(sizes[suffix]), datatype=NamedNode(xsd + "nonNegativeInteger")))]
    for i, (cls, (entities, triples)) in enumerate(sorted(stats["classes"].items())):
        part = BlankNode(f"class{i}")
        t += [Triple(ds, V("classPartition"), part), Triple(part, V("class"), NamedNode(cls)),
              Triple(part, V("entities"), n(entities)), Triple(part, V("triples"), n(triples))]
    for i, (prop, count) in enumerate(sorted(stats["properties"].items())):
        part = BlankNode(f"property{i}")
        t += [Triple(ds, V("propertyPartition"), part), Triple(part, V("property"), NamedNode(prop)),
              Triple(part, V("triples"), n(count))]
    return turtle(t)


def ontology(w: SiteWriter) -> None:
    """The ontology as an HTML page by pyLODE, beside its Turtle."""
    import logging

    src = ONTOLOGY_DIR / "inspection-kg.ttl"
    w.write("ontology/inspection-kg.ttl", src.read_bytes())
    # pyLODE configures the root logger on import and logs its progress: keep stderr quiet, then undo it.
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from pylode import OntPub

        root.setLevel(logging.WARNING)
        w.write("ontology/index.html", OntPub(ontology=str(src)).make_html().encode("utf-8"))
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers


def sitemaps(w: SiteWriter, site: Site, urls: list[str]) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    chunks = [urls[i:i + SITEMAP_MAX] for i in range(0, len(urls), SITEMAP_MAX)]

    def urlset(chunk: list[str]) -> bytes:
        body = "".join(f"<url><loc>{esc(u)}</loc></url>\n" for u in chunk)
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>\n{body}</urlset>\n'.encode()

    if len(chunks) == 1:
        w.write("sitemap.xml", urlset(chunks[0]))
        return
    for i, chunk in enumerate(chunks, 1):
        w.write(f"sitemap-{i}.xml", urlset(chunk))
    body = "".join(f"<sitemap><loc>{esc(site.base)}sitemap-{i}.xml</loc></sitemap>\n"
                   for i in range(1, len(chunks) + 1))
    w.write("sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {ns}>\n{body}'
                           "</sitemapindex>\n".encode())
