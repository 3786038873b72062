"""`kg serve` under attack, over real HTTP on 127.0.0.1: no writes, no outbound requests, bounded requests,
and runaway queries stopped while the server keeps answering."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from conftest import KG, ROOT, free_port

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l LIMIT 3")


@pytest.fixture(scope="module")
def server(sample_store):
    port = free_port()
    proc = subprocess.Popen([KG, "serve", "--store", str(sample_store), "--port", str(port), "--timeout", "2",
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        assert proc.poll() is None, proc.stderr.read().decode()
        try:
            if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.05)
    else:
        proc.kill()
        raise AssertionError("kg serve did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


class Canary:
    """A web server on 127.0.0.1 that records every request: the endpoint must never call it."""

    def __init__(self):
        hits = self.hits = []

        class Recorder(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(f"{self.command} {self.path}")
                body = b"<urn:a> <urn:b> <urn:c> .\n"
                self.send_response(200)
                self.send_header("Content-Type", "application/n-triples")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"

    def close(self):
        self.httpd.shutdown()


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.close()


def count(server: str) -> int:
    r = httpx.get(f"{server}/sparql", params={"query": COUNT}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def raw(port: int, request: bytes) -> str:
    """Send raw bytes; the status line of the answer, or "" if the server closed the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(request)
            return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]
        except (ConnectionResetError, BrokenPipeError):
            return ""


def alive(server: str) -> None:
    r = httpx.get(f"{server}/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=30)
    assert r.status_code == 200 and len(r.text.splitlines()) == 4, r.text


# ---------------------------------------------------------------- read-only

def test_no_form_of_update_changes_the_store(server, canary):
    before = count(server)
    ins = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    s = f"{server}/sparql"
    attempts = {
        "update form": lambda: httpx.post(s, data={"update": ins}),
        "update GET": lambda: httpx.get(s, params={"update": ins}),
        "update body": lambda: httpx.post(s, content=ins, headers={"Content-Type": "application/sparql-update"}),
        "update body, charset": lambda: httpx.post(s, content=ins, headers={
            "Content-Type": "Application/SPARQL-Update; charset=utf-8"}),
        "as query": lambda: httpx.post(s, data={"query": ins}),
        "lower case": lambda: httpx.get(s, params={"query": ins.lower().replace("urn:", "urn:")}),
        "escaped keyword": lambda: httpx.get(s, params={"query": "\\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
        "after prologue": lambda: httpx.get(s, params={"query": "PREFIX x: <urn:x#>\n# INSERT?\nDELETE WHERE { ?s ?p ?o }"}),
        "load": lambda: httpx.get(s, params={"query": f"LOAD <{canary.url}> INTO GRAPH <urn:g>"}),
        "load silent": lambda: httpx.post(s, data={"update": f"load silent <{canary.url}>"}),
        "clear": lambda: httpx.get(s, params={"query": "CLEAR ALL"}),
        "two in one": lambda: httpx.get(s, params={"query": f"ASK {{}} ; {ins}"}),
    }
    for name, attempt in attempts.items():
        r = attempt()
        assert r.status_code in (400, 403), (name, r.status_code, r.text)
    for method in ("PUT", "DELETE", "PATCH"):
        r = httpx.request(method, s, content=b"<urn:a> <urn:b> <urn:c> .", headers={
            "Content-Type": "application/n-triples"})
        assert r.status_code in (403, 405), (method, r.status_code)
    # Graph Store Protocol paths as other servers have them: nothing writes.
    for path in ("/store?default", "/store?graph=urn:g", "/update", "/data", "/organisation/ofsted"):
        for method in ("POST", "PUT", "DELETE"):
            r = httpx.request(method, f"{server}{path}", content=b"<urn:a> <urn:b> <urn:c> .",
                              headers={"Content-Type": "application/n-triples"})
            assert r.status_code in (403, 404, 405), (method, path, r.status_code)
    assert count(server) == before > 0
    assert canary.hits == []


# ---------------------------------------------------------------- no outbound requests

def test_service_and_datasets_never_reach_another_host(server, canary):
    c = canary.url
    refused = [
        f"SELECT * WHERE {{ SERVICE <{c}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{c}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{c}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{c}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ \\u0053\\u0045RVICE <{c}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\U00000053ERVICE <{c}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p \"#\" . SERVICE <{c}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p '''a''' . SERVICE <{c}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ FILTER(1<2) SERVICE <{c}> {{ ?s ?p ?o }} FILTER(2>1) }}",
        f"ASK {{ SERVICE <{c}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{c}> {{ ?s ?p ?o }} }}",
    ]
    for q in refused:
        r = httpx.post(f"{server}/sparql", data={"query": q})
        assert r.status_code == 403 and "SERVICE" in r.text, (q, r.status_code, r.text)
    # A dataset naming another host is a graph name, never a download.
    for params in ({"query": f"SELECT * FROM <{c}> WHERE {{ ?s ?p ?o }}"},
                   {"query": f"SELECT * FROM NAMED <{c}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"},
                   {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": c},
                   {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": c},
                   {"query": f"DESCRIBE <{c}>"}):
        r = httpx.get(f"{server}/sparql", params=params)
        assert r.status_code in (200, 400), (params, r.status_code)
    assert canary.hits == []


# A SPARQL local name may escape '#' and quotes (PN_LOCAL_ESC: ex:a\#, ex:a\'). The keyword filter must
# read them as part of the name, not as a comment or a string, or a SERVICE after them would run.
@pytest.mark.parametrize("hide", ["ex:a\\#", "ex:a\\'"])
def test_escaped_local_names_cannot_hide_service(server, canary, hide):
    q = (f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ BIND({hide} AS ?z) "
         f"SERVICE <{canary.url}> {{ ?s ?p ?o }} }} # '")
    r = httpx.post(f"{server}/sparql", data={"query": q})
    assert canary.hits == [] and r.status_code == 403, (r.status_code, r.text[:200], canary.hits)


# ---------------------------------------------------------------- time limit

def test_runaway_queries_are_stopped_and_the_server_keeps_answering(server):
    results: list[httpx.Response] = []

    def runaway():
        results.append(httpx.post(f"{server}/sparql", data={"query": RUNAWAY}, timeout=120))

    threads = [threading.Thread(target=runaway) for _ in range(3)]  # more runaways than workers
    for t in threads:
        t.start()
    answered = []
    while any(t.is_alive() for t in threads):
        r = httpx.get(f"{server}/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=120)
        answered.append(r.status_code)
        time.sleep(0.05)
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in results) == [503, 503, 503], [r.text for r in results]
    assert all("time limit" in r.text or "busy" in r.text for r in results)
    assert answered and set(answered) <= {200, 503}
    # The killed workers were replaced: the endpoint answers again, every time.
    for _ in range(6):
        alive(server)


# ---------------------------------------------------------------- request size

def test_request_size_is_bounded(server):
    s = f"{server}/sparql"
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000
    assert httpx.post(s, data={"query": long_query}).status_code == 413
    assert httpx.post(s, content=long_query, headers={"Content-Type": "application/sparql-query"}).status_code == 413

    def chunks():  # no Content-Length: the server must count as it reads
        for _ in range(64):
            yield b"query=" + b"x" * 65_536

    r = httpx.post(s, content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=60)
    assert r.status_code == 413
    port = int(server.rsplit(":", 1)[1])
    # A body announced as huge is refused before it is read.
    head = raw(port, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: 10000000000\r\n\r\nquery=")
    assert head.startswith("HTTP/1.1 413"), head
    # Oversized URLs and headers: refused (or the connection closed); either way nothing is run.
    big_url = b"GET /sparql?query=" + b"x" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    big_header = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Big: " + b"y" * 1_000_000 + b"\r\n\r\n"
    for req in (big_url, big_header):
        head = raw(port, req)
        assert head == "" or head.split()[1] in ("400", "413", "414", "431"), head
    alive(server)


def test_only_loopback_by_default():
    # `kg serve` listens on 127.0.0.1 unless told otherwise (SECURITY.md: put a proxy in front).
    from kg.cli.serve import command

    host = next(p for p in command.params if p.name == "host")
    assert host.default == "127.0.0.1"
