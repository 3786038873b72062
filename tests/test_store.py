"""The store interface every consumer uses, and the results codec `kg query` and `kg serve` share."""

from __future__ import annotations

import json

import pytest
from pyoxigraph import NamedNode

from kg.ns import VOCAB_GRAPH
from kg.results import write_select
from kg.store import EmbeddedStore, Graph, QuerySyntaxError, Result, StoreError, Term, open_store

INSPECTION = "<https://w3id.org/inspection-kg/ontology#Inspection>"


@pytest.fixture()
def store(sample_store):
    s = open_store(str(sample_store), read_only=True)
    yield s
    s.close()


def test_query_answers_every_form(store):
    assert store.query(f"ASK {{ ?i a {INSPECTION} }}") is True
    res = store.query(f"SELECT ?i WHERE {{ ?i a {INSPECTION} }}")
    assert isinstance(res, Result) and res.vars == ["i"] and len(res.rows) >= 5 and not res.truncated
    cut = store.query(f"SELECT ?i WHERE {{ ?i a {INSPECTION} }}", limit=2)
    assert len(cut.rows) == 2 and cut.truncated
    graph = store.query(f"CONSTRUCT {{ ?i a {INSPECTION} }} WHERE {{ ?i a {INSPECTION} }}", limit=3)
    assert isinstance(graph, Graph) and len(list(graph.triples)) == 3 and graph.truncated
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT WHERE {")
    with pytest.raises(StoreError, match="not a SELECT"):
        store.select("ASK {}")


def test_dataset_parameters_choose_the_graphs(store):
    vocab = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graphs=[VOCAB_GRAPH])
    everything = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert 0 < int(vocab.rows[0][0].value) < int(everything.rows[0][0].value)


def test_quads_by_pattern_and_graphs(store):
    graphs = store.graphs()
    assert VOCAB_GRAPH in graphs and sum(g.startswith("https://w3id.org/inspection-kg/id/graph/") for g in graphs) == 5
    vocab = list(store.quads(graph=NamedNode(VOCAB_GRAPH)))
    assert vocab and all(q.graph_name == NamedNode(VOCAB_GRAPH) for q in vocab)
    every = list(store.quads())
    assert len({str(q.graph_name) for q in every}) == len(graphs)  # the merged default graph is not read
    one = every[0]
    assert one in list(store.quads(one.subject, one.predicate, None, one.graph_name))


def test_a_copy_in_memory_answers_as_the_folder(store):
    assert store.local_copy() is store
    mem = EmbeddedStore.in_memory(store.quads())
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"
    assert mem.select(q).rows == store.select(q).rows
    assert mem.graphs() == store.graphs()
    mem.close()


def test_the_binder_is_shared_and_refuses_bad_names(store):
    q = "SELECT ?i WHERE { ?i a ?c }"
    bound = store.select(q, {"c": Term("uri", INSPECTION[1:-1])})
    assert bound.rows and len(bound.rows) == len(store.select(f"SELECT ?i WHERE {{ ?i a {INSPECTION} }}").rows)
    with pytest.raises(StoreError, match="not a variable name"):
        store.select(q, {"c x": Term("literal", "1")})


def test_one_codec_two_flavours():
    res = Result(["a", "b"], [[Term("literal", "x, y", "http://www.w3.org/2001/XMLSchema#string"),
                               Term("bnode", "b1")],
                              [Term("literal", "été", "", "fr"), None]])
    assert write_select(res, "csv") == 'a,b\n"x, y",_:b1\nété,\n'
    assert write_select(res, "csv", protocol=True) == 'a,b\r\n"x, y",_:b1\r\nété,\r\n'
    assert write_select(res, "tsv") == "a\tb\nx, y\t_:b1\nété\t\n"
    assert write_select(res, "tsv", protocol=True) == '?a\t?b\n"x, y"\t_:b1\n"été"@fr\t\n'
    data = json.loads(write_select(res, "json"))
    assert data["results"]["bindings"][0]["a"] == {"type": "literal", "value": "x, y"}  # xsd:string is implied
    assert data["results"]["bindings"][1] == {"a": {"type": "literal", "value": "été", "xml:lang": "fr"}}
    xml = write_select(Result(["a"], [[Term("literal", "<&>")]]), "xml", protocol=True)
    assert "<literal>&lt;&amp;&gt;</literal>" in xml
    one = write_select(Result(["a"], [[None]]), "csv")
    assert one == 'a\n""\n'  # a lone empty cell still makes a row
    assert write_select(res, "table").splitlines()[-1] == "(2 rows)"


def test_the_source_index_read_from_the_merge_is_the_one_the_graphs_state(store):
    # The embedded store reads each document's source path from the merged default graph and names its graph
    # after the document; the generic way joins the named graphs. Both must give the same graphs per path.
    joined = {path: {g for g, _ in stored} for path, stored in store.sources().items()}
    assert joined and store.source_graphs() == joined
    assert all(g.startswith("https://w3id.org/inspection-kg/id/graph/") for gs in joined.values() for g in gs)
