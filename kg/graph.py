"""The entity graph: bodies, people, places and inspections read from the store into networkx, and its analytics."""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from .ns import NS, VOCAB  # noqa: F401 - VOCAB is used by kg.viz
from .store import BaseStore, Term, from_ox

PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(NS.items()))

# Node classes, most specific first: a body that is an inspectorate is drawn as one, not as a plain body.
CLASS_IRIS = {
    "Inspectorate": NS["ikg"] + "Inspectorate",
    "LocalAuthority": NS["ikg"] + "LocalAuthority",
    "Organisation": NS["org"] + "Organization",
    "Person": NS["schema"] + "Person",
    "Place": NS["schema"] + "Place",
    "Inspection": NS["ikg"] + "Inspection",
}
CLASSES = tuple(CLASS_IRIS)
OTHER = "Other"  # what a --query result holds beyond the classes above
# Names accepted by --types: a class, or Organisation for every kind of body.
TYPE_GROUPS = {c: {c} for c in (*CLASSES, OTHER)} | {"Organisation": {"Organisation", "Inspectorate", "LocalAuthority"}}
BODIES = TYPE_GROUPS["Organisation"]

# Properties drawn as edges; their labels are read from the ontology in the store.
EDGE_PROPS = [NS["ikg"] + n for n in ("inspector", "subject", "coversPlace", "area")]
POST = NS["ikg"] + "Post"
RDF_TYPE = NS["rdf"] + "type"
LABEL_PROPS = {NS["rdfs"] + "label", NS["skos"] + "prefLabel", NS["schema"] + "name"}
MAX_QUOTES = 3  # quotations shown in a person's tooltip
MAX_TEXT = 280  # characters of one quotation or fact shown


class GraphError(Exception):
    """The graph cannot be made as asked (an unknown label or class); the message says why."""


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def short(text: str, n: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _rows(store: BaseStore, query: str) -> list[list[Term | None]]:
    return store.select(PREFIXES + query).rows


def property_labels(store: BaseStore, iris: Iterable[str]) -> dict[str, str]:
    """rdfs:label of each property as the ontology in the store gives it, else its local name."""
    iris = sorted(set(iris))
    out = {i: local_name(i) for i in iris}
    for chunk in _chunks(iris, 400):
        values = " ".join(f"<{i}>" for i in chunk)
        for p, label in _rows(store, f"SELECT DISTINCT ?p ?l WHERE {{ VALUES ?p {{ {values} }} ?p rdfs:label ?l }}"):
            out[p.value] = label.value
    return out


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i: i + n]


def _grade_colour_rank(rank: str) -> int | None:
    try:
        return int(float(rank))
    except ValueError:
        return None


def entity_graph(store: BaseStore) -> nx.MultiDiGraph:
    """Bodies, people, places and inspections as nodes; inspector, inspected body, covers place, area and
    posts (person -> body, labelled with the role) as edges. Every node and edge carries the titles of the
    documents that state it; nodes carry their key facts for tooltips."""
    g = nx.MultiDiGraph()
    classes: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    values = " ".join(f"<{i}>" for i in CLASS_IRIS.values())
    for e, cls, label in _rows(store, f"""SELECT DISTINCT ?e ?cls ?label WHERE {{
            VALUES ?cls {{ {values} }} ?e a ?cls . FILTER(isIRI(?e)) OPTIONAL {{ ?e rdfs:label ?label }} }}"""):
        classes[e.value].add(cls.value)
        if label is not None:
            labels[e.value].add(label.value)
    by_iri = {v: k for k, v in CLASS_IRIS.items()}
    for e in sorted(classes):
        cls = next(c for c in CLASSES if CLASS_IRIS[c] in classes[e])
        names = sorted(labels[e]) or [local_name(e)]
        g.add_node(e, iri=e, label=names[0], labels=names, cls=cls, documents=[], facts=[],
                   types=sorted(by_iri[c] for c in classes[e]))
    _add_documents(store, g)
    _add_facts(store, g)
    plabels = property_labels(store, EDGE_PROPS)
    edge_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    values = " ".join(f"<{p}>" for p in EDGE_PROPS)
    for s, p, o, title in _rows(store, f"""SELECT DISTINCT ?s ?p ?o ?title WHERE {{
            VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}
            OPTIONAL {{ ?g prov:wasDerivedFrom ?doc . OPTIONAL {{ ?doc dcterms:title ?t }}
                       OPTIONAL {{ ?doc ikg:sourcePath ?path }} BIND(COALESCE(?t, ?path) AS ?title) }} }}"""):
        if s.value in g and o.value in g:
            docs = edge_docs[(s.value, p.value, o.value)]
            if title is not None:
                docs.add(title.value)
    for (s, p, o), docs in sorted(edge_docs.items()):
        g.add_edge(s, o, key=plabels[p], prop=p, label=plabels[p], documents=sorted(docs))
    post_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for person, role, body, title in _rows(store, """SELECT DISTINCT ?person ?role ?org ?title WHERE {
            GRAPH ?g { ?m a ikg:Post ; org:member ?person ; org:role ?r . OPTIONAL { ?m org:organization ?org } }
            ?r rdfs:label ?role .
            OPTIONAL { ?g prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:title ?t }
                       OPTIONAL { ?doc ikg:sourcePath ?path } BIND(COALESCE(?t, ?path) AS ?title) } }"""):
        if person.value not in g:
            continue
        if body is None or body.value not in g:
            _fact(g, person.value, "post", role.value)
            continue
        docs = post_docs[(person.value, role.value, body.value)]
        if title is not None:
            docs.add(title.value)
    for (person, role, body), docs in sorted(post_docs.items()):
        g.add_edge(person, body, key="post: " + role, prop=POST, label=role, documents=sorted(docs))
    return g


def _fact(g: nx.MultiDiGraph, node: str, key: str, value: str) -> None:
    fact = [key, short(value)]
    if node in g and fact not in g.nodes[node]["facts"]:
        g.nodes[node]["facts"].append(fact)


def _add_documents(store: BaseStore, g: nx.MultiDiGraph) -> None:
    """The titles of the documents whose graphs state each node (the file path when a document has none),
    and the earliest date those documents give themselves ("reported")."""
    values = " ".join(f"<{i}>" for i in CLASS_IRIS.values())
    docs: dict[str, set[str]] = defaultdict(set)
    for e, title, date in _rows(store, f"""SELECT DISTINCT ?e ?title ?date WHERE {{
            VALUES ?cls {{ {values} }} GRAPH ?g {{ ?e a ?cls }} ?g prov:wasDerivedFrom ?doc .
            OPTIONAL {{ ?doc dcterms:title ?t }} OPTIONAL {{ ?doc ikg:sourcePath ?path }}
            OPTIONAL {{ ?doc dcterms:date ?date }}
            BIND(COALESCE(?t, ?path, STR(?doc)) AS ?title) }}"""):
        docs[e.value].add(title.value)
        if date is not None and e.value in g:
            n = g.nodes[e.value]
            n["reported"] = min(n.get("reported", date.value), date.value)
    for e, titles in docs.items():
        if e in g:
            g.nodes[e]["documents"] = sorted(titles)


def _kind_and_code(g: nx.MultiDiGraph, e: str, kind, gss) -> None:
    if kind:
        g.nodes[e]["kind"] = kind.value
        _fact(g, e, "kind", kind.value)
    if gss:
        _fact(g, e, "GSS code", gss.value)


def _add_facts(store: BaseStore, g: nx.MultiDiGraph) -> None:
    """The facts a tooltip shows, and the attributes analytics and the timeline read (grade, dates)."""
    for e, kind, gss, alt in _rows(store, """SELECT DISTINCT ?e ?kind ?gss ?alt WHERE { ?e a org:Organization .
            OPTIONAL { ?e ikg:orgKind/rdfs:label ?kind } OPTIONAL { ?e dcterms:identifier ?gss }
            OPTIONAL { ?e skos:altLabel ?alt } } ORDER BY ?e ?kind ?gss ?alt"""):
        if e.value in g:
            _kind_and_code(g, e.value, kind, gss)
            if alt:
                _fact(g, e.value, "also called", alt.value)
    for e, kind, gss in _rows(store, """SELECT DISTINCT ?e ?kind ?gss WHERE { ?e a schema:Place .
            OPTIONAL { ?e ikg:placeKind ?kind } OPTIONAL { ?e dcterms:identifier ?gss } } ORDER BY ?e ?kind ?gss"""):
        if e.value in g:
            _kind_and_code(g, e.value, kind, gss)
    for e, hon in _rows(store, "SELECT DISTINCT ?e ?h WHERE { ?e a schema:Person ; schema:honorificPrefix ?h } ORDER BY ?e ?h"):
        if e.value in g:
            _fact(g, e.value, "honorific", hon.value)
    quotes: dict[str, list[str]] = defaultdict(list)
    for e, text in _rows(store, """SELECT DISTINCT ?e ?text WHERE { ?q a ikg:Quotation ; schema:creator ?e ; schema:text ?text }
            ORDER BY ?e ?text"""):
        quotes[e.value].append(text.value)
    for e, texts in quotes.items():
        for t in texts[:MAX_QUOTES]:
            _fact(g, e, "said", f"“{t}”")
        if len(texts) > MAX_QUOTES:
            _fact(g, e, "said", f"… and {len(texts) - MAX_QUOTES} more quotations")
    for e, kind, visited, published, year, grade, rank in _rows(store, """
            SELECT DISTINCT ?e ?kind ?visited ?published ?year ?grade ?rank WHERE { ?e a ikg:Inspection .
            OPTIONAL { ?e ikg:inspectionKind/rdfs:label ?kind } OPTIONAL { ?e ikg:visited ?visited }
            OPTIONAL { ?e ikg:published ?published } OPTIONAL { ?e ikg:year ?year }
            OPTIONAL { ?e ikg:overallGrade ?gr . OPTIONAL { ?gr rdfs:label ?gl } OPTIONAL { ?gr ikg:rank ?rank }
                       BIND(COALESCE(?gl, REPLACE(STR(?gr), "^.*/", "")) AS ?grade) } }
            ORDER BY ?e ?kind ?visited ?published ?year ?grade ?rank"""):
        if e.value not in g:
            continue
        n = g.nodes[e.value]
        if kind:
            n["kind"] = kind.value
            _fact(g, e.value, "kind", kind.value)
        for key, t in (("visited", visited), ("published", published), ("year", year)):
            if t:
                n.setdefault(key, t.value)
                _fact(g, e.value, key, t.value)
        if grade:
            r = _grade_colour_rank(rank.value) if rank else None
            # Documents may disagree: the worst grade stated is the one drawn; all are listed.
            if "grade" not in n or (r is not None and (n.get("rank") is None or r > n["rank"])):
                n["grade"], n["rank"] = grade.value, r
            _fact(g, e.value, "overall grade", grade.value)
    for e, label in _rows(store, """SELECT DISTINCT ?e ?label WHERE { ?j a ikg:Judgement ; ikg:ofInspection ?e ;
            rdfs:label ?label } ORDER BY ?e ?label"""):
        _fact(g, e.value, "judgement", label.value)
    for e, n in _rows(store, """SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a ikg:Recommendation ;
            ikg:ofInspection ?e } GROUP BY ?e ORDER BY ?e"""):
        _fact(g, e.value, "recommendations", n.value)
    for node, data in g.nodes(data=True):
        for other in data["labels"][1:]:
            _fact(g, node, "also labelled", other)
        if data["cls"] == "Inspection":
            data["date"] = inspection_date(data)


def inspection_date(data: dict) -> str:
    """The date an inspection is placed at: published, else visited, else its year ("" when none)."""
    for key in ("published", "visited", "year"):
        value = data.get(key, "")
        if re.match(r"\d{4}", value):
            return value
    return ""


# ------------------------------------------------------------------ graphs from a query


def is_construct(query: str) -> bool:
    body = re.sub(r"#[^\n]*", " ", query)  # comments (a '#' inside an IRI is rare enough in a prologue)
    body = re.sub(r"<[^>\s]*>", "<>", body)
    m = re.search(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", body, re.I)
    return bool(m) and m.group(1).upper() in ("CONSTRUCT", "DESCRIBE")


def query_triples(store: BaseStore, query: str) -> list[tuple[Term, Term, Term]]:
    """The triples a CONSTRUCT (or DESCRIBE) builds, or the rows of a SELECT of ?s ?p ?o."""
    if is_construct(query):
        return [(from_ox(s), from_ox(p), from_ox(o)) for s, p, o in store.construct(query)]
    result = store.select(query)
    missing = {"s", "p", "o"} - set(result.vars)
    if missing:
        raise GraphError("a SELECT for a graph view must bind ?s ?p ?o (missing: "
                         + ", ".join("?" + m for m in sorted(missing)) + ")")
    idx = [result.vars.index(v) for v in ("s", "p", "o")]
    return [(row[idx[0]], row[idx[1]], row[idx[2]]) for row in result.rows
            if all(row[i] is not None for i in idx)]


def triples_graph(store: BaseStore, triples: list[tuple[Term, Term, Term]],
                  entities: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """A graph of query results: IRIs and blank nodes are nodes, links between them are edges labelled with
    the property's rdfs:label; rdf:type sets a node's class, literals become its label or tooltip facts.
    Nodes known to the entity graph keep its class, label, facts and documents."""
    entities = entities if entities is not None else entity_graph(store)
    g = nx.MultiDiGraph()
    plabels = property_labels(store, {p.value for _, p, _ in triples if p.value != RDF_TYPE})

    def node(t: Term) -> str:
        key = t.value if t.type == "uri" else "_:" + t.value
        if key not in g:
            if t.type == "uri" and t.value in entities:
                data = entities.nodes[t.value]
                g.add_node(key, **{k: (list(v) if isinstance(v, list) else v) for k, v in data.items()})
                g.nodes[key]["facts"] = [list(f) for f in data["facts"]]
            else:
                g.add_node(key, iri=key, label=local_name(t.value), labels=[], cls=OTHER, documents=[],
                           facts=[], types=[])
        return key

    types: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if s.type == "literal":
            continue
        k = node(s)
        if p.value == RDF_TYPE and o.type == "uri":
            types[k].add(o.value)
        elif o.type == "literal":
            if p.value in LABEL_PROPS:
                if o.value not in g.nodes[k]["labels"]:
                    g.nodes[k]["labels"].append(o.value)
            else:
                _fact(g, k, plabels[p.value], o.value)
        else:
            ko = node(o)
            g.add_edge(k, ko, key=plabels[p.value], prop=p.value, label=plabels[p.value], documents=[])
    by_iri = {v: k for k, v in CLASS_IRIS.items()}
    for k, data in g.nodes(data=True):
        if data["labels"]:
            data["labels"] = sorted(set(data["labels"]))
            if data["iri"] not in entities:
                data["label"] = data["labels"][0]
        known = {by_iri[t] for t in types[k] if t in by_iri}
        if data["cls"] == OTHER and known:
            data["cls"] = next(c for c in CLASSES if c in known)
        for t in sorted(types[k] - set(CLASS_IRIS.values())):
            _fact(g, k, "type", local_name(t))
    _label_unknown(store, g)
    return g


def _label_unknown(store: BaseStore, g: nx.MultiDiGraph) -> None:
    """Nodes a query named without a label get their rdfs:label from the store."""
    todo = sorted(k for k, d in g.nodes(data=True) if not d["labels"] and not k.startswith("_:"))
    for chunk in _chunks(todo, 400):
        values = " ".join(f"<{i}>" for i in chunk)
        found: dict[str, list[str]] = defaultdict(list)
        for e, label in _rows(store, f"SELECT DISTINCT ?e ?l WHERE {{ VALUES ?e {{ {values} }} ?e rdfs:label ?l }} ORDER BY ?l"):
            found[e.value].append(label.value)
        for e, names in found.items():
            g.nodes[e]["labels"] = names
            g.nodes[e]["label"] = names[0]


# ------------------------------------------------------------------ selecting parts of a graph


def parse_types(text: str) -> set[str]:
    """--types "Organisation,Person" -> the node classes to keep; GraphError names the known ones."""
    out: set[str] = set()
    lookup = {k.lower(): v for k, v in TYPE_GROUPS.items()}
    for name in (t.strip() for t in text.split(",")):
        if not name:
            continue
        if name.lower() not in lookup:
            raise GraphError(f"unknown class {name!r} (known: {', '.join(sorted(TYPE_GROUPS))})")
        out |= lookup[name.lower()]
    if not out:
        raise GraphError("--types names no class")
    return out


def keep_types(g: nx.MultiDiGraph, classes: set[str]) -> nx.MultiDiGraph:
    return g.subgraph([n for n, d in g.nodes(data=True) if d["cls"] in classes]).copy()


def find_nodes(g: nx.MultiDiGraph, label: str) -> list[str]:
    """Nodes whose rdfs:label is LABEL, ignoring case and spacing; GraphError with near misses when none."""
    want = " ".join(label.split()).casefold()
    hits = sorted(n for n, d in g.nodes(data=True)
                  if any(" ".join(x.split()).casefold() == want for x in (d["labels"] or [d["label"]])))
    if hits:
        return hits
    names = sorted({x for _, d in g.nodes(data=True) for x in (d["labels"] or [d["label"]])})
    near = difflib.get_close_matches(label, names, n=3, cutoff=0.5)
    near += [x for x in names if want in x.casefold() and x not in near][: 5 - len(near)]
    hint = f" (did you mean: {'; '.join(near)})" if near else ""
    raise GraphError(f"no entity labelled {label!r}{hint}")


def neighbourhood(g: nx.MultiDiGraph, centres: list[str], depth: int) -> nx.MultiDiGraph:
    """The nodes within DEPTH links of any centre, following links either way."""
    u = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for c in centres:
        keep |= set(nx.single_source_shortest_path_length(u, c, cutoff=depth))
    sub = g.subgraph(keep).copy()
    for c in centres:
        sub.nodes[c]["centre"] = True
    return sub


# ------------------------------------------------------------------ export and analytics


def for_export(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings (lists joined with ' | '), as GraphML and GEXF want."""
    def flat(v) -> str:
        if isinstance(v, list):
            return " | ".join(": ".join(x) if isinstance(x, list | tuple) else str(x) for x in v)
        return "" if v is None else str(v)

    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, **{k: flat(v) for k, v in sorted(d.items())})
    for s, o, k, d in g.edges(keys=True, data=True):
        out.add_edge(s, o, key=k, **{a: flat(v) for a, v in sorted(d.items())})
    return out


def simple_undirected(g: nx.MultiDiGraph) -> nx.Graph:
    u = nx.Graph()
    u.add_nodes_from(g.nodes)
    u.add_edges_from((s, o) for s, o in g.edges() if s != o)
    return u


CLASS_COUNTS = {
    "Organisation": "org:Organization", "Inspectorate": "ikg:Inspectorate", "LocalAuthority": "ikg:LocalAuthority",
    "Person": "schema:Person", "Place": "schema:Place", "Inspection": "ikg:Inspection",
    "Judgement": "ikg:Judgement", "Recommendation": "ikg:Recommendation", "Quotation": "ikg:Quotation",
    "Post": "ikg:Post", "Document": "schema:Article",
}
BETWEENNESS_SAMPLE = 600  # above this many nodes betweenness is estimated from this many sources (seeded)


def stats(store: BaseStore, g: nx.MultiDiGraph, top: int = 10) -> dict:
    """Counts per class, the most connected bodies and people, connected components, inspections per year
    and grade."""
    values = " ".join(f"({v} \"{k}\")" for k, v in CLASS_COUNTS.items())
    counts = {k: 0 for k in CLASS_COUNTS}
    for name, n in _rows(store, f"""SELECT ?name (COUNT(DISTINCT ?e) AS ?n) WHERE {{
            VALUES (?cls ?name) {{ {values} }} ?e a ?cls }} GROUP BY ?name"""):
        counts[name.value] = int(n.value)
    u = simple_undirected(g)
    if u.number_of_nodes() > BETWEENNESS_SAMPLE:
        between = nx.betweenness_centrality(u, k=BETWEENNESS_SAMPLE, seed=0)
    else:
        between = nx.betweenness_centrality(u)

    def ranked(classes: set[str]) -> list[dict]:
        rows = [{"label": d["label"], "class": d["cls"], "iri": n, "degree": u.degree(n),
                 "betweenness": round(between.get(n, 0.0), 4)}
                for n, d in g.nodes(data=True) if d["cls"] in classes]
        rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"].casefold(), r["iri"]))
        return rows[:top]

    def people() -> list[dict]:
        """People by what the sources say of them: posts and quotations, then sources, then betweenness."""
        quotes = {p.value: int(n.value) for p, n in _rows(store, """SELECT ?p (COUNT(DISTINCT ?q) AS ?n) WHERE {
            ?q a ikg:Quotation ; schema:creator ?p } GROUP BY ?p""")}
        rows = []
        for n, d in g.nodes(data=True):
            if d["cls"] != "Person":
                continue
            posts = len({k for _, _, k, e in g.out_edges(n, keys=True, data=True) if e.get("prop") == POST})
            posts += sum(1 for f in d["facts"] if f[0] == "post")  # posts at no known body
            rows.append({"label": d["label"], "class": "Person", "iri": n, "posts": posts,
                         "quotes": quotes.get(n, 0), "sources": len(d["documents"]), "degree": u.degree(n),
                         "betweenness": round(between.get(n, 0.0), 4)})
        rows.sort(key=lambda r: (-(r["posts"] + r["quotes"]), -r["sources"], -r["betweenness"],
                                 r["label"].casefold(), r["iri"]))
        return rows[:top]

    comps = sorted((len(c) for c in nx.connected_components(u)), reverse=True)
    per_year: dict[str, Counter] = defaultdict(Counter)
    for _, d in g.nodes(data=True):
        if d["cls"] == "Inspection":
            per_year[d.get("date", "")[:4] or "unknown"][d.get("grade") or "no grade"] += 1
    return {
        "counts": counts,
        "graph": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()},
        "top_bodies": ranked(BODIES),
        "top_people": people(),
        "components": {"count": len(comps), "largest": comps[:5], "isolated": sum(1 for c in comps if c == 1)},
        "inspections_by_year": {y: dict(sorted(c.items())) for y, c in sorted(per_year.items())},
    }
