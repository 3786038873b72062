"""Injection through the sources: text that tries to break HTML, JavaScript, SPARQL or Turtle travels from
real articles through `kg build` into the graph, and breaks nothing on the way out (RDF dumps, published
pages, the visualisation in headless Chromium, `--bind` on embedded and remote stores)."""

from __future__ import annotations

import csv
import html
import io
import shutil
from pathlib import Path

import pytest
import rdflib
from conftest import SAMPLE, chromium, kg, oxigraph_server, static_server
from pyoxigraph import DefaultGraph, RdfFormat, Store, Triple, serialize

# rdflib 7 warns about its own Dataset internals while parsing N-Quads and TriG.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ARTICLE = SAMPLE / "001_council-rated-inadequate.txt"

# Each payload sets window.__pwned or opens a dialog if it ever runs.
TXT_TITLE = ('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> "} ; DROP ALL ; # """ '
             "\\ <http://x/a>b> \u202egnp.exe Suffolk council rated inadequate")
QUOTE_PAYLOAD = ("We accept <script>alert('quote')</script><img src=x onerror=window.__pwned=3> } ; DROP ALL ; # "
                 "''' \\ <a>b> \u202eevil the findings in full")
HTML_TITLE = '</title><script>window.__pwned=4</script><svg onload=alert(4)> \'"}\n ; DROP ALL ; # &amp; \u202e'
FILE_NAME = 'x"} ; DROP ALL ; # \\ > <script>alert(5)<\u202ey>\nz.txt'
SPARQL_BREAKOUT = 'x" } UNION { ?s ?p ?o } #'


@pytest.fixture(scope="module")
def injected(tmp_path_factory) -> dict:
    """A corpus of real articles carrying the payloads, built into a store."""
    base = tmp_path_factory.mktemp("inject")
    corpus = base / "corpus"
    shutil.copytree(SAMPLE, corpus)
    text = ARTICLE.read_text(encoding="utf-8")
    hostile_txt = corpus / FILE_NAME
    hostile_txt.write_text(TXT_TITLE + "\n\n" + text.replace("Suffolk", "Norfolk").replace(
        "We accept the findings in full", QUOTE_PAYLOAD), encoding="utf-8")
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.replace("Suffolk", "Essex").split("\n\n"))
    (corpus / "hostile page.html").write_text(
        f"<!doctype html><html><head><title>{html.escape(HTML_TITLE)}</title></head>"
        f"<body><article>{paras}</article></body></html>", encoding="utf-8")
    store = base / "store"
    kg("build", str(corpus), "--store", str(store), "-q")
    return {"base": base, "store": store, "txt_path": str(hostile_txt)}


def store_literals(store: Path) -> set[str]:
    s = Store.read_only(str(store))
    try:
        return {q.object.value for q in s if q.object.__class__.__name__ == "Literal"}
    finally:
        del s


def test_the_payloads_reach_the_graph(injected):
    """Otherwise the tests below would prove nothing."""
    lits = store_literals(injected["store"])
    assert TXT_TITLE in lits  # the title of the text article (its first line)
    assert " ".join(HTML_TITLE.split()) in {" ".join(v.split()) for v in lits}  # the HTML <title>
    assert injected["txt_path"] in lits  # the source path, quote, backslash, newline and all
    assert any("<script>alert('quote')</script>" in v and "\u202e" in v for v in lits)  # a quotation


def rdflib_count(data: bytes, fmt: str) -> tuple[int, set[str]]:
    if fmt in ("nquads", "trig", "json-ld"):
        ds = rdflib.Dataset()
        ds.parse(data=data, format=fmt)
        quads = list(ds.quads((None, None, None, None)))
        return len(quads), {str(o) for _, _, o, _ in quads if isinstance(o, rdflib.Literal)}
    g = rdflib.Graph()
    g.parse(data=data, format=fmt)
    return len(g), {str(o) for o in g.objects() if isinstance(o, rdflib.Literal)}


def test_dumps_round_trip_through_rdflib(injected):
    store = injected["store"]
    s = Store.read_only(str(store))
    quads = list(s)
    triples = {Triple(q.subject, q.predicate, q.object) for q in quads}
    dumps = {
        "nquads": s.dump(format=RdfFormat.N_QUADS),
        "trig": s.dump(format=RdfFormat.TRIG),
        "nt": serialize(sorted(triples, key=str), format=RdfFormat.N_TRIPLES),
        "turtle": serialize(sorted(triples, key=str), format=RdfFormat.TURTLE),
    }
    del s
    for fmt, data in dumps.items():
        n, lits = rdflib_count(data, fmt)
        assert n == (len(quads) if fmt in ("nquads", "trig") else len(triples)), fmt
        assert TXT_TITLE in lits and injected["txt_path"] in lits, fmt


@pytest.mark.parametrize("fmt,parse_as", [("ttl", "turtle"), ("nt", "nt"), ("trig", "trig"), ("nq", "nquads"),
                                          ("jsonld", "json-ld")])
def test_kg_export_round_trips(injected, tmp_path, fmt, parse_as):
    out = tmp_path / f"dump.{fmt}"
    kg("export", "--store", str(injected["store"]), "--format", fmt, "-o", str(out))
    s = Store.read_only(str(injected["store"]))
    quads = [q for q in s if not isinstance(q.graph_name, DefaultGraph)]  # the default graph is their merge
    del s
    want = len(quads) if parse_as in ("trig", "nquads", "json-ld") else len({(q.subject, q.predicate, q.object)
                                                                            for q in quads})
    n, lits = rdflib_count(out.read_bytes(), parse_as)
    assert n == want
    assert TXT_TITLE in lits and injected["txt_path"] in lits


# ---------------------------------------------------------------- pages and visualisation in Chromium

@pytest.fixture(scope="module")
def site(injected) -> Path:
    site = injected["base"] / "site"
    kg("-q", "publish", "--store", str(injected["store"]), "-o", str(site))
    return site


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


class Sentinel:
    """Opens pages and records anything that shows a payload ran: dialogs, errors, the marker, requests for x."""

    def __init__(self, browser):
        self.page = browser.new_page()
        self.events: list[str] = []
        self.page.on("dialog", lambda d: (self.events.append(f"dialog {d.message}"), d.dismiss()))
        self.page.on("pageerror", lambda e: self.events.append(f"pageerror {e}"))
        self.page.on("request", lambda r: self.events.append(f"request {r.url}")
                     if r.url.rstrip("/").endswith("/x") else None)

    def check(self, where: str) -> None:
        assert self.page.evaluate("typeof window.__pwned") == "undefined", where
        assert self.events == [], (where, self.events)


def test_published_pages_show_payloads_as_text(site, browser):
    pages = sorted(p for p in site.rglob("*.html") if "__pwned" in p.read_text(encoding="utf-8")
                   or "alert(" in p.read_text(encoding="utf-8"))
    assert len(pages) >= 5, "the payloads should appear on several pages"
    s = Sentinel(browser)
    shown = 0
    with static_server(site) as url:
        for p in pages + [site / "index.html"]:
            rel = p.relative_to(site).as_posix()
            resp = s.page.goto(f"{url}/{rel}", wait_until="load")
            assert resp.status == 200, rel
            s.check(rel)
            body = s.page.locator("body").inner_text()
            shown += "<script>" in body  # the markup is shown to the reader as text
        # The search lists the hostile names as text: typing part of a payload shows it, and nothing runs.
        s.page.goto(f"{url}/index.html", wait_until="load")
        s.page.locator("#kg-search").fill("script")
        s.page.locator("#kg-results a").first.wait_for()
        assert any("<script>" in t for t in s.page.locator("#kg-results a").all_inner_texts())
        assert s.page.locator("#kg-results script, #kg-results img").count() == 0
        s.check("index.html search")
        # The network page of the site holds the same names, inert.
        s.page.goto(f"{url}/graph.html", wait_until="load")
        s.page.wait_for_selector("body[data-kg-stable='1']", state="attached", timeout=60_000)
        s.check("graph.html")
    s.page.close()
    assert shown >= len(pages) // 2


def test_visualisation_keeps_payloads_inert(injected, browser, tmp_path):
    out = tmp_path / "graph.html"
    kg("viz", "--store", str(injected["store"]), "-o", str(out), "--title", TXT_TITLE)
    page_html = out.read_text(encoding="utf-8")
    assert "__pwned" in page_html, "the payload should be in the page (as data)"
    s = Sentinel(browser)
    try:
        s.page.set_viewport_size({"width": 1280, "height": 860})
        s.page.goto(out.resolve().as_uri(), wait_until="load")
        s.page.wait_for_function("typeof network !== 'undefined'", timeout=60_000)
        s.page.wait_for_selector("body[data-kg-stable='1']", state="attached", timeout=110_000)
        s.check("viz page")
        ids = s.page.evaluate("network.body.data.nodes.getIds()")
        hovered = 0
        for node in ids:
            xy = s.page.evaluate("""(id) => { network.focus(id, {scale: 1.2, animation: false});
                const p = network.getPositions([id])[id]; const d = network.canvasToDOM(p);
                const r = document.querySelector('#mynetwork').getBoundingClientRect();
                return [d.x + r.left, d.y + r.top]; }""", node)
            s.page.mouse.move(xy[0] + 40, xy[1] + 40)
            s.page.mouse.move(xy[0], xy[1], steps=4)
            tip = s.page.locator("div.vis-tooltip")
            try:
                tip.wait_for(state="visible", timeout=3000)
            except Exception:
                continue
            hovered += "<script>" in tip.inner_text()
            s.check(f"tooltip of {node}")
        assert hovered >= 1, "no tooltip showed the payload as text"
    finally:
        s.page.close()


# ---------------------------------------------------------------- --bind cannot change a query's shape

BREAKOUTS = [SPARQL_BREAKOUT, "x' } UNION { ?s ?p ?o } #", 'x\\" } UNION { ?s ?p ?o } #',
             'x\\u0022 } UNION { ?s ?p ?o } #', 'Suffolk County Counci\\u006c',
             "<x> } UNION { ?s ?p ?o } #", '"""} ; DROP ALL ; #', "x\n} UNION { ?s ?p ?o }\n#"]


def bound_rows(store: str, value: str) -> list[list[str]]:
    out = kg("query", "spoke-for-body", "--store", store, "--format", "csv", "--bind", f"body={value}").stdout
    return list(csv.reader(io.StringIO(out)))


def check_binds(store: str) -> None:
    real = bound_rows(store, "Suffolk County Council")
    assert len(real) > 1 and all(r[0] == "Suffolk County Council" for r in real[1:])  # the binding filters
    harmless = bound_rows(store, "No Such Council")
    assert len(harmless) == 1  # the header only
    for value in BREAKOUTS:
        assert bound_rows(store, value) == harmless, value


def test_bind_cannot_change_the_query_embedded(sample_store):
    check_binds(str(sample_store))


@pytest.fixture(scope="module")
def oxigraph_query_url(sample_store, tmp_path_factory):
    """A real `oxigraph serve` over a copy of the sample store, on 127.0.0.1."""
    loc = tmp_path_factory.mktemp("oxserve") / "db"
    shutil.copytree(sample_store, loc)
    with oxigraph_server(loc) as url:
        yield f"{url}/query"


def test_bind_cannot_change_the_query_remote(oxigraph_query_url, sample_store):
    check_binds(oxigraph_query_url)
    # Same answer over HTTP as embedded, for the real value.
    assert bound_rows(oxigraph_query_url, "Suffolk County Council") == bound_rows(str(sample_store),
                                                                               "Suffolk County Council")


def test_bind_refuses_an_iri_that_would_break_out(sample_store):
    from kg.store import StoreError, Term, bind_values

    with pytest.raises(StoreError):
        bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"x": Term("uri", "urn:a> } UNION { ?s ?p ?o } #")})
    # On the command line such a value is a plain string that matches nothing: the query runs as written
    # (a name the query does not have is refused: exit 2).
    plain = kg("query", "people", "--store", str(sample_store), "--format", "csv").stdout
    for value in ("<urn:a> } UNION { ?s ?p ?o } #>", "<urn:a>b>"):
        res = kg("query", "people", "--store", str(sample_store), "--format", "csv", "--bind", f"person={value}")
        assert res.stdout == plain.splitlines(keepends=True)[0] and len(plain.splitlines()) > 1, value
    res = kg("query", "people", "--store", str(sample_store), "--bind", "unused=x", check=False)
    assert res.returncode == 2
