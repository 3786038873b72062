"""Shards: a slice of a corpus as N-Quads (`kg extract --format nquads`), and shards read back for `kg load`.

A shard is plain N-Quads, one document graph after another. A document that mentions an inspection
without a date is preceded by a comment line holding its extraction, so that `kg load` can resolve it
again against everything loaded; other RDF tools read the comment as a comment.
"""

from __future__ import annotations

import json
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from .ingest import shown
from .ns import VOCAB_GRAPH
from .process import DocResult, render
from .report import BuildReport

PENDING = b"# kg-pending "  # a comment line before a document whose undated inspections wait for kg load


class ShardWriter:
    """The sink of `kg extract --format nquads`: graphs written as they come, resolved with what the shard
    itself knows; documents with undated inspections written last, each after its pending comment."""

    def __init__(self, out: BinaryIO, iris, report: BuildReport):
        self.out, self.iris, self.report = out, iris, report
        self.seen: set[str] = set()
        self.years: dict[str, Counter] = {}
        self.spill = tempfile.TemporaryFile(prefix="kg-pending-")
        self.pending: list[tuple[int, int]] = []

    def skip(self, graph: str) -> bool:
        if graph in self.seen:
            return True
        self.seen.add(graph)
        return False

    def add(self, res: DocResult) -> None:
        for bk, y in res.dated:
            self.years.setdefault(bk, Counter())[y] += 1
        if res.pending is not None:
            data = pickle.dumps(res.pending, protocol=pickle.HIGHEST_PROTOCOL)
            self.pending.append((self.spill.tell(), len(data)))
            self.spill.write(data)
        else:
            self.out.write(res.nquads)
            self.report.quads += res.count

    def finish(self) -> None:
        for offset, size in self.pending:
            self.spill.seek(offset)
            x = pickle.loads(self.spill.read(size))
            nq, n = render(x, self.iris, self.years)
            self.out.write(PENDING + json.dumps({"base": self.iris.base, "extraction": to_plain(x)},
                                                ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
            self.out.write(nq)
            self.report.quads += n
        self.spill.close()


def to_plain(x) -> dict:
    """An Extraction as plain JSON data (sets as sorted lists)."""
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


def shard_documents(path: str) -> Iterator[DocResult]:
    """The documents of one N-Quads shard, one graph after another (a pending comment goes before its graph);
    a graph that cannot be loaded, or the file that cannot be read, comes as a DocResult with an error."""
    from pyoxigraph import NamedNode, RdfFormat, parse

    from .model import Extraction
    from .ns import ONTOLOGY

    source_path, year_p = ONTOLOGY + "sourcePath", ONTOLOGY + "year"
    key_p, dated_p = ONTOLOGY + "resolutionKey", (ONTOLOGY + "visited", ONTOLOGY + "published")

    def finish(graph: bytes, lines: list[bytes], pend) -> DocResult:
        g = graph[1:-1].decode("utf-8")
        data = b"".join(lines)
        try:
            quads = list(parse(data, format=RdfFormat.N_QUADS))
        except SyntaxError as exc:
            return DocResult(path, error=f"{shown(path)}: graph <{shown(g)}>: not valid N-Quads ({exc})")
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
            return DocResult(path, error=f"{shown(path)}: graph <{shown(g)}> is not a document graph "
                                         "(no ikg:sourcePath)")
        res = DocResult(path, doc_path, g, dated=sorted({(keys[i], years[i]) for i in dated
                                                         if i in keys and i in years}))
        if any(not isinstance(q.graph_name, NamedNode) or q.graph_name.value != g for q in quads):
            return DocResult(path, error=f"{shown(path)}: graph <{shown(g)}>: lines of several graphs mixed "
                                         "(not a kg shard)")
        if pend is not None:
            res.pending = from_plain(Extraction, pend)
        else:
            res.nquads, res.count = data, len(lines)
        return res

    current, lines, pend, next_pend = None, [], None, None
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield DocResult(path, error=f"{shown(path)}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        for line in _lines(fh, path):
            if isinstance(line, DocResult):  # the file could not be read to its end
                yield line
                return
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
                    yield finish(current, lines, pend)
                current, lines, pend, next_pend = graph, [], next_pend, None
            lines.append(line)
    if current is not None:
        yield finish(current, lines, pend)


def _lines(fh, path: str) -> Iterator[bytes | DocResult]:
    """The lines of a file, then a DocResult with the error if reading fails part way."""
    try:
        yield from fh
    except OSError as exc:
        yield DocResult(path, error=f"{shown(path)}: cannot read ({exc.strerror or exc})")
