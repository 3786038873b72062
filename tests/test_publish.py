"""kg publish: the static site re-parses with rdflib and holds what the store holds, escaped and stable."""

from __future__ import annotations

import filecmp
import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import kg

BASE = "https://w3id.org/inspection-kg/id/"
ENDPOINT = "http://127.0.0.1:8000/sparql"
LICENCE = "https://example.org/licence/open"
HOSTILE_LABEL = "</script><script>alert('label')</script> & Sons"
HOSTILE_QUOTE = "We said <img src=x onerror=alert('quote')> and </SCRIPT ><!-- it -->"
HOSTILE_DOC = "0badc0de0badc0de0badc0de0badc0de"


def add_hostile(store_path: Path) -> None:
    """A document graph whose texts try to break out of HTML and out of the JSON-LD script block."""
    s = ox.Store(str(store_path))
    g = ox.NamedNode(f"{BASE}graph/{HOSTILE_DOC}")
    doc = ox.NamedNode(f"{BASE}document/{HOSTILE_DOC}")
    person = ox.NamedNode(f"{BASE}person/hostile-person")
    quote = ox.NamedNode(f"{BASE}quotation/hostile")
    span = ox.NamedNode(f"{BASE}document/{HOSTILE_DOC}/span/0-40")
    rdf, rdfs, schema = rdflib.RDF, rdflib.RDFS, "https://schema.org/"
    ikg, prov = "https://w3id.org/inspection-kg/ontology#", "http://www.w3.org/ns/prov#"
    N = ox.NamedNode
    for t in [
        (g, N(prov + "wasDerivedFrom"), doc), (doc, N(str(rdf.type)), N(schema + "Article")),
        (doc, N(str(rdfs.label)), ox.Literal("Hostile <b>document</b>")),
        (person, N(str(rdf.type)), N(schema + "Person")), (person, N(str(rdfs.label)), ox.Literal(HOSTILE_LABEL)),
        (person, N(ikg + "evidence"), span), (span, N(str(rdf.type)), N(ikg + "TextSpan")),
        (span, N(prov + "value"), ox.Literal(HOSTILE_QUOTE)), (span, N(prov + "wasDerivedFrom"), doc),
        (span, N(ikg + "start"), ox.Literal(0)), (span, N(ikg + "end"), ox.Literal(40)),
        (quote, N(str(rdf.type)), N(ikg + "Quotation")), (quote, N(schema + "creator"), person),
        (quote, N(schema + "text"), ox.Literal(HOSTILE_QUOTE)),
    ]:
        s.add(ox.Quad(*t, g))
    s.flush()
    del s


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir) -> Path:
    """The seed articles built into a store, plus one hostile document graph."""
    store = tmp_path_factory.mktemp("publish") / "store"
    kg("-q", "build", str(seeds_dir), "--store", str(store))
    add_hostile(store)
    return store


@pytest.fixture(scope="module")
def site(built, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("publish") / "site"
    res = kg("publish", "--store", str(built), "-o", str(out), "--sparql-endpoint", ENDPOINT, "--license", LICENCE)
    assert "entity pages" in res.stderr
    return out


@pytest.fixture(scope="module")
def store_quads(built) -> set:
    """The store's document graphs as rdflib sees them, read through pyoxigraph's own N-Quads writer
    (the default graph only merges the named graphs, so the dumps leave it out)."""
    s = ox.Store.read_only(str(built))
    named = (q for q in s.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
    data = ox.serialize(named, format=ox.RdfFormat.N_QUADS)
    ds = rdflib.Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return set(ds.quads((None, None, None, None)))


def union(quads: set) -> set:
    return {(s, p, o) for s, p, o, _ in quads}


def entity_files(site: Path, suffix: str) -> list[Path]:
    skip = {"dumps", "ontology", "lists", "index.html", "graph.html", "timeline.html", "void.ttl", "context.jsonld"}
    return sorted(p for p in site.rglob(f"*.{suffix}") if p.relative_to(site).parts[0] not in skip)


def test_dataset_dumps_hold_exactly_the_store(site, store_quads):
    assert len(store_quads) > 3000
    for suffix, fmt in (("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")):
        ds = rdflib.Dataset()
        ds.parse(site / "dumps" / f"inspection-kg.{suffix}", format=fmt)
        assert set(ds.quads((None, None, None, None))) == store_quads, suffix
    for suffix, fmt in (("ttl", "turtle"), ("nt", "nt")):
        g = rdflib.Graph()
        g.parse(site / "dumps" / f"inspection-kg.{suffix}", format=fmt)
        assert set(g) == union(store_quads), suffix


def test_jsonld_dump_uses_the_published_context(site):
    ctx = json.loads((site / "context.jsonld").read_text())["@context"]
    dump = json.loads((site / "dumps" / "inspection-kg.jsonld").read_text())
    assert dump["@context"] == ctx
    assert ctx["ikg"] == "https://w3id.org/inspection-kg/ontology#"
    # Properties are written as prefixed names from that context.
    first = dump["@graph"][0]["@graph"][0]
    assert any(k.startswith(("rdfs:", "ikg:", "prov:", "schema:")) for k in first)


def test_every_entity_file_parses_and_describes_its_subject(site, store_quads):
    by_subject: dict = {}
    for s, p, o in union(store_quads):
        by_subject.setdefault(s, set()).add((s, p, o))
    ttls = entity_files(site, "ttl")
    assert len(ttls) > 250
    for ttl in ttls:
        local = ttl.relative_to(site).as_posix()[: -len(".ttl")]
        iri = rdflib.URIRef(BASE + local)
        g = rdflib.Graph().parse(ttl, format="turtle")
        j = rdflib.Graph().parse(ttl.with_suffix(".jsonld"), format="json-ld")
        assert set(g) == set(j), local
        assert by_subject.get(iri, set()) <= set(g), local  # everything the store says of it
        assert set(g) <= union(store_quads), local  # and nothing the store does not say
        assert ttl.with_suffix(".html").exists()


def test_pages_embed_the_same_jsonld_escaped(site):
    pages = entity_files(site, "html")
    assert len(pages) == len(entity_files(site, "ttl"))
    for page in pages[::7] + [site / "person" / "hostile-person.html", site / "quotation" / "hostile.html"]:
        text = page.read_text()
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
        assert len(blocks) == 1, page
        assert "</" not in blocks[0] and "<" not in blocks[0]
        embedded = rdflib.Graph().parse(data=blocks[0], format="json-ld")
        beside = rdflib.Graph().parse(page.with_suffix(".jsonld"), format="json-ld")
        assert set(embedded) == set(beside), page


def test_every_main_entity_has_a_page_with_its_label(site, built):
    s = ox.Store.read_only(str(built))
    q = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?e ?l WHERE { VALUES ?c { <http://www.w3.org/ns/org#Organization> <https://schema.org/Person>
        <https://schema.org/Place> <https://w3id.org/inspection-kg/ontology#Inspection>
        <https://schema.org/Article> } ?e a ?c ; rdfs:label ?l }"""
    rows = list(s.query(q, use_default_graph_as_union=True))
    quotes = list(s.query("SELECT ?e WHERE { ?e a <https://w3id.org/inspection-kg/ontology#Quotation> }",
                          use_default_graph_as_union=True))
    assert len(rows) > 30 and len(quotes) > 5
    for row in rows:
        page = site / (row["e"].value[len(BASE):] + ".html")
        assert html.escape(row["l"].value) in page.read_text(), page
    for row in quotes:
        assert (site / (row["e"].value[len(BASE):] + ".html")).exists()


def test_inspection_page_shows_facts_with_sources_and_evidence(site):
    page = (site / "inspection" / "cafcass" / "inspection" / "east-midlands" / "2008.html").read_text()
    assert "<h1>Inspection of Cafcass (East Midlands), 2008</h1>" in page
    visible = re.sub(r"<script.*?</script>|<[^>]+>", " ", page, flags=re.S)
    assert "Overall grade" in visible and "Inadequate" in visible and "Graded aspects" in visible
    assert not re.search(r"\b(ikg|org|schema|rdfs|prov|dcterms|skos|xsd):\w", visible), visible
    # Related entities are relative links to their pages; sources link to document pages.
    assert 'href="../../../../organisation/ofsted.html"' in page
    assert re.search(r'href="../../../../document/[0-9a-f]{32}\.html"', page)
    # The quoted span the inspection was read from, with its rule.
    assert "found the East\nMidlands division to be inadequate" in page or "East Midlands division" in page
    assert "inspection.trigger" in page


def test_source_text_is_escaped_everywhere(site):
    for page in site.rglob("*.html"):
        text = page.read_text()
        assert "<script>alert" not in text, page
        assert "<img src=x" not in text, page
    person = (site / "person" / "hostile-person.html").read_text()
    assert f"<h1>{html.escape(HOSTILE_LABEL)}</h1>" in person
    assert html.escape(HOSTILE_QUOTE) in person  # the evidence span, shown as text


def test_void_describes_the_dataset(site, store_quads):
    g = rdflib.Graph().parse(site / "void.ttl", format="turtle")
    VOID, DCAT, DCT = (rdflib.Namespace("http://rdfs.org/ns/void#"), rdflib.Namespace("http://www.w3.org/ns/dcat#"),
                       rdflib.DCTERMS)
    ds = rdflib.URIRef(BASE + "void#dataset")
    assert (ds, rdflib.RDF.type, VOID.Dataset) in g and (ds, rdflib.RDF.type, DCAT.Dataset) in g
    assert int(g.value(ds, VOID.triples)) == len(union(store_quads))
    assert g.value(ds, DCT.license) == rdflib.URIRef(LICENCE)
    assert g.value(ds, VOID.sparqlEndpoint) == rdflib.URIRef(ENDPOINT)
    assert len(list(g.objects(ds, VOID.exampleResource))) >= 4
    inspections = {s for s, p, o in union(store_quads) if p == rdflib.RDF.type
                   and o == rdflib.URIRef("https://w3id.org/inspection-kg/ontology#Inspection")}
    parts = {g.value(p, VOID["class"]): p for p in g.objects(ds, VOID.classPartition)}
    part = parts[rdflib.URIRef("https://w3id.org/inspection-kg/ontology#Inspection")]
    assert int(g.value(part, VOID.entities)) == len(inspections)
    assert int(g.value(part, VOID.triples)) == len({t for t in union(store_quads) if t[0] in inspections})
    dumps = set(g.objects(ds, VOID.dataDump))
    assert {BASE + f"dumps/inspection-kg.{s}" for s in ("ttl", "nt", "trig", "nq", "jsonld")} == {str(d) for d in dumps}
    sizes = {str(g.value(d, DCAT.downloadURL)): int(g.value(d, DCAT.byteSize)) for d in g.objects(ds, DCAT.distribution)}
    assert sizes[BASE + "dumps/inspection-kg.nq"] == (site / "dumps" / "inspection-kg.nq").stat().st_size


def test_default_licence_is_cc_by(built, tmp_path):
    kg("-q", "publish", "--store", str(built), "-o", str(tmp_path / "s"))
    g = rdflib.Graph().parse(tmp_path / "s" / "void.ttl", format="turtle")
    assert g.value(rdflib.URIRef(BASE + "void#dataset"), rdflib.DCTERMS.license) == rdflib.URIRef(
        "https://creativecommons.org/licenses/by/4.0/")
    assert (None, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"), None) not in g


def test_index_ontology_and_sitemap(site):
    index = (site / "index.html").read_text()
    for href in ("dumps/inspection-kg.ttl", "dumps/inspection-kg.nq", "void.ttl", "context.jsonld",
                 "ontology/index.html", "lists/inspections.html", "lists/organisations.html", "graph.html",
                 "timeline.html", ENDPOINT):
        assert f'href="{href}"' in index, href
    # The search index names every body, person and inspection with the path of its page.
    data = json.loads(re.fullmatch(r"window\.kgSearchIndex = (.*);\n", (site / "search-index.js").read_text(), re.S)[1])
    paths = {row[2] for row in data["items"]}
    assert "organisation/ofsted.html" in paths and "inspection/cafcass/inspection/east-midlands/2008.html" in paths
    assert all((site / p).exists() for p in paths)
    assert (site / "timeline.svg").read_text().startswith("<?xml")
    onto = (site / "ontology" / "index.html").read_text()
    assert "Inspection" in onto and "Judgement" in onto
    rdflib.Graph().parse(site / "ontology" / "inspection-kg.ttl", format="turtle")
    locs = [e.text for e in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs[0] == BASE and all(u.startswith(BASE) for u in locs)
    assert BASE + "organisation/ofsted" in locs
    assert len(locs) == len(set(locs)) == 1 + len(list((site / "lists").glob("*.html"))) + len(entity_files(site, "html")) \
        + len(list((site / "ontology").rglob("*.html")))  # the ontology page and one per term


def test_republishing_gives_identical_files(built, site, tmp_path):
    again = tmp_path / "again"
    kg("-q", "publish", "--store", str(built), "-o", str(again), "--sparql-endpoint", ENDPOINT, "--license", LICENCE)
    cmp = filecmp.dircmp(site, again)

    def differences(c) -> list[str]:
        out = c.left_only + c.right_only + c.diff_files + c.funny_files
        for sub in c.subdirs.values():
            out += differences(sub)
        return out

    assert differences(cmp) == []
    # Publishing over an earlier site replaces it.
    kg("-q", "publish", "--store", str(built), "-o", str(again), "--sparql-endpoint", ENDPOINT, "--license", LICENCE)
    assert (again / "index.html").read_bytes() == (site / "index.html").read_bytes()


def test_refuses_a_folder_it_did_not_write(built, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("precious")
    res = kg("publish", "--store", str(built), "-o", str(mine), check=False)
    assert res.returncode == 1 and "not written by `kg publish`" in res.stderr
    assert [p.name for p in mine.iterdir()] == ["thesis.txt"]
    # A store built under another base is published under the one asked for (issue 14), not refused.
    res = kg("publish", "--store", str(built), "-o", str(tmp_path / "x"), "--base", "http://elsewhere.example/")
    assert "published under http://elsewhere.example/" in res.stderr
    assert "<http://elsewhere.example/organisation/" in (tmp_path / "x" / "dumps" / "inspection-kg.nt").read_text()
