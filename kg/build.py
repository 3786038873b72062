"""The build: sources read, extracted, resolved and written to the store, one graph per document.

Documents stream through worker processes (decoding, spaCy, the extraction rules and the RDF of one
document) and are written in batches, one transaction each. The build keeps only what resolution needs
from each document (the years of the inspections it dates); a document that mentions an inspection
without a date is spilled to a temporary file and written once every document has been read, under the
years the whole store then knows. Other stored documents whose undated inspections change key because
of this build are re-read from their sources and rewritten, so an incremental build gives the store a
full rebuild would.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .ingest import SUFFIXES, Source, SourceError, content_id, discover, from_bytes, read_bytes, shown
from .ns import VOCAB_GRAPH
from .store import PREFIXES, BaseStore, StoreError

BATCH_QUADS = 50_000  # documents are written together up to about this many quads per transaction
OPTIMIZE_QUADS = 500_000  # a build that writes more compacts the store before it returns
CHUNK = 4  # documents per task handed to a worker process
WINDOW = 4  # tasks in flight per worker: enough to keep workers busy, few enough to bound memory

Progress = Callable[[int, int], None]  # (documents done, documents in all)


@dataclass
class BuildReport:
    read: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)  # one line per source skipped or failed
    extraction_failed: int = 0  # of those, documents read whose extraction raised
    quads: int = 0
    reresolved: int = 0  # other stored documents rewritten because an inspection's year became known
    seconds: float = 0.0

    def summary(self) -> str:
        skipped = len(self.failed) - self.extraction_failed
        line = (f"{self.read} documents read ({self.replaced} replaced, {self.unchanged} unchanged), "
                f"{skipped} skipped, {self.extraction_failed} failed, {self.quads} triples written "
                f"in {self.seconds:.1f} s")
        if self.reresolved:
            line += f"; {self.reresolved} other documents re-resolved"
        return line


@dataclass
class DocResult:
    """What one document gives the build: its graph as N-Quads, or its extraction when it must wait."""

    source: str  # the path as given, for messages
    path: str = ""  # the path as stored (ikg:sourcePath)
    graph: str = ""
    error: str = ""  # one line, when the document could not be read or extracted
    extraction_error: bool = False
    dated: list[tuple[str, str]] = field(default_factory=list)  # (base key, year) it states
    nquads: bytes = b""
    count: int = 0
    pending: object = None  # the Extraction, when an undated inspection needs the whole corpus


# ---------------------------------------------------------------------------------------- one document

_IRIS = None


def _init_worker(base: str) -> None:
    global _IRIS
    from .nlp import pipeline
    from .rdf import Iris

    _IRIS = Iris(base)
    pipeline()  # build the rule matchers once per process


def render(x, iris, years) -> tuple[bytes, int]:
    """One document's graph as N-Quads under an index of known years (base key -> years)."""
    from pyoxigraph import RdfFormat, serialize

    from .rdf import document_quads
    from .resolve import resolve_one

    keys, ys = resolve_one(x, years)
    nq = serialize(document_quads(x, iris, keys, ys), format=RdfFormat.N_QUADS) or b""
    return nq, nq.count(b"\n")


def process(path: str, fmt: str, data: bytes, iris, keep_pending: bool = False) -> DocResult:
    """Decode, parse, extract and render one source (in a worker process or in the main one)."""
    from .extract import extract_parsed
    from .nlp import pipeline
    from .resolve import dated_mentions, needs_index

    try:
        doc = from_bytes(Source(path, fmt), data)
    except SourceError as exc:
        return DocResult(path, error=str(exc))
    except Exception as exc:  # a parser failing on hostile input must not stop the build
        return DocResult(path, error=f"{shown(path)}: cannot read ({type(exc).__name__}: {shown(str(exc))[:200]})")
    graph = iris.graph(doc.id).value
    try:
        x = extract_parsed(doc, pipeline()(doc.text))
    except Exception as exc:
        return DocResult(path, doc.path, graph, extraction_error=True,
                         error=f"{shown(path)}: extraction failed ({type(exc).__name__}: {shown(str(exc))[:200]})")
    res = DocResult(path, doc.path, graph, dated=dated_mentions(x))
    if needs_index(x):
        res.pending = x
        if keep_pending:  # a shard also carries the document resolved with what it knows itself
            res.nquads, res.count = render(x, iris, {})
    else:
        res.nquads, res.count = render(x, iris, {})
    return res


def _work(tasks: list[tuple[str, str, bytes]]) -> list[DocResult]:
    return [process(p, f, d, _IRIS) for p, f, d in tasks]


def _work_keep(tasks: list[tuple[str, str, bytes]]) -> list[DocResult]:
    return [process(p, f, d, _IRIS, keep_pending=True) for p, f, d in tasks]


def _ready() -> bool:
    return True


class Workers:
    """The per-document work: in n_process worker processes, started at once in a background thread so
    that their start-up (importing spaCy, building the rule matchers: about a second) runs on the other
    core while this process reads and hashes the sources; or in this process when n_process is 1."""

    def __init__(self, base: str, n_process: int, keep_pending: bool = False):
        self.base, self.n = base, n_process
        self.work = _work_keep if keep_pending else _work
        self.pool = None
        self.warm: list = []
        self._starter = None
        if n_process > 1:
            import threading

            # Creating the pool blocks until the fork server has imported the extractor: not this thread.
            self._starter = threading.Thread(target=self._start, name="kg-workers", daemon=True)
            self._starter.start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers start from a clean process (this one holds the store and its threads)
        # that has imported the extractor and built the pipeline once (kg.warm).
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.warm"])
        pool = ProcessPoolExecutor(self.n, mp_context=ctx, initializer=_init_worker, initargs=(self.base,))
        self.warm = [pool.submit(_ready) for _ in range(self.n)]
        self.pool = pool

    def _wait(self) -> None:
        if self._starter is not None:
            self._starter.join()
            self._starter = None

    def map(self, tasks: Iterable[tuple[str, str, bytes]]) -> Iterator[DocResult]:
        """Results in the order of the tasks, with a bounded number of tasks in flight."""
        tasks = iter(tasks)
        first = next(tasks, None)  # read (and hash) up to the first changed source before waiting
        if first is None:
            return
        tasks = itertools.chain([first], tasks)
        self._wait()
        if self.pool is None:
            for t in tasks:
                if _IRIS is None:  # spaCy is imported only once a document needs it
                    _init_worker(self.base)
                yield from self.work([t])
            return
        from concurrent.futures.process import BrokenProcessPool

        try:
            window: deque = deque()
            chunk: list = []
            for t in tasks:
                chunk.append(t)
                if len(chunk) == CHUNK:
                    window.append(self.pool.submit(self.work, chunk))
                    chunk = []
                    while len(window) >= WINDOW * self.n:
                        yield from window.popleft().result()
            if chunk:
                window.append(self.pool.submit(self.work, chunk))
            while window:
                yield from window.popleft().result()
        except BrokenProcessPool:
            raise StoreError("a worker process died (out of memory?): the documents written so far are kept; "
                             "run the build again to finish") from None

    def close(self) -> None:
        self._wait()
        if self.pool is None:
            return
        if all(f.done() for f in self.warm):
            self.pool.shutdown(wait=True)
        else:  # nothing was needed of workers still starting: do not wait for them
            procs = list(getattr(self.pool, "_processes", {}).values())
            self.pool.shutdown(wait=False, cancel_futures=True)
            for p in procs:
                p.terminate()
        self.pool = None


def run_documents(tasks: Iterable[tuple[str, str, bytes]], base: str, n_process: int,
                  keep_pending: bool = False) -> Iterator[DocResult]:
    """Process documents in order, in n_process worker processes (or in this one), with bounded memory."""
    workers = Workers(base, n_process, keep_pending)
    try:
        yield from workers.map(tasks)
    finally:
        workers.close()


# ---------------------------------------------------------------------------------------- resolution index

DATED = """GRAPH ?g { ?i ikg:resolutionKey ?key ; ikg:year ?year .
    FILTER EXISTS { ?i ikg:visited|ikg:published ?d } }"""  # an inspection the document dates itself


def path_key(path: str) -> str:
    """A source path as the build compares it: absolute and normalised (relative to this folder)."""
    return os.path.normpath(os.path.abspath(path))


def iris_of(graph: str):
    """The IRI minter a document graph was made with (its base is what precedes graph/ID)."""
    from .rdf import Iris

    return Iris(graph[: graph.rindex("graph/")])


def _literals(values: Iterable[str]) -> str:
    from pyoxigraph import Literal

    return " ".join(str(Literal(v)) for v in values)


class Writer:
    """Takes documents in order, writes them in batches, and resolves the ones that wait at the end.

    What it needs from the store it asks for by key (a graph, a source path, an inspection's base key),
    so that a build that changes one document in a large store reads little of it."""

    def __init__(self, store: BaseStore, report: BuildReport, warn: Callable[[str], None]):
        from .resolve import unique_year

        self._unique = unique_year
        self.store, self.report, self.warn = store, report, warn
        materialise = getattr(store, "materialise", None)
        if materialise is not None:
            materialise()
        self.ox = getattr(store, "store", None)  # the embedded pyoxigraph store, for direct reads
        # The document graphs stored (one query beats a lookup per source: 30 ms for 10,000 documents),
        # by source path compared as an absolute path: the same file named once relatively and once
        # absolutely (or through "./") is one document, not two.
        self._graphs: set[str] = set()
        self._by_path: dict[str, set[str]] = {}
        for path, stored in store.sources().items():
            for g, _hash in stored:
                self._graphs.add(g)
                self._by_path.setdefault(path_key(path), set()).add(g)
        self.fresh = not self._graphs
        self.seen: set[str] = set()
        self.years: dict[str, Counter] = {}  # base key -> years of dated mentions (graphs), loaded on use
        self.before: dict[str, str] = {}  # base key -> its unique year before this build (keys touched)
        self.written: set[str] = set()
        self.batch: list[tuple[str, bytes, list[str]]] = []
        self.batch_quads = 0
        self.spill = tempfile.TemporaryFile(prefix="kg-pending-")
        self.pending: list[tuple[int, int, str, list[str], list[str]]] = []

    # --- what the store holds, by key
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
                self.before[bk] = self._unique(self.years[bk])
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
        from .rdf import vocab_quads

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
        if self.written or self.fresh:
            quads = list(vocab_quads())
            if self.fresh or not self._same_vocab(quads):
                self.store.replace_graph(VOCAB_GRAPH, quads)

    def _same_vocab(self, quads: list) -> bool:
        """Whether the stored vocabulary graph holds these quads already (blank node labels aside)."""
        if self.ox is None:
            return False
        import re

        from pyoxigraph import NamedNode

        def norm(q) -> str:
            return re.sub(r"_:\S+", "_:", f"{q.subject} {q.predicate} {q.object}")

        stored = Counter(norm(q) for q in self.ox.quads_for_pattern(None, None, None, NamedNode(VOCAB_GRAPH)))
        return stored == Counter(norm(q) for q in quads)

    def _reresolve(self) -> None:
        """Rewrite stored documents whose undated inspections now resolve to another year (or none)."""
        changed = sorted(bk for bk, y in self.before.items() if self._unique(self.years.get(bk)) != y)
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


# ---------------------------------------------------------------------------------------- the build

class ProgressBar:
    """Progress on stderr for a build that lasts: a bar on a terminal once the first second has passed,
    otherwise (a log) one line every ten seconds. close() clears the bar before the summary line."""

    def __init__(self, label: str = "building", enabled: bool = True):
        self.label, self.enabled = label, enabled
        self.t0 = self.last = time.monotonic()
        self.bar = None
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.t0 < 1.0:
            return
        if self.tty and total:
            import click

            if self.bar is None:
                self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True,
                                             show_eta=True, width=30)
                self.bar.__enter__()
            self.bar.update(done - self.bar.pos)
        elif now - self.last >= 10.0:
            self.last = now
            rate = done / (now - self.t0)
            of = f"/{total}" if total else ""
            print(f"{self.label}: {done}{of} documents, {rate:.0f}/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

def count_sources(paths: list[str]) -> int:
    return sum(1 for _ in discover(paths))


class Ticker:
    """Counts the sources handled, for the progress callback."""

    def __init__(self, paths: list[str], progress: Progress | None):
        self.progress, self.done = progress, 0
        # The total is for a bar on a terminal only: counting walks the sources a second time.
        self.total = count_sources(paths) if progress and getattr(progress, "tty", True) else 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)


def _tasks(paths: list[str], stored: Callable[[str], bool], iris, report: BuildReport,
           warn: Callable[[str], None], tick: Callable[[], None]) -> Iterator[tuple[str, str, bytes]]:
    """The sources to process: read and hashed here, so that unchanged ones cost no parsing."""
    for item in discover(paths):
        if isinstance(item, SourceError):
            report.failed.append(str(item))
            warn(f"skipped: {item}")
            tick()
            continue
        try:
            data = read_bytes(item)
        except SourceError as exc:
            report.failed.append(str(exc))
            warn(f"skipped: {exc}")
            tick()
            continue
        if stored(iris.graph(content_id(data)).value):
            report.read += 1
            report.unchanged += 1
            tick()
            continue
        yield item.path, item.fmt, data


def build(paths: list[str], store: BaseStore, base: str, n_process: int = 1,
          progress: Progress | None = None, warn: Callable[[str], None] | None = None) -> BuildReport:
    """Build the sources into the store. A document already stored unchanged is skipped; a changed one
    replaces its own graph in one transaction, so a crash leaves each document wholly old or wholly new."""
    from .rdf import Iris

    t0 = time.perf_counter()
    warn = warn or (lambda m: print(m, file=sys.stderr))
    report = BuildReport()
    iris = Iris(base)
    workers = Workers(base, n_process)  # first: they start while this process reads the store and sources
    try:
        writer = Writer(store, report, warn)
        tick = Ticker(paths, progress)
        for res in workers.map(_tasks(paths, writer.stored, iris, report, warn, tick)):
            tick()
            if res.error:
                report.failed.append(res.error)
                warn(f"skipped: {res.error}")
                if res.extraction_error:
                    report.read += 1
                    report.extraction_failed += 1
                continue
            report.read += 1
            if writer.known(res.graph):  # the same bytes as a document met before in this build
                report.unchanged += 1
                continue
            writer.add(res)
    finally:
        workers.close()
    writer.finish()
    if report.quads >= OPTIMIZE_QUADS:
        store.optimize()
    report.seconds = time.perf_counter() - t0
    return report


# ---------------------------------------------------------------------------------------- shards

PENDING = b"# kg-pending "  # a comment line before a document whose undated inspections wait for kg load


def extract_nquads(paths: list[str], out, base: str, n_process: int = 1, progress: Progress | None = None,
                   warn: Callable[[str], None] | None = None) -> BuildReport:
    """Write the documents under paths as N-Quads to a binary stream: a shard for `kg load`.

    Documents are resolved with what the shard itself knows. One that mentions an inspection without a
    date is preceded by a comment line holding its extraction, so that `kg load` can resolve it again
    against everything loaded; other RDF tools read the comment as a comment."""
    from .rdf import Iris

    t0 = time.perf_counter()
    warn = warn or (lambda m: print(m, file=sys.stderr))
    report = BuildReport()
    iris = Iris(base)
    seen: set[str] = set()
    years: dict[str, Counter] = {}
    spill = tempfile.TemporaryFile(prefix="kg-pending-")
    pending: list[tuple[int, int]] = []
    tick = Ticker(paths, progress)
    for res in run_documents(_tasks(paths, lambda g: False, iris, report, warn, tick), base, n_process,
                             keep_pending=True):
        tick()
        if res.error:
            report.failed.append(res.error)
            warn(f"skipped: {res.error}")
            report.read += bool(res.extraction_error)
            report.extraction_failed += bool(res.extraction_error)
            continue
        report.read += 1
        if res.graph in seen:
            report.unchanged += 1
            continue
        seen.add(res.graph)
        for bk, y in res.dated:
            years.setdefault(bk, Counter())[y] += 1
        if res.pending is not None:
            data = pickle.dumps(res.pending, protocol=pickle.HIGHEST_PROTOCOL)
            pending.append((spill.tell(), len(data)))
            spill.write(data)
        else:
            out.write(res.nquads)
            report.quads += res.count
    for offset, size in pending:
        spill.seek(offset)
        x = pickle.loads(spill.read(size))
        nq, n = render(x, iris, years)
        out.write(PENDING + json.dumps({"base": iris.base, "extraction": to_plain(x)}, ensure_ascii=False,
                                       separators=(",", ":")).encode("utf-8") + b"\n")
        out.write(nq)
        report.quads += n
    spill.close()
    report.seconds = time.perf_counter() - t0
    return report


def to_plain(x) -> dict:
    from dataclasses import asdict

    d = asdict(x)
    for o in d["orgs"].values():
        o["aliases"] = sorted(o["aliases"])
    return d


def from_plain(cls, data):
    """Rebuild a dataclass of kg.model from plain JSON data (lists, dicts, sets, optional fields)."""
    import dataclasses
    import types
    import typing

    from . import model

    if data is None:
        return None
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls, vars(model))
        return cls(**{f.name: from_plain(hints[f.name], data[f.name]) for f in dataclasses.fields(cls)
                      if f.name in data})
    origin, args = typing.get_origin(cls), typing.get_args(cls)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return from_plain(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        return [from_plain(args[0], v) for v in data]
    if origin is set:
        return {from_plain(args[0], v) for v in data}
    if origin is dict:
        return {k: from_plain(args[1], v) for k, v in data.items()}
    if origin is tuple:
        return tuple(from_plain(a, v) for a, v in zip(args, data, strict=False))
    return data


def _shard_documents(path: str, report: BuildReport, warn: Callable[[str], None]) -> Iterator[DocResult]:
    """The documents of one N-Quads shard, one graph after another (a pending comment goes before its graph)."""
    from pyoxigraph import NamedNode, RdfFormat, parse

    from .model import Extraction
    from .ns import ONTOLOGY

    source_path, year_p = ONTOLOGY + "sourcePath", ONTOLOGY + "year"
    key_p, dated_p = ONTOLOGY + "resolutionKey", (ONTOLOGY + "visited", ONTOLOGY + "published")

    def finish(graph: bytes, lines: list[bytes], pend) -> DocResult | None:
        g = graph[1:-1].decode("utf-8")
        data = b"".join(lines)
        try:
            quads = list(parse(data, format=RdfFormat.N_QUADS))
        except SyntaxError as exc:
            report.failed.append(f"{shown(path)}: graph <{shown(g)}>: not valid N-Quads ({exc})")
            warn(f"skipped: {report.failed[-1]}")
            return None
        doc_path, keys, years, dated = "", {}, {}, set()
        for q in quads:
            p = q.predicate.value
            if p == source_path:
                doc_path = q.object.value
            elif p == key_p:
                keys[q.subject.value] = q.object.value
            elif p == year_p:
                years[q.subject.value] = q.object.value
            elif p in dated_p:
                dated.add(q.subject.value)
        if not doc_path:
            report.failed.append(f"{shown(path)}: graph <{shown(g)}> is not a document graph (no ikg:sourcePath)")
            warn(f"skipped: {report.failed[-1]}")
            return None
        res = DocResult(path, doc_path, g, dated=sorted({(keys[i], years[i]) for i in dated
                                                         if i in keys and i in years}))
        if any(not isinstance(q.graph_name, NamedNode) or q.graph_name.value != g for q in quads):
            report.failed.append(f"{shown(path)}: graph <{shown(g)}>: lines of several graphs mixed (not a kg shard)")
            warn(f"skipped: {report.failed[-1]}")
            return None
        if pend is not None:
            res.pending = from_plain(Extraction, pend)
        else:
            res.nquads, res.count = data, len(lines)
        return res

    current, lines, pend, next_pend = None, [], None, None
    with open(path, "rb") as fh:
        for line in fh:
            if line.startswith(PENDING):
                next_pend = json.loads(line[len(PENDING):])["extraction"]
                continue
            if not line.strip() or line.startswith(b"#"):
                continue
            if not line.endswith(b"\n"):
                line += b"\n"
            parts = line.rstrip().rsplit(b" ", 2)
            graph = parts[1] if len(parts) == 3 and parts[2] == b"." and parts[1].startswith(b"<") else None
            if graph is None or graph.startswith(b"<" + VOCAB_GRAPH.encode()):
                continue  # triples outside a document graph: not a kg shard line (the vocabulary is rewritten)
            if graph != current:
                if current is not None:
                    res = finish(current, lines, pend)
                    if res is not None:
                        yield res
                current, lines, pend, next_pend = graph, [], next_pend, None
            lines.append(line)
    if current is not None:
        res = finish(current, lines, pend)
        if res is not None:
            yield res


def load(files: list[str], store: BaseStore, progress: Progress | None = None,
         warn: Callable[[str], None] | None = None) -> BuildReport:
    """Load N-Quads shards (from `kg extract --format nquads`) into the store, replacing each document's
    older graph, then resolve the documents that wait for the whole corpus, as `kg build` does."""
    t0 = time.perf_counter()
    warn = warn or (lambda m: print(m, file=sys.stderr))
    report = BuildReport()
    writer = Writer(store, report, warn)
    done = 0
    for path in files:
        try:
            for res in _shard_documents(path, report, warn):
                done += 1
                if progress:
                    progress(done, 0)
                report.read += 1
                if writer.stored(res.graph) or writer.known(res.graph):
                    report.unchanged += 1
                    continue
                writer.add(res)
        except OSError as exc:
            report.failed.append(f"{shown(path)}: cannot read ({exc.strerror or exc})")
            warn(f"skipped: {report.failed[-1]}")
    writer.finish()
    if report.quads >= OPTIMIZE_QUADS:
        store.optimize()
    report.seconds = time.perf_counter() - t0
    return report
