"""`kg publish`: pages for the vocabulary, DCAT-AP's mandatory properties, and --base rebasing a store
built under another base (the README's example)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from conftest import kg

NEW_BASE = "https://data.example.org/id/"
OLD_BASE = "https://w3id.org/inspection-kg/id/"
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def site(seeds_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("vocab") / "site"
    res = kg("publish", "--store", str(seeds_store), "-o", str(out) + "/", "--base", NEW_BASE)
    assert f"published under {NEW_BASE}" in res.stderr
    return out


def test_publish_base_rebases_a_store_built_under_another(site):
    nt = (site / "dumps" / "inspection-kg.nt").read_text()
    assert f"<{NEW_BASE}organisation/ofsted>" in nt and OLD_BASE not in nt
    assert (site / "organisation" / "ofsted.html").exists()
    assert f"{NEW_BASE}organisation/ofsted" in (site / "organisation" / "ofsted.ttl").read_text()


def test_every_concept_and_ontology_term_has_a_page(site, seeds_store):
    store = ox.Store.read_only(str(seeds_store))
    concepts = {r["c"].value for r in store.query(
        "SELECT ?c WHERE { ?c a <http://www.w3.org/2004/02/skos/core#Concept> }")}
    assert len(concepts) > 50
    for c in concepts:
        rest = c.removeprefix("https://w3id.org/inspection-kg/vocab/")
        page = site / "vocab" / (rest + ".html")
        assert page.exists(), c
        assert rdflib.URIRef(c) in set(rdflib.Graph().parse(site / "vocab" / (rest + ".ttl")).subjects())
    page = (site / "ontology" / "term" / "Inspection.html").read_text()
    assert "https://w3id.org/inspection-kg/ontology#Inspection" in page
    sitemap = (site / "sitemap.xml").read_text()
    assert f"<loc>{NEW_BASE}ontology/index.html</loc>" in sitemap
    assert f"<loc>{NEW_BASE}ontology/term/Inspection.html</loc>" in sitemap


def test_void_has_dcat_ap_mandatory_properties(site):
    g = rdflib.Graph().parse(site / "void.ttl")
    ds = rdflib.URIRef(NEW_BASE + "void#dataset")
    for p in (DCT.title, DCT.description, DCT.publisher, DCT.issued, DCT.modified, DCAT.landingPage,
              DCAT.contactPoint, DCAT.keyword):
        assert g.value(ds, p) is not None, p
    dists = list(g.objects(ds, DCAT.distribution))
    assert dists and all(g.value(d, DCAT.accessURL) is not None for d in dists)
    catalogue = g.value(None, DCAT.dataset, ds)
    assert catalogue is not None and g.value(catalogue, DCT.publisher) is not None
    assert g.value(catalogue, DCT.title) is not None and g.value(catalogue, DCT.description) is not None
