"""`kg query` runs every query form, and says what is wrong when a name, a binding or the syntax is."""

from __future__ import annotations

import json

import rdflib
from conftest import kg

OFSTED = "https://w3id.org/inspection-kg/id/organisation/ofsted"


def test_ask_prints_true_or_false(seeds_store):
    assert kg("query", f"ASK {{ <{OFSTED}> ?p ?o }}", "--store", str(seeds_store)).stdout == "true\n"
    assert kg("query", "ASK { <urn:x:none> ?p ?o }", "--store", str(seeds_store)).stdout == "false\n"
    out = kg("query", "ASK { ?s ?p ?o }", "--store", str(seeds_store), "--format", "json").stdout
    assert json.loads(out)["boolean"] is True


def test_graph_results_in_each_syntax(seeds_store):
    q = f"CONSTRUCT {{ <{OFSTED}> ?p ?o }} WHERE {{ <{OFSTED}> ?p ?o }}"
    graphs = {}
    for fmt, parse_as in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml")):
        out = kg("query", q, "--store", str(seeds_store), "--format", fmt).stdout
        graphs[fmt] = set(rdflib.Graph().parse(data=out, format=parse_as))
    assert graphs["ttl"] and all(g == graphs["ttl"] for g in graphs.values())
    assert (rdflib.URIRef(OFSTED), rdflib.RDFS.label, rdflib.Literal("Ofsted")) in graphs["nt"]
    described = kg("query", f"DESCRIBE <{OFSTED}>", "--store", str(seeds_store)).stdout  # Turtle by default
    assert (rdflib.URIRef(OFSTED), rdflib.RDFS.label, None) in rdflib.Graph().parse(data=described, format="turtle")
    res = kg("query", q, "--store", str(seeds_store), "--format", "csv", check=False)
    assert res.returncode == 2 and "ttl, nt, jsonld or xml" in res.stderr


def test_unknown_bind_name_is_a_usage_error(seeds_store):
    res = kg("query", "people", "--store", str(seeds_store), "--bind", "nosuch=x", check=False)
    assert res.returncode == 2 and "nosuch" in res.stderr and "?person" in res.stderr


def test_a_mistyped_query_name_gets_suggestions(seeds_store):
    res = kg("query", "organisatons", "--store", str(seeds_store), check=False)
    assert res.returncode == 2 and "did you mean 'organisations'" in res.stderr


def test_syntax_error_shows_line_and_caret(seeds_store):
    res = kg("query", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", "--store", str(seeds_store), check=False)
    assert res.returncode == 1
    lines = res.stderr.splitlines()
    assert "line 3" in lines[0] and lines[1].strip() == "FILTER(?o = ) }" and lines[2].strip() == "^"


def test_a_value_matching_nothing_gets_the_nearest_labels(seeds_store):
    res = kg("query", "spoke-for-body", "--store", str(seeds_store), "--bind", "body=Ofstedd")
    assert "(0 rows)" in res.stdout
    assert "hint:" in res.stderr and "Ofsted" in res.stderr.split("nearest labels:")[1]
