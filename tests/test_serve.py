"""kg serve over real HTTP: the SPARQL protocol, its formats, its refusals, its time limit, and entity IRIs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import threading
import time
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from conftest import KG, ROOT, free_port, kg

BASE = "https://w3id.org/inspection-kg/id/"
ORGS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?org ?label WHERE { ?org a <http://www.w3.org/ns/org#Organization> ; rdfs:label ?label } ORDER BY ?label"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def store(tmp_path_factory, seeds_dir) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    kg("-q", "build", str(seeds_dir), "--store", str(path))
    return path


def start_server(store: Path, *args: str):
    port = free_port()
    proc = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        assert proc.poll() is None, proc.stderr.read().decode()
        try:
            if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("kg serve did not start")


@pytest.fixture(scope="module")
def server(store):
    proc, url = start_server(store, "--timeout", "3", "--max-results", "5", "--workers", "2")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def expected(store) -> list[tuple[str, str]]:
    """The organisations as the embedded store answers (the first five, the server's result limit)."""
    s = ox.Store.read_only(str(store))
    rows = [(r["org"].value, r["label"].value) for r in s.query(ORGS, use_default_graph_as_union=False)]
    assert len(rows) > 5
    return rows


def test_select_in_each_results_format(server, expected):
    want = expected[:5]
    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["org", "label"]
    assert [(b["org"]["value"], b["label"]["value"]) for b in data["results"]["bindings"]] == want
    assert data["results"]["bindings"][0]["org"]["type"] == "uri"

    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "application/sparql-results+xml"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    results = ET.fromstring(r.content).iter(f"{SRX}result")
    got = [(res.find(f"{SRX}binding[@name='org']/{SRX}uri").text,
            res.find(f"{SRX}binding[@name='label']/{SRX}literal").text) for res in results]
    assert got == want

    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(r.text)))
    assert table[0] == ["org", "label"] and [tuple(x) for x in table[1:]] == want

    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "text/tab-separated-values"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    lines = r.text.splitlines()
    assert lines[0] == "?org\t?label"
    assert lines[1] == f'<{want[0][0]}>\t"{want[0][1]}"'


def test_post_form_and_direct_post_agree_with_get(server):
    get = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "text/csv"}).text
    form = httpx.post(f"{server}/sparql", data={"query": ORGS}, headers={"Accept": "text/csv"})
    direct = httpx.post(f"{server}/sparql", content=ORGS.encode(),
                        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert form.status_code == direct.status_code == 200
    assert form.text == direct.text == get


def test_result_limit_cuts_and_says_so(server, expected):
    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "text/csv"})
    assert len(r.text.strip().splitlines()) == 1 + 5
    assert r.headers["x-results-truncated"] == "5"
    small = httpx.get(f"{server}/sparql", params={"query": ORGS + " LIMIT 2"}, headers={"Accept": "text/csv"})
    assert "x-results-truncated" not in small.headers


def test_ask_and_graph_results(server, store):
    r = httpx.get(f"{server}/sparql", params={"query": f"ASK {{ <{BASE}organisation/ofsted> ?p ?o }}"})
    assert r.json() == {"head": {}, "boolean": True}
    r = httpx.get(f"{server}/sparql", params={"query": "ASK { <urn:x:nothing> ?p ?o }"},
                  headers={"Accept": "application/sparql-results+xml"})
    assert ET.fromstring(r.content).find(f"{SRX}boolean").text == "false"
    q = (f"CONSTRUCT {{ <{BASE}organisation/ofsted> ?p ?o }} WHERE {{ SELECT DISTINCT ?p ?o WHERE {{ "
         f"<{BASE}organisation/ofsted> ?p ?o FILTER(?p IN (rdf:type, rdfs:label)) }} }}")
    q = ("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + q)
    s = ox.Store.read_only(str(store))
    want = {(str(t.subject), str(t.predicate), str(t.object)) for t in s.query(q, use_default_graph_as_union=False)}
    assert 3 <= len(want) <= 5  # within the server's result limit, so the whole answer comes back
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt")):
        r = httpx.get(f"{server}/sparql", params={"query": q}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        g = rdflib.Graph().parse(data=r.text, format=fmt)
        assert {(t[0].n3(), t[1].n3(), t[2].n3()) for t in g} == want, accept


def count(server: str) -> int:
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_updates_are_refused(server):
    before = count(server)
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    attempts = [
        httpx.post(f"{server}/sparql", data={"update": insert}),
        httpx.post(f"{server}/sparql", content=insert.encode(), headers={"Content-Type": "application/sparql-update"}),
        httpx.post(f"{server}/sparql", data={"query": insert}),
        httpx.get(f"{server}/sparql", params={"query": "CLEAR ALL"}),
        httpx.get(f"{server}/sparql", params={"query": "DROP SILENT GRAPH <urn:g>"}),
        httpx.get(f"{server}/sparql", params={"query": "LOAD <http://127.0.0.1:9/x.ttl>"}),
        httpx.get(f"{server}/sparql", params={"query": "# c\nDELETE WHERE { ?s ?p ?o }"}),
    ]
    for r in attempts:
        assert r.status_code == 403, r.text
        assert "read-only" in r.text
    assert count(server) == before > 0
    # A keyword inside a string or an IRI is not an update.
    r = httpx.get(f"{server}/sparql", params={"query": 'SELECT ("INSERT DATA" AS ?x) WHERE { }'})
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["x"]["value"] == "INSERT DATA"


def test_service_is_refused_and_no_request_leaves(server):
    hits: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        target = f"http://127.0.0.1:{other.server_address[1]}/sparql"
        for q in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ service silent <{target}> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}"):
            r = httpx.get(f"{server}/sparql", params={"query": q})
            assert r.status_code == 403 and "SERVICE" in r.text, q
    finally:
        other.shutdown()
    assert hits == []


def test_oversized_and_malformed_requests(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (64 * 1024)
    assert httpx.post(f"{server}/sparql", data={"query": big}).status_code == 413
    assert httpx.post(f"{server}/sparql", content=big.encode(),
                      headers={"Content-Type": "application/sparql-query"}).status_code == 413
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and "syntax" in r.text
    assert httpx.get(f"{server}/sparql").status_code == 400
    r = httpx.get(f"{server}/sparql", params={"query": ORGS}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_runaway_query_is_stopped_while_others_are_answered(server, expected):
    outcome: dict = {}

    def runaway():
        outcome["r"] = httpx.get(f"{server}/sparql", params={"query": RUNAWAY}, timeout=60)

    t = threading.Thread(target=runaway)
    t.start()
    answered = []
    while t.is_alive() and len(answered) < 20:
        r = httpx.get(f"{server}/sparql", params={"query": ORGS + " LIMIT 3"}, headers={"Accept": "text/csv"},
                      timeout=60)
        answered.append((r.status_code, r.text.splitlines()[1:] if r.status_code == 200 else r.text))
        time.sleep(0.1)
    t.join()
    r = outcome["r"]
    assert r.status_code == 503 and "time limit" in r.text
    want = [f"{o},{label}" for o, label in expected[:3]]
    assert answered and all(a == (200, want) for a in answered), answered[:3]
    # The killed worker was replaced: both workers answer again.
    for _ in range(4):
        assert httpx.get(f"{server}/sparql", params={"query": "ASK {}"}).json()["boolean"] is True


def test_entity_iris_by_content_negotiation(server):
    iri = f"{server}/organisation/ofsted"
    page = httpx.get(iri, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Ofsted</h1>" in page.text and page.headers["vary"] == "Accept"
    ttl = httpx.get(iri, headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=ttl.text, format="turtle")
    ofsted = rdflib.URIRef(BASE + "organisation/ofsted")
    assert (ofsted, rdflib.RDFS.label, rdflib.Literal("Ofsted")) in g
    jl = httpx.get(iri, headers={"Accept": "application/ld+json"})
    assert jl.headers["content-type"].startswith("application/ld+json")
    assert set(rdflib.Graph().parse(data=jl.text, format="json-ld")) == set(g)
    assert httpx.get(iri + ".ttl").text == ttl.text
    assert httpx.get(f"{server}/organisation/no-such-body").status_code == 404
    assert httpx.get(f"{server}/organisation/no-such-body", headers={"Accept": "text/turtle"}).status_code == 404


def test_query_page_is_local_and_lists_the_queries(server):
    page = httpx.get(f"{server}/")
    assert page.status_code == 200
    assert '<script src="/assets/yasgui/yasgui.min.js"></script>' in page.text
    assert "https://" not in page.text.split("<body>")[0]  # nothing in the head loads from elsewhere
    for name in ("organisations", "inspections", "judgements", "quotes"):
        assert f'"name": "{name}"' in page.text
    assert httpx.get(f"{server}/query").text == page.text
    js = httpx.get(f"{server}/assets/yasgui/yasgui.min.js")
    assert js.status_code == 200 and len(js.content) > 100_000
    assert httpx.get(f"{server}/assets/yasgui/yasgui.min.css").status_code == 200


def test_serve_refuses_what_it_cannot_serve(tmp_path):
    res = kg("serve", "--store", str(tmp_path / "none"), check=False)
    assert res.returncode == 1 and "no store here" in res.stderr
    res = kg("serve", "--store", "http://127.0.0.1:9/query", check=False)
    assert res.returncode == 1 and "cannot reach the server" in res.stderr


def test_json_body_is_the_standard_shape(server):
    r = httpx.post(f"{server}/sparql", data={"query": 'SELECT ?x WHERE { BIND("a"@en AS ?x) }'})
    assert json.loads(r.text)["results"]["bindings"] == [{"x": {"type": "literal", "value": "a", "xml:lang": "en"}}]
