"""Where the graph lives: an embedded on-disk Oxigraph store, or any SPARQL 1.1 server over HTTP."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from .ns import ONTOLOGY

DEFAULT_STORE = "kg-store"
ENV_STORE = "KG_STORE"

PREFIXES = """PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# Every document graph with its source path and content hash (what a build compares its sources with).
SOURCES = """SELECT ?g ?path ?hash WHERE { GRAPH ?g {
    ?doc ikg:sourcePath ?path ; ikg:contentHash ?hash . ?g prov:wasDerivedFrom ?doc } }"""
# The same for Oxigraph, its two scans joined by hash (a quarter faster on 10,000 documents than a
# lookup per document).
SOURCES_HASHED = """SELECT ?g ?path ?hash WHERE {
    { SELECT ?g ?doc ?path WHERE { GRAPH ?g { ?doc ikg:sourcePath ?path } } }
    { SELECT ?g ?doc ?hash WHERE { GRAPH ?g { ?doc ikg:contentHash ?hash } } }
    GRAPH ?g { ?g prov:wasDerivedFrom ?doc } }"""


class StoreError(Exception):
    """The store cannot be opened, read or written; the message says why in one line."""


class QuerySyntaxError(StoreError):
    """The query (or update) is not valid SPARQL."""


@dataclass
class Term:
    """One RDF term of a result row, independent of the store that produced it."""

    type: str  # "uri" | "literal" | "bnode"
    value: str
    datatype: str = ""
    lang: str = ""

    def n3(self) -> str:
        """The term in SPARQL/Turtle syntax, written by the RDF library so that no value can break out of
        it (an IRI holding '>' or a space is refused, quotes and newlines in literals are escaped)."""
        try:
            return str(to_ox(self))
        except ValueError as exc:
            raise StoreError(f"not a valid {self.type}: {self.value[:100]!r} ({exc})") from None


def from_ox(t) -> Term | None:
    if t is None:
        return None
    if isinstance(t, NamedNode):
        return Term("uri", t.value)
    if isinstance(t, BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, Literal):
        return Term("literal", t.value, t.datatype.value if t.datatype else "", t.language or "")
    return Term("literal", str(t))


def to_ox(t: Term):
    if t.type == "uri":
        return NamedNode(t.value)
    if t.type == "bnode":
        return BlankNode(t.value)
    if t.lang:
        return Literal(t.value, language=t.lang)
    if t.datatype:
        return Literal(t.value, datatype=NamedNode(t.datatype))
    return Literal(t.value)


@dataclass
class Result:
    """A SELECT result: variable names and rows of terms (None where unbound)."""

    vars: list[str]
    rows: list[list[Term | None]]
    truncated: bool = False  # rows were cut at the limit the caller gave


@dataclass
class Graph:
    """A CONSTRUCT or DESCRIBE result: pyoxigraph triples (streamed from an embedded store when uncut)."""

    triples: Iterable[Triple]
    truncated: bool = False


Answer = Result | bool | Graph  # what query() returns for SELECT, ASK, and CONSTRUCT/DESCRIBE


def bind_values(query: str, bindings: dict[str, Term] | None) -> str:
    """Bindings as inline data (a SPARQL VALUES block) at the top of the outer WHERE.

    Each value is serialised as an RDF term by the RDF library (quotes, backslashes and newlines
    escaped), so a value can never change the shape of the query, only the data it is matched with.
    """
    if not bindings:
        return query
    for k in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise StoreError(f"cannot bind {k!r}: not a variable name")
    values = " ".join(f"VALUES ?{k} {{ {v.n3()} }}" for k, v in sorted(bindings.items()))
    m = re.search(r"\bWHERE\s*\{", query, re.I) or re.search(r"^\s*(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^{]*\{", query, re.I | re.M)
    if not m:
        raise StoreError("cannot bind values: the query has no WHERE clause")
    return query[: m.end()] + " " + values + " " + query[m.end():]


def _pattern_query(s, p, o, g) -> tuple[str, dict[str, Term]]:
    """A SELECT of the quads matching a pattern (None: any), with the bound terms as VALUES. Blank nodes
    cannot be bound in SPARQL: quads() filters on them after the query."""
    bindings = {k: from_ox(t) for k, t in zip("spog", (s, p, o, g), strict=True)
                if t is not None and not isinstance(t, BlankNode)}
    return "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", bindings


def triples_of(graph: str, nquads: bytes) -> bytes:
    """The N-Quads lines of one graph as N-Triples lines (the graph term cut from each line's end)."""
    return nquads.replace(b" <" + graph.encode("utf-8") + b"> .\n", b" .\n")


class BaseStore:
    """What every consumer uses: quads by pattern, the graphs, SPARQL queries of every form, updates."""

    location: str

    # --- reading
    def query(self, query: str, bindings: dict[str, Term] | None = None, default_graphs: Iterable[str] = (),
              named_graphs: Iterable[str] = (), limit: int | None = None) -> Answer:
        """Any query: a Result (SELECT), a bool (ASK) or a Graph (CONSTRUCT, DESCRIBE), cut at LIMIT rows
        or triples. Without DEFAULT_GRAPHS, the default graph is the merge of every document graph."""
        raise NotImplementedError

    def select(self, query: str, bindings: dict[str, Term] | None = None) -> Result:
        res = self.query(query, bindings)
        if not isinstance(res, Result):
            raise StoreError("not a SELECT query")
        return res

    def ask(self, query: str) -> bool:
        res = self.query(query)
        return res if isinstance(res, bool) else False

    def construct(self, query: str) -> Iterable[Triple]:
        res = self.query(query)
        if not isinstance(res, Graph):
            raise StoreError("not a CONSTRUCT or DESCRIBE query")
        return res.triples

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[Quad]:
        """The quads of the named graphs matching a pattern of pyoxigraph terms (None: any); GRAPH None
        reads every named graph (the default graph only merges them)."""
        query, bindings = _pattern_query(subject, predicate, object, graph)
        want = (subject, predicate, object, graph)
        for row in self.select(query, bindings).rows:
            q = Quad(*(to_ox(t) for t in row))
            if all(w is None or w == v for w, v in zip(want, q, strict=True)):
                yield q

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        r = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row[0].value for row in r.rows if row[0] is not None)

    def local_copy(self) -> BaseStore:
        """A store for many small reads (publishing): this one when on disk, a server's quads in memory."""
        return self

    # --- writing
    def update(self, sparql: str) -> None:
        raise NotImplementedError

    # The default graph holds the merge of the document graphs (each triple once) and queries read it:
    # Oxigraph's union of named graphs repeats a triple once per graph that states it, and joins over
    # facts hundreds of articles repeat (an inspectorate's label) then multiply beyond use. Writes that
    # go through replace_graph and write_documents keep the merge in step; other writes bypass it.
    _materialised = False

    def has_merge(self) -> bool:
        """Whether the default graph holds anything (the merge, once a build has written one)."""
        raise NotImplementedError

    def materialise(self) -> None:
        """Fill the default graph with the merge of the named graphs, once, for a store written before it."""
        if self._materialised:
            return
        if not self.has_merge() and self.ask("ASK { GRAPH ?g { ?s ?p ?o } }"):
            self.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        self._materialised = True

    @staticmethod
    def _forget(graph: str) -> str:
        # Drop a graph, and take out of the merge the triples no other graph states (same transaction).
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{graph}>) }} }} ;\n"
                f"DROP SILENT GRAPH <{graph}>")

    def write_documents(self, docs: list[tuple[str, bytes, list[str]]]) -> None:
        """Write documents in one request (one transaction): (graph IRI, its quads as N-Quads, graphs it
        replaces). Each document's old graphs are dropped and its graph written together, so a crash
        leaves every document wholly old or wholly new; the merge gains its triples and loses those no
        other graph states."""
        self.materialise()
        parts = []
        for graph, nquads, drop in docs:
            if drop:
                parts += [self._forget(g) for g in sorted(set(drop) | {graph})]
            body = triples_of(graph, nquads).decode("utf-8")
            if body:
                parts += self._insert(graph, body)
        if parts:
            self._apply(parts)

    def replace_graph(self, graph: str, quads: list[Quad], drop: Iterable[str] = ()) -> None:
        """Atomically drop the given graphs and write one graph (SPARQL Update in one transaction)."""
        nquads = serialize(quads, format=RdfFormat.N_QUADS) if quads else b""
        self.materialise()
        parts = [self._forget(g) for g in sorted(set(drop) | {graph})]
        body = triples_of(graph, nquads).decode("utf-8")
        if body:
            parts += self._insert(graph, body)
        self._apply(parts)

    def _insert(self, graph: str, body: str) -> list[str]:
        """The update operations that write N-Triples lines into a graph and into the merge."""
        return [f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}}\n{body} }}"]

    def _apply(self, parts: list[str]) -> None:
        """Run update operations: here in one request (one transaction)."""
        self.update(" ;\n".join(parts))

    def close(self) -> None:
        pass

    def optimize(self) -> None:
        """Compact the store after a large write (a server store manages itself)."""

    # --- what the builder needs to know
    def sources(self) -> dict[str, list[tuple[str, str]]]:
        """Source path -> [(graph IRI, content hash)] for every document graph in the store."""
        r = self.select(PREFIXES + SOURCES)
        out: dict[str, list[tuple[str, str]]] = {}
        for g, path, h in r.rows:
            out.setdefault(path.value, []).append((g.value, h.value))
        return out

    def source_graphs(self) -> dict[str, set[str]]:
        """Source path -> the IRIs of the document graphs read from it."""
        return {path: {g for g, _ in stored} for path, stored in self.sources().items()}


class EmbeddedStore(BaseStore):
    """An Oxigraph store in a folder on disk (RocksDB: each update is one transaction).

    Each document lives in its own named graph; the default graph holds their merge (see BaseStore),
    which queries read. A store with no merge is read as the union of its graphs instead: slower, but
    complete. construct() (whole-graph reads such as validation) also checks that the merge covers every
    named graph, and falls back to the union if a graph was written around it (by another tool).
    """

    def __init__(self, path: str, read_only: bool = False):
        self.location = path
        self.read_only = read_only
        self.write_failed = False
        try:
            if read_only:
                if not os.path.isdir(path):
                    raise StoreError(f"{path}: no store here (build one with `kg build SOURCE --store {path}`)")
                self.store = Store.read_only(path)
            else:
                os.makedirs(path, exist_ok=True)
                self.store = Store(path)
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption and lock races as RuntimeError
            raise StoreError(f"{path}: cannot open the store ({' '.join(str(exc).split())[:300]})") from None
        self.union = not self.has_merge()
        self._checked = False

    def has_merge(self) -> bool:
        return next(iter(self.store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None

    def _merge_covers_all(self) -> bool:
        """The merge exists and holds a triple of every named graph (a cheap check for outside writes)."""
        if not self.has_merge():
            return False
        for g in self.store.named_graphs():
            q = next(iter(self.store.quads_for_pattern(None, None, None, g)), None)
            if q is not None and next(iter(self.store.quads_for_pattern(q.subject, q.predicate, q.object,
                                                                        DefaultGraph())), None) is None:
                return False
        return True

    @classmethod
    def in_memory(cls, quads: Iterable[Quad]) -> EmbeddedStore:
        """A store in memory holding these quads (read as the union of their graphs)."""
        self = cls.__new__(cls)
        self.location, self.read_only, self.write_failed = ":memory:", True, False
        self.store = Store()
        self.store.extend(quads)
        self.union, self._checked = not self.has_merge(), False
        return self

    FLUSH_QUADS = 400_000  # RocksDB keeps writes in memory tables per index until flushed: bound them
    # A batch of at least BULK_LINES lines goes through Oxigraph's bulk loader: it sorts the batch into new
    # index files and adds them all in one ingestion (all or nothing), three times faster than a
    # transaction. Below BULK_MAX lines (the loader's own batch is 1,000,000 quads) a call is one such
    # ingestion; smaller batches go through the transactional load, which makes no files.
    BULK_LINES = 5_000
    BULK_MAX = 900_000

    def write_documents(self, docs: list[tuple[str, bytes, list[str]]]) -> None:
        """New documents go in as data: one N-Quads stream per batch (each quad in its graph and its triple
        in the merge), parsed and written by Oxigraph in one ingestion; no SPARQL text to build or parse.
        Documents that replace older graphs keep the update path, whose one transaction drops the old
        graph and its share of the merge together with writing the new one."""
        self.materialise()
        part: list[bytes] = []
        lines = 0
        for graph, nquads, drop in docs:
            if drop:
                continue
            n = 2 * nquads.count(b"\n")
            if part and lines + n > self.BULK_MAX:
                self._load(part, lines)
                part, lines = [], 0
            part += [nquads, triples_of(graph, nquads)]
            lines += n
        if part:
            self._load(part, lines)
        replacing = [d for d in docs if d[2]]
        if replacing:
            super().write_documents(replacing)

    def _load(self, part: list[bytes], lines: int) -> None:
        """Write N-Quads lines in one all-or-nothing step: a bulk ingestion, or a transaction when few."""
        try:
            if lines >= self.BULK_LINES:
                self.store.bulk_load(b"".join(part), format=RdfFormat.N_QUADS)
                return
            self.store.load(b"".join(part), format=RdfFormat.N_QUADS)
            self._unflushed = getattr(self, "_unflushed", 0) + lines
            if self._unflushed >= self.FLUSH_QUADS:
                self.store.flush()
                self._unflushed = 0
        except OSError as exc:
            self.write_failed = True
            raise StoreError(f"{self.location}: write failed ({exc})") from None

    def materialise(self) -> None:
        if self.union and self.has_merge():  # a graph written by another tool: merge what is missing
            self.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        super().materialise()
        self.union = False

    def query(self, query: str, bindings: dict[str, Term] | None = None, default_graphs: Iterable[str] = (),
              named_graphs: Iterable[str] = (), limit: int | None = None) -> Answer:
        kw: dict = {}
        default_graphs, named_graphs = list(default_graphs), list(named_graphs)
        if default_graphs or named_graphs:
            # A dataset given by the protocol is the whole dataset: a part not given is empty (SPARQL 1.1
            # Protocol 2.1.4), so named-graph-uri alone leaves an empty default graph.
            kw["default_graph"] = [NamedNode(g) for g in default_graphs]
            kw["named_graphs"] = [NamedNode(g) for g in named_graphs]
        else:
            kw["use_default_graph_as_union"] = self.union
        try:
            res = self.store.query(bind_values(query, bindings), **kw)
            return _answer(res, limit)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"query syntax: {' '.join(str(exc).split())}") from None
        except (RuntimeError, OSError) as exc:
            raise StoreError(f"query failed: {' '.join(str(exc).split())[:300]}") from None

    def sources(self) -> dict[str, list[tuple[str, str]]]:
        # The same query as BaseStore's, its values read straight from pyoxigraph's terms: a build that
        # changes one document of 10,000 spent a third of a second making Terms of these rows.
        out: dict[str, list[tuple[str, str]]] = {}
        try:
            for g, path, h in self.store.query(PREFIXES + SOURCES_HASHED):
                out.setdefault(path.value, []).append((g.value, h.value))
        except (RuntimeError, OSError) as exc:
            raise StoreError(f"query failed: {' '.join(str(exc).split())[:300]}") from None
        return out

    def source_graphs(self) -> dict[str, set[str]]:
        # The merge (the default graph, filled before any write) states each stored document's source path
        # once; its graph is named after the document (.../document/ID -> .../graph/ID). One index scan of
        # 10,000 triples, not a three-way join over every named graph (a fifth of a second of a rebuild).
        self.materialise()
        out: dict[str, set[str]] = {}
        try:
            for q in self.store.quads_for_pattern(None, NamedNode(ONTOLOGY + "sourcePath"), None, DefaultGraph()):
                head, sep, doc_id = q.subject.value.rpartition("/document/")
                if sep:
                    out.setdefault(q.object.value, set()).add(f"{head}/graph/{doc_id}")
        except (RuntimeError, OSError) as exc:
            raise StoreError(f"{self.location}: read failed ({exc})") from None
        return out

    def raw(self, query: str):
        """pyoxigraph's own answer to a query over the merge (rows left as its terms: for benchmarks)."""
        return self.store.query(query, use_default_graph_as_union=self.union)

    def construct(self, query: str) -> Iterable[Triple]:
        # Whole-graph reads (validation, exports) check once that the merge covers every named graph.
        if not self.union and not self._checked:
            self.union, self._checked = not self._merge_covers_all(), True
        return super().construct(query)

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except SyntaxError as exc:
            raise StoreError(f"update syntax: {exc}") from None
        except OSError as exc:
            self.write_failed = True
            raise StoreError(f"{self.location}: write failed ({exc})") from None

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[Quad]:
        found = self.store.quads_for_pattern(subject, predicate, object, graph)
        return found if graph is not None else (q for q in found if not isinstance(q.graph_name, DefaultGraph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, NamedNode))

    def optimize(self) -> None:
        """Compact RocksDB's files now rather than in the background during the first queries: after a
        large build, reads are faster (quotes at 10,000 articles: 0.60 s before, 0.47 s after)."""
        try:
            self.store.optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({exc})") from None

    def close(self) -> None:
        """Flush and release the store. A failed write was reported already: its flush error is not."""
        try:
            if not self.read_only and not self.write_failed:
                self.store.flush()
        except OSError as exc:
            raise StoreError(f"{self.location}: write failed ({exc})") from None
        finally:
            del self.store


def _answer(res, limit: int | None) -> Answer:
    """A pyoxigraph query result as an Answer, cut at LIMIT rows or triples."""
    if isinstance(res, QueryBoolean):
        return bool(res)
    if limit is None and not isinstance(res, QuerySolutions):
        return Graph(res)
    items = []
    truncated = False
    for item in res:
        if limit is not None and len(items) == limit:
            truncated = True
            break
        items.append(item)
    if isinstance(res, QuerySolutions):
        names = [v.value for v in res.variables]
        return Result(names, [[from_ox(sol[n]) for n in names] for sol in items], truncated)
    return Graph(items, truncated)


class RemoteStore(BaseStore):
    """A SPARQL 1.1 server: Query and Update protocols over plain HTTP (Oxigraph, Fuseki, GraphDB, Virtuoso).

    Queries read the default graph, which holds the merge of the document graphs once kg has written
    it (BaseStore). Servers differ, and the server is recognised by its `Server` header:
    - Oxigraph reads its own default graph; for a store written before the merge, the union of the
      named graphs is asked for (`union-default-graph`).
    - Virtuoso has no default graph of its own (a query with none reads every graph, its system graphs
      included, repeating triples) and refuses INSERT DATA without GRAPH: kg keeps the merge in the graph
      MERGE_GRAPH and names it as the default graph of every request. It compiles one large INSERT
      slowly or not at all, and requests of many operations in quadratic time: writes go as one
      request per operation of at most INSERT_LINES triples (each document is then written in several
      transactions: a failed build is made whole by the next one, which rewrites what is missing).
    Reads of whole graphs (publishing) page through results, since servers cut long answers (Virtuoso's
    ResultSetMaxRows: 10,000 rows, silently).
    """

    UNION_PARAM = "union-default-graph"
    MERGE_GRAPH = "urn:x-inspection-kg:merge"
    INSERT_LINES = 300
    PAGE = 5000
    SORTED_ROWS = 9000  # under the rows a server sorts for one page at most (Virtuoso: MaxSortedTopRows, 10,000)

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 300,
                 union: bool | None = None):
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout
        self._union = union  # None: find out from the server on the first query
        self._server: str | None = None  # the Server header's product, lower case

    def _request(self, url: str, data: bytes, content_type: str, accept: str) -> tuple[bytes, dict[str, str]]:
        import urllib.error
        import urllib.request

        req = urllib.request.Request(url, data=data, headers={"Accept": accept, "Content-Type": content_type})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                if self._server is None:
                    self._server = headers.get("server", "").lower()
                return resp.read(), headers
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise StoreError(f"{url}: HTTP {exc.code} ({detail[0][:200] if detail else exc.reason})") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{url}: cannot reach the server ({getattr(exc, 'reason', exc)})") from None

    def _post(self, url: str, form: dict[str, str] | list[tuple[str, str]], accept: str) -> tuple[bytes, dict]:
        from urllib.parse import urlencode

        return self._request(url, urlencode(form).encode("utf-8"), "application/x-www-form-urlencoded", accept)

    @property
    def virtuoso(self) -> bool:
        if self._server is None:
            self._post(self.query_url, {"query": "ASK {}"}, "application/sparql-results+json")
        return (self._server or "").startswith("virtuoso")

    def _dataset(self) -> list[tuple[str, str]]:
        """The protocol parameters that make the merge the default graph of a request."""
        return [("default-graph-uri", self.MERGE_GRAPH)] if self.virtuoso else []

    def _needs_union_param(self) -> bool:
        if self._union is None:
            from urllib.parse import urlsplit

            if self.UNION_PARAM in urlsplit(self.query_url).query:
                self._union = False  # the URL already asks for it
            else:
                # Once kg has written the merge into the default graph (BaseStore), queries read that.
                self._union = (not self.virtuoso and (self._server or "").startswith("oxigraph")
                               and not self.has_merge())
        return self._union

    def has_merge(self) -> bool:
        import json

        form = [("query", "ASK { ?s ?p ?o }"), *self._dataset()]
        body, _ = self._post(self.query_url, form, "application/sparql-results+json")
        return bool(json.loads(body).get("boolean"))

    def materialise(self) -> None:
        if self.virtuoso:  # kg writes the merge with every document there; Virtuoso's own graphs stay out
            self._materialised = True
        super().materialise()
        if self._union:
            self._union = None  # find out again: the default graph now holds the merge

    ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"

    def query(self, query: str, bindings: dict[str, Term] | None = None, default_graphs: Iterable[str] = (),
              named_graphs: Iterable[str] = (), limit: int | None = None) -> Answer:
        default_graphs, named_graphs = list(default_graphs), list(named_graphs)
        form = [("query", bind_values(query, bindings))]
        form += [("default-graph-uri", g) for g in default_graphs]
        form += [("named-graph-uri", g) for g in named_graphs]
        if not default_graphs and not named_graphs:
            form += self._dataset()
            if self._needs_union_param():
                form.append((self.UNION_PARAM, ""))
        # Ask for the syntax the query form returns: some servers (Virtuoso) write a CONSTRUCT result
        # as SPARQL JSON bindings when asked for JSON first.
        accept = "application/n-triples, text/plain;q=0.9" if query_form(query) == "graph" else self.ACCEPT
        body, headers = self._post(self.query_url, form, accept)
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype in ("application/n-triples", "text/plain"):
            try:
                triples = list(parse(body, format=RdfFormat.N_TRIPLES))
            except SyntaxError as exc:
                raise StoreError(f"{self.query_url}: the answer is not valid N-Triples ({exc})") from None
            cut = limit is not None and len(triples) > limit
            return Graph(triples[:limit] if cut else triples, cut)
        import json

        try:
            data = json.loads(body)
        except ValueError:
            raise StoreError(f"{self.query_url}: the answer is not SPARQL JSON results") from None
        if "boolean" in data:
            return bool(data["boolean"])
        result = _json_result(data)
        if limit is not None and len(result.rows) > limit:
            result.rows, result.truncated = result.rows[:limit], True
        return result

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError(f"{self.query_url}: read-only (give --update-url to build into a SPARQL server)")
        self._post(self.update_url, [("update", sparql), *self._dataset()], "*/*")

    def _forget(self, graph: str) -> str:
        if not self.virtuoso:
            return BaseStore._forget(graph)
        # The merge is a graph there: it must not count as another graph stating a triple.
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ "
                f"GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{graph}> && ?other != <{self.MERGE_GRAPH}>) }} }} ;\n"
                f"DROP SILENT GRAPH <{graph}>")

    def _insert(self, graph: str, body: str) -> list[str]:
        if not self.virtuoso:
            return super()._insert(graph, body)
        lines = body.splitlines(keepends=True)
        chunks = ["".join(lines[i:i + self.INSERT_LINES]) for i in range(0, len(lines), self.INSERT_LINES)]
        return [f"INSERT DATA {{ GRAPH <{graph}> {{\n{c}}}\n{c} }}" for c in chunks]

    def _apply(self, parts: list[str]) -> None:
        if not self.virtuoso:
            return super()._apply(parts)
        for part in parts:
            self.update(part)

    def graphs(self) -> list[str]:
        if not self.virtuoso:
            return super().graphs()
        # Only kg's graphs: each document graph names its source; the vocabulary graph is known.
        from .ns import VOCAB_GRAPH

        r = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?d } }")
        found = {row[0].value for row in r.rows if row[0] is not None}
        if self.query(f"ASK {{ GRAPH <{VOCAB_GRAPH}> {{ ?s ?p ?o }} }}", named_graphs=[VOCAB_GRAPH]):
            found.add(VOCAB_GRAPH)
        return sorted(found)

    def quads(self, subject=None, predicate=None, object=None, graph=None) -> Iterator[Quad]:
        """Quads by pattern, graph by graph and page by page (ordered, so that pages do not overlap)."""
        targets = [graph] if graph is not None else [NamedNode(g) for g in self.graphs()]
        want = (subject, predicate, object)
        for g in targets:
            query, bindings = _pattern_query(subject, predicate, object, g)
            total = self._rows(query, bindings)
            parts = [(query, total)]
            if total > self.SORTED_ROWS:
                # A server may sort at most 10,000 rows for a page (Virtuoso: OFFSET + LIMIT): a larger graph is read
                # in parts by the hash of its subjects, and its blank-node subjects apart.
                parts = [(q, self._rows(q, bindings)) for q in
                         [query.replace("?o }", f'?o FILTER(isIRI(?s) && STRSTARTS(MD5(STR(?s)), "{h}")) }}')
                          for h in "0123456789abcdef"] + [query.replace("?o }", "?o FILTER(!isIRI(?s)) }")]]
            for part, n in parts:
                offset = 0
                # up to the counted rows, never asking past them (a server may cut a page shorter, silently)
                while offset < n:
                    page = f"{part} ORDER BY ?s ?p ?o LIMIT {min(self.PAGE, n - offset)} OFFSET {offset}"
                    rows = self.select(page, bindings).rows
                    for row in rows:
                        q = Quad(*(to_ox(t) for t in row))
                        if all(w is None or w == v for w, v in zip(want, q, strict=False)):
                            yield q
                    if not rows:
                        break
                    offset += len(rows)

    def _rows(self, query: str, bindings: dict[str, Term]) -> int:
        """How many rows a SELECT of quads gives."""
        count = query.replace("SELECT ?s ?p ?o ?g", "SELECT (COUNT(*) AS ?n)", 1)
        r = self.select(count, bindings).rows
        return int(r[0][0].value) if r and r[0][0] is not None else 0

    def local_copy(self) -> BaseStore:
        """The server's quads, read once into a store in memory."""
        return EmbeddedStore.in_memory(self.quads())


_OPAQUE = re.compile(r"""'{3}.*?'{3}|"{3}.*?"{3}|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>\s]*>|#[^\n]*""", re.S)


def query_form(query: str) -> str:
    """"select", "ask" or "graph" (CONSTRUCT, DESCRIBE): the first form keyword outside strings, IRIs, comments."""
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _OPAQUE.sub(" ", query), re.I)
    word = m.group(1).upper() if m else "SELECT"
    return {"SELECT": "select", "ASK": "ask"}.get(word, "graph")


def _json_result(data: dict) -> Result:
    """SPARQL JSON results as a Result."""
    names = data.get("head", {}).get("vars", [])
    rows = []
    for b in data.get("results", {}).get("bindings", []):
        row: list[Term | None] = []
        for n in names:
            v = b.get(n)
            if v is None:
                row.append(None)
            else:
                t = "literal" if v["type"] in ("literal", "typed-literal") else v["type"]
                value = v["value"]
                if t == "uri" and value.startswith("nodeID://"):  # Virtuoso's way of naming a blank node
                    t, value = "bnode", re.sub(r"\W", "_", value[len("nodeID://"):])
                row.append(Term(t, value, v.get("datatype", ""), v.get("xml:lang", "")))
        rows.append(row)
    return Result(names, rows)


def open_store(location: str | None, update_url: str | None = None, read_only: bool = False) -> BaseStore:
    """A store from a path or an http(s) URL (the SPARQL query endpoint)."""
    location = location or os.environ.get(ENV_STORE) or DEFAULT_STORE
    if location.startswith(("http://", "https://")):
        return RemoteStore(location, update_url)
    return EmbeddedStore(location, read_only=read_only)
