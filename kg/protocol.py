"""SPARQL 1.1 Protocol choices for `kg serve`: content negotiation by q-value, format parameters, service description."""

from __future__ import annotations

# Media types offered per kind of answer, in the server's order of preference (the first is the default).
SELECT_OFFERS = [("application/sparql-results+json", "json"), ("application/json", "json"),
                 ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
                 ("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
ASK_OFFERS = SELECT_OFFERS[:5]
GRAPH_OFFERS = [("text/turtle", "ttl"), ("application/x-turtle", "ttl"), ("application/rdf+xml", "rdfxml"),
                ("application/ld+json", "jsonld"), ("application/n-triples", "nt"), ("text/plain", "nt"),
                ("text/n3", "n3"), ("text/rdf+n3", "n3"), ("application/n3", "n3"),
                ("application/xml", "rdfxml"), ("text/xml", "rdfxml")]
ENTITY_OFFERS = [("text/html", "html"), ("application/xhtml+xml", "html"), ("text/turtle", "ttl"),
                 ("application/ld+json", "jsonld"), ("application/rdf+xml", "rdfxml"),
                 ("application/n-triples", "nt"), ("text/n3", "n3")]
OFFERS = {"select": SELECT_OFFERS, "ask": ASK_OFFERS, "graph": GRAPH_OFFERS}

CONTENT_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
                 "ttl": "text/turtle; charset=utf-8", "jsonld": "application/ld+json",
                 "nt": "application/n-triples", "rdfxml": "application/rdf+xml",
                 "n3": "text/n3; charset=utf-8", "html": "text/html; charset=utf-8"}
SUFFIXES = {"html": "html", "ttl": "ttl", "jsonld": "jsonld", "nt": "nt", "rdf": "rdfxml", "n3": "n3"}
SUFFIX_OF = {"html": "html", "ttl": "ttl", "jsonld": "jsonld", "nt": "nt", "rdfxml": "rdf", "n3": "n3"}

# `format=` / `output=` values as Fuseki and Virtuoso read them: one word means a results format for
# SELECT/ASK and an RDF syntax for CONSTRUCT/DESCRIBE (`xml` is SPARQL XML or RDF/XML, `json` SPARQL JSON
# or JSON-LD). N3 is answered in Turtle, which is N3. A value not known for the query form is ignored.
FORMAT_WORDS = {
    "json": {"select": "json", "ask": "json", "graph": "jsonld"},
    "xml": {"select": "xml", "ask": "xml", "graph": "rdfxml"},
    "csv": {"select": "csv"}, "tsv": {"select": "tsv"},
    "rdf": {"graph": "rdfxml"}, "rdfxml": {"graph": "rdfxml"}, "rdf+xml": {"graph": "rdfxml"},
    "rdf/xml": {"graph": "rdfxml"}, "ttl": {"graph": "ttl"}, "turtle": {"graph": "ttl"},
    "n3": {"graph": "n3"}, "nt": {"graph": "nt"}, "ntriples": {"graph": "nt"}, "n-triples": {"graph": "nt"},
    "jsonld": {"graph": "jsonld"}, "json-ld": {"graph": "jsonld"},
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values (q=0 kept: it excludes)."""
    out = []
    for part in (header or "").split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = min(1.0, max(0.0, float(b[2:])))
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q))
    return out


def quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q-value an Accept header gives a media type: that of the most specific range matching it."""
    best, q = 0, 0.0
    for rng, rq in ranges:
        if rng == media:
            rank = 3
        elif rng.endswith("/*") and rng != "*/*" and media.startswith(rng[:-1]):
            rank = 2
        elif rng == "*/*":
            rank = 1
        else:
            continue
        if rank > best or (rank == best and rq > q):
            best, q = rank, rq
    return q


def negotiate(header: str | None, offers: list[tuple[str, str]]) -> str | None:
    """The format of the offer the client rates highest (ties: the server's order); None when none is
    acceptable. No Accept header accepts everything."""
    ranges = parse_accept(header)
    if not ranges:
        return offers[0][1]
    best, best_q, seen = None, 0.0, set()
    for media, fmt in offers:
        # The answer is sent as the format's first media type; its other names count only when asked for
        # by name (text/html;q=0 with */* must not bring HTML back as application/xhtml+xml).
        q = quality(media, ranges) if fmt not in seen else next((rq for r, rq in ranges if r == media), 0.0)
        seen.add(fmt)
        if q > best_q:
            best, best_q = fmt, q
    return best


def choose(kind: str, format_param: str | None, accept: str | None) -> str | None:
    """The format for an answer of this kind ("select", "ask", "graph"): the format parameter when it names
    one for this kind (a word or a media type), else content negotiation."""
    if format_param:
        word = format_param.strip().lower()
        fmt = FORMAT_WORDS.get(word, {}).get(kind)
        if fmt is None:
            fmt = dict(OFFERS[kind]).get(word.split(";")[0].strip())
        if fmt is not None:
            return fmt
    return negotiate(accept, OFFERS[kind])


def write_triples(triples: list, fmt: str) -> bytes:
    """Triples in one RDF syntax: ttl (also served as N3), nt, jsonld or rdfxml."""
    from pyoxigraph import RdfFormat, serialize

    from .publish import json_bytes, jsonld_graph, sorted_triples, turtle

    if fmt == "jsonld":
        return json_bytes(jsonld_graph(triples))
    if fmt in ("ttl", "n3"):  # Turtle is N3
        return turtle(sorted_triples(triples))
    return serialize(triples, format=RdfFormat.RDF_XML if fmt == "rdfxml" else RdfFormat.N_TRIPLES)


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N3"]


def service_description(endpoint: str, title: str) -> list:
    """The endpoint described in the SPARQL 1.1 Service Description vocabulary, as pyoxigraph triples."""
    from pyoxigraph import BlankNode, Literal, NamedNode, Triple

    def sd(name: str) -> NamedNode:
        return NamedNode(SD + name)

    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    me, dataset, graph = NamedNode(endpoint), BlankNode("dataset"), BlankNode("defaultGraph")
    out = [Triple(me, rdf_type, sd("Service")), Triple(me, sd("endpoint"), me),
           Triple(me, sd("supportedLanguage"), sd("SPARQL11Query")),
           Triple(me, sd("feature"), sd("UnionDefaultGraph")),
           Triple(me, NamedNode("http://purl.org/dc/terms/title"), Literal(f"{title} SPARQL endpoint")),
           Triple(me, sd("defaultDataset"), dataset), Triple(dataset, rdf_type, sd("Dataset")),
           Triple(dataset, sd("defaultGraph"), graph), Triple(graph, rdf_type, sd("Graph"))]
    out += [Triple(me, sd("resultFormat"), NamedNode(FORMATS + f)) for f in RESULT_FORMATS]
    return out
