"""Extractions to RDF quads: one named graph per source document, every fact with its provenance."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from . import EXTRACTOR, __version__
from .frameworks import Grade
from .lexicon import Lexicon, load, slug
from .model import Evidence, Extraction, Inspection
from .ns import DEFAULT_BASE, NS, ONTOLOGY, VOCAB, VOCAB_GRAPH  # noqa: F401 - re-exported
from .resources import ONTOLOGY_DIR


class _NS:
    def __init__(self, base: str):
        self.base = base

    def __getattr__(self, name: str) -> NamedNode:
        # Made once per term: document_quads asks for the same few hundred terms for every document.
        node = NamedNode(self.base + name)
        setattr(self, name, node)
        return node


IKG = _NS(ONTOLOGY)
RDF = _NS(NS["rdf"])
RDFS = _NS(NS["rdfs"])
XSD = _NS(NS["xsd"])
OWL = _NS(NS["owl"])
ORG = _NS(NS["org"])
PROV = _NS(NS["prov"])
SKOS = _NS(NS["skos"])
DCT = _NS(NS["dcterms"])
SCHEMA = _NS(NS["schema"])
FOAF = _NS(NS["foaf"])
ONS = "http://statistics.data.gov.uk/id/statistical-geography/"


def date_literal(iso: str) -> Literal:
    """An ISO date as precise as it is: xsd:gYear, xsd:gYearMonth or xsd:date."""
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(iso), XSD.date)
    return Literal(iso, datatype=dtype)


def grade_iri(grade: Grade) -> NamedNode:
    """A grade is a concept of its own scale: "Good" at the top of one scale is not "Good" second on another."""
    return NamedNode(f"{VOCAB}grade/{grade.scale}/{slug(grade.label)}")


def scale_iri(scale_id: str) -> NamedNode:
    return NamedNode(f"{VOCAB}grade-scale/{scale_id}")


def framework_iri(framework_id: str) -> NamedNode:
    return NamedNode(f"{VOCAB}framework/{framework_id}")


def _grade_of(label: str, ins: Inspection, year: str, doc_date: str) -> Grade | None:
    """The scale grade a label names for this inspection: its inspectorates' frameworks in force that year."""
    when = (year or ins.visited or ins.published or doc_date)[:4]
    return load().frameworks.grade(label, ins.inspectors, int(when) if when.isdigit() else None)


def aspect_iri(label: str) -> NamedNode:
    return NamedNode(VOCAB + "aspect/" + slug(label))


def kind_iri(label: str) -> NamedNode:
    return NamedNode(VOCAB + "inspection-kind/" + slug(label))


def orgkind_iri(label: str) -> NamedNode:
    return NamedNode(VOCAB + "organisation-kind/" + slug(label))


def extractor_name() -> str:
    """The rule set's name and version (from the package: importing the extractor would pull in spaCy)."""
    return EXTRACTOR


def _h(text: str, n: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


class Iris:
    """Deterministic IRIs under a base: the same sources always give the same IRIs."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def org(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}organisation/{key}")

    def person(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}person/{key}")

    def place(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}place/{key}")

    def role(self, label: str) -> NamedNode:
        return NamedNode(f"{self.base}role/{slug(label)}")

    def post(self, person: str, role: str, org: str) -> NamedNode:
        return NamedNode(f"{self.base}post/{person}/{slug(role)}/{org or 'none'}")

    def inspection(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}inspection/{key}")

    def document(self, doc_id: str) -> NamedNode:
        return NamedNode(f"{self.base}document/{doc_id}")

    def graph(self, doc_id: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/{doc_id}")

    def span(self, doc_id: str, ev: Evidence) -> NamedNode:
        return NamedNode(f"{self.base}document/{doc_id}/span/{ev.start}-{ev.end}")

    def quote(self, speaker: str, text: str) -> NamedNode:
        return NamedNode(f"{self.base}quotation/{_h(speaker + '|' + ' '.join(text.split()))}")

    def activity(self, doc_id: str) -> NamedNode:
        return NamedNode(f"{self.base}extraction/{doc_id}")

    def agent(self) -> NamedNode:
        return NamedNode(f"{self.base}agent/{slug(extractor_name())}")


def inspection_label(ins: Inspection, x: Extraction, year: str) -> str:
    subject = x.orgs[ins.subject].label if ins.subject in x.orgs else ins.subject
    places = ", ".join(x.places[p].label for p in ins.regions if p in x.places)
    label = f"{ins.kind[:1].upper()}{ins.kind[1:]} of {subject}"
    if places:
        label += f" ({places})"
    if year:
        label += f", {year}"
    return label


@dataclass
class _DocGraph:
    """What every part of one document's graph needs: the graph, its IRIs and the spans already written."""

    x: Extraction
    iris: Iris
    keys: dict[int, str]
    years: dict[int, str]
    lex: Lexicon
    ins_iri: dict[int, NamedNode] = field(default_factory=dict)
    spans_done: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.d = self.x.doc
        self.g = self.iris.graph(self.d.id)
        self.doc = self.iris.document(self.d.id)
        self.act = self.iris.activity(self.d.id)

    def q(self, s, p, o) -> Quad:
        return Quad(s, p, o, self.g)

    def evidence(self, subject, ev: Evidence | None) -> Iterator[Quad]:
        """The span a fact was read from, written once per document, and the rule that read it."""
        if ev is None:
            return
        q = self.q
        s = self.iris.span(self.d.id, ev)
        yield q(subject, IKG.evidence, s)
        yield q(s, IKG.rule, Literal(ev.rule))
        if s.value in self.spans_done:
            return
        self.spans_done.add(s.value)
        yield q(s, RDF.type, IKG.TextSpan)
        yield q(s, PROV.wasDerivedFrom, self.doc)
        yield q(s, PROV.wasGeneratedBy, self.act)
        yield q(s, IKG.start, Literal(ev.start))
        yield q(s, IKG.end, Literal(ev.end))
        yield q(s, PROV.value, Literal(self.d.text[ev.start:ev.end][:2000]))


def document_quads(x: Extraction, iris: Iris, keys: dict[int, str], years: dict[int, str]) -> Iterator[Quad]:
    """Every quad one document yields, in its own named graph."""
    w = _DocGraph(x, iris, keys, years, load())
    for part in (_provenance_quads, _org_quads, _place_quads, _people_quads, _post_quads, _inspection_quads,
                 _judgement_quads, _quote_quads, _recommendation_quads):
        yield from part(w)


def _provenance_quads(w: _DocGraph) -> Iterator[Quad]:
    """The document, its graph and the extraction run, in PROV-O."""
    d, g, doc, act, iris = w.d, w.g, w.doc, w.act, w.iris
    yield w.q(doc, RDF.type, SCHEMA.Article)
    yield w.q(doc, RDF.type, PROV.Entity)
    yield w.q(doc, IKG.contentHash, Literal(d.id))
    yield w.q(doc, IKG.sourcePath, Literal(d.path))
    yield w.q(doc, DCT.format, Literal({"html": "text/html", "md": "text/markdown"}.get(d.format, "text/plain")))
    if d.title:
        yield w.q(doc, DCT.title, Literal(d.title))
        yield w.q(doc, RDFS.label, Literal(d.title))
    if d.date:
        yield w.q(doc, DCT.date, date_literal(d.date))
    yield w.q(g, RDF.type, IKG.SourceGraph)
    yield w.q(g, PROV.wasDerivedFrom, doc)
    yield w.q(g, PROV.wasGeneratedBy, act)
    yield w.q(act, RDF.type, PROV.Activity)
    yield w.q(act, PROV.used, doc)
    yield w.q(act, PROV.wasAssociatedWith, iris.agent())
    yield w.q(iris.agent(), RDF.type, PROV.SoftwareAgent)
    yield w.q(iris.agent(), RDFS.label, Literal(extractor_name()))
    yield w.q(iris.agent(), OWL.versionInfo, Literal(__version__))



def _org_quads(w: _DocGraph) -> Iterator[Quad]:
    """The organisations the document names, with their reference codes and areas."""
    x, iris, lex = w.x, w.iris, w.lex
    for o in x.orgs.values():
        s = iris.org(o.key)
        yield w.q(s, RDF.type, ORG.Organization)
        yield w.q(s, RDF.type, ORG.FormalOrganization)
        if o.kind == "inspectorate":
            yield w.q(s, RDF.type, IKG.Inspectorate)
        if o.kind == "local authority":
            yield w.q(s, RDF.type, IKG.LocalAuthority)
        yield w.q(s, RDFS.label, Literal(o.label))
        yield w.q(s, SKOS.prefLabel, Literal(o.label))
        yield w.q(s, IKG.orgKind, orgkind_iri(o.kind))
        for a in sorted(o.aliases):
            if a != o.label:
                yield w.q(s, SKOS.altLabel, Literal(a))
        entry = lex.orgs.get(o.key)
        if entry and entry.gss:
            yield w.q(s, DCT.identifier, Literal(entry.gss))
        if entry and entry.area:
            yield w.q(s, IKG.area, iris.place(entry.area))
        for ev in o.evidence:
            yield from w.evidence(s, ev)


def _place_quads(w: _DocGraph) -> Iterator[Quad]:
    """The places the document names."""
    x, iris = w.x, w.iris
    for p in x.places.values():
        s = iris.place(p.key)
        yield w.q(s, RDF.type, SCHEMA.Place)
        yield w.q(s, RDF.type, DCT.Location)
        yield w.q(s, RDFS.label, Literal(p.label))
        if p.kind:
            yield w.q(s, IKG.placeKind, Literal(p.kind))
        if p.gss:
            yield w.q(s, DCT.identifier, Literal(p.gss))
            yield w.q(s, OWL.sameAs, NamedNode(ONS + p.gss))
        for ev in p.evidence:
            yield from w.evidence(s, ev)


def _people_quads(w: _DocGraph) -> Iterator[Quad]:
    """The people the document names."""
    x, iris = w.x, w.iris
    for p in x.people.values():
        s = iris.person(p.key)
        yield w.q(s, RDF.type, SCHEMA.Person)
        yield w.q(s, RDF.type, FOAF.Person)
        yield w.q(s, RDFS.label, Literal(p.name))
        yield w.q(s, SCHEMA.name, Literal(p.name))
        if p.honorific:
            yield w.q(s, SCHEMA.honorificPrefix, Literal(p.honorific))
        for ev in p.evidence:
            yield from w.evidence(s, ev)


def _post_quads(w: _DocGraph) -> Iterator[Quad]:
    """The posts people hold, as ORG memberships."""
    x, iris = w.x, w.iris
    d = w.d
    for post in x.posts:
        s = iris.post(post.person, post.role, post.org)
        r = iris.role(post.role)
        yield w.q(r, RDF.type, ORG.Role)
        yield w.q(r, RDFS.label, Literal(post.role))
        yield w.q(r, SKOS.prefLabel, Literal(post.role))
        yield w.q(s, RDF.type, IKG.Post)
        yield w.q(s, RDF.type, ORG.Membership)
        yield w.q(s, ORG.member, iris.person(post.person))
        yield w.q(s, ORG.role, r)
        if post.org:
            yield w.q(s, ORG.organization, iris.org(post.org))
        if d.date:
            yield w.q(s, IKG.statedOn, date_literal(d.date))
        yield from w.evidence(s, post.evidence)


def _inspection_quads(w: _DocGraph) -> Iterator[Quad]:
    """The inspections, with their bodies, places, kinds, dates and overall grade."""
    x, iris, lex = w.x, w.iris, w.lex
    d, keys, years = w.d, w.keys, w.years
    ins_iri = w.ins_iri
    for ins in x.inspections:
        key = keys[ins.local_id]
        s = ins_iri[ins.local_id] = iris.inspection(key)
        yield w.q(s, RDF.type, IKG.Inspection)
        yield w.q(s, RDF.type, PROV.Activity)
        yield w.q(s, RDFS.label, Literal(inspection_label(ins, x, years.get(ins.local_id, ""))))
        yield w.q(s, IKG.resolutionKey, Literal(base_key(ins)))
        if years.get(ins.local_id):
            yield w.q(s, IKG.year, Literal(years[ins.local_id]))
        for o in ins.inspectors:
            yield w.q(s, IKG.inspector, iris.org(o))
        yield w.q(s, IKG.subject, iris.org(ins.subject))
        for p in ins.regions:
            yield w.q(s, IKG.coversPlace, iris.place(p))
        yield w.q(s, IKG.inspectionKind, kind_iri(ins.kind))
        if ins.kind not in lex.kinds:
            k = kind_iri(ins.kind)
            yield w.q(k, RDF.type, SKOS.Concept)
            yield w.q(k, RDF.type, IKG.InspectionKind)
            yield w.q(k, SKOS.prefLabel, Literal(ins.kind))
            yield w.q(k, RDFS.label, Literal(ins.kind))
            yield w.q(k, SKOS.inScheme, NamedNode(VOCAB + "inspection-kinds"))
        if ins.visited:
            yield w.q(s, IKG.visited, date_literal(ins.visited))
        if ins.published:
            yield w.q(s, IKG.published, date_literal(ins.published))
        grade = _grade_of(ins.overall, ins, years.get(ins.local_id, ""), d.date) if ins.overall else None
        if grade:
            yield w.q(s, IKG.overallGrade, grade_iri(grade))
        for ev in ins.evidence:
            yield from w.evidence(s, ev)


def _judgement_quads(w: _DocGraph) -> Iterator[Quad]:
    """The graded aspects of each inspection, on the scale the inspection uses."""
    x, lex = w.x, w.lex
    d, years, ins_iri = w.d, w.years, w.ins_iri
    by_local = {ins.local_id: ins for ins in x.inspections}
    for j in x.judgements:
        grade = _grade_of(j.grade, by_local[j.inspection], years.get(j.inspection, ""), d.date) \
            if j.inspection in by_local else None
        if j.inspection not in ins_iri or grade is None:
            continue
        s = NamedNode(f"{ins_iri[j.inspection].value}/judgement/{slug(j.aspect)}/{slug(j.grade)}")
        a = aspect_iri(j.aspect)
        yield w.q(s, RDF.type, IKG.Judgement)
        yield w.q(s, IKG.ofInspection, ins_iri[j.inspection])
        yield w.q(s, IKG.aspect, a)
        yield w.q(s, IKG.grade, grade_iri(grade))
        yield w.q(s, RDFS.label, Literal(f"{j.aspect}: {j.grade}"))
        if lex.aspect_for(j.aspect) != j.aspect:
            # An aspect the lexicon does not know joins the scheme, labelled as the text names it.
            yield w.q(a, RDF.type, SKOS.Concept)
            yield w.q(a, RDF.type, IKG.Aspect)
            yield w.q(a, SKOS.prefLabel, Literal(j.aspect))
            yield w.q(a, RDFS.label, Literal(j.aspect))
            yield w.q(a, SKOS.inScheme, NamedNode(VOCAB + "aspects"))
            if lex.aspect_for(j.aspect):
                # the text's own words for an aspect a framework names otherwise: the same concept
                yield w.q(a, SKOS.exactMatch, aspect_iri(lex.aspect_for(j.aspect)))
        yield from w.evidence(s, j.evidence)


def _quote_quads(w: _DocGraph) -> Iterator[Quad]:
    """The quotations and who said them."""
    x, iris = w.x, w.iris
    for qt in x.quotes:
        s = iris.quote(qt.speaker, qt.text)
        yield w.q(s, RDF.type, IKG.Quotation)
        yield w.q(s, RDF.type, SCHEMA.Quotation)
        yield w.q(s, SCHEMA.creator, iris.person(qt.speaker))
        yield w.q(s, SCHEMA.text, Literal(qt.text))
        yield from w.evidence(s, qt.evidence)


def _recommendation_quads(w: _DocGraph) -> Iterator[Quad]:
    """The recommendations of each inspection."""
    x = w.x
    ins_iri = w.ins_iri
    for r in x.recommendations:
        if r.inspection not in ins_iri:
            continue
        tail = str(r.number) if r.number is not None else "x" + _h(r.text, 10)
        s = NamedNode(f"{ins_iri[r.inspection].value}/recommendation/{tail}")
        yield w.q(s, RDF.type, IKG.Recommendation)
        yield w.q(s, IKG.ofInspection, ins_iri[r.inspection])
        if r.number is not None:
            yield w.q(s, IKG.number, Literal(r.number))
        yield w.q(s, SCHEMA.text, Literal(r.text))
        yield from w.evidence(s, r.evidence)


def base_key(ins: Inspection) -> str:
    """What makes two mentions one inspection, before dates: the body, the kind and the places."""
    key = f"{ins.subject}/{slug(ins.kind)}"
    if ins.regions:
        key += "/" + "-".join(sorted(ins.regions))[:120]
    return key


def vocab_quads() -> Iterator[Quad]:
    """The ontology, the grade scheme and the concept schemes made from the lexicons (one graph)."""
    g = NamedNode(VOCAB_GRAPH)
    with open(ONTOLOGY_DIR / "inspection-kg.ttl", "rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            yield Quad(t.subject, t.predicate, t.object, g)
    lex = load()

    def scheme(name: str, label: str, cls: NamedNode) -> NamedNode:
        s = NamedNode(VOCAB + name)
        return s, [Quad(s, RDF.type, SKOS.ConceptScheme, g), Quad(s, RDFS.label, Literal(label), g),
                   Quad(s, SKOS.prefLabel, Literal(label, language="en"), g)]

    def concept(iri: NamedNode, sch: NamedNode, cls: NamedNode, label: str, alts=(), note: str = "") -> Iterator[Quad]:
        yield Quad(iri, RDF.type, SKOS.Concept, g)
        yield Quad(iri, RDF.type, cls, g)
        yield Quad(iri, SKOS.inScheme, sch, g)
        yield Quad(iri, SKOS.prefLabel, Literal(label), g)
        yield Quad(iri, RDFS.label, Literal(label), g)
        for a in sorted(set(alts) - {label}):
            yield Quad(iri, SKOS.altLabel, Literal(a), g)
        if note:
            yield Quad(iri, SKOS.scopeNote, Literal(note), g)

    s, qs = scheme("aspects", "Judgement aspects", IKG.Aspect)
    yield from qs
    for a in lex.aspects.values():
        yield from concept(aspect_iri(a.label), s, IKG.Aspect, a.label, a.aliases,
                           "frameworks: " + ", ".join(sorted(set(a.frameworks))))
        if a.parent:
            yield Quad(aspect_iri(a.label), SKOS.broader, aspect_iri(a.parent), g)
    s, qs = scheme("inspection-kinds", "Kinds of inspection", IKG.InspectionKind)
    yield from qs
    for k, aliases in lex.kinds.items():
        yield from concept(kind_iri(k), s, IKG.InspectionKind, k, aliases)
    s, qs = scheme("organisation-kinds", "Kinds of organisation", IKG.OrganisationKind)
    yield from qs
    for k in ("inspectorate", "public body", "local authority", "government department", "court or tribunal",
              "publisher", "charity", "company", "partnership", "board", "other"):
        yield from concept(orgkind_iri(k), s, IKG.OrganisationKind, k)
    yield from _scale_quads(g, concept)
    yield from history_quads(g)


def _scale_quads(g: NamedNode, concept) -> Iterator[Quad]:
    """One SKOS concept scheme per grade scale of the frameworks, its grades ordered by ikg:rank (10 best), and
    each framework with the scales it grades on. Every grade is also in the scheme of all grades."""
    frames = load().frameworks
    every = NamedNode(VOCAB + "grades")
    yield Quad(every, RDF.type, SKOS.ConceptScheme, g)
    yield Quad(every, RDFS.label, Literal("Inspection grades"), g)
    yield Quad(every, SKOS.prefLabel, Literal("Inspection grades", language="en"), g)
    users: dict[str, list[str]] = {}
    for f in frames.ordered():
        for sid in f.scales:
            users.setdefault(sid, []).append(f.id)
    for sid in sorted(frames.scales):
        scale = frames.scales[sid]
        s = scale_iri(sid)
        yield Quad(s, RDF.type, SKOS.ConceptScheme, g)
        yield Quad(s, RDF.type, IKG.GradeScale, g)
        yield Quad(s, RDFS.label, Literal(scale.label), g)
        yield Quad(s, SKOS.prefLabel, Literal(scale.label, language="en"), g)
        yield Quad(s, SKOS.notation, Literal(sid), g)
        yield Quad(s, SKOS.hasTopConcept, grade_iri(scale.grades[0]), g)
        for gr in scale.grades:
            c = grade_iri(gr)
            yield from concept(c, s, IKG.Grade, gr.label, gr.aliases)
            yield Quad(c, SKOS.inScheme, every, g)
            yield Quad(c, IKG.rank, Literal(gr.rank), g)
            if gr.notation:
                yield Quad(c, SKOS.notation, Literal(gr.notation), g)
    for f in frames.ordered():
        s = framework_iri(f.id)
        yield Quad(s, RDF.type, IKG.Framework, g)
        yield Quad(s, RDFS.label, Literal(f.name), g)
        if f.note:
            yield Quad(s, RDFS.comment, Literal(f.note), g)
        if f.start:
            yield Quad(s, IKG.inForceFrom, Literal(str(f.start), datatype=XSD.gYear), g)
        if f.end:
            yield Quad(s, IKG.inForceTo, Literal(str(f.end), datatype=XSD.gYear), g)
        for sid in f.scales:
            yield Quad(s, IKG.gradeScale, scale_iri(sid), g)


def history_quads(g: NamedNode, iris: Iris | None = None) -> Iterator[Quad]:
    """Reference facts on bodies that were abolished, merged or recoded, and on the bodies that took over: names,
    every code they had, their dates and who replaced whom (dcterms:replaces / isReplacedBy). Not typed as
    organisations, so the contract queries still list only the bodies articles name."""
    iris = iris or Iris()
    lex = load()
    keep: set[str] = set()
    for e in lex.orgs.values():
        if e.successors or e.former_codes:
            keep.add(e.key)
            keep.update(s for s in e.successors if s in lex.orgs)
    for key in sorted(keep):
        e = lex.orgs[key]
        s = iris.org(key)
        yield Quad(s, RDFS.label, Literal(e.label), g)
        yield Quad(s, SKOS.prefLabel, Literal(e.label), g)
        for code in dict.fromkeys([e.gss, *e.former_codes]):
            if code:
                yield Quad(s, DCT.identifier, Literal(code), g)
        if e.valid_from:
            yield Quad(s, IKG.validFrom, date_literal(e.valid_from), g)
        if e.valid_to:
            yield Quad(s, IKG.validTo, date_literal(e.valid_to), g)
        for succ in e.successors:
            if succ in lex.orgs:
                yield Quad(s, DCT.isReplacedBy, iris.org(succ), g)
                yield Quad(iris.org(succ), DCT.replaces, s, g)
