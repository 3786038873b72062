"""The build: sources read, extracted, resolved and written to the store, one graph per document.

`kg build`, `kg load` and `kg extract --format nquads` share one loop (consume): documents come in order
(from worker processes, or from shards), each is counted, reported when it failed, skipped when it is
stored or was met already, and otherwise handed to a sink: the store's Writer (kg.writer) or a shard's
ShardWriter (kg.shard). The build keeps only what resolution needs from each document (the years of
the inspections it dates); a document that mentions an inspection without a date waits until every
document has been read, and stored documents whose undated inspections change key because of this build
are re-read and rewritten, so an incremental build gives the store a full rebuild would.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Protocol

from .ingest import SourceError, content_id, discover, read_bytes
from .known import KnownHashes
from .process import DocResult, Workers, run_documents
from .report import BuildReport, Progress, Warn
from .store import BaseStore

OPTIMIZE_QUADS = 500_000  # a build that writes more compacts the store before it returns


class Sink(Protocol):
    """Where consume() hands documents: the store (kg.writer.Writer) or a shard (kg.shard.ShardWriter)."""

    def skip(self, graph: str) -> bool: ...

    def add(self, res: DocResult) -> None: ...

    def finish(self) -> None: ...


def consume(results: Iterable[DocResult], sink: Sink, report: BuildReport, warn: Warn,
            tick: Callable[[], None] | None = None) -> None:
    """The one loop of build, load and shard: count each document, report the failed, skip the ones stored
    or met before, and hand the rest to the sink (which the caller finishes)."""
    for res in results:
        if tick:
            tick()
        if res.error:
            report.failed.append(res.error)
            warn(f"skipped: {res.error}")
            if res.extraction_error:
                report.read += 1
                report.extraction_failed += 1
            continue
        report.read += 1
        if res.warning:
            report.incomplete += 1
            warn(f"incomplete: {res.warning}")
        if sink.skip(res.graph):  # unchanged, or the same bytes as a document met before in this run
            report.unchanged += 1
            continue
        sink.add(res)


class Ticker:
    """Counts the sources handled, for the progress callback."""

    def __init__(self, paths: list[str], progress: Progress | None):
        self.progress, self.done = progress, 0
        # The total is for a bar on a terminal only: counting walks the sources a second time.
        self.total = sum(1 for _ in discover(paths)) if progress and getattr(progress, "tty", True) else 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)


def _tasks(paths: list[str], stored: Callable[[str], bool], iris, report: BuildReport, warn: Warn,
           tick: Callable[[], None], known: KnownHashes | None = None) -> Iterator[tuple[str, str, bytes]]:
    """The sources to process: read and hashed here, so that unchanged ones cost no parsing (and, with KNOWN,
    files whose status is what it was when a build last read them cost no reading either)."""
    graph_of = (iris.base + "graph/").__add__  # iris.graph(cid).value, without minting a NamedNode per file
    for item in discover(paths):
        if isinstance(item, SourceError):
            report.failed.append(str(item))
            warn(f"skipped: {item}")
            tick()
            continue
        if known is not None and (cid := known.get(item.path)) and stored(graph_of(cid)):
            report.read += 1
            report.unchanged += 1
            tick()
            continue
        status = known.status(item.path) if known is not None else None
        try:
            data = read_bytes(item)
        except SourceError as exc:
            report.failed.append(str(exc))
            warn(f"skipped: {exc}")
            tick()
            continue
        cid = content_id(data)
        if known is not None:
            known.put(item.path, status, cid)
        if stored(graph_of(cid)):
            report.read += 1
            report.unchanged += 1
            tick()
            continue
        yield item.path, item.fmt, data
    if known is not None:
        known.save()  # a memo of content hashes, right whatever the store holds: kept while the workers work


def _silent(message: str) -> None:
    """The default warn: the report lists every failure already (the command line shows them as they come)."""


def build(paths: list[str], store: BaseStore, base: str, n_process: int = 1,
          progress: Progress | None = None, warn: Warn | None = None,
          workers: Workers | None = None) -> BuildReport:
    """Build the sources into the store. A document already stored unchanged is skipped; a changed one
    replaces its own graph in one transaction, so a crash leaves each document wholly old or wholly new.
    WORKERS, started by the caller for this base and n_process, are used (and closed) when given."""
    t0 = time.perf_counter()
    if workers is None:
        workers = Workers(base, n_process)  # first: they start while this process reads the store and sources
    from .rdf import Iris
    from .writer import Writer

    warn = warn or _silent
    report = BuildReport()
    iris = Iris(base)
    known = KnownHashes(paths)
    try:
        writer = Writer(store, report, warn)
        tick = Ticker(paths, progress)
        consume(workers.map(_tasks(paths, writer.stored, iris, report, warn, tick, known)), writer, report, warn,
                tick)
    finally:
        workers.close()
    return _finish(writer, store, report, t0)


def load(files: list[str], store: BaseStore, progress: Progress | None = None,
         warn: Warn | None = None) -> BuildReport:
    """Load N-Quads shards (from `kg extract --format nquads`) into the store, replacing each document's
    older graph, then resolve the documents that wait for the whole corpus, as `kg build` does."""
    from .shard import shard_documents
    from .writer import Writer

    t0 = time.perf_counter()
    warn = warn or _silent
    report = BuildReport()
    writer = Writer(store, report, warn)
    ticks = itertools.count(1)
    tick = (lambda: progress(next(ticks), 0)) if progress else None
    consume((res for path in files for res in shard_documents(path)), writer, report, warn, tick)
    return _finish(writer, store, report, t0)


def _finish(writer, store: BaseStore, report: BuildReport, t0: float) -> BuildReport:
    writer.finish()
    if report.quads >= OPTIMIZE_QUADS:
        store.optimize()
    report.seconds = time.perf_counter() - t0
    return report


def extract_nquads(paths: list[str], out: BinaryIO, base: str, n_process: int = 1,
                   progress: Progress | None = None, warn: Warn | None = None) -> BuildReport:
    """Write the documents under paths as N-Quads to a binary stream: a shard for `kg load` (kg.shard)."""
    from .rdf import Iris
    from .shard import ShardWriter

    t0 = time.perf_counter()
    warn = warn or _silent
    report = BuildReport()
    iris = Iris(base)
    tick = Ticker(paths, progress)
    sink = ShardWriter(out, iris, report)
    results = run_documents(_tasks(paths, lambda g: False, iris, report, warn, tick), base, n_process,
                            keep_pending=True)
    consume(results, sink, report, warn, tick)
    sink.finish()
    report.seconds = time.perf_counter() - t0
    return report

