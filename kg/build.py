"""The build: sources read, extracted, resolved and written to the store, one graph per document."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .extract import extract_many
from .ingest import Source, SourceError, discover, read
from .model import Document
from .rdf import VOCAB_GRAPH, Iris, document_quads, vocab_quads
from .resolve import resolve_inspections
from .store import BaseStore

BATCH_QUADS = 50_000  # documents are written together up to about this many quads per transaction


@dataclass
class BuildReport:
    read: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)
    quads: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.read} documents read ({self.replaced} replaced, {self.unchanged} unchanged), "
                f"{len(self.failed)} skipped, {self.quads} triples written in {self.seconds:.1f} s")


def build(paths: list[str], store: BaseStore, base: str, n_process: int = 1,
          progress: Callable[[int], None] | None = None, warn: Callable[[str], None] | None = None) -> BuildReport:
    """Build the sources into the store. A document already stored unchanged is skipped; a changed one
    replaces its own graph in one transaction, so a crash leaves each document wholly old or wholly new."""
    t0 = time.perf_counter()
    warn = warn or (lambda m: print(m, file=sys.stderr))
    report = BuildReport()
    iris = Iris(base)
    existing = store.sources()
    stored_graphs = {g for lst in existing.values() for g, _ in lst}
    docs: list[Document] = []
    seen_ids: set[str] = set()
    for item in discover(paths):
        if isinstance(item, SourceError):
            report.failed.append(str(item))
            warn(f"skipped: {item}")
            continue
        assert isinstance(item, Source)
        try:
            doc = read(item)
        except SourceError as exc:
            report.failed.append(str(exc))
            warn(f"skipped: {exc}")
            continue
        except Exception as exc:  # a parser failing on hostile input must not stop the build
            report.failed.append(f"{item.path}: {type(exc).__name__}: {exc}")
            warn(f"skipped: {item.path}: cannot read ({type(exc).__name__}: {str(exc)[:200]})")
            continue
        report.read += 1
        if progress:
            progress(1)
        if iris.graph(doc.id).value in stored_graphs or doc.id in seen_ids:
            report.unchanged += 1
            continue
        seen_ids.add(doc.id)
        docs.append(doc)
    extractions = []
    for x in _safe_extract(docs, n_process, warn, report):
        if x is not None:
            extractions.append(x)
    resolved = resolve_inspections(extractions, store.inspection_index()) if extractions else []
    ops: list[tuple[str, list, list[str]]] = []
    pending = 0
    for x, (keys, years) in zip(extractions, resolved, strict=True):
        quads = list(document_quads(x, iris, keys, years))
        g = iris.graph(x.doc.id).value
        old = [og for og, _ in existing.get(x.doc.path, []) if og != g]
        report.replaced += bool(old)
        ops.append((g, quads, old))
        pending += len(quads)
        report.quads += len(quads)
        if pending >= BATCH_QUADS:
            _write(store, ops)
            ops, pending = [], 0
    if ops:
        _write(store, ops)
    if extractions or not existing:
        store.replace_graph(VOCAB_GRAPH, list(vocab_quads()))
    report.seconds = time.perf_counter() - t0
    return report


def _safe_extract(docs, n_process, warn, report):
    try:
        yield from extract_many(docs, n_process=n_process)
    except Exception:
        # One document broke a batch: redo them one by one so only that one is lost.
        from .extract import extract

        for d in docs:
            try:
                yield extract(d)
            except Exception as exc:
                report.failed.append(f"{d.path}: extraction failed ({type(exc).__name__})")
                warn(f"skipped: {d.path}: extraction failed ({type(exc).__name__}: {str(exc)[:200]})")
                yield None


def _write(store: BaseStore, ops) -> None:
    from .store import insert_data

    parts = []
    for g, quads, old in ops:
        parts += [f"DROP SILENT GRAPH <{og}>" for og in [*old, g]]
        ins = insert_data(g, quads)
        if ins:
            parts.append(ins)
    store.update(" ;\n".join(parts))
