"""The graph as a static linked-data site: entity pages (HTML, Turtle, JSON-LD), dumps, VoID/DCAT, ontology docs."""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from .ns import DEFAULT_BASE, NS, ONTOLOGY, VOCAB_GRAPH
from .site.terms import words
from .store import BaseStore

DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
SITE_TITLE = "inspection-kg"
MARKER = ".kg-site"  # says a folder was written by `kg publish`, so re-publishing may replace it
DUMP = "dumps/inspection-kg"
# Top-level names the site itself uses: an entity path may not start with them.
RESERVED = {"index", "void", "sitemap", "context", "dumps", "lists", "ontology"}
INLINE_LIST_MAX = 500  # the index lists a class in full up to this many entities

_RDF, _RDFS, _XSD = NS["rdf"], NS["rdfs"], NS["xsd"]
RDF_TYPE = NamedNode(_RDF + "type")
XSD_STRING = _XSD + "string"
RDF_LANGSTRING = _RDF + "langString"
EVIDENCE = NamedNode(ONTOLOGY + "evidence")
RULE = NamedNode(ONTOLOGY + "rule")
START, END = NamedNode(ONTOLOGY + "start"), NamedNode(ONTOLOGY + "end")
DERIVED = NamedNode(NS["prov"] + "wasDerivedFrom")
PROV_VALUE = NamedNode(NS["prov"] + "value")
LABELS = [NamedNode(i) for i in (_RDFS + "label", NS["skos"] + "prefLabel", NS["schema"] + "name",
                                 NS["dcterms"] + "title", NS["schema"] + "text", NS["prov"] + "value")]
LABEL_IRI = _RDFS + "label"
POST, MEMBER, ROLE, ORGANIZATION = (NamedNode(ONTOLOGY + "Post"), NamedNode(NS["org"] + "member"),
                                    NamedNode(NS["org"] + "role"), NamedNode(NS["org"] + "organization"))

# Classes that get a list page, in the order the index shows them: (class IRI, list slug, heading).
CLASS_LISTS = [
    (ONTOLOGY + "Inspection", "inspections", "Inspections"),
    (ONTOLOGY + "Judgement", "judgements", "Judgements"),
    (ONTOLOGY + "Recommendation", "recommendations", "Recommendations"),
    (NS["org"] + "Organization", "organisations", "Organisations"),
    (NS["schema"] + "Person", "people", "People"),
    (ONTOLOGY + "Post", "posts", "Posts"),
    (NS["org"] + "Role", "roles", "Roles"),
    (NS["schema"] + "Place", "places", "Places"),
    (ONTOLOGY + "Quotation", "quotations", "Quotations"),
    (NS["schema"] + "Article", "documents", "Documents"),
    (ONTOLOGY + "SourceGraph", "graphs", "Source graphs"),
    (ONTOLOGY + "TextSpan", "evidence", "Evidence spans"),
]
INLINE_LISTS = {"inspections", "organisations", "people", "places", "quotations", "documents"}

# (file suffix, format, media type, what it holds)
DUMP_FORMATS = [
    ("ttl", RdfFormat.TURTLE, "text/turtle", "Turtle, the union of all graphs"),
    ("nt", RdfFormat.N_TRIPLES, "application/n-triples", "N-Triples, the union of all graphs"),
    ("trig", RdfFormat.TRIG, "application/trig", "TriG, one named graph per source document"),
    ("nq", RdfFormat.N_QUADS, "application/n-quads", "N-Quads, one named graph per source document"),
    ("jsonld", None, "application/ld+json", "JSON-LD, one named graph per source document"),
]

CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding:.6rem 1rem;border-bottom:1px solid #ddd}header a{font-weight:600;text-decoration:none}
h1{font-size:1.6rem;margin:1rem 0 .2rem}h2{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid #e4e4e4}
a{color:#0b57a4}code,.iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
.iri{color:#555}.muted{color:#666;font-size:.85em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;
border-bottom:1px solid #eee}th{background:#f0f0f0}
blockquote{margin:.2rem 0;padding:.2rem .8rem;border-left:4px solid #c8d6e5;background:#fff;white-space:pre-wrap}
ol.evidence li{margin-bottom:.8rem}ul.cols{columns:2;padding-left:1.2rem}ul.cols li{break-inside:avoid}
footer{margin-top:2rem;padding:1rem;border-top:1px solid #ddd;font-size:.85em;color:#555}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"


# --------------------------------------------------------------------------- terms and order

def term_key(t) -> str:
    """A sort key that is the term in N-Triples syntax (the default graph sorts first)."""
    return "" if t is None or isinstance(t, DefaultGraph) else str(t)


def quad_key(q: Quad) -> tuple[str, str, str, str]:
    return term_key(q.graph_name), str(q.subject), str(q.predicate), str(q.object)


def triple_key(t: Triple) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)


def curie(iri: str) -> str:
    """The shortest prefixed name for an IRI, or the IRI itself."""
    best = ""
    for prefix, ns in NS.items():
        if iri.startswith(ns) and len(ns) > len(NS.get(best, "")) and re.fullmatch(r"[\w.-]+", iri[len(ns):]):
            best = prefix
    return f"{best}:{iri[len(NS[best]):]}" if best else iri


def sorted_triples(triples: Iterable[Triple]) -> list[Triple]:
    return [t for _, t in sorted({triple_key(t): t for t in triples}.items())]


def turtle(triples: Iterable[Triple], fmt: RdfFormat = RdfFormat.TURTLE) -> bytes:
    """Turtle (or TriG) from pyoxigraph, with the prefix lines in a stable order."""
    data = serialize(triples, format=fmt, prefixes=NS)
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix"):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


# --------------------------------------------------------------------------- JSON-LD

def jsonld_context() -> dict:
    return {"@context": dict(sorted(NS.items()))}


def _jl_id(t) -> str:
    return f"_:{t.value}" if isinstance(t, BlankNode) else t.value


def _jl_value(o):
    if isinstance(o, Literal):
        dt = o.datatype.value if o.datatype else XSD_STRING
        if o.language:
            return {"@value": o.value, "@language": o.language}
        if dt == XSD_STRING:
            return o.value
        return {"@value": o.value, "@type": curie(dt)}
    return {"@id": _jl_id(o)}


def jsonld_nodes(triples: Iterable[Triple]) -> list[dict]:
    """Node objects, one per subject, properties as prefixed names, everything sorted."""
    by_subject: dict[str, dict] = {}
    for t in sorted_triples(triples):
        node = by_subject.setdefault(str(t.subject), {"@id": _jl_id(t.subject)})
        if t.predicate == RDF_TYPE and isinstance(t.object, NamedNode):
            node.setdefault("@type", []).append(curie(t.object.value))
        else:
            node.setdefault(curie(t.predicate.value), []).append(_jl_value(t.object))
    return [by_subject[k] for k in sorted(by_subject)]


def jsonld_graph(triples: Iterable[Triple]) -> dict:
    return {**jsonld_context(), "@graph": jsonld_nodes(triples)}


def jsonld_dataset(quads: Iterable[Quad]) -> dict:
    """A JSON-LD dataset: each named graph an object with its own @graph."""
    graphs: dict[str, list[Triple]] = defaultdict(list)
    for q in quads:
        graphs[term_key(q.graph_name)].append(q.triple)
    out: list[dict] = jsonld_nodes(graphs.pop("", []))
    for g in sorted(graphs):
        out.append({"@id": g[1:-1] if g.startswith("<") else g, "@graph": jsonld_nodes(graphs[g])})
    return {**jsonld_context(), "@graph": out}


def json_bytes(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def script_json(data) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survive, so '</script>' cannot close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --------------------------------------------------------------------------- describing one entity

@dataclass
class Fact:
    predicate: NamedNode
    object: object
    graphs: list[str]


@dataclass
class Span:
    iri: str
    text: str
    start: str
    end: str
    rules: list[str]
    document: str


@dataclass
class Description:
    iri: str
    label: str
    types: list[str]
    facts: list[Fact]
    incoming: list[Fact]  # .object is the subject pointing here
    evidence: list[Span]
    triples: list[Triple]  # what the entity's Turtle and JSON-LD files hold


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class Describer:
    """Reads what the store says about one IRI (the union of graphs, each fact with the graphs stating it)."""

    def __init__(self, store: BaseStore, base: str = DEFAULT_BASE):
        self.store = store
        self.base = base
        self._labels: dict[str, str] = {}
        self._documents: dict[str, str] = {}

    def _q(self, s=None, p=None, o=None, g=None) -> Iterable[Quad]:
        # The default graph of a built store only merges the document graphs: facts are read from those.
        return self.store.quads(s, p, o, g)

    def local(self, iri: str) -> str | None:
        """The site path of an IRI under the base (without suffix), or None when it has no page."""
        if not iri.startswith(self.base):
            return None
        rest = iri[len(self.base):]
        if not re.fullmatch(r"[\w~-][\w.~-]*(/[\w~-][\w.~-]*)*", rest, re.ASCII):
            return None
        first = rest.split("/")[0].split(".")[0]
        return None if first in RESERVED or first.startswith("sitemap") else rest

    def label(self, term) -> str:
        if isinstance(term, Literal):
            return term.value
        key = str(term)
        if key not in self._labels:
            self._labels[key] = self._find_label(term)
        return self._labels[key]

    def _find_label(self, term) -> str:
        for pred in LABELS:
            values = sorted({q.object.value for q in self._q(term, pred) if isinstance(q.object, Literal)})
            if values:
                text = _short(values[0])
                return f"“{text}”" if pred == PROV_VALUE else text
        if isinstance(term, NamedNode) and next(iter(self._q(term, RDF_TYPE, POST)), None):
            parts = [self._first_label(term, p) for p in (MEMBER, ROLE, ORGANIZATION)]
            if parts[0]:
                return parts[0] + (f", {parts[1]}" if parts[1] else "") + (f" ({parts[2]})" if parts[2] else "")
        if isinstance(term, BlankNode):
            return f"_:{term.value}"
        local = self.local(term.value)
        if local:
            return local
        short = curie(term.value)  # a term of a known vocabulary reads as words, never as a prefixed name
        return words(term.value) if short != term.value else term.value

    def _first_label(self, s, p) -> str:
        objs = sorted({str(q.object): q.object for q in self._q(s, p)}.items())
        return self.label(objs[0][1]) if objs else ""

    def document(self, graph: str) -> str:
        """The source document a named graph was read from ('' for the vocabulary graph)."""
        if graph not in self._documents:
            g = NamedNode(graph)
            docs = sorted(q.object.value for q in self._q(g, DERIVED, None, g) if isinstance(q.object, NamedNode))
            self._documents[graph] = docs[0] if docs else ""
        return self._documents[graph]

    def describe(self, iri: str) -> Description | None:
        node = NamedNode(iri)
        out = list(self._q(node))
        inc = list(self._q(None, None, node))
        if not out and not inc:
            return None
        triples: dict[tuple, Triple] = {}

        def add(t: Triple) -> None:
            triples.setdefault(triple_key(t), t)

        facts = self._facts((q.predicate, q.object, q) for q in out)
        incoming = self._facts((q.predicate, q.subject, q) for q in inc)
        for q in out + inc:
            add(q.triple)
        # Blank nodes hanging off the entity travel with it (bounded, in case of cycles).
        todo = [q.object for q in out if isinstance(q.object, BlankNode)]
        seen: set[str] = set()
        while todo and len(seen) < 1000:
            b = todo.pop()
            if str(b) in seen:
                continue
            seen.add(str(b))
            for q in self._q(b):
                add(q.triple)
                if isinstance(q.object, BlankNode):
                    todo.append(q.object)
        # Labels of the neighbours, so that a client can show the links without more requests.
        neighbours = {str(f.object): f.object for f in facts + incoming if isinstance(f.object, NamedNode)}
        for n in neighbours.values():
            for q in self._q(n, NamedNode(LABEL_IRI)):
                add(q.triple)
        spans = []
        for f in facts:
            if f.predicate == EVIDENCE and isinstance(f.object, NamedNode):
                spans.append(self._span(f.object, node, add))
        spans.sort(key=lambda s: (s.document, _int(s.start), _int(s.end)))
        types = sorted({q.object.value for q in out if q.predicate == RDF_TYPE and isinstance(q.object, NamedNode)})
        return Description(iri, self.label(node), types, facts, incoming, spans, sorted_triples(triples.values()))

    def _facts(self, items) -> list[Fact]:
        merged: dict[tuple[str, str], Fact] = {}
        for p, o, q in items:
            f = merged.setdefault((str(p), str(o)), Fact(p, o, []))
            g = term_key(q.graph_name)
            if g and g[1:-1] not in f.graphs:
                f.graphs.append(g[1:-1])
        for f in merged.values():
            f.graphs.sort()
        order = {_RDF + "type": "0", LABEL_IRI: "1"}
        return sorted(merged.values(), key=lambda f: (order.get(f.predicate.value, "2" + curie(f.predicate.value)),
                                                      self.label(f.object).lower(), str(f.object)))

    def _span(self, span: NamedNode, subject: NamedNode, add: Callable[[Triple], None]) -> Span:
        values: dict[str, list[str]] = defaultdict(list)
        for q in self._q(span):
            add(q.triple)
            values[q.predicate.value].append(q.object.value)
        rules = sorted({q.object.value for q in self._q(span, RULE)})
        docs = sorted(set(values.get(DERIVED.value, [])))

        def first(k: str) -> str:
            return sorted(values.get(k, [""]))[0]

        return Span(span.value, first(PROV_VALUE.value), first(START.value), first(END.value), rules,
                    docs[0] if docs else "")


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0


# --------------------------------------------------------------------------- HTML

def esc(text: str) -> str:
    return html.escape(text, quote=True)


def rel_href(from_page: str, target: str) -> str:
    """A relative link between two files of the site (paths relative to the site root)."""
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


@dataclass
class Site:
    """What every page shares: the base, the dataset title, the licence and the SPARQL endpoint."""

    base: str = DEFAULT_BASE
    title: str = SITE_TITLE
    license: str = DEFAULT_LICENSE
    sparql_endpoint: str | None = None


def page(site: Site, path: str, title: str, body: str, head: str = "", csp: str = CSP) -> bytes:
    """A whole self-contained HTML page (no external scripts, styles or fonts; scripts only where CSP allows)."""
    from .site.pages import CSS as READER_CSS

    home = rel_href(path, "index.html")
    nav = " · ".join(f'<a href="{esc(rel_href(path, target))}">{name}</a>' for target, name in
                     (("index.html", "Search"), ("graph.html", "Network"), ("timeline.html", "Timeline"),
                      ("lists/organisations.html", "Bodies"), ("lists/people.html", "People"),
                      ("lists/inspections.html", "Inspections")))
    endpoint = (f' · SPARQL endpoint: <a href="{esc(site.sparql_endpoint)}">{esc(site.sparql_endpoint)}</a>'
                if site.sparql_endpoint else "")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>{esc(title)} · {esc(site.title)}</title>\n<style>{CSS}{READER_CSS}</style>\n{head}</head>\n<body>\n"
        f"<header><a href=\"{esc(home)}\">{esc(site.title)}</a> <nav>{nav}</nav></header>\n<main>\n{body}</main>\n"
        f"<footer>Data licence: <a href=\"{esc(site.license)}\">{esc(site.license)}</a>{endpoint}. "
        "Facts were read from news articles by rules; each links to the text it came from.</footer>\n"
        "</body>\n</html>\n"
    ).encode()


class Renderer:
    """Turns descriptions into the three files of an entity: .html, .ttl and .jsonld."""

    def __init__(self, describer: Describer, site: Site):
        from .site.facts import Views, over
        from .site.terms import Terms

        self.d = describer
        self.site = site
        store = over(describer.store)
        self.views = Views(store)
        self.terms = Terms(store)

    def href(self, iri: str, from_page: str) -> str:
        local = self.d.local(iri)
        return rel_href(from_page, local + ".html") if local else iri

    def link(self, term, from_page: str) -> str:
        if isinstance(term, Literal):
            return self.literal(term)
        if isinstance(term, BlankNode):
            return f"<code>{esc('_:' + term.value)}</code>"
        label = self.d.label(term)
        title = f' title="{esc(term.value)}"'
        return f'<a href="{esc(self.href(term.value, from_page))}"{title}>{esc(label)}</a>'

    @staticmethod
    def literal(lit: Literal) -> str:
        return esc(lit.value)

    def sources(self, graphs: list[str], from_page: str) -> str:
        out = []
        for g in graphs:
            doc = self.d.document(g)
            if doc:
                title = esc(_short(self.d.label(NamedNode(doc)), 60))
                out.append(f'<a href="{esc(self.href(doc, from_page))}" title="{esc(doc)}">{title}</a>')
            elif g == VOCAB_GRAPH:
                out.append('<span class="muted">vocabulary</span>')
            else:
                out.append(f"<code>{esc(curie(g))}</code>")
        return "; ".join(out)

    def files(self, iri: str) -> dict[str, bytes] | None:
        """The entity's HTML page, Turtle and JSON-LD, or None when the store says nothing of it."""
        desc = self.d.describe(iri) if self.d.local(iri) else None
        return None if desc is None else self.render(desc, {"html", "ttl", "jsonld"})

    def render(self, desc: Description, formats: set[str]) -> dict[str, bytes]:
        local = self.d.local(desc.iri) or "resource"
        data = jsonld_graph(desc.triples)
        out = {}
        if "html" in formats:
            out["html"] = self.html(desc, local + ".html", data)
        if "ttl" in formats:
            out["ttl"] = turtle(desc.triples)
        if "jsonld" in formats:
            out["jsonld"] = json_bytes(data)
        return out

    def html(self, desc: Description, path: str, data: dict) -> bytes:
        from .site.entity import entity_body

        name = posixpath.basename(path)[: -len(".html")]
        head = (f'<link rel="alternate" type="text/turtle" href="{esc(name)}.ttl">\n'
                f'<link rel="alternate" type="application/ld+json" href="{esc(name)}.jsonld">\n'
                f'<script type="application/ld+json">\n{script_json(data)}\n</script>\n')
        return page(self.site, path, desc.label, entity_body(self, desc, path), head)


# --------------------------------------------------------------------------- the whole site

@dataclass
class PublishReport:
    entities: int = 0
    triples: int = 0
    quads: int = 0
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.entities} entity pages, {self.triples} triples ({self.quads} quads), {self.files} files "
                f"written in {self.seconds:.1f} s; {len(self.skipped)} IRIs without a page")


class SiteWriter:
    def __init__(self, root: Path):
        self.root = root
        self.count = 0

    def write(self, rel: str, data: bytes) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.count += 1


def publish(store: BaseStore, out: str | Path, site: Site, progress: Callable[[int], None] | None = None,
            warn: Callable[[str], None] | None = None) -> PublishReport:
    """Write the whole site into OUT (replaced as a whole, so stale pages never linger)."""
    t0 = time.perf_counter()
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise ValueError(f"{out}: exists and was not written by `kg publish`; choose an empty or new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        report = _write_site(store, SiteWriter(tmp), site, progress, warn)
        (tmp / MARKER).write_text("written by kg publish; the folder is replaced as a whole on re-publishing\n")
        os.chmod(tmp, 0o755)
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.seconds = time.perf_counter() - t0
    return report


def _write_site(store: BaseStore, w: SiteWriter, site: Site, progress, warn) -> PublishReport:
    report = PublishReport()
    quads = sorted(store.quads(), key=quad_key)
    union = sorted_triples(q.triple for q in quads)
    report.quads, report.triples = len(quads), len(union)
    describer = Describer(store, site.base)
    renderer = Renderer(describer, site)

    # Dumps.
    sizes: dict[str, int] = {}
    for suffix, fmt, _, _ in DUMP_FORMATS:
        if suffix in ("ttl", "nt"):
            data = turtle(union) if suffix == "ttl" else serialize(union, format=fmt)
        elif suffix == "trig":
            data = turtle(quads, RdfFormat.TRIG)
        elif suffix == "nq":
            data = serialize(quads, format=fmt)
        else:
            data = json_bytes(jsonld_dataset(quads))
        w.write(f"{DUMP}.{suffix}", data)
        sizes[suffix] = len(data)
    w.write("context.jsonld", json_bytes(jsonld_context()))

    # Entities: every IRI under the base, as subject or object.
    candidates = sorted({t.value for q in quads for t in (q.subject, q.object)
                         if isinstance(t, NamedNode) and t.value.startswith(site.base)})
    entities = []
    for iri in candidates:
        if describer.local(iri) is None:
            report.skipped.append(iri)
        else:
            entities.append(iri)
    if not entities:
        raise ValueError(f"no IRIs under the base {site.base} in the store (was it built with another --base?)")
    if report.skipped and warn:
        warn(f"{len(report.skipped)} IRIs under the base have no safe file name and get no page, e.g. "
             f"{report.skipped[0]}")
    for iri in entities:
        files = renderer.files(iri)
        local = describer.local(iri)
        if files is None or local is None:
            continue
        for suffix, data in files.items():
            w.write(f"{local}.{suffix}", data)
        report.entities += 1
        if progress:
            progress(1)

    # Classes, VoID and DCAT, lists, index, sitemap, ontology.
    members: dict[str, set[str]] = defaultdict(set)
    for t in union:
        if t.predicate == RDF_TYPE and isinstance(t.object, NamedNode):
            members[t.object.value].add(str(t.subject))
    per_subject = Counter(str(t.subject) for t in union)
    stats = {
        "classes": {c: (len(m), sum(per_subject[s] for s in m)) for c, m in members.items()},
        "properties": Counter(t.predicate.value for t in union),
        "subjects": len(per_subject),
        "objects": len({str(t.object) for t in union}),
        "graphs": len({term_key(q.graph_name) for q in quads}),
    }
    entity_set = set(entities)
    lists = _class_lists(describer, entity_set)
    examples = [sorted(lists[slug])[0] for _, slug, _ in CLASS_LISTS if lists.get(slug)
                and slug in INLINE_LISTS]
    from .site import meta, reader

    w.write("void.ttl", meta.void(site, report, stats, sizes, examples))
    for _, slug, heading in CLASS_LISTS + [("", "other", "Other resources")]:
        if lists.get(slug):
            body = f"<h1>{esc(heading)}</h1>\n<p>{len(lists[slug])} resources.</p>\n"
            body += _entity_list(renderer, lists[slug], f"lists/{slug}.html")
            w.write(f"lists/{slug}.html", page(site, f"lists/{slug}.html", heading, body))
    reader.write(w, site, store, renderer, lists, sizes)
    meta.ontology(w)
    from .publish_vocab import vocab_pages

    urls = [site.base, site.base + "ontology/index.html"]
    urls += [site.base + f"lists/{slug}.html" for slug in sorted(lists) if lists[slug]]
    urls += [site.base + p for p in vocab_pages(store, w, site)]
    urls += [site.base + describer.local(i) for i in entities]
    meta.sitemaps(w, site, urls)
    report.files = w.count + 1
    return report


def _class_lists(describer: Describer, entities: set[str]) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = defaultdict(list)
    listed: set[str] = set()
    for cls, slug, _ in CLASS_LISTS:
        for q in describer._q(None, RDF_TYPE, NamedNode(cls), None):
            iri = q.subject.value if isinstance(q.subject, NamedNode) else ""
            if iri in entities and iri not in lists[slug]:
                lists[slug].append(iri)
                listed.add(iri)
    lists["other"] = sorted(entities - listed)
    for slug in lists:
        lists[slug].sort(key=lambda i: (describer.label(NamedNode(i)).lower(), i))
    return lists


def _entity_list(renderer: Renderer, iris: list[str], path: str) -> str:
    items = "".join(f"<li>{renderer.link(NamedNode(i), path)}</li>\n" for i in iris)
    return f'<ul class="cols">\n{items}</ul>\n'


