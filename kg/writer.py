"""Documents written to the store in batches, and the index of inspection years that undated mentions wait for.

What the writer needs from the store it asks for by key (a graph, a source path, an inspection's base key),
so that a build that changes one document in a large store reads little of it.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable

from .ingest import SUFFIXES, Source, SourceError, content_id, read_bytes, shown
from .ns import VOCAB_GRAPH
from .process import DocResult, process, render
from .report import BuildReport
from .store import PREFIXES, BaseStore

BATCH_QUADS = 50_000  # documents are written together up to about this many quads per transaction


DATED = """GRAPH ?g { ?i ikg:resolutionKey ?key ; ikg:year ?year .
    FILTER EXISTS { ?i ikg:visited|ikg:published ?d } }"""  # an inspection the document dates itself


def path_key(path: str) -> str:
    """A source path as the build compares it: absolute and normalised (relative to this folder)."""
    return os.path.abspath(path)  # (abspath normalises: normpath(join(cwd, path)))


def iris_of(graph: str):
    """The IRI minter a document graph was made with (its base is what precedes graph/ID)."""
    from .rdf import Iris

    return Iris(graph[: graph.rindex("graph/")])


def _literals(values: Iterable[str]) -> str:
    from pyoxigraph import Literal

    return " ".join(str(Literal(v)) for v in values)


class Writer:
    """Takes documents in order, writes them in batches, and resolves the ones that wait at the end
    (the sink of `kg build` and `kg load`)."""

    def __init__(self, store: BaseStore, report: BuildReport, warn: Callable[[str], None]):
        from .resolve import outcome
        from .vocab import current_vocab

        self._outcome = outcome
        self.store, self.report, self.warn = store, report, warn
        store.materialise()
        # The document graphs stored (one query beats a lookup per source: 30 ms for 10,000 documents),
        # by source path compared as an absolute path: the same file named once relatively and once
        # absolutely (or through "./") is one document, not two.
        self._graphs: set[str] = set()
        self._by_path: dict[str, set[str]] = {}
        for path, graphs in store.source_graphs().items():
            self._graphs |= graphs
            self._by_path.setdefault(path_key(path), set()).update(graphs)
        self.fresh = not self._graphs
        self.seen: set[str] = set()
        self.years: dict[str, Counter] = {}  # base key -> years of dated mentions (graphs), loaded on use
        self.before: dict[str, tuple] = {}  # base key -> how undated mentions resolved before this build
        self.written: set[str] = set()
        self.batch: list[tuple[str, bytes, list[str]]] = []
        self.batch_quads = 0
        self.spill = tempfile.TemporaryFile(prefix="kg-pending-")
        self.pending: list[tuple[int, int, str, list[str], list[str]]] = []
        # The stored vocabulary is compared now, not in finish(): here it runs while the workers start, where
        # a one-article rebuild would wait for it at the end. The build writes no vocabulary before finish().
        self.vocab = current_vocab()
        self.vocab_stale = self.fresh or not self._same_vocab(self.vocab)
        if self.fresh:  # an empty store: written now, while the workers start, not after the last document
            self.store.replace_graph(VOCAB_GRAPH, self.vocab)
            self.vocab_stale = False

    # --- what the store holds, by key
    def skip(self, graph: str) -> bool:
        """Stored already, or met earlier in this run (the same bytes under another name)."""
        return self.stored(graph) or self.known(graph)

    def stored(self, graph: str) -> bool:
        return graph in self._graphs

    def _old_graphs(self, path: str) -> list[str]:
        """The graphs stored for a source path (an older version of the document)."""
        return sorted(self._by_path.get(path_key(path), ()))

    def _load(self, keys: Iterable[str]) -> None:
        """Bring the years the store knows for these base keys into the index."""
        need = sorted({k for k in keys if k not in self.years})
        for k in need:
            self.years[k] = Counter()
        if self.fresh:
            return
        for i in range(0, len(need), 500):
            r = self.store.select(PREFIXES + "SELECT DISTINCT ?g ?key ?year WHERE { VALUES ?key { "
                                  + _literals(need[i:i + 500]) + " } " + DATED + " }")
            for _g, key, year in r.rows:
                self.years[key.value][year.value] += 1

    def _dated_of(self, graph: str) -> list[tuple[str, str]]:
        r = self.store.select(PREFIXES + "SELECT DISTINCT ?key ?year WHERE { VALUES ?g { <" + graph + "> } "
                              + DATED + " }")
        return [(k.value, y.value) for k, y in r.rows]

    def known(self, graph: str) -> bool:
        """Met earlier in this build (the same bytes under another name)."""
        if graph in self.seen:
            return True
        self.seen.add(graph)
        return False

    # --- writing
    def _count(self, pairs: list[tuple[str, str]], sign: int) -> None:
        self._load(bk for bk, _ in pairs)
        for bk, y in pairs:
            if bk not in self.before:
                self.before[bk] = self._outcome(self.years[bk])
            self.years[bk][y] += sign

    def add(self, res: DocResult) -> None:
        from .rdf import base_key

        old = [g for g in self._old_graphs(res.path) if g != res.graph]
        for g in old:
            self._count(self._dated_of(g), -1)
        self._count(res.dated, +1)
        if res.pending is not None:
            data = pickle.dumps(res.pending, protocol=pickle.HIGHEST_PROTOCOL)
            keys = sorted({base_key(i) for i in res.pending.inspections})
            self.pending.append((self.spill.tell(), len(data), res.graph, old, keys))
            self.spill.write(data)
        else:
            self._queue(res.graph, res.nquads, res.count, old)

    def _queue(self, graph: str, nquads: bytes, count: int, old: list[str]) -> None:
        self.report.replaced += bool(old) and graph not in old
        self.report.quads += count
        self.written.add(graph)
        self.batch.append((graph, nquads, old))
        self.batch_quads += count
        if self.batch_quads >= BATCH_QUADS:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.store.write_documents(self.batch)
        self.batch, self.batch_quads = [], 0

    def finish(self) -> None:
        self.flush()
        self._load(k for *_, keys in self.pending for k in keys)
        for offset, size, graph, old, _keys in self.pending:
            self.spill.seek(offset)
            x = pickle.loads(self.spill.read(size))
            nq, n = render(x, iris_of(graph), self.years)
            self._queue(graph, nq, n, old)
        self.flush()
        self.spill.close()
        self._reresolve()
        # Checked on every build, not only when documents were written: a vocabulary write that failed
        # (the server refused it, the build was cut short) is retried by the next build.
        if self.vocab_stale:
            self.store.replace_graph(VOCAB_GRAPH, self.vocab)

    def _same_vocab(self, quads: list) -> bool:
        """Whether the stored vocabulary graph holds these quads already (blank node labels aside)."""
        from pyoxigraph import BlankNode, NamedNode

        def norm(q) -> tuple:
            # the terms themselves (no text made of them: a rebuild did this for 5,000 quads twice)
            s, o = q.subject, q.object
            return (None if isinstance(s, BlankNode) else s, q.predicate, None if isinstance(o, BlankNode) else o)

        stored = Counter(map(norm, self.store.quads(graph=NamedNode(VOCAB_GRAPH))))
        return stored == Counter(map(norm, quads))

    def _reresolve(self) -> None:
        """Rewrite stored documents whose undated inspections now resolve to another year (or none)."""
        changed = sorted(bk for bk, y in self.before.items() if self._outcome(self.years.get(bk)) != y)
        if not changed or self.fresh:
            return
        graphs: set[str] = set()
        for i in range(0, len(changed), 500):
            r = self.store.select(PREFIXES + "SELECT DISTINCT ?g WHERE { VALUES ?key { "
                                  + _literals(changed[i:i + 500]) + " } GRAPH ?g { ?i ikg:resolutionKey ?key } }")
            graphs |= {row[0].value for row in r.rows}
        # Every document naming such an inspection: one dated in the text may hide an undated mention of
        # the same inspection that had joined it, and now must not.
        for g in sorted(graphs - self.written):
            r = self.store.select(PREFIXES + "SELECT ?path ?hash WHERE { VALUES ?g { <" + g + "> } GRAPH ?g { "
                                  "?g prov:wasDerivedFrom ?doc . ?doc ikg:sourcePath ?path ; ikg:contentHash ?hash } }")
            path, digest = (r.rows[0][0].value, r.rows[0][1].value) if r.rows else ("", "")
            fmt = SUFFIXES.get(os.path.splitext(path)[1].lower(), "txt")
            try:
                data = read_bytes(Source(path, fmt)) if path else b""
            except SourceError:
                data = b""
            if not path or content_id(data) != digest:
                self.warn(f"not re-resolved: {shown(path or g)}: its source is gone or has changed "
                          "(build it again to update it)")
                continue
            iris = iris_of(g)
            res = process(path, fmt, data, iris)
            if res.error or res.graph != g:
                self.warn(f"not re-resolved: {res.error or shown(path) + ': its graph name has changed'}")
                continue
            if res.pending is not None:
                self._load(base_key_of(res.pending))
                nq, n = render(res.pending, iris, self.years)
            else:
                nq, n = res.nquads, res.count
            self._queue(g, nq, n, [g])
            self.report.reresolved += 1
        self.flush()


def base_key_of(x) -> list[str]:
    from .rdf import base_key

    return [base_key(i) for i in x.inspections]
