"""The IRIs and namespaces every module shares (kept free of heavy imports)."""

DEFAULT_BASE = "https://w3id.org/inspection-kg/id/"
ONTOLOGY = "https://w3id.org/inspection-kg/ontology#"
VOCAB = "https://w3id.org/inspection-kg/vocab/"
VOCAB_GRAPH = "https://w3id.org/inspection-kg/vocab"

NS = {
    "ikg": ONTOLOGY,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
}
