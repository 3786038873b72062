"""One document's work (decode, extract, resolve, RDF), in worker processes or in this one.

Light to import (the rest of kg is imported where used): `kg build` starts its workers before it imports
the build, so that their start-up runs beside everything else the command does first.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

CHUNK = 4  # documents per task handed to a worker process
WINDOW = 16  # tasks in flight per worker: enough to keep workers busy while the main process writes a
# batch (about 200 documents), few enough to bound memory


@dataclass
class DocResult:
    """What one document gives the build: its graph as N-Quads, or its extraction when it must wait."""

    source: str  # the path as given, for messages
    path: str = ""  # the path as stored (ikg:sourcePath)
    graph: str = ""
    error: str = ""  # one line, when the document could not be read or extracted
    warning: str = ""  # one line, when a rule failed and the document is stored with the facts read before it
    extraction_error: bool = False
    dated: list[tuple[str, str]] = field(default_factory=list)  # (base key, year) it states
    nquads: bytes = b""
    count: int = 0
    pending: object = None  # the Extraction, when an undated inspection needs the whole corpus


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
    from .ingest import Source, SourceError, from_bytes, shown
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
    if x.incomplete:
        res.warning = f"{shown(path)}: extraction stopped in {shown(x.incomplete)[:200]}; the facts read before it are stored"
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
        self.used = False  # whether a document was handed to the workers
        self.abandoned = False
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
        try:
            self.warm = [pool.submit(_ready) for _ in range(self.n)]
        except Exception:
            if self.abandoned:  # close() stopped the fork server: nothing is owed to anyone
                return
            raise
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
        self.used = True
        self._wait()
        if self.pool is None:
            from .rdf import Iris

            for t in tasks:
                # spaCy is imported only once a document needs it; a build under another base (an earlier
                # build in this process) mints its own IRIs
                if _IRIS is None or _IRIS.base != Iris(self.base).base:
                    _init_worker(self.base)
                yield from self.work([t])
            return
        from concurrent.futures.process import BrokenProcessPool

        from .store import StoreError

        try:
            window: deque = deque()
            chunk: list = []
            for t in tasks:
                chunk.append(t)
                # With nothing in flight a chunk goes at once: a rebuild that changed one document has
                # it extracted while this process still hashes the sources after it.
                if len(chunk) == CHUNK or not window:
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

    def _abandon(self) -> None:
        """Stop the fork server while it still imports the extractor: the thread waiting on it then fails
        (it is joined, so that it fails while this process lives), and no worker outlives this process."""
        import os
        import signal
        import time
        from multiprocessing import forkserver

        self.abandoned = True
        pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
        # The starter thread may not have launched the fork server yet: wait for it, or the server would start
        # after this process has gone, find its socket's folder removed and print a traceback on our stderr.
        deadline = time.monotonic() + 5
        while not pid and self._starter is not None and self._starter.is_alive() and time.monotonic() < deadline:
            time.sleep(0.005)
            pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self._starter is not None:
            # its pool now fails at once (the server is gone): let it fail while this process is alive, where the
            # failure is expected and silent, not in the interpreter's shutdown
            self._starter.join(timeout=5)

    def close(self) -> None:
        if self._starter is not None and self._starter.is_alive() and not self.used:
            self._abandon()  # no document needed a worker: exit without waiting for them to finish starting
            return
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
