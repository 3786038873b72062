"""What a reader sees, on a corpus of more than thirty articles: the network, the person, inspection and body
pages, the search and the timeline, opened in headless Chromium. Screenshots go to the test's tmp folder and
their paths are printed (pytest -s shows them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, chromium, kg, static_server

from kg.graph import PREFIXES
from kg.store import open_store

CORPORA = [SAMPLE, *sorted((ROOT / "tests" / "corpus").glob("tune*")), *sorted((ROOT / "tests" / "corpus").glob("heldout*"))]
BASE = "https://w3id.org/inspection-kg/id/"
PREFIXED = re.compile(r"\b(?:ikg|org|schema|rdfs|rdf|prov|dcterms|skos|xsd|owl|foaf|void|dcat):[A-Za-z]")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("reader")
    store = base / "store"
    kg("-q", "build", *map(str, CORPORA), "--store", str(store))
    site = base / "site"
    kg("-q", "publish", "--store", str(store), "-o", str(site))
    shots = base / "screenshots"
    shots.mkdir()
    return {"store": store, "site": site, "shots": shots}


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def site_url(built):
    with static_server(built["site"]) as url:
        yield url


def select(store: Path, query: str) -> list[list[str]]:
    s = open_store(str(store), read_only=True)
    try:
        return [[t.value if t else "" for t in row] for row in s.select(PREFIXES + query).rows]
    finally:
        s.close()


def local(iri: str) -> str:
    return iri[len(BASE):] + ".html"


def squash(text: str) -> str:
    return " ".join(text.split())


class Reader:
    """A page as a reader sees it: its visible text, and a screenshot saved for the record."""

    def __init__(self, browser, shots: Path, url: str, name: str, full: bool = True):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url, wait_until="load")
        self.shots, self.name, self.full = shots, name, full

    def text(self) -> str:
        return self.page.locator("body").inner_text()

    def shot(self, suffix: str = "") -> Path:
        path = self.shots / f"{self.name}{suffix}.png"
        self.page.screenshot(path=str(path), full_page=self.full)
        print(f"screenshot: {path}")
        return path

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert all(u.startswith(("http://127.0.0.1:", "file://", "data:", "about:")) for u in self.requests)
        self.page.close()


def test_the_corpus_is_big_enough(built):
    docs = int(select(built["store"], "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a schema:Article }")[0][0])
    assert docs >= 30


def test_whole_network_has_no_unconnected_node_and_names_every_grade(built, browser, site_url):
    html = (built["site"] / "graph.html").read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", html).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", html).group(1))
    ends = {e["from"] for e in edges} | {e["to"] for e in edges}
    assert len(nodes) > 100 and {n["id"] for n in nodes} == ends
    grades = {r[0] for r in select(built["store"], "SELECT DISTINCT ?l WHERE { ?i ikg:overallGrade/rdfs:label ?l }")}
    assert len(grades) >= 3
    r = Reader(browser, built["shots"], f"{site_url}/graph.html", "network", full=False)
    try:
        r.page.wait_for_selector("body[data-kg-stable='1']", state="attached", timeout=60_000)
        legend = r.page.locator("#kg-legend")
        for grade in grades:
            assert grade in legend.inner_text(), grade
        # The legend sits beside the drawing, not over it.
        box, canvas = legend.bounding_box(), r.page.locator("#mynetwork").bounding_box()
        assert box["x"] >= canvas["x"] + canvas["width"] - 1
        # Some names are readable in the first view: their labels are drawn at 12 px or more on screen.
        big = r.page.evaluate("""() => { const s = network.getScale();
            return nodes.get().filter(n => n.font && n.font.size * s >= 11.5).length; }""")
        assert 10 <= big < len(nodes) / 3
        r.shot()
        r.page.evaluate("network.moveTo({scale: network.getScale() * 2.5, animation: false})")
        r.shot("-zoomed")
    finally:
        r.close()


def test_person_page_starts_with_posts_and_quotes(built, browser, site_url):
    rows = select(built["store"], """SELECT ?p (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q schema:creator ?p .
        ?m org:member ?p ; org:organization ?o } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1""")
    person = rows[0][0]
    posts = select(built["store"], f"""SELECT DISTINCT ?role ?body WHERE {{ ?m org:member <{person}> ;
        org:role/rdfs:label ?role ; org:organization/rdfs:label ?body }}""")
    quotes = [q[0] for q in select(built["store"], f"SELECT ?t WHERE {{ ?q schema:creator <{person}> ; schema:text ?t }}")]
    r = Reader(browser, built["shots"], f"{site_url}/{local(person)}", "person")
    try:
        text = squash(r.text())
        assert not PREFIXED.search(text), PREFIXED.search(text)
        headings = r.page.locator("main h2").all_inner_texts()
        assert headings[0] == "Posts" and headings[1].startswith("Quotations")
        for role, body in posts:
            assert f"{role[:1].upper() + role[1:]} at {body}" in text
        for q in quotes:
            assert squash(q) in text
        r.shot()
    finally:
        r.close()


def test_inspection_page_shows_its_findings_in_plain_words(built, browser, site_url):
    rows = select(built["store"], """SELECT ?i (COUNT(DISTINCT ?j) AS ?n) WHERE { ?j a ikg:Judgement ;
        ikg:ofInspection ?i } GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 1""")
    insp = rows[0][0]
    aspects = select(built["store"], f"""SELECT DISTINCT ?a ?g WHERE {{ ?j ikg:ofInspection <{insp}> ;
        ikg:aspect/rdfs:label ?a ; ikg:grade/rdfs:label ?g }}""")
    who = select(built["store"], f"SELECT ?l WHERE {{ <{insp}> ikg:inspector/rdfs:label ?l }}")
    r = Reader(browser, built["shots"], f"{site_url}/{local(insp)}", "inspection")
    try:
        text = squash(r.text())
        assert not PREFIXED.search(text) and "resolution key" not in text.lower()
        summary = squash(r.page.locator("dl.summary").inner_text())
        assert "Inspectorate" in summary and all(w[0] in summary for w in who)
        table = [squash(t) for t in r.page.locator("table.aspects tbody tr").all_inner_texts()]
        for aspect, grade in aspects:
            assert f"{aspect[:1].upper() + aspect[1:]} {grade}" in table, (aspect, grade, table)
        r.shot()
    finally:
        r.close()


def test_body_page_lists_its_inspections_over_time_with_coloured_grades(built, browser, site_url):
    rows = select(built["store"], """SELECT ?b (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ikg:subject ?b ;
        ikg:overallGrade/rdfs:label "Inadequate" } GROUP BY ?b ORDER BY DESC(?n) ?b LIMIT 1""")
    body = rows[0][0]
    n = int(select(built["store"], f"SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?i ikg:subject <{body}> }}")[0][0])
    r = Reader(browser, built["shots"], f"{site_url}/{local(body)}", "body")
    try:
        assert not PREFIXED.search(r.text())
        history = r.page.locator("table.history tbody tr")
        assert history.count() == n
        red = r.page.locator("table.history .grade", has_text="Inadequate").first
        assert red.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(215, 48, 39)"
        r.shot()
    finally:
        r.close()


def test_search_finds_a_body_by_part_of_its_name(built, browser, site_url):
    label = select(built["store"], """SELECT ?l WHERE { ?b a ikg:LocalAuthority ; rdfs:label ?l .
        FILTER(STRLEN(?l) > 12) } ORDER BY ?l LIMIT 1""")[0][0]
    part = label.split()[0][1:5].lower()  # a piece from inside the first word, in the wrong case
    r = Reader(browser, built["shots"], f"{site_url}/index.html", "search", full=False)
    try:
        assert r.page.locator("main h1 + p + form #kg-search").count() == 1  # the search comes first
        r.page.locator("#kg-search").fill(f"{part} council")
        results = r.page.locator("#kg-results a")
        results.first.wait_for()
        assert label in results.all_inner_texts()
        r.shot()
        r.page.locator("#kg-results a", has_text=label).first.click()
        r.page.wait_for_load_state("load")
        assert r.page.locator("h1").inner_text() == label
    finally:
        r.close()


def test_timeline_page_uses_the_width_and_lists_the_undated(built, browser, site_url):
    r = Reader(browser, built["shots"], f"{site_url}/timeline.html", "timeline", full=False)
    try:
        img = r.page.locator("figure img")
        assert img.evaluate("e => e.complete && e.naturalWidth > 1000")
        assert img.bounding_box()["width"] > 800
        undated = select(built["store"], """SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ikg:subject ?b
            FILTER NOT EXISTS { ?i ikg:published|ikg:visited|ikg:year ?d } }""")
        if int(undated[0][0]):
            assert r.page.locator("aside h2", has_text="Undated").count() == 1
        r.shot()
    finally:
        r.close()


def test_no_entity_page_shows_a_prefixed_name_or_an_internal_key(built):
    pages = [p for d in ("person", "inspection", "organisation", "place") for p in (built["site"] / d).rglob("*.html")]
    assert len(pages) > 200
    for page in pages:
        text = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", page.read_text(encoding="utf-8"), flags=re.S)
        assert not PREFIXED.search(text), (page, PREFIXED.search(text))
        assert "resolution key" not in text.lower(), page
