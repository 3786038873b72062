"""What a reader's page says of a person, an inspection or a body, read from any store with SPARQL."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store import BaseStore, Term
from .terms import PREFIXES

# How a document is named on a page: its title, else its file name.
_DOC = """OPTIONAL { ?doc dcterms:title ?dt } OPTIONAL { ?doc ikg:sourcePath ?dp } OPTIONAL { ?doc dcterms:date ?dd }
  BIND(COALESCE(?dt, REPLACE(STR(?dp), "^.*/", ""), STR(?doc)) AS ?dtitle)"""


@dataclass(frozen=True)
class Link:
    iri: str
    label: str


@dataclass(frozen=True)
class Source:
    """A document a fact was read from."""

    iri: str
    title: str
    date: str = ""


@dataclass
class PostView:
    role: str
    body: Link | None
    dates: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


@dataclass
class QuoteView:
    iri: str
    text: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class JudgementView:
    aspect: str
    grade: str


@dataclass
class InspectionRow:
    """One line of a body's inspection history."""

    inspection: Link
    date: str
    grade: str
    inspectors: list[str]


@dataclass
class InspectionView:
    inspectors: list[Link] = field(default_factory=list)
    bodies: list[Link] = field(default_factory=list)
    places: list[Link] = field(default_factory=list)
    kind: str = ""
    visited: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    year: list[str] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)
    judgements: list[JudgementView] = field(default_factory=list)
    recommendations: list[tuple[str, str]] = field(default_factory=list)  # (number, text)
    sources: list[Source] = field(default_factory=list)  # the documents that report it


@dataclass
class BodyView:
    kind: str = ""
    areas: list[Link] = field(default_factory=list)
    inspections: list[InspectionRow] = field(default_factory=list)
    inspected: int = 0  # inspections it carried out (inspectorates)
    people: list[tuple[Link, str, list[str]]] = field(default_factory=list)  # (person, role, dates)


def _v(t: Term | None) -> str:
    return t.value if t is not None else ""


def _add(items: list, item) -> None:
    if item not in items:
        items.append(item)


def _date_key(d: str) -> str:
    return d or "0000"


class Views:
    """Reads the views of entities from a store (one SPARQL query per part of a view)."""

    def __init__(self, store: BaseStore):
        self.store = store

    def _rows(self, query: str, iri: str) -> list[list[Term | None]]:
        return self.store.select(PREFIXES + query, {"e": Term("uri", iri)}).rows

    def person(self, iri: str) -> tuple[list[PostView], list[QuoteView]]:
        posts: dict[tuple[str, str], PostView] = {}
        for role, body, blabel, stated, doc, title, date in self._rows("""
                SELECT DISTINCT ?role ?body ?blabel ?stated ?doc ?dtitle ?dd WHERE {
                  ?m org:member ?e ; org:role ?r . ?r rdfs:label ?role .
                  OPTIONAL { ?m org:organization ?body . OPTIONAL { ?body rdfs:label ?blabel } }
                  OPTIONAL { ?m ikg:statedOn ?stated }
                  OPTIONAL { ?m ikg:evidence/prov:wasDerivedFrom ?doc . """ + _DOC + """ }
                } ORDER BY ?role ?blabel ?stated ?doc""", iri):
            post = posts.setdefault((role.value, _v(body)), PostView(
                role.value, Link(body.value, _v(blabel) or body.value) if body else None))
            if stated:
                _add(post.dates, stated.value)
            if doc:
                _add(post.sources, Source(doc.value, _v(title), _v(date)))
        for post in posts.values():
            post.dates.sort()
            post.sources.sort(key=lambda s: (_date_key(s.date), s.title))
        ordered = sorted(posts.values(), key=lambda p: (-len(p.sources), max(p.dates, default=""), p.role))
        quotes: dict[str, QuoteView] = {}
        for q, text, doc, title, date in self._rows("""
                SELECT DISTINCT ?q ?text ?doc ?dtitle ?dd WHERE { ?q a ikg:Quotation ; schema:creator ?e ;
                  schema:text ?text .
                  OPTIONAL { { ?q ikg:evidence/prov:wasDerivedFrom ?doc } UNION
                             { GRAPH ?g { ?q schema:text ?text } ?g prov:wasDerivedFrom ?doc } """ + _DOC + """ }
                } ORDER BY ?q ?doc""", iri):
            quote = quotes.setdefault(q.value, QuoteView(q.value, text.value))
            if doc:
                _add(quote.sources, Source(doc.value, _v(title), _v(date)))
        return ordered, sorted(quotes.values(), key=lambda q: (min((s.date or "9" for s in q.sources), default="9"),
                                                              q.text))

    def inspection(self, iri: str) -> InspectionView:
        view = InspectionView()
        links = {"inspector": view.inspectors, "subject": view.bodies, "coversPlace": view.places}
        for p, o, label in self._rows("""SELECT DISTINCT ?p ?o ?l WHERE {
                VALUES ?p { ikg:inspector ikg:subject ikg:coversPlace } ?e ?p ?o . OPTIONAL { ?o rdfs:label ?l } }
                ORDER BY ?p ?l ?o""", iri):
            _add(links[p.value.rsplit("#", 1)[1]], Link(o.value, _v(label) or o.value))
        for p, value in self._rows("""SELECT DISTINCT ?p ?v WHERE {
                VALUES ?p { ikg:visited ikg:published ikg:year ikg:inspectionKind ikg:overallGrade } ?e ?p ?o .
                OPTIONAL { ?o rdfs:label ?l } BIND(COALESCE(?l, STR(?o)) AS ?v) } ORDER BY ?p ?v""", iri):
            name = p.value.rsplit("#", 1)[1]
            if name == "inspectionKind":
                view.kind = view.kind or value.value
            else:
                _add({"visited": view.visited, "published": view.published, "year": view.year,
                      "overallGrade": view.grades}[name], value.value)
        for aspect, grade in self._rows("""SELECT DISTINCT ?a ?g WHERE { ?j ikg:ofInspection ?e ; a ikg:Judgement .
                OPTIONAL { ?j ikg:aspect ?ai . OPTIONAL { ?ai rdfs:label ?al } }
                OPTIONAL { ?j ikg:grade ?gi . OPTIONAL { ?gi rdfs:label ?gl } }
                BIND(COALESCE(?al, "overall") AS ?a) BIND(COALESCE(?gl, "") AS ?g) } ORDER BY ?a ?g""", iri):
            view.judgements.append(JudgementView(aspect.value, grade.value))
        recs = self._rows("""SELECT DISTINCT ?n ?text WHERE { ?r ikg:ofInspection ?e ; a ikg:Recommendation .
                OPTIONAL { ?r ikg:number ?n0 } OPTIONAL { ?r schema:text ?t0 }
                BIND(COALESCE(STR(?n0), "") AS ?n) BIND(COALESCE(?t0, "") AS ?text) }""", iri)
        for doc, title, date in self._rows("""SELECT DISTINCT ?doc ?dtitle ?dd WHERE {
                GRAPH ?g { ?e a ikg:Inspection } ?g prov:wasDerivedFrom ?doc . """ + _DOC + """ }""", iri):
            _add(view.sources, Source(doc.value, _v(title), _v(date)))
        view.sources.sort(key=lambda s: (_date_key(s.date), s.title))
        view.recommendations = sorted(((_v(n), _v(t)) for n, t in recs),
                                      key=lambda r: (int(r[0]) if r[0].isdigit() else 10**6, r[1]))
        return view

    def body(self, iri: str) -> BodyView:
        view = BodyView()
        for kind, in self._rows("SELECT DISTINCT ?k WHERE { ?e ikg:orgKind/rdfs:label ?k } ORDER BY ?k", iri)[:1]:
            view.kind = kind.value
        for a, label in self._rows("SELECT DISTINCT ?a ?l WHERE { ?e ikg:area ?a . OPTIONAL { ?a rdfs:label ?l } }"
                                   " ORDER BY ?l", iri):
            _add(view.areas, Link(a.value, _v(label) or a.value))
        rows: dict[str, InspectionRow] = {}
        for i, label, date, grade, inspector in self._rows("""
                SELECT DISTINCT ?i ?l ?date ?grade ?who WHERE { ?i ikg:subject ?e ; rdfs:label ?l .
                  OPTIONAL { ?i ikg:published ?pub } OPTIONAL { ?i ikg:visited ?vis } OPTIONAL { ?i ikg:year ?yr }
                  BIND(STR(COALESCE(?pub, ?vis, ?yr, "")) AS ?date)
                  OPTIONAL { ?i ikg:overallGrade/rdfs:label ?g0 } BIND(COALESCE(?g0, "") AS ?grade)
                  OPTIONAL { ?i ikg:inspector/rdfs:label ?who } } ORDER BY ?i ?date ?grade ?who""", iri):
            row = rows.setdefault(i.value, InspectionRow(Link(i.value, label.value), date.value, grade.value, []))
            row.date = max(row.date, date.value)
            if inspector:
                _add(row.inspectors, inspector.value)
        view.inspections = sorted(rows.values(), key=lambda r: (_date_key(r.date), r.inspection.label), reverse=True)
        n = self._rows("SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i ikg:inspector ?e }", iri)
        view.inspected = int(_v(n[0][0]) or 0) if n else 0
        people: dict[tuple[str, str], tuple[Link, str, list[str]]] = {}
        for p, name, role, stated in self._rows("""SELECT DISTINCT ?p ?name ?role ?stated WHERE {
                ?m org:organization ?e ; org:member ?p ; org:role/rdfs:label ?role .
                OPTIONAL { ?p rdfs:label ?n0 } BIND(COALESCE(?n0, STR(?p)) AS ?name)
                OPTIONAL { ?m ikg:statedOn ?stated } } ORDER BY ?name ?role ?stated""", iri):
            entry = people.setdefault((p.value, role.value), (Link(p.value, name.value), role.value, []))
            if stated:
                _add(entry[2], stated.value)
        view.people = sorted(people.values(), key=lambda e: (e[0].label.casefold(), e[1]))
        return view


class OxStore(BaseStore):
    """A read-only BaseStore over a pyoxigraph Store already open (the site writer's and the server's)."""

    def __init__(self, store):
        from pyoxigraph import DefaultGraph

        self.store = store
        self.location = "(open store)"
        # A built store keeps the merge of its graphs as the default graph; one loaded from quads has none.
        self.union = next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is None

    def select(self, query: str, bindings: dict[str, Term] | None = None):
        from ..store import Result, bind_values, from_ox

        res = self.store.query(bind_values(query, bindings), use_default_graph_as_union=self.union)
        names = [v.value for v in res.variables]
        return Result(names, [[from_ox(sol[n]) for n in names] for sol in res])


def over(store) -> BaseStore:
    """STORE as a BaseStore: itself when it is one, else the adapter over a pyoxigraph Store."""
    return store if isinstance(store, BaseStore) else OxStore(store)
