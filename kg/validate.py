"""SHACL validation of a built graph against ontology/shapes.ttl (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass

from .resources import ONTOLOGY_DIR
from .store import BaseStore

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


@dataclass
class Report:
    conforms: bool
    violations: list[dict]
    text: str


def union_graph(store: BaseStore):
    """The store's union graph (every document plus the vocabulary) as an rdflib Graph."""
    import rdflib
    from pyoxigraph import RdfFormat, Triple, serialize

    # Every named graph as well as the default graph: a triple written anywhere is checked.
    triples = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
    data = serialize((Triple(s, p, o) for s, p, o in triples), format=RdfFormat.N_TRIPLES) or b""
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validate(store: BaseStore) -> Report:
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    data = union_graph(store)
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                               allow_warnings=True)
    violations = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append({
            "focus": str(results.value(r, SH.focusNode)),
            "path": str(results.value(r, SH.resultPath) or ""),
            "message": str(results.value(r, SH.resultMessage) or ""),
            "shape": str(results.value(r, SH.sourceShape) or ""),
            "severity": str(results.value(r, SH.resultSeverity) or "").rsplit("#", 1)[-1],
        })
    violations.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return Report(bool(conforms), violations, text)
