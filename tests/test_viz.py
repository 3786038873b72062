"""kg viz / stats / export: pages opened in headless Chromium, hostile text kept inert, exports re-read."""

from __future__ import annotations

import json
import random
import re
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from conftest import chromium, kg

from kg.graph import PREFIXES, GraphError, entity_graph, find_nodes, neighbourhood
from kg.rdf import vocab_quads
from kg.site.layout import without_isolated
from kg.site.timeline import ordered_rows
from kg.store import open_store
from kg.viz import draw_timeline, page, timeline_points

PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
PAYLOAD_LINK = '<a href="javascript:window.__pwned=1">href</a>'
IKG = "https://w3id.org/inspection-kg/ontology#"


@pytest.fixture(scope="module")
def browser():
    with chromium(loopback=False) as b:
        yield b


class Opened:
    """A page opened in Chromium, with every request, dialog and error it caused."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.goto(path.resolve().as_uri())

    def wait_stable(self) -> None:
        self.page.wait_for_selector("body[data-kg-stable='1']", state="attached", timeout=110_000)

    def painted(self) -> int:
        """Pixels the network canvas has drawn (its background is transparent)."""
        return self.page.evaluate("""() => {
            const c = document.querySelector('#mynetwork canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""")

    def hover(self, node_id: str) -> str:
        """Move the mouse onto a node and return the tooltip's text."""
        xy = self.page.evaluate("""(id) => { network.focus(id, {scale: 1.2, animation: false});
            const p = network.getPositions([id])[id];
            const d = network.canvasToDOM(p); const r = document.querySelector('#mynetwork').getBoundingClientRect();
            return [d.x + r.left, d.y + r.top]; }""", node_id)
        self.page.mouse.move(xy[0] + 30, xy[1] + 30)
        self.page.mouse.move(xy[0], xy[1], steps=5)
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=10_000)
        return tip.inner_text()

    def offsite(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file://", "data:", "about:"))]

    def close(self) -> None:
        self.page.close()


def page_data(html: str) -> tuple[list[dict], list[dict]]:
    """The nodes and edges a page hands to vis-network."""
    nodes = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", html)
    edges = re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", html)
    assert nodes and edges, "no vis DataSets in the page"
    return json.loads(nodes.group(1)), json.loads(edges.group(1))


def sparql(store_path: Path, query: str) -> list[list[str]]:
    """An independent look at the store, to check what the pictures and figures say."""
    store = open_store(str(store_path), read_only=True)
    try:
        return [[t.value if t else "" for t in row] for row in store.select(PREFIXES + query).rows]
    finally:
        store.close()


def count(store_path: Path, *classes: str) -> int:
    union = " UNION ".join(f"{{ ?e a {c} }}" for c in classes)
    return int(sparql(store_path, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {union} }}")[0][0])


# ------------------------------------------------------------------ the whole graph and its views


def test_whole_graph_page_renders_offline_with_legend(sample_store, tmp_path, browser):
    out = tmp_path / "graph.html"
    res = kg("viz", "--store", str(sample_store), "-o", str(out))
    assert "wrote" in res.stderr
    html = out.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "bootstrap.min" not in html
    assert not re.search(r"<(link|script|img)\b[^>]*\b(src|href)=\"https?:", html)
    nodes, edges = page_data(html)
    store = open_store(str(sample_store), read_only=True)
    try:
        g = entity_graph(store)
    finally:
        store.close()
    # Nodes with no link are left out unless asked for; every node drawn has a link.
    linked = without_isolated(g)
    assert len(nodes) == linked.number_of_nodes() < g.number_of_nodes() and len(edges) == g.number_of_edges()
    ends = {e["from"] for e in edges} | {e["to"] for e in edges}
    assert {n["id"] for n in nodes} == ends
    everything = tmp_path / "all.html"
    kg("viz", "--store", str(sample_store), "--include-isolated", "-o", str(everything))
    assert len(page_data(everything.read_text(encoding="utf-8"))[0]) == g.number_of_nodes() == count(
        sample_store, "org:Organization", "schema:Person", "schema:Place", "ikg:Inspection")
    # Every node has a place from the layout, and the page's physics is off from the start.
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in nodes)
    roles = {r[0] for r in sparql(sample_store, "SELECT ?l WHERE { ?m org:organization ?o ; org:role/rdfs:label ?l }")}
    labels = {e["label"] for e in edges}
    assert {"inspector", "inspected body", "covers place"} <= labels and roles and roles <= labels
    # Inspections are coloured by overall grade: inadequate red, none stated grey.
    colour = {n["id"]: n["color"] for n in nodes}
    red = {r[0] for r in sparql(sample_store, "SELECT ?i WHERE { ?i ikg:overallGrade/ikg:rank 40 }")}
    grey = {r[0] for r in sparql(sample_store, "SELECT ?i WHERE { ?i a ikg:Inspection "
                                               "FILTER NOT EXISTS { ?i ikg:overallGrade ?g } }")}
    assert red and grey
    assert {colour[i] for i in red} == {"#d73027"} and {colour[i] for i in grey} == {"#9e9e9e"}

    o = Opened(browser, out)
    try:
        o.wait_stable()
        assert o.painted() > 5000, "the canvas is blank"
        assert o.page.evaluate("network.physics.options.enabled") is False, "physics still running"
        assert o.page.evaluate("nodes.length") == len(nodes)
        legend = o.page.locator("#kg-legend")
        assert legend.is_visible()
        text = legend.inner_text()
        for word in ("Inspectorate", "Local authority", "Person", "Place", "Inadequate", "Grade not stated"):
            assert word in text
        tip = o.hover("https://w3id.org/inspection-kg/id/person/helen-marwood")
        assert "Helen Marwood" in tip and "Sources:" in tip
        assert o.offsite() == [], o.offsite()
        assert o.errors == [] and o.dialogs == []
    finally:
        o.close()


def test_output_is_deterministic(sample_store, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    kg("viz", "--store", str(sample_store), "-o", str(a))
    kg("viz", "--store", str(sample_store), "-o", str(b))
    assert a.read_bytes() == b.read_bytes()
    sa, sb = tmp_path / "a.svg", tmp_path / "b.svg"
    kg("viz", "--store", str(sample_store), "--timeline", "-o", str(sa))
    kg("viz", "--store", str(sample_store), "--timeline", "-o", str(sb))
    assert sa.read_bytes() == sb.read_bytes()


def test_around_a_body_is_its_neighbourhood(sample_store, tmp_path):
    out = tmp_path / "ofsted.html"
    kg("viz", "--store", str(sample_store), "--around", "OFSTED", "--depth", "1", "-o", str(out))
    nodes, edges = page_data(out.read_text(encoding="utf-8"))
    ofsted = "https://w3id.org/inspection-kg/id/organisation/ofsted"
    inspected = {r[0] for r in sparql(sample_store, f"SELECT DISTINCT ?i WHERE {{ ?i ikg:inspector <{ofsted}> }}")}
    assert len(inspected) >= 2
    assert {n["id"] for n in nodes} == inspected | {ofsted}
    assert [n["id"] for n in nodes if n.get("borderWidth") == 4] == [ofsted]  # the centre stands out
    assert all(e["label"] == "inspector" for e in edges) and len(edges) == len(inspected)

    out2 = tmp_path / "ofsted2.html"
    kg("viz", "--store", str(sample_store), "--around", "Ofsted", "--depth", "2", "-o", str(out2))
    ids2 = {n["id"] for n in page_data(out2.read_text(encoding="utf-8"))[0]}
    assert "https://w3id.org/inspection-kg/id/organisation/suffolk-county-council" in ids2
    assert "https://w3id.org/inspection-kg/id/person/helen-marwood" not in ids2  # three links away


def test_around_an_unknown_label_is_a_clear_error(sample_store, tmp_path):
    res = kg("viz", "--store", str(sample_store), "--around", "Ofstead", "-o", str(tmp_path / "x.html"),
             check=False)
    assert res.returncode == 1
    assert "no entity labelled 'Ofstead'" in res.stderr and "Ofsted" in res.stderr
    assert not (tmp_path / "x.html").exists()
    res = kg("viz", "--store", str(sample_store), "--types", "Ghosts", "-o", str(tmp_path / "x.html"), check=False)
    assert res.returncode == 2 and "unknown class 'Ghosts'" in res.stderr


def test_types_keep_only_those_classes(sample_store, tmp_path):
    out = tmp_path / "bodies.html"
    kg("viz", "--store", str(sample_store), "--types", "Organisation,Person", "--include-isolated", "-o", str(out))
    nodes, edges = page_data(out.read_text(encoding="utf-8"))
    kinds = {n["kgTip"]["k"].split(" · ")[0] for n in nodes}
    assert kinds == {"Inspectorate", "Local authority", "Other body", "Person"}
    assert len(nodes) == count(sample_store, "org:Organization", "schema:Person")
    assert edges and all(e["label"] not in ("inspector", "inspected body", "covers place") for e in edges)


def test_query_views_construct_and_select(sample_store, tmp_path):
    construct = tmp_path / "inspectors.rq"
    construct.write_text(f"PREFIX ikg: <{IKG}>\nCONSTRUCT {{ ?i ikg:inspector ?o }} WHERE {{ ?i ikg:inspector ?o }}\n")
    select = tmp_path / "inspectors-select.rq"
    select.write_text(f"# pairs\nSELECT ?s ?p ?o WHERE {{ ?s ?p ?o . FILTER(?p = <{IKG}inspector>) }}\n")
    pairs = sparql(sample_store, f"SELECT DISTINCT ?i ?o WHERE {{ ?i <{IKG}inspector> ?o }}")
    for q in (construct, select):
        out = tmp_path / (q.stem + ".html")
        kg("viz", "--store", str(sample_store), "--query", str(q), "-o", str(out))
        nodes, edges = page_data(out.read_text(encoding="utf-8"))
        assert {(e["from"], e["to"]) for e in edges} == {tuple(p) for p in pairs}
        assert {e["label"] for e in edges} == {"inspector"}  # the ontology's label, not the IRI
        assert {n["id"] for n in nodes} == {x for p in pairs for x in p}
        ofsted = next(n for n in nodes if n["id"].endswith("/ofsted"))
        assert ofsted["label"] == "Ofsted" and ofsted["shape"] == "star"
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    res = kg("viz", "--store", str(sample_store), "--query", str(bad), "-o", str(tmp_path / "bad.html"), check=False)
    assert res.returncode == 1 and "?p" in res.stderr


# ------------------------------------------------------------------ hostile text


def _assert_inert(o: Opened, html: str, hostile_node: str, shown: str) -> None:
    assert PAYLOAD_SCRIPT not in html and "<img src=x" not in html
    assert "popup.innerHTML" not in html  # pyvis's HTML tooltips never switched on
    o.wait_stable()
    tip = o.hover(hostile_node)
    assert shown in tip, tip  # shown as text ...
    assert o.page.evaluate("document.querySelectorAll('div.vis-tooltip script, div.vis-tooltip img, img').length") == 0
    o.page.wait_for_timeout(300)
    assert o.page.evaluate("typeof window.__pwned") == "undefined"  # ... never run
    assert o.dialogs == []
    assert o.offsite() == [], o.offsite()


def test_hostile_article_stays_inert(tmp_path, browser):
    src = tmp_path / "src"
    src.mkdir()
    (src / "evil.txt").write_text(
        f"Ofsted rates children's services inadequate {PAYLOAD_SCRIPT} {PAYLOAD_IMG}\n\nPublished: 4 March 2024\n\n"
        "Children's services run by Suffolk County Council have been rated inadequate by Ofsted, after an "
        "inspection of local authority children's services carried out between 3 and 14 January 2024.\n\n"
        "Overall effectiveness: Inadequate\n\n"
        "Jane Smith, Suffolk County Council's director of children's services, said: \"We accept the findings "
        f"{PAYLOAD_SCRIPT} and {PAYLOAD_LINK} we will improve.\"\n", encoding="utf-8")
    store = tmp_path / "store"
    kg("build", str(src), "--store", str(store), "-q")
    assert sparql(store, "SELECT ?t WHERE { ?q a <https://schema.org/Quotation> ; <https://schema.org/text> ?t }")
    out = tmp_path / "evil.html"
    kg("viz", "--store", str(store), "--title", PAYLOAD_IMG, "-o", str(out))
    html = out.read_text(encoding="utf-8")
    o = Opened(browser, out)
    try:
        assert PAYLOAD_IMG in o.page.locator("#kg-header h1").inner_text()
        _assert_inert(o, html, "https://w3id.org/inspection-kg/id/person/jane-smith", PAYLOAD_SCRIPT)
        tip = o.hover("https://w3id.org/inspection-kg/id/organisation/ofsted")
        assert PAYLOAD_IMG in tip  # the document title, listed under Sources
        assert o.page.evaluate("typeof window.__pwned") == "undefined" and o.dialogs == []
    finally:
        o.close()


def hostile_store(path: Path) -> None:
    """A store written by hand whose labels, titles and quotations are all attacks."""
    ns = "https://example.org/id/"
    g = ox.NamedNode(ns + "graph/1")
    rdf = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

    def n(x):
        return ox.NamedNode(x if x.startswith("http") else ns + x)

    quads = [ox.Quad(*t, g) for t in [
        (n("org/evil"), rdf, n("http://www.w3.org/ns/org#Organization")),
        (n("org/evil"), rdf, n(IKG + "LocalAuthority")),
        (n("org/evil"), label, ox.Literal(f"Evil {PAYLOAD_IMG} Council --> {PAYLOAD_SCRIPT} <!--")),
        (n("org/insp"), rdf, n("http://www.w3.org/ns/org#Organization")),
        (n("org/insp"), rdf, n(IKG + "Inspectorate")),
        (n("org/insp"), label, ox.Literal(f"Inspectorate {PAYLOAD_LINK}")),
        (n("person/p"), rdf, n("https://schema.org/Person")),
        (n("person/p"), label, ox.Literal(f"Jane {PAYLOAD_SCRIPT}")),
        (n("place/x"), rdf, n("https://schema.org/Place")),
        (n("place/x"), label, ox.Literal(f"Place {PAYLOAD_IMG}")),
        (n("inspection/1"), rdf, n(IKG + "Inspection")),
        (n("inspection/1"), label, ox.Literal(f"Inspection {PAYLOAD_IMG}")),
        (n("inspection/1"), n(IKG + "inspector"), n("org/insp")),
        (n("inspection/1"), n(IKG + "subject"), n("org/evil")),
        (n("inspection/1"), n(IKG + "coversPlace"), n("place/x")),
        (n("inspection/1"), n(IKG + "published"), ox.Literal("2024-03-04", datatype=n("http://www.w3.org/2001/XMLSchema#date"))),
        (n("inspection/1"), n(IKG + "overallGrade"), n("grade/evil")),
        (n("grade/evil"), label, ox.Literal(f"Grade {PAYLOAD_SCRIPT}")),
        (n("grade/evil"), n(IKG + "rank"), ox.Literal("40", datatype=n("http://www.w3.org/2001/XMLSchema#integer"))),
        (n("quote/1"), rdf, n(IKG + "Quotation")),
        (n("quote/1"), n("https://schema.org/creator"), n("person/p")),
        (n("quote/1"), n("https://schema.org/text"), ox.Literal(f"I said {PAYLOAD_IMG} href")),
        (n("post/1"), rdf, n(IKG + "Post")),
        (n("post/1"), n("http://www.w3.org/ns/org#member"), n("person/p")),
        (n("post/1"), n("http://www.w3.org/ns/org#role"), n("role/r")),
        (n("post/1"), n("http://www.w3.org/ns/org#organization"), n("org/evil")),
        (n("role/r"), label, ox.Literal(f"director {PAYLOAD_IMG}")),
        (g, n("http://www.w3.org/ns/prov#wasDerivedFrom"), n("doc/1")),
        (n("doc/1"), n("http://purl.org/dc/terms/title"), ox.Literal(f"Title {PAYLOAD_SCRIPT} {PAYLOAD_LINK}")),
    ]]
    s = ox.Store(str(path))
    s.extend(quads)
    s.extend(vocab_quads())  # the ontology, for the property labels
    s.flush()
    del s


def test_hostile_labels_stay_inert_in_page_and_timeline(tmp_path, browser):
    path = tmp_path / "hostile"
    hostile_store(path)
    store = open_store(str(path), read_only=True)
    try:
        g = entity_graph(store)
    finally:
        store.close()
    assert g.number_of_nodes() == 5 and g.number_of_edges() == 4
    evil = "https://example.org/id/org/evil"
    assert find_nodes(g, f"evil {PAYLOAD_IMG} council --> {PAYLOAD_SCRIPT} <!--") == [evil]
    out = tmp_path / "hostile.html"
    html = page(g, f"Title {PAYLOAD_SCRIPT}", PAYLOAD_IMG)
    out.write_text(html, encoding="utf-8")
    o = Opened(browser, out)
    try:
        _assert_inert(o, html, evil, PAYLOAD_SCRIPT)
        for node in ("https://example.org/id/person/p", "https://example.org/id/inspection/1"):
            tip = o.hover(node)
            assert PAYLOAD_IMG in tip and "Title " + PAYLOAD_SCRIPT in tip
        assert o.page.evaluate("typeof window.__pwned") == "undefined" and o.dialogs == []
        assert o.page.evaluate("document.title") == f"Title {PAYLOAD_SCRIPT}"
    finally:
        o.close()
    # The timeline as SVG: well-formed, no script, no handler; opened on its own it runs nothing.
    svg = tmp_path / "hostile.svg"
    assert draw_timeline(g, str(svg), "svg") == 1
    root = ET.parse(svg).getroot()
    assert not [e for e in root.iter() if e.tag.endswith("script") or any(a.startswith("on") for a in e.attrib)]
    o = Opened(browser, svg)
    try:
        o.page.wait_for_timeout(300)
        assert o.page.evaluate("typeof window.__pwned") == "undefined" and o.dialogs == []
    finally:
        o.close()


# ------------------------------------------------------------------ big graphs hold still


def test_a_big_graph_stabilises_then_holds_still(tmp_path, browser):
    rnd = random.Random(5)
    g = nx.MultiDiGraph()
    classes = ["Inspectorate", "LocalAuthority", "Organisation", "Person", "Place", "Inspection"]
    n = 800
    for i in range(n):
        g.add_node(f"n{i}", label=f"Node {i}", labels=[f"Node {i}"], cls=classes[i % 6], facts=[], documents=[])
    for i in range(1, n):
        g.add_edge(f"n{i}", f"n{rnd.randrange(i)}", key="k", label="link", prop="p", documents=[])
    out = tmp_path / "big.html"
    out.write_text(page(g, "big"), encoding="utf-8")
    o = Opened(browser, out)
    try:
        o.wait_stable()
        assert o.page.evaluate("network.physics.options.enabled") is False
        before = o.page.evaluate("JSON.stringify(network.getPositions())")
        o.page.wait_for_timeout(700)
        assert o.page.evaluate("JSON.stringify(network.getPositions())") == before
        assert o.painted() > 5000
        assert o.errors == [] and o.offsite() == []
    finally:
        o.close()


# ------------------------------------------------------------------ timeline, stats, export


def test_timeline_places_inspections_and_colours_grades(sample_store, tmp_path):
    store = open_store(str(sample_store), read_only=True)
    try:
        g = entity_graph(store)
    finally:
        store.close()
    dated, undated = timeline_points(g)
    published = sparql(sample_store, """SELECT ?body ?date ?grade WHERE { ?i ikg:subject/rdfs:label ?body ;
        ikg:published ?date . OPTIONAL { ?i ikg:overallGrade/rdfs:label ?grade } }""")
    assert published
    for body, date, grade in published:
        # One row per body and area: the row starts with the body's name.
        assert any(p.row.startswith(body) and p.date == date and p.grade == grade and p.exact for p in dated)
    assert any(p.grade == "Inadequate" for p in dated), "the sample has an inadequate inspection"
    n_inspections = int(sparql(sample_store, "SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ikg:subject ?b }")[0][0])
    assert len({p.iri for p in dated + undated}) == n_inspections  # none vanishes: undated ones are listed
    assert ordered_rows(dated, "recent")[0] == max(dated, key=lambda p: p.date).row
    worst = ordered_rows(dated, "worst")[0]
    assert any(p.row == worst and p.grade == "Inadequate" for p in dated)
    svg = tmp_path / "t.svg"
    kg("viz", "--store", str(sample_store), "--timeline", "--order", "worst", "-o", str(svg))
    text = svg.read_text()
    # Text is drawn as paths (reproducible fonts); matplotlib names each text in a comment.
    labels = re.findall(r"<!-- (.*?) -->", text)
    assert labels.count("Inadequate") >= 2  # beside its point, and in the legend
    assert "Overall grade" in labels and any(lab.startswith(worst[:20]) for lab in labels)
    assert ET.parse(svg).getroot().tag.endswith("svg")
    png = tmp_path / "t.png"
    kg("viz", "--store", str(sample_store), "--timeline", "-o", str(png))
    from PIL import Image

    pixels = {c for _, c in Image.open(png).convert("RGB").getcolors(maxcolors=1 << 24)}
    assert (0xD7, 0x30, 0x27) in pixels  # the inadequate red
    res = kg("viz", "--store", str(sample_store), "--timeline", "-o", "-")
    assert res.stdout.startswith("<?xml") and "</svg>" in res.stdout
    res = kg("viz", "--store", str(sample_store), "--timeline", "-o", str(tmp_path / "t.gif"), check=False)
    assert res.returncode == 2


def test_stats_agree_with_the_store(sample_store):
    s = json.loads(kg("stats", "--store", str(sample_store), "--format", "json").stdout)
    for cls, iri in (("Person", "schema:Person"), ("Inspection", "ikg:Inspection"), ("Organisation", "org:Organization"),
                     ("Judgement", "ikg:Judgement"), ("Document", "schema:Article")):
        assert s["counts"][cls] == count(sample_store, iri), cls
    assert sum(sum(c.values()) for c in s["inspections_by_year"].values()) == s["counts"]["Inspection"]
    # Degrees, checked against the links SPARQL finds for each body.
    for row in s["top_bodies"][:5]:
        body = row["iri"]
        linked = sparql(sample_store, f"""SELECT DISTINCT ?x WHERE {{
            {{ ?x ikg:inspector|ikg:subject <{body}> }} UNION {{ <{body}> ikg:area ?x }}
            UNION {{ ?m org:organization <{body}> ; org:member ?x }} }}""")
        assert row["degree"] == len(linked), row
    degrees = [r["degree"] for r in s["top_bodies"]]
    assert degrees == sorted(degrees, reverse=True) and degrees[0] >= 3
    ofsted = [r for r in s["top_bodies"] if r["label"] == "Ofsted"]
    assert ofsted and ofsted[0]["betweenness"] > 0  # it links the bodies it inspected
    assert all(r["betweenness"] == 0 for r in s["top_people"] if r["degree"] <= 1)
    # People are ranked by what the sources say of them (posts and quotations), not by a degree most share.
    said = [r["posts"] + r["quotes"] for r in s["top_people"]]
    assert said == sorted(said, reverse=True) and said[0] > 1
    quotes = sparql(sample_store, f"SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE {{ ?q schema:creator <{s['top_people'][0]['iri']}> }}")
    assert s["top_people"][0]["quotes"] == int(quotes[0][0])
    assert s["components"]["count"] >= 2 and s["components"]["largest"][0] > s["components"]["largest"][1]
    table = kg("stats", "--store", str(sample_store)).stdout
    assert "== most connected bodies" in table and "Suffolk County Council" in table
    assert "== people the sources say most about" in table
    assert "== inspections per year and overall grade" in table


def test_graphml_and_gexf_reread_with_the_same_counts(sample_store, tmp_path):
    store = open_store(str(sample_store), read_only=True)
    try:
        g = entity_graph(store)
    finally:
        store.close()
    gml = tmp_path / "g.graphml"
    kg("export", "--store", str(sample_store), "-o", str(gml))
    back = nx.read_graphml(gml, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert back.nodes["https://w3id.org/inspection-kg/id/organisation/ofsted"]["cls"] == "Inspectorate"
    gexf = tmp_path / "g.gexf"
    kg("export", "--store", str(sample_store), "--format", "gexf", "-o", str(gexf))
    back = nx.read_gexf(gexf)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())


def test_rdf_exports_hold_the_store(sample_store, tmp_path):
    quads = int(sparql(sample_store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0])
    triples = int(sparql(sample_store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0][0])
    fmts = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
            "jsonld": ox.RdfFormat.JSON_LD}
    for fmt, rdf in fmts.items():
        out = tmp_path / f"g.{fmt}"
        kg("export", "--store", str(sample_store), "-o", str(out))
        parsed = list(ox.parse(path=str(out), format=rdf))
        assert len(parsed) == (triples if fmt == "ttl" else quads), fmt
    res = kg("export", "--store", str(sample_store), "--format", "nt", "-o", "-")
    assert len(list(ox.parse(res.stdout.encode(), format=ox.RdfFormat.N_TRIPLES))) == triples
    res = kg("export", "--store", str(sample_store), "-o", "-", check=False)
    assert res.returncode == 2


def test_neighbourhood_and_find_nodes_directly():
    g = nx.MultiDiGraph()
    for i, name in enumerate(["A  body", "B", "C", "D"]):
        g.add_node(i, label=name, labels=[name], cls="Organisation", facts=[], documents=[])
    g.add_edge(1, 0, key="x")
    g.add_edge(1, 2, key="x")
    g.add_edge(3, 2, key="x")
    assert find_nodes(g, "a body") == [0]
    assert set(neighbourhood(g, [0], 2).nodes) == {0, 1, 2}
    with pytest.raises(GraphError, match="did you mean: A  body"):
        find_nodes(g, "A bodyy")


def test_views_and_exports_from_a_sparql_server(sample_store, tmp_path):
    """The same figures through a real SPARQL server (oxigraph, read-only, on loopback) as from the folder."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(Path(sys.executable).parent / "oxigraph"), "serve-read-only", "--location",
                               str(sample_store), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the SPARQL server did not start")
        local, remote = tmp_path / "local.html", tmp_path / "remote.html"
        kg("viz", "--store", str(sample_store), "-o", str(local))
        kg("viz", "--store", url, "-o", str(remote))
        strip = re.compile(r"store [^ <]*")  # the subtitle names the store
        assert strip.sub("", local.read_text(encoding="utf-8")) == strip.sub("", remote.read_text(encoding="utf-8"))
        quads = int(sparql(sample_store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0])
        res = kg("export", "--store", url, "--format", "nq", "-o", "-")
        assert len(list(ox.parse(res.stdout.encode(), format=ox.RdfFormat.N_QUADS))) == quads
        out = tmp_path / "remote.graphml"
        kg("export", "--store", url, "-o", str(out))
        back = nx.read_graphml(out, force_multigraph=True)
        everything = tmp_path / "all.html"
        kg("viz", "--store", str(sample_store), "--include-isolated", "-o", str(everything))
        nodes, edges = page_data(everything.read_text(encoding="utf-8"))
        assert (back.number_of_nodes(), back.number_of_edges()) == (len(nodes), len(edges))
    finally:
        server.terminate()
        server.wait(timeout=10)
