"""Entity resolution across documents: mentions of one inspection in several articles become one."""

from __future__ import annotations

from .model import Extraction, Inspection
from .rdf import base_key


def year_of(ins: Inspection) -> str:
    return (ins.published or ins.visited)[:4]


def resolve_inspections(batch: list[Extraction], index: dict[str, set[str]]) -> list[tuple[dict[int, str], dict[int, str]]]:
    """For each extraction, (local id -> inspection key, local id -> year) under the store's index.

    Bodies, people and places resolve by their canonical names (lexicon ids and name slugs), so the same
    body or person in two articles already shares one IRI. Inspections need more: one article may date an
    inspection that another mentions undated. A dated mention is keyed by body, kind, places and year;
    an undated one joins the only year known for its body, kind and places, if there is just one.
    """
    years: dict[str, set[str]] = {k: set(v) for k, v in index.items()}
    for x in batch:
        for ins in x.inspections:
            y = year_of(ins)
            years.setdefault(base_key(ins), set())
            if y:
                years[base_key(ins)].add(y)
    out = []
    for x in batch:
        keys: dict[int, str] = {}
        ys: dict[int, str] = {}
        for ins in x.inspections:
            bk = base_key(ins)
            y = year_of(ins)
            if not y and len(years[bk]) == 1:
                y = next(iter(years[bk]))
            keys[ins.local_id] = f"{bk}/{y}" if y else bk
            ys[ins.local_id] = y
            ins.iri_key = keys[ins.local_id]
        out.append((keys, ys))
    return out
