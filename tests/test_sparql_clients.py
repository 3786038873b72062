"""kg serve driven by the clients people use (SPARQLWrapper, rdflib's SPARQLStore) and by browsers' rules
(CORS, content negotiation with q-values); a build into the served store shows without a restart."""

from __future__ import annotations

import httpx
import pytest
import rdflib
from conftest import SAMPLE, kg
from test_serve import BASE, start_server

OFSTED = f"{BASE}organisation/ofsted"
CONSTRUCT = f"CONSTRUCT {{ <{OFSTED}> ?p ?o }} WHERE {{ <{OFSTED}> ?p ?o }}"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def served(seeds_store, tmp_path_factory):
    """kg serve over a copy of the seeds store (a test builds more into it)."""
    import shutil

    store = tmp_path_factory.mktemp("clients") / "store"
    shutil.copytree(seeds_store, store)
    proc, url = start_server(store, "--workers", "1")
    yield url, store
    proc.terminate()
    proc.wait(timeout=20)


def test_sparqlwrapper_every_query_form_in_its_default_format(served):
    from SPARQLWrapper import JSON, SPARQLWrapper

    url, _ = served
    sw = SPARQLWrapper(f"{url}/sparql")
    sw.setQuery(CONSTRUCT)  # defaults: RDF/XML asked by Accept and by format=xml
    g = sw.queryAndConvert()
    assert isinstance(g, rdflib.Graph) and (rdflib.URIRef(OFSTED), rdflib.RDFS.label, None) in g
    sw.setQuery(f"DESCRIBE <{OFSTED}>")
    assert len(sw.queryAndConvert()) > 0
    sw.setQuery(f"ASK {{ <{OFSTED}> ?p ?o }}")
    sw.setReturnFormat(JSON)
    assert sw.queryAndConvert()["boolean"] is True
    sw.setQuery(f"SELECT ?l WHERE {{ <{OFSTED}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
    for fmt in ("json", "xml", "csv", "tsv"):
        sw.setReturnFormat(fmt)
        res = sw.query()
        assert res.response.status == 200, fmt
        assert "Ofsted" in str(res.convert() if fmt != "xml" else res.convert().toxml()), fmt


@pytest.mark.parametrize("word, ctype", [("n3", "text/n3"), ("turtle", "text/turtle"), ("rdf", "application/rdf+xml"),
                                         ("xml", "application/rdf+xml"), ("json-ld", "application/ld+json"),
                                         ("nt", "application/n-triples"), ("nosuch", "text/turtle")])
def test_format_parameter_for_graphs(served, word, ctype):
    url, _ = served
    r = httpx.get(f"{url}/sparql", params={"query": CONSTRUCT, "format": word}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype), r.text
    assert "Accept" in r.headers["vary"]
    parse_as = {"text/n3": "n3", "text/turtle": "turtle", "application/rdf+xml": "xml",
                "application/ld+json": "json-ld", "application/n-triples": "nt"}[ctype]
    assert (rdflib.URIRef(OFSTED), rdflib.RDFS.label, None) in rdflib.Graph().parse(data=r.content, format=parse_as)


def test_rdflib_sparqlstore(served):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    url, _ = served
    g = rdflib.Graph(SPARQLStore(f"{url}/sparql"))
    labels = {str(o) for o in g.objects(rdflib.URIRef(OFSTED), rdflib.RDFS.label)}
    assert "Ofsted" in labels
    assert bool(g.query(f"ASK {{ <{OFSTED}> ?p ?o }}")) is True
    assert len(g.query(CONSTRUCT).graph) > 0


def test_service_description_cors_and_vary(served):
    url, _ = served
    r = httpx.get(f"{url}/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "Accept" in r.headers["vary"]
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    me = rdflib.URIRef(f"{url}/sparql")
    assert (me, rdflib.RDF.type, SD.Service) in g and (me, SD.endpoint, me) in g
    assert (me, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert httpx.get(f"{url}/sparql", headers={"Accept": "text/html"}).status_code == 303
    r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    pre = httpx.options(f"{url}/sparql", headers={"Origin": "https://yasgui.example",
                                                  "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
    r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "Accept" in r.headers["vary"]


def test_dataset_parameters(served):
    url, _ = served
    any_triple = "ASK { ?s ?p ?o }"
    graph = httpx.get(f"{url}/sparql", params={"query": "SELECT ?g WHERE { GRAPH ?g { } } LIMIT 1"}).json()
    g = graph["results"]["bindings"][0]["g"]["value"]
    # named-graph-uri alone: the default graph is empty, and only that graph is named.
    r = httpx.get(f"{url}/sparql", params={"query": any_triple, "named-graph-uri": g}).json()
    assert r["boolean"] is False
    r = httpx.get(f"{url}/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                           "named-graph-uri": g}).json()
    assert [b["g"]["value"] for b in r["results"]["bindings"]] == [g]
    # default-graph-uri alone: that graph is the default graph, and there are no named graphs.
    r = httpx.get(f"{url}/sparql", params={"query": any_triple, "default-graph-uri": g}).json()
    assert r["boolean"] is True
    r = httpx.get(f"{url}/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }", "default-graph-uri": g}).json()
    assert r["boolean"] is False


@pytest.mark.parametrize("accept, ctype", [
    ("application/rdf+xml", "application/rdf+xml"),
    ("application/n-triples", "application/n-triples"),
    ("text/html;q=0.5, application/rdf+xml", "application/rdf+xml"),
    ("text/html;q=0.9, text/turtle;q=0.2", "text/html"),
    ("*/*;q=0.1, application/ld+json", "application/ld+json"),
    ("text/html;q=0, */*", "text/turtle"),
])
def test_entity_negotiation_honours_q_values(served, accept, ctype):
    url, _ = served
    r = httpx.get(f"{url}/organisation/ofsted", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert "Accept" in r.headers["vary"] and r.headers["content-location"].startswith("/organisation/ofsted.")
    if ctype == "application/rdf+xml":
        g = rdflib.Graph().parse(data=r.content, format="xml")
        assert (rdflib.URIRef(OFSTED), rdflib.RDFS.label, None) in g


def test_entity_406_has_vary(served):
    url, _ = served
    r = httpx.get(f"{url}/organisation/ofsted", headers={"Accept": "image/png"})
    assert r.status_code == 406 and "Accept" in r.headers["vary"]
    assert httpx.get(f"{url}/organisation/ofsted.rdf").headers["content-type"] == "application/rdf+xml"


def test_a_build_into_the_served_store_shows_without_restart(served):
    url, store = served
    ask = "ASK { ?d <https://w3id.org/inspection-kg/ontology#sourcePath> ?p FILTER(CONTAINS(?p, 'data/sample')) }"
    assert httpx.get(f"{url}/sparql", params={"query": ask}).json()["boolean"] is False
    kg("-q", "build", str(SAMPLE), "--store", str(store))
    assert httpx.get(f"{url}/sparql", params={"query": ask}).json()["boolean"] is True
