"""RemoteStore against a real `oxigraph serve`: build into it, and the contract queries answer as embedded."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import ROOT, kg, oxigraph_server

CONTRACT = ["organisations", "people", "places", "inspections", "judgements", "quotes", "recommendations"]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real Oxigraph server on a free loopback port, with an empty on-disk store."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db") as url:
        yield url


@pytest.fixture(scope="module")
def stores(oxigraph, seeds_dir, tmp_path_factory):
    """The seeds built twice: into the server over HTTP, and into an embedded store."""
    embedded = tmp_path_factory.mktemp("embedded") / "store"
    kg("-q", "build", str(seeds_dir), "--store", str(embedded))
    res = kg("build", str(seeds_dir), "--store", f"{oxigraph}/query", "--update-url", f"{oxigraph}/update")
    assert "5 documents read (0 replaced, 0 unchanged)" in res.stderr
    return f"{oxigraph}/query", str(embedded)


def rows(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    table = list(csv.reader(io.StringIO(text)))
    # GROUP_CONCAT joins values in no defined order: compare the joined values as sets.
    return table[0], sorted(tuple("; ".join(sorted(c.split("; "))) for c in r) for r in table[1:])


def embedded_csv(store: str, name: str) -> str:
    from kg.query import load_query
    from kg.results import write_select
    from kg.store import open_store

    st = open_store(store, read_only=True)
    try:
        return write_select(st.select(load_query(name)), "csv")
    finally:
        st.close()


def test_contract_queries_answer_the_same_over_http(stores):
    remote, embedded = stores
    for name in CONTRACT:  # through the real command line, as a user would
        over_http = rows(kg("query", name, "--store", remote, "--format", "csv").stdout)
        local = rows(embedded_csv(embedded, name))
        assert local[1], name  # the comparison is not between empty answers
        assert over_http == local, name


def test_exploration_queries_answer_the_same_over_http(stores):
    from kg.query import load_query
    from kg.results import write_select
    from kg.store import RemoteStore

    remote, embedded = stores
    names = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    server = RemoteStore(remote)
    for name in names:
        assert rows(write_select(server.select(load_query(name)), "csv")) == rows(embedded_csv(embedded, name)), name


def test_bindings_and_rebuild_work_over_http(stores, seeds_dir, oxigraph):
    remote, embedded = stores
    q = ("SELECT DISTINCT ?l WHERE { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l . "
         "?o <http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    over_http = kg("query", q, "--store", remote, "--bind", "name=Ofsted", "--format", "csv").stdout
    assert over_http.split() == ["l", "Ofsted"]
    # The server knows what it holds: an unchanged rebuild writes nothing.
    res = kg("build", str(seeds_dir), "--store", remote, "--update-url", f"{oxigraph}/update")
    assert "(0 replaced, 5 unchanged)" in res.stderr


def test_read_only_without_update_url(stores, seeds_dir):
    remote, _ = stores
    res = kg("build", str(ROOT / "data" / "sample"), "--store", remote, check=False)
    assert res.returncode == 1 and "give --update-url" in res.stderr


def test_publish_from_the_server_equals_publish_from_the_folder(stores, tmp_path):
    from kg.publish import Site, publish
    from kg.store import open_store

    remote, embedded = stores
    publish(open_store(remote).local_copy(), tmp_path / "a", Site())  # the server's quads, read with SPARQL
    publish(open_store(embedded, read_only=True), tmp_path / "b", Site())
    a = (tmp_path / "a" / "dumps" / "inspection-kg.nq").read_bytes()
    assert a and a == (tmp_path / "b" / "dumps" / "inspection-kg.nq").read_bytes()


def test_serve_answers_from_the_server_as_from_the_folder(stores):
    """`kg serve --store URL`: queries and entity pages come from the server through the store interface."""
    import subprocess
    import time

    import httpx
    from conftest import KG, free_port

    remote, embedded = stores
    count = ("SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i a <https://w3id.org/inspection-kg/ontology#Inspection> }")
    want = kg("query", count, "--store", embedded, "--format", "csv").stdout.splitlines()[1]
    first = ("SELECT ?i WHERE { ?i a <https://w3id.org/inspection-kg/ontology#Inspection> } ORDER BY ?i LIMIT 1")
    iri = kg("query", first, "--store", embedded, "--format", "csv").stdout.splitlines()[1]
    port = free_port()
    proc = subprocess.Popen([KG, "serve", "--store", remote, "--port", str(port), "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        r = httpx.post(f"{url}/sparql", data={"query": count}, headers={"Accept": "text/csv"}, timeout=30)
        assert r.status_code == 200 and r.text.split("\r\n")[1] == want
        page = httpx.get(url + "/" + iri.removeprefix("https://w3id.org/inspection-kg/id/"),
                         headers={"Accept": "text/turtle"}, timeout=30)
        assert page.status_code == 200 and "Inspection" in page.text, page.text[:300]
        local = kg("query", f"SELECT ?l WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}",
                   "--store", embedded, "--format", "csv").stdout.splitlines()[1]
        assert local.strip('"') in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)
